"""Saving as you type, off the GUI thread: typing never waits for the disk or a busy database.

After a pause in typing, the text of each changed field is taken on the GUI thread and written
by one background worker (quick commits that survive an app crash). On focus-out and on close
everything pending is written durably and waited for, which also makes every earlier quick
commit durable. A save that fails (database locked, disk full) is kept and retried; the text is
still in its editor, so nothing is lost. A save refused because its record is gone
(``RecordGone``) is never retried: :attr:`Autosaver.refused` tells the window, which decides
what that means (an event gone stops every save: :meth:`Autosaver.stop`). Nor is one refused
because the text was written elsewhere meanwhile (``StaleEdit``): :attr:`Autosaver.conflicted`
lets the window ask the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from eventmate.services.records import RecordGone, StaleEdit

log = logging.getLogger(__name__)

#: Quiet time after the last keystroke before saving (long enough not to write every key).
DEBOUNCE_MS = 700
#: A write job: called with ``durable``; runs on the worker thread.
Job = Callable[[bool], object]
#: Called on the GUI thread when saving starts: reads the widgets, returns the write job.
Prepare = Callable[[], Job]


class Autosaver(QObject):
    """Collects pending saves by key; writes them after a pause, or at once on :meth:`flush`."""

    #: After each save round: True when everything is stored, False when something waits.
    saved = Signal(bool)
    #: A save was refused: the record it names is gone (the ``RecordGone``); not retried.
    refused = Signal(object)
    #: A save was refused: written elsewhere meanwhile (the ``StaleEdit``, the key); not
    #: retried (the window asks the user).
    conflicted = Signal(object, str)
    _finished = Signal(str, object, object)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Prepare] = {}
        self._running: dict[str, Future[object]] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_in_background)
        # Queued across threads: the worker reports back on the GUI thread.
        self._finished.connect(self._on_finished)
        self.last_error: str = ""
        self._stopped = False

    @property
    def pending(self) -> bool:
        """Whether some edit is not stored yet (waiting or being written)."""
        return bool(self._pending) or any(not f.done() for f in self._running.values())

    def schedule(self, key: str, prepare: Prepare) -> None:
        """Save ``key`` after the pause (a newer save for the same key replaces it)."""
        if self._stopped:
            return
        self._pending[key] = prepare
        self._timer.start()

    def stop(self) -> None:
        """Save nothing more: drop what waits and ignore later edits (the record is gone)."""
        self._stopped = True
        self._timer.stop()
        self._pending.clear()

    def _submit(self, durable: bool) -> list[tuple[str, Prepare, Future[object]]]:
        self._timer.stop()
        submitted = []
        for key, prepare in list(self._pending.items()):
            job = prepare()
            future = self._worker.submit(job, durable)
            self._running[key] = future
            submitted.append((key, prepare, future))
        self._pending.clear()
        return submitted

    def _save_in_background(self) -> None:
        for key, prepare, future in self._submit(durable=False):
            future.add_done_callback(self._reporter(key, prepare))

    def _reporter(self, key: str, prepare: Prepare) -> Callable[[Future[object]], None]:
        def report(done: Future[object]) -> None:
            error = done.exception()
            if error is not None and not isinstance(error, (RecordGone, StaleEdit)):
                log.warning("autosave of %s failed: %s", key, error)
                self.last_error = str(error)
            self._finished.emit(key, prepare, error)

        return report

    def _on_finished(self, key: str, prepare: Prepare, error: BaseException | None) -> None:
        future = self._running.get(key)
        if future is not None and future.done():
            del self._running[key]
        if isinstance(error, RecordGone):
            self.refused.emit(error)  # not saved, and never will be: no "saved" report
            return
        if isinstance(error, StaleEdit):
            self.conflicted.emit(error, key)
            return
        if error is not None:
            self._retry(key, prepare)
        self.saved.emit(error is None and not self._pending)

    def _retry(self, key: str, prepare: Prepare) -> None:
        # A newer edit of the same field supersedes the failed one.
        if self._stopped:
            return
        self._pending.setdefault(key, prepare)
        self._timer.start(DEBOUNCE_MS * 4)

    def flush(self, durable: bool = True) -> bool:
        """Write everything pending now and wait for it; True when all is stored."""
        in_flight = list(self._running.values())
        submitted = self._submit(durable)
        for future in in_flight:
            future.exception()  # wait; failures of those are retried via _on_finished
        ok, refused = True, 0
        for key, prepare, future in submitted:
            error = future.exception()
            if self._running.get(key) is future:
                del self._running[key]
            if isinstance(error, RecordGone):
                self.refused.emit(error)
                refused += 1
            elif isinstance(error, StaleEdit):
                self.conflicted.emit(error, key)
                ok = False
            elif error is not None:
                log.warning("autosave of %s failed: %s", key, error)
                self.last_error = str(error)
                self._retry(key, prepare)
                ok = False
        if refused < len(submitted) or not submitted:
            self.saved.emit(ok and not self._pending)
        return ok and not self._pending

    def shutdown(self) -> None:
        """Stop the worker after the last save (the window is going away)."""
        self._worker.shutdown(wait=True)
