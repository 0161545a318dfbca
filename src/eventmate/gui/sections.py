"""The main window's sections, in sidebar order, and their names."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication


class Section(IntEnum):
    """The sidebar's sections, in order (Ctrl+1 … Ctrl+6)."""

    HOME = 0
    EVENTS = 1
    PEOPLE = 2
    JOURNAL = 3
    FOLLOW_UPS = 4
    INSIGHTS = 5


def section_labels() -> dict[Section, str]:
    """Each section's name as the sidebar and the Go menu show it."""
    tr = QCoreApplication.translate
    return {
        Section.HOME: tr("MainWindow", "Home"),
        Section.EVENTS: tr("MainWindow", "Events"),
        Section.PEOPLE: tr("MainWindow", "People"),
        Section.JOURNAL: tr("MainWindow", "Journal"),
        Section.FOLLOW_UPS: tr("MainWindow", "Follow-ups"),
        Section.INSIGHTS: tr("MainWindow", "Insights"),
    }
