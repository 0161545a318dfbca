"""Saving as you type: edits are written after a short pause, on focus-out and on close.

Saves after a pause are quick (they survive an app crash); the save on focus-out and on close
is durable (flushed to disk), which also makes every earlier quick save durable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

#: Quiet time after the last keystroke before saving (long enough not to write every key).
DEBOUNCE_MS = 700


class Autosaver(QObject):
    """Collects pending saves by key and runs them after a pause, or at once on :meth:`flush`.

    A save that fails (database locked, disk full) stays pending and is retried; the text is
    still in its editor, so nothing is lost.
    """

    #: Emitted after each flush: True when everything is stored, False when something waits.
    saved = Signal(bool)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[bool], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: self.flush(durable=False))
        self.last_error: str = ""

    @property
    def pending(self) -> bool:
        """Whether some edit is not stored yet."""
        return bool(self._pending)

    def schedule(self, key: str, save: Callable[[bool], None]) -> None:
        """Run ``save(durable)`` after the pause (a newer save for ``key`` replaces it)."""
        self._pending[key] = save
        self._timer.start()

    def flush(self, durable: bool = True) -> bool:
        """Run every pending save now; True when all succeeded."""
        self._timer.stop()
        failed: dict[str, Callable[[bool], None]] = {}
        for key, save in list(self._pending.items()):
            try:
                save(durable)
            except Exception as error:  # any storage problem: keep the edit and retry later
                log.warning("autosave of %s failed: %s", key, error)
                self.last_error = str(error)
                failed[key] = save
        self._pending = failed
        if failed:
            self._timer.start(DEBOUNCE_MS * 4)
        self.saved.emit(not failed)
        return not failed
