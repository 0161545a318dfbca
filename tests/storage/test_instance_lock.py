"""One EventMate per data folder; a lock left by a killed process never blocks the next start."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from eventmate.storage.instance_lock import AlreadyRunningError, InstanceLock

HOLD = """
import sys, time
from pathlib import Path
from eventmate.storage.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(60)
"""


def hold_in_subprocess(lock_file: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock_file)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_second_holder_is_refused_with_the_pid(tmp_path: Path) -> None:
    lock_file = tmp_path / "eventmate.lock"
    process = hold_in_subprocess(lock_file)
    try:
        with pytest.raises(AlreadyRunningError) as caught:
            InstanceLock(lock_file).acquire()
        assert caught.value.pid == process.pid
    finally:
        process.kill()
        process.wait()


def test_lock_of_a_killed_process_does_not_block(tmp_path: Path) -> None:
    lock_file = tmp_path / "eventmate.lock"
    process = hold_in_subprocess(lock_file)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert lock_file.exists()
    lock = InstanceLock(lock_file).acquire()
    assert lock.held
    lock.release()
    assert not lock.held


def test_release_lets_the_next_holder_in(tmp_path: Path) -> None:
    lock_file = tmp_path / "eventmate.lock"
    first = InstanceLock(lock_file).acquire()
    first.release()
    InstanceLock(lock_file).acquire().release()
