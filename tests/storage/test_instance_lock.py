"""One EventMate per data folder; a lock left by a killed process never blocks the next start."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from eventmate.storage.instance_lock import AlreadyRunningError, InstanceLock
from mounts import fill, tmpfs

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


FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from eventmate.storage.instance_lock import InstanceLock
# Every write to a file now fails (EFBIG), as on a disk with no space left.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("held" if lock.held else "not held", flush=True)
lock.release()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_when_nothing_can_be_written_the_lock_still_holds(tmp_path: Path) -> None:
    # Found by the torture suite: on a full disk `eventmate restore` (and the app's start)
    # stopped with a traceback writing the pid; the pid is only a courtesy.
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(tmp_path / "eventmate.lock")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip() == "held", done.stderr
    assert "Traceback" not in done.stderr


def test_on_a_full_disk_the_lock_holds_without_the_pid(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "1m") as folder:
        fill(folder)
        with open(folder / "crumbs", "wb", buffering=0) as crumbs:  # to the last byte
            for size in (4096, 1):
                with contextlib.suppress(OSError):
                    while crumbs.write(b"\0" * size):
                        pass
        lock_file = folder / "eventmate.lock"
        lock = InstanceLock(lock_file).acquire()
        try:
            with pytest.raises(AlreadyRunningError):
                InstanceLock(lock_file).acquire()
        finally:
            lock.release()
