"""Journal: my reflections, the most recent event first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from eventmate.gui.formatting import local_date_time
from eventmate.gui.widgets import heading, muted

if TYPE_CHECKING:
    from eventmate.services.container import Services


class JournalPage(QWidget):
    """All reflections, newest first."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("journalPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Journal"), scale=1.5))
        self._empty = muted(
            self.tr(
                "After an event, write a few lines: whom you really listened to, what you "
                "learned about them. Your reflections collect here."
            )
        )
        layout.addWidget(self._empty)
        self.list = QListWidget()
        self.list.setObjectName("journalList")
        self.list.setAccessibleName(self.tr("Reflections"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)

    def refresh(self) -> None:
        """Reload the reflections."""
        entries = self._services.journal.entries()
        self.list.clear()
        self._empty.setVisible(not entries)
        self.list.setVisible(bool(entries))
        for entry in entries:
            first_answer = next((a for a in entry.answers.values() if a.strip()), "")
            excerpt = (entry.body.strip() or first_answer).split("\n", 1)[0][:160]
            item = QListWidgetItem(
                f"{entry.event_title} — {local_date_time(entry.event_starts_at)}\n{excerpt}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
