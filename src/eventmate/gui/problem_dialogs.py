"""Messages for problems the user must know about: bad database, second instance, crashes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("problem_dialogs", text)


def show_database_problem(location: str, advice: str, detail: str) -> None:
    """Explain why the database cannot be opened, naming the file and what to do."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("EventMate cannot open your data"), "")
    box.setObjectName("databaseProblemBox")
    box.setText(
        _tr("<p><b>%1</b></p><p>%2</p>")
        .replace("%1", escape(location))
        .replace("%2", escape(advice))
    )
    if detail:
        box.setDetailedText(detail)
    box.exec()


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


def show_unexpected_error(summary: str, log_file: str, parent: QWidget | None = None) -> None:
    """Tell the user something went wrong without losing what they typed."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _tr("Something went wrong"),
        _tr(
            "EventMate hit an unexpected error. What you had saved is safe. "
            "The details are in the log file:\n%1"
        ).replace("%1", log_file),
        parent=parent,
    )
    box.setObjectName("unexpectedErrorBox")
    box.setDetailedText(summary)
    box.exec()
