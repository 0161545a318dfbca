"""Keeping rehearsal answers on a background thread, in order: the next card never waits.

A write can wait for the database's write lock (another EventMate window saving, a backup);
the rehearsal goes on meanwhile. Closing the window waits for what is still being written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from eventmate.gui import jobs

if TYPE_CHECKING:
    from eventmate.services.rehearsal.service import RehearsalService

#: How long closing the window waits for answers still being written.
FLUSH_MS = 5000


class AnswerKeeper(QObject):
    """Writes answers one after another on its own thread."""

    failed = Signal(str)

    def __init__(self, rehearsal: RehearsalService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rehearsal = rehearsal
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in the order given

    def keep(self, person_id: int, knew: bool, *, typed: bool, event_id: int | None) -> None:
        """Write one answer in the background (a person gone meanwhile is skipped)."""
        rehearsal = self._rehearsal

        def work(_control: object) -> bool:
            return rehearsal.record(person_id, knew, typed=typed, event_id=event_id)

        job = jobs.Job(work)
        job.signals.failed.connect(self.failed)
        jobs.start(job, self._pool)

    def flush(self, msecs: int = FLUSH_MS) -> bool:
        """Wait until every answer given so far is written; False if that took too long."""
        return self._pool.waitForDone(msecs)
