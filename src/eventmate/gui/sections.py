"""The main window's sections, in sidebar order, and their names."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget


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


#: The icon drawn beside each section's name.
SECTION_ICONS = {
    Section.HOME: "home",
    Section.EVENTS: "events",
    Section.PEOPLE: "people",
    Section.JOURNAL: "journal",
    Section.FOLLOW_UPS: "follow-ups",
    Section.INSIGHTS: "insights",
}


def section_icon(section: Section) -> QIcon:
    """The icon of ``section`` in the sidebar's colours."""
    from eventmate.gui.style.icons import Tone, icon

    return icon(SECTION_ICONS[section], Tone.SIDEBAR)


def placeholder_icon(side: int) -> QIcon:
    """A blank icon of the sidebar's icon size: rows are laid out as they will be with icons.

    The real icons (SVG, ~50 ms for the renderer at start) are put in once Home has painted.
    """
    from PySide6.QtGui import QColor, QPixmap

    blank = QPixmap(side, side)
    blank.fill(QColor(0, 0, 0, 0))  # a QColor: fill(0) would build Qt's enum namespace
    return QIcon(blank)


def dress_sidebar(sidebar: QListWidget) -> None:
    """Put each section's icon in (after the first paint; see ``placeholder_icon``)."""
    for section in Section:
        item = sidebar.item(section)
        if item is not None:
            item.setIcon(section_icon(section))


def sidebar_icon_side(sidebar: QListWidget) -> int:
    """The side of the sidebar's icons: a little taller than its text."""
    return max(16, round(sidebar.fontMetrics().height() * 1.15))


def fit_sidebar(sidebar: QListWidget) -> None:
    """Size the sidebar's icons and width to its font, so a larger desktop font fits too."""
    from eventmate.gui.style.tokens import SIDEBAR_MIN_WIDTH, Space

    # Polished first: the style sheet's padding must be in the rows' sizes when they are laid
    # out, and a list view does not lay its rows out again when it is polished later.
    sidebar.ensurePolished()
    side = sidebar_icon_side(sidebar)
    sidebar.setIconSize(QSize(side, side))
    metrics = sidebar.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(sidebar.item(row).text()) for row in range(sidebar.count())),
        default=0,
    )
    # The list's padding, the item's padding, the icon and its gap, and some air.
    sidebar.setFixedWidth(max(SIDEBAR_MIN_WIDTH, widest + side + 2 * Space.L + 2 * Space.M + 24))
    sidebar.doItemsLayout()
