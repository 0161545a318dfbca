"""The real program speaks the system's language (LANG), unless Preferences chose another."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from tests.app.test_startup import HOME_SHOWN, wait_for_log


def _start(data_dir: Path, lang: str) -> subprocess.Popen[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")
    }
    env |= {"QT_QPA_PLATFORM": "offscreen", "LANG": lang}
    return subprocess.Popen(
        [sys.executable, "-m", "eventmate", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize(
    ("lang", "chosen", "spoken"),
    [
        ("de_DE.UTF-8", None, "de"),
        ("fr_FR.UTF-8", None, "en"),  # no French yet: English
        ("de_DE.UTF-8", "en", "en"),
        ("en_US.UTF-8", "de", "de"),
    ],
)
def test_language_at_start(tmp_path: Path, lang: str, chosen: str | None, spoken: str) -> None:
    if chosen is not None:
        (tmp_path / "config").mkdir(parents=True)
        (tmp_path / "config" / "ui.ini").write_text(f"[interface]\nlanguage={chosen}\n")
    process = _start(tmp_path, lang)
    log = wait_for_log(tmp_path, HOME_SHOWN, process)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert f"GUI language: {spoken}\n" in log
