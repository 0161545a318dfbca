"""The person page's right column: the timeline, newest first; a moment opens its event."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from eventmate.gui.person.timeline_model import EventRole, TimelineModel
from eventmate.gui.style import heading


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonPage", text)


class TimelineColumn(QWidget):
    """A heading over the moments of :class:`TimelineModel`; ``event_opened`` carries a uid."""

    event_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(heading(_tr("Timeline"), scale=1.1))
        self.view = QListView()
        self.view.setObjectName("timeline")
        self.view.setAccessibleName(_tr("Timeline"))
        self.view.setWordWrap(True)
        self.view.setSpacing(4)
        self.model = TimelineModel(self)
        self.view.setModel(self.model)
        self.view.activated.connect(self._on_activated)
        layout.addWidget(self.view, 1)

    def _on_activated(self) -> None:
        event_uid = self.view.currentIndex().data(EventRole)
        if event_uid is not None:
            self.event_opened.emit(str(event_uid))
