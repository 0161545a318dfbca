"""Help ▸ Check database…: a thorough check on a worker with progress, then what it found.

The check reads every page, every reference and every search index; a damaged search index
is rebuilt from its table (after a backup) and the user is told so, in plain words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from eventmate.gui import jobs

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.data.maintenance import HealthReport


def _tr(text: str) -> str:
    return QCoreApplication.translate("check_database", text)


def index_words(name: str) -> str:
    """What a search index holds, as people say it."""
    words = {
        "search_person": _tr("people"),
        "search_fact": _tr("facts"),
        "search_capture": _tr("captures"),
        "search_note": _tr("notes"),
        "search_event": _tr("events"),
        "search_reflection": _tr("reflections"),
    }
    return words.get(name, name)


def describe(report: HealthReport) -> str:
    """The check's findings in a few plain sentences."""
    people, events = report.counts.get("people", 0), report.counts.get("events", 0)
    if report.integrity != "ok":
        return _tr(
            "EventMate found damage in your data file (%1). Restore the newest backup "
            "(File ▸ Restore from backup…); the damaged file is kept aside, not deleted."
        ).replace("%1", report.integrity)
    lines: list[str] = []
    rebuilt = [index for index in report.indexes if index.name in report.rebuilt and index.ok]
    damaged = report.damaged_indexes
    if not damaged:
        lines.append(
            _tr("Your data is in good order: %1 and %2, every page readable.")
            .replace("%1", QCoreApplication.translate("check_database", "%n people", "", people))
            .replace("%2", QCoreApplication.translate("check_database", "%n events", "", events))
        )
    for index in rebuilt:
        lines.append(
            _tr(
                "The search index for %1 was damaged and has been rebuilt from your %1; "
                "nothing was lost (a backup was taken first)."
            ).replace("%1", index_words(index.name))
        )
    for index in damaged:
        lines.append(
            _tr(
                "The search index for %1 is damaged. It is rebuilt from your %1 when your "
                "data can be written; nothing is lost, but searching may miss some until then."
            ).replace("%1", index_words(index.name))
        )
    if report.revision != report.expected_revision:
        lines.append(_tr("Your data is not at this version's layout; restart EventMate."))
    return "\n\n".join(lines)


def check_database(parent: QWidget, services: Services) -> jobs.Job:
    """Run the thorough check (and repair) with progress; show the findings when done."""

    def done(report: Any) -> None:
        icon = QMessageBox.Icon.Information if report.healthy else QMessageBox.Icon.Warning
        box = QMessageBox(icon, _tr("Check database"), describe(report), parent=parent)
        box.setObjectName("checkDatabaseResult")
        box.open()

    def failed(message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Check database"),
            _tr("The check could not finish: %1").replace("%1", message),
            parent=parent,
        )
        box.setObjectName("checkDatabaseResult")
        box.open()

    return jobs.run_with_progress(
        parent,
        _tr("Checking your data…"),
        lambda control: services.maintenance.check_and_repair(control),
        done,
        failed,
    )
