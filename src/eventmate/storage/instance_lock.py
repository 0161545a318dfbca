"""One running EventMate per data folder, with a lock the operating system frees on exit.

The lock is an advisory OS lock (``flock`` / ``msvcrt.locking``) on a small file, not the file's
existence, so a lock left by a killed or crashed process never blocks the next start.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from eventmate.storage.private_files import make_private


class AlreadyRunningError(Exception):
    """Another EventMate process holds the data folder."""

    def __init__(self, lock_file: Path, pid: int | None) -> None:
        self.lock_file = lock_file
        self.pid = pid
        who = f" (process {pid})" if pid else ""
        super().__init__(f"EventMate is already running on this data folder{who}: {lock_file}")


class LockUnavailable(Exception):
    """The lock file cannot be created (a read-only disk): nothing can write here anyway."""


def _read_pid_text(handle: IO[str]) -> str:
    """The holder's process id as written, or "" when it cannot be read."""
    try:
        handle.seek(0)
        return handle.read(32).strip()
    except (OSError, UnicodeDecodeError):
        return ""


class InstanceLock:
    """Holds the data folder for this process until :meth:`release` or process exit."""

    def __init__(self, lock_file: Path) -> None:
        self.lock_file = lock_file
        self._handle: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise :class:`AlreadyRunningError`.

        Raises :class:`LockUnavailable` when the lock file cannot be opened for writing (a
        read-only disk or folder); the data can then only be read, which needs no lock.
        """
        try:
            fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as error:
            raise LockUnavailable(f"{self.lock_file}: {error.strerror or error}") from error
        make_private(self.lock_file)
        handle = os.fdopen(fd, "a+", encoding="ascii")
        try:
            _lock(handle)
        except OSError:
            text = _read_pid_text(handle)
            handle.close()
            raise AlreadyRunningError(
                self.lock_file, int(text) if text.isdigit() else None
            ) from None
        _write_pid(handle)
        self._handle = handle
        return self

    def release(self) -> None:
        """Let another process open the data folder."""
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._handle is not None


def _write_pid(handle: IO[str]) -> None:
    """Put this process's id in the lock file, for the message a second launch shows.

    Only a courtesy: on a full disk the id is left out and the lock (held by the open file)
    still works. Written past the text buffer, so nothing is left to fail at close.
    """
    with contextlib.suppress(OSError):
        os.ftruncate(handle.fileno(), 0)
        os.write(handle.fileno(), str(os.getpid()).encode("ascii"))


#: Where the Windows lock sits: past the process id written at the start of the file, because
#: Windows locks are mandatory and a second launch must still be able to read who runs.
_WINDOWS_LOCK_OFFSET = 4096


def _lock(handle: IO[str]) -> None:
    """Take the OS lock without waiting; OSError if another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
