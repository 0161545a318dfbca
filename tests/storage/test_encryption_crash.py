"""A process killed at any step of turning encryption on or off leaves data that opens whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from encrypted_data import PASSPHRASE, everything, folder_with_data
from eventmate.services.data import unlocking
from eventmate.storage import keyed
from eventmate.storage.opening import open_sqlite, preflight

# The child turns encryption on (or off) and SIGKILLs itself right after one step.
CHILD = """
import os, signal, sys
from pathlib import Path
from eventmate.storage import encryption, key_file, keyed

live, direction, step, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def die_after(name):
    real = getattr(encryption, name)
    def wrapper(*args, **kwargs):
        result = real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
        return result
    setattr(encryption, name, wrapper)

if step == "key-file":  # the new key file written, the file not yet swapped
    real_write = key_file.write
    def write(*args, **kwargs):
        real_write(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    encryption.key_file.write = write
elif step == "replace":  # the file swapped, the folder not yet synced
    real_replace = os.replace
    def replace(source, target):
        real_replace(source, target)
        if str(source).endswith(".rewriting"):
            os.kill(os.getpid(), signal.SIGKILL)
    encryption.os.replace = replace
else:
    die_after(step)
if direction == "on":
    key = key_file.new_key()
    sealed = key_file.seal(key, passphrase, key_file.new_recovery_key())
    encryption.encrypt_database(live, live.parent / "backups", key, sealed)
else:
    keyed.unlock(live, passphrase)
    encryption.decrypt_database(live, live.parent / "backups")
print("finished without being killed")
"""

STEPS_ON = ["_alone_with", "take_backup", "_export", "_verify", "key-file", "replace"]
STEPS_OFF = ["_alone_with", "take_backup", "_export", "_verify", "replace", "_fsync_folder"]


@pytest.fixture(autouse=True)
def no_keys() -> Iterator[None]:
    keyed.forget_keys()
    yield
    keyed.forget_keys()


def kill_during(live: Path, direction: str, step: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(live), direction, step, PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr


def opens_whole(live: Path, before: dict[str, list[str]]) -> None:
    keyed.forget_keys()
    if keyed.is_encrypted(live):
        unlocking.unlock_with(live, PASSPHRASE)
    assert preflight(live).revision is not None  # integrity, not locked, ours
    assert everything(live) == before
    database = open_sqlite(live, live.parent / "backups")
    database.close()


@pytest.mark.parametrize("step", STEPS_ON)
def test_killed_while_turning_it_on(tmp_path: Path, step: str) -> None:
    live = folder_with_data(tmp_path / "data")
    before = everything(live)
    kill_during(live, "on", step)
    opens_whole(live, before)
    if step in ("_alone_with", "take_backup", "_export", "_verify"):
        assert not keyed.is_encrypted(live)  # nothing swapped before the key file
    if step == "replace":
        assert keyed.is_encrypted(live)


@pytest.mark.parametrize("step", STEPS_OFF)
def test_killed_while_turning_it_off(tmp_path: Path, step: str) -> None:
    from encrypted_data import new_key
    from eventmate.storage.encryption import encrypt_database

    live = folder_with_data(tmp_path / "data")
    before = everything(live)
    key, _recovery, sealed = new_key()
    encrypt_database(live, live.parent / "backups", key, sealed)
    kill_during(live, "off", step)
    opens_whole(live, before)
    if step in ("replace", "_fsync_folder"):
        assert not keyed.is_encrypted(live)
