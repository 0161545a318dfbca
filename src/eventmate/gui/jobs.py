"""Running long operations on a worker thread, with progress, Cancel and results by signal.

A :class:`Job` runs a function that takes a :class:`JobControl` on ``QThreadPool``. The
function calls services (each call opens its own session on the worker thread) and must not
touch widgets; progress, the result or the error come back as queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from eventmate.gui.recovery.words import failure_message
from eventmate.services.failures import StorageFailure
from eventmate.services.progress import Cancelled, JobControl

log = logging.getLogger(__name__)

Work = Callable[[JobControl], Any]


class JobSignals(QObject):
    """Signals of one job, delivered on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    #: Emitted last, whatever the outcome.
    ended = Signal()


class Job(QRunnable):
    """One long operation: ``work(control)`` on a pool thread."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._work = work
        self.control = JobControl(on_progress=self.signals.progressed.emit)

    def cancel(self) -> None:
        """Ask the work to stop; it rolls back what it was writing."""
        self.control.cancel()

    def run(self) -> None:
        """Run the work; report the outcome by signal (never raises)."""
        try:
            result = self._work(self.control)
        except Cancelled:
            self.signals.cancelled.emit()
        except StorageFailure as failure:  # a full disk, read-only, a lock: in plain words
            log.warning("background job not done: %s", failure.kind.value)
            self.signals.failed.emit(failure_message(failure.kind.value))
        except Exception as error:  # every failure becomes a message, never a crash
            log.exception("background job failed")
            self.signals.failed.emit(str(error) or type(error).__name__)
        else:
            self.signals.succeeded.emit(result)
        self.signals.ended.emit()


_running: set[Job] = set()


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    """Start ``job``, keeping it alive until it ends."""
    _running.add(job)
    job.signals.ended.connect(lambda: _running.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def is_busy() -> bool:
    """Whether a job is running (automatic backups wait for it)."""
    return bool(_running)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    on_cancel: Callable[[], None] | None = None,
) -> Job:
    """Run ``work`` with a window-modal progress dialog that offers Cancel."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("jobProgressDialog")
    dialog.setWindowTitle(parent.tr("EventMate"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    job = Job(work)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def cancel_requested() -> None:
        dialog.setLabelText(parent.tr("Stopping…"))
        job.cancel()

    def close_dialog() -> None:
        dialog.canceled.disconnect(cancel_requested)
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        close_dialog()
        on_success(result)

    def failed(message: str) -> None:
        close_dialog()
        on_failure(message)

    def cancelled() -> None:
        close_dialog()
        if on_cancel is not None:
            on_cancel()

    job.signals.progressed.connect(progressed)
    job.signals.succeeded.connect(succeeded)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    dialog.canceled.connect(cancel_requested)
    start(job)
    return job
