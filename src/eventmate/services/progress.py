"""Progress reports and cancellation for long operations (import, export, restore)."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled a long operation; whatever it was writing was rolled back."""


ProgressCallback = Callable[[int, int], None]


class JobControl:
    """Passed into a long operation: it reports progress and checks for cancellation.

    Thread-safe: the GUI thread calls :meth:`cancel` while a worker thread runs the operation.
    """

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        """Ask the operation to stop at its next check."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` steps, then raise :class:`Cancelled` if asked to stop."""
        if self._on_progress is not None:
            self._on_progress(done, total)
        self.check()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the operation should stop."""
        if self._cancel.is_set():
            raise Cancelled


#: For callers that neither show progress nor cancel.
def no_control() -> JobControl:
    """A control that never cancels and reports nowhere."""
    return JobControl()
