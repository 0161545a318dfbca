"""Messages for problems the user must know about: a change not saved, a second instance, crashes.

A database that cannot be opened gets the recovery screen (``gui/recovery``) instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("problem_dialogs", text)


def show_already_running(lock_file: str, pid: int | None) -> None:
    """Say that another EventMate holds this data folder."""
    who = _tr(" (process %1)").replace("%1", str(pid)) if pid else ""
    QMessageBox.information(
        None,
        _tr("EventMate is already open"),
        _tr(
            "EventMate is already running on this data folder%1. Switch to its window; "
            "two copies writing to the same data could lose work.\n\nLock: %2"
        )
        .replace("%1", who)
        .replace("%2", lock_file),
    )


def show_storage_failure(kind: str, parent: QWidget | None = None) -> None:
    """Say that a change was not saved because of the disk or the database (no traceback)."""
    from eventmate.gui.recovery.words import failure_message

    box = QMessageBox(
        QMessageBox.Icon.Warning, _tr("Not saved"), failure_message(kind), parent=parent
    )
    box.setObjectName("storageFailureBox")
    box.open()


def show_unexpected_error(summary: str, log_file: str, parent: QWidget | None = None) -> None:
    """Tell the user something went wrong without losing what they typed."""
    where = (
        _tr("The details are in the log file:\n%1").replace("%1", log_file)
        if log_file
        else _tr("No log file could be written here; the details are below.")
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _tr("Something went wrong"),
        _tr("EventMate hit an unexpected error. What you had saved is safe.") + " " + where,
        parent=parent,
    )
    box.setObjectName("unexpectedErrorBox")
    box.setDetailedText(summary)
    box.exec()
