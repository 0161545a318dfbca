"""Events: upcoming first (soonest at the top), then past ones."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from eventmate.gui.formatting import when
from eventmate.gui.widgets import heading, muted

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.events import EventRow


class EventsPage(QWidget):
    """All events in one list, grouped into upcoming and past."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("eventsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Events"), scale=1.5))
        self._empty = muted(
            self.tr("Going to a concert soon? Add it and set an intention — one is enough.")
        )
        layout.addWidget(self._empty)
        self.list = QListWidget()
        self.list.setObjectName("eventsList")
        self.list.setAccessibleName(self.tr("Events"))
        self.list.setUniformItemSizes(False)
        layout.addWidget(self.list, 1)

    def refresh(self) -> None:
        """Reload the events."""
        from eventmate.services.clock import system_clock

        now = system_clock()
        events = self._services.events.list_events()
        self.list.clear()
        self._empty.setVisible(not (events.upcoming or events.past))
        self.list.setVisible(bool(events.upcoming or events.past))
        for title, rows in ((self.tr("Upcoming"), events.upcoming), (self.tr("Past"), events.past)):
            if not rows:
                continue
            self._add_header(title)
            for row in rows:
                self._add_event(row, now)

    def select_event(self, event_id: int) -> None:
        """Select the row of ``event_id`` if it is listed."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == event_id:
                self.list.setCurrentItem(item)
                return

    def _add_header(self, title: str) -> None:
        item = QListWidgetItem(title)
        font = QFont(self.list.font())
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)

    def _add_event(self, row: EventRow, now: datetime) -> None:
        place = " · ".join(part for part in (row.venue, row.city) if part)
        text = f"{row.title}\n{when(row.starts_at, now)}" + (f" · {place}" if place else "")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setToolTip(row.title)
        self.list.addItem(item)
