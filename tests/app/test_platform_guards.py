"""macOS and Windows paths of the signal watcher, the instance lock and the hand-over socket.

These run on Linux by pretending to be the other platform (``sys.platform``, a fake
``msvcrt``, no ``os.getuid``), so a Unix-only call on those paths fails here first.
"""

from __future__ import annotations

import os
import signal
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from eventmate.app import unix_signals
from eventmate.app.single_instance import server_name
from eventmate.storage.instance_lock import AlreadyRunningError, InstanceLock


def refuse(*_args: object) -> None:
    raise AssertionError("a Unix-only call on the Windows path")


def test_no_signal_watching_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(signal, "set_wakeup_fd", refuse)
    monkeypatch.setattr(signal, "signal", refuse)
    assert unix_signals.watch_signals(lambda: None) is None


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_signals_are_watched_on_posix(
    qapp: object, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    owner = QObject()
    previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    try:
        watcher = unix_signals.watch_signals(lambda: None, owner)
        assert isinstance(watcher, unix_signals.SignalWatcher)
    finally:
        signal.set_wakeup_fd(-1)
        for number, handler in previous.items():
            signal.signal(number, handler)


class FakeMsvcrt(types.ModuleType):
    """``msvcrt.locking`` with Windows' mandatory locks: one holder per byte, across handles."""

    LK_NBLCK = 2
    LK_UNLCK = 0
    held: dict[tuple[str, int], int]

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held = {}
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        where = (os.path.realpath(f"/proc/self/fd/{fd}"), os.lseek(fd, 0, os.SEEK_CUR))
        self.calls.append((mode, where[1]))
        if mode == self.LK_NBLCK:
            if where in self.held:
                raise PermissionError(13, "Permission denied")
            self.held[where] = fd
        elif mode == self.LK_UNLCK:
            del self.held[where]


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    fcntl_module = types.ModuleType("fcntl")
    fcntl_module.flock = refuse  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fcntl", fcntl_module)
    monkeypatch.setattr(sys, "platform", "win32")
    return fake


def test_windows_lock_uses_msvcrt_and_still_tells_who_holds_it(
    windows: FakeMsvcrt, tmp_path: Path
) -> None:
    lock_file = tmp_path / "eventmate.lock"
    first = InstanceLock(lock_file).acquire()
    # Locked past the process id, so a second launch can read the id despite the lock.
    assert windows.calls == [(FakeMsvcrt.LK_NBLCK, 4096)]
    with pytest.raises(AlreadyRunningError) as caught:
        InstanceLock(lock_file).acquire()
    assert caught.value.pid == os.getpid()
    first.release()
    assert not windows.held
    InstanceLock(lock_file).acquire().release()


def test_pid_reader_survives_a_locked_region() -> None:
    """On Windows the holder's id may sit in a locked region: the id is then unknown."""
    from eventmate.storage.instance_lock import _read_pid_text

    class Locked:
        def seek(self, offset: int) -> int:
            return offset

        def read(self, size: int) -> str:
            raise PermissionError(13, "the region is locked")

    assert _read_pid_text(Locked()) == ""  # type: ignore[arg-type]


def test_server_name_without_getuid_as_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path("C:/Users/Anna/AppData/Local/EventMate")
    monkeypatch.delattr(os, "getuid")
    monkeypatch.setenv("USERDOMAIN", "HALL")
    monkeypatch.setenv("USERNAME", "anna")
    anna = server_name(folder)
    monkeypatch.setenv("USERNAME", "ben")
    ben = server_name(folder)
    assert anna != ben  # pipe names are shared by every user of a Windows machine
    assert anna.startswith("eventmate-")
    assert len(anna) <= 40
    assert all(char.isalnum() or char == "-" for char in anna)


def test_server_name_ignores_letter_case_where_the_file_system_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os.path, "normcase", lambda path: path.lower())
    assert server_name(Path("/Data/EventMate")) == server_name(Path("/data/eventmate"))


def test_server_name_differs_per_folder_and_is_stable() -> None:
    assert server_name(Path("/a")) == server_name(Path("/a"))
    assert server_name(Path("/a")) != server_name(Path("/b"))


def test_windows_process_declares_the_app_id_of_its_shortcuts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ctypes

    from eventmate.app.platform_shell import declare_app_id

    declared: list[str | None] = []

    def set_id(value: ctypes.c_wchar_p) -> int:
        declared.append(value.value)
        return 0

    shell32 = types.SimpleNamespace(SetCurrentProcessExplicitAppUserModelID=set_id)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(shell32=shell32), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert declare_app_id("org.eventmate.eventmate")
    assert declared == ["org.eventmate.eventmate"]


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_no_app_id_call_elsewhere(monkeypatch: pytest.MonkeyPatch, platform: str) -> None:
    from eventmate.app.platform_shell import declare_app_id

    monkeypatch.setattr(sys, "platform", platform)
    assert not declare_app_id("org.eventmate.eventmate")
