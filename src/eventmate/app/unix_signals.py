"""Quit cleanly on SIGTERM/SIGINT (logout, `kill`, Ctrl+C in a terminal) while Qt runs."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


def _wakeup() -> tuple[int, int, Callable[[], bytes]]:
    """Non-blocking read and write descriptors for ``signal.set_wakeup_fd``, and a drain.

    A pipe on POSIX (the ``socket`` module costs ~5 ms to import at start-up); Windows wants a
    socket there.
    """
    if os.name == "posix":
        read, write = os.pipe()
        os.set_blocking(read, False)
        os.set_blocking(write, False)
        return read, write, lambda: os.read(read, 64)
    import socket  # pragma: no cover - Windows

    reader, writer = socket.socketpair()  # pragma: no cover
    reader.setblocking(False)  # pragma: no cover
    writer.setblocking(False)  # pragma: no cover
    keep = (reader, writer)  # pragma: no cover - the sockets live as long as the drain
    return reader.fileno(), writer.fileno(), lambda: keep[0].recv(64)  # pragma: no cover


class SignalWatcher(QObject):
    """Wakes the Qt event loop when a signal arrives and calls ``on_signal`` there.

    Python runs signal handlers only between bytecodes, which never happens while Qt's C++
    event loop waits; a wakeup descriptor watched by a QSocketNotifier fixes that without
    polling.
    """

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        read, write, self._drain = _wakeup()
        signal.set_wakeup_fd(write)
        self._notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, lambda *_: None)

    def _on_notifier_activated(self) -> None:
        try:
            self._drain()
        except BlockingIOError:
            return
        self._on_signal()
