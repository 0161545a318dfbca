"""Saving as you type, off the GUI thread: typing never waits for the disk or a busy database.

After a pause in typing, the text of each changed field is taken on the GUI thread and written
by one background worker (quick commits that survive an app crash). On focus-out and on close
everything pending is written durably and waited for, which also makes every earlier quick
commit durable. A save that fails (database locked, disk full) is kept and retried; the text is
still in its editor, so nothing is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

#: Quiet time after the last keystroke before saving (long enough not to write every key).
DEBOUNCE_MS = 700
#: A write job: called with ``durable``; runs on the worker thread.
Job = Callable[[bool], None]
#: Called on the GUI thread when saving starts: reads the widgets, returns the write job.
Prepare = Callable[[], Job]


class Autosaver(QObject):
    """Collects pending saves by key; writes them after a pause, or at once on :meth:`flush`."""

    #: After each save round: True when everything is stored, False when something waits.
    saved = Signal(bool)
    _finished = Signal(str, object, bool)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Prepare] = {}
        self._running: dict[str, Future[None]] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_in_background)
        # Queued across threads: the worker reports back on the GUI thread.
        self._finished.connect(self._on_finished)
        self.last_error: str = ""

    @property
    def pending(self) -> bool:
        """Whether some edit is not stored yet (waiting or being written)."""
        return bool(self._pending) or any(not f.done() for f in self._running.values())

    def schedule(self, key: str, prepare: Prepare) -> None:
        """Save ``key`` after the pause (a newer save for the same key replaces it)."""
        self._pending[key] = prepare
        self._timer.start()

    def _submit(self, durable: bool) -> list[tuple[str, Prepare, Future[None]]]:
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

    def _reporter(self, key: str, prepare: Prepare) -> Callable[[Future[None]], None]:
        def report(done: Future[None]) -> None:
            error = done.exception()
            if error is not None:
                log.warning("autosave of %s failed: %s", key, error)
                self.last_error = str(error)
            self._finished.emit(key, prepare, error is None)

        return report

    def _on_finished(self, key: str, prepare: Prepare, ok: bool) -> None:
        future = self._running.get(key)
        if future is not None and future.done():
            del self._running[key]
        if not ok:
            self._retry(key, prepare)
        self.saved.emit(ok and not self._pending)

    def _retry(self, key: str, prepare: Prepare) -> None:
        # A newer edit of the same field supersedes the failed one.
        self._pending.setdefault(key, prepare)
        self._timer.start(DEBOUNCE_MS * 4)

    def flush(self, durable: bool = True) -> bool:
        """Write everything pending now and wait for it; True when all is stored."""
        in_flight = list(self._running.values())
        submitted = self._submit(durable)
        for future in in_flight:
            future.exception()  # wait; failures of those are retried via _on_finished
        ok = True
        for key, prepare, future in submitted:
            error = future.exception()
            if self._running.get(key) is future:
                del self._running[key]
            if error is not None:
                log.warning("autosave of %s failed: %s", key, error)
                self.last_error = str(error)
                self._retry(key, prepare)
                ok = False
        self.saved.emit(ok and not self._pending)
        return ok and not self._pending

    def shutdown(self) -> None:
        """Stop the worker after the last save (the window is going away)."""
        self._worker.shutdown(wait=True)
