"""Quit cleanly on SIGTERM/SIGINT (logout, `kill`, Ctrl+C in a terminal) while Qt runs.

Only on POSIX systems (Linux, macOS): Windows delivers no SIGTERM, ends a session through Qt's
own session messages, and cannot watch a signal wake-up socket with a QSocketNotifier;
:func:`watch_signals` does nothing there.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class SignalWatcher(QObject):
    """Wakes the Qt event loop when a signal arrives and calls ``on_signal`` there.

    Python runs signal handlers only between bytecodes, which never happens while Qt's C++
    event loop waits; a wakeup pipe watched by a QSocketNotifier fixes that without polling
    (a pipe, not a socket pair: the ``socket`` module costs ~5 ms to import at start-up).
    """

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)
        signal.set_wakeup_fd(self._write)
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, lambda *_: None)

    def _on_notifier_activated(self) -> None:
        try:
            os.read(self._read, 64)
        except BlockingIOError:
            return
        self._on_signal()


def watch_signals(
    on_signal: Callable[[], None], parent: QObject | None = None
) -> SignalWatcher | None:
    """Call ``on_signal`` in the event loop on SIGTERM/SIGINT; None (nothing set up) on Windows."""
    if sys.platform == "win32":
        return None
    return SignalWatcher(on_signal, parent)
