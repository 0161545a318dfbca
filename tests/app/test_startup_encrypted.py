"""The real app on encrypted data: it opens with EVENTMATE_PASSPHRASE, and asks without it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from test_startup import wait_for_log
from test_startup_bad_places import until_problem

from encrypted_data import PASSPHRASE, folder_with_data, new_key
from eventmate.storage import keyed
from eventmate.storage.encryption import encrypt_database


def start(data_dir: Path, passphrase: str | None) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("EVENTMATE_PASSPHRASE", None)
    if passphrase is not None:
        env["EVENTMATE_PASSPHRASE"] = passphrase
    return subprocess.Popen(
        [sys.executable, "-m", "eventmate", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    live = folder_with_data(tmp_path / "data")
    key, _recovery, sealed = new_key()
    encrypt_database(live, live.parent / "backups", key, sealed)
    keyed.forget_keys()
    return live.parent


def test_the_app_opens_encrypted_data_with_the_passphrase(encrypted: Path) -> None:
    process = start(encrypted, PASSPHRASE)
    log = wait_for_log(encrypted, "home shown with data", process)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert "unlocked with EVENTMATE_PASSPHRASE" in log
    assert PASSPHRASE not in log


@pytest.mark.parametrize("passphrase", [None, "not the right words"])
def test_without_the_right_passphrase_it_asks_and_says_nothing_is_damaged(
    encrypted: Path, passphrase: str | None
) -> None:
    process = start(encrypted, passphrase)
    _, line = until_problem(process)
    assert "encrypted" in line or "does not open" in line
    assert "damaged." not in line
    assert "Move it away" not in line
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "Traceback" not in err
