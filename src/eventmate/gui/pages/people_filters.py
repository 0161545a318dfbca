"""The People list's filter bar: sort, tag, status, organisation and the event met at.

One line when the window is wide enough, a second one when it is not (a flow layout): the
window never has to grow for them. Its words keep the People page's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from eventmate.domain.kinds import PersonStatus
from eventmate.gui.style import Space
from eventmate.gui.style.flow import FlowLayout
from eventmate.services.people.people import PeopleFilter, PeopleSort

if TYPE_CHECKING:
    from eventmate.services.people.people import PeopleService

#: The widest the list of a tag or event filter opens (px): longer titles are elided there.
POPUP_MAX_WIDTH = 480
#: How long typing in "Organisation" pauses before the list follows (ms).
TYPING_PAUSE_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


class PeopleFilters(QWidget):
    """What the People list shows and in which order; ``changed`` when the user changes it."""

    changed = Signal()

    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self.sort_box = QComboBox()
        self.sort_box.setObjectName("peopleSort")
        self.sort_box.addItem(_tr("Name"), PeopleSort.NAME.value)
        self.sort_box.addItem(_tr("Last time in touch"), PeopleSort.LAST_INTERACTION.value)
        self.sort_box.addItem(_tr("First met"), PeopleSort.FIRST_MET.value)
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("peopleTag")
        self.status_box = QComboBox()
        self.status_box.setObjectName("peopleStatusFilter")
        self.status_box.addItem(_tr("Anyone"), None)
        self.status_box.addItem(_tr("Active"), PersonStatus.ACTIVE.value)
        self.status_box.addItem(_tr("Resting"), PersonStatus.RESTING.value)
        self.event_box = QComboBox()
        self.event_box.setObjectName("peopleEvent")
        # Tag names and event titles are the user's own: closed, their box is as wide as a
        # dozen characters, so one long title cannot widen the window; open, its list is as
        # wide as they need (``fill_choices``).
        for box in (self.tag_box, self.event_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        self.org_edit = QLineEdit()
        self.org_edit.setObjectName("peopleOrganisation")
        self.org_edit.setPlaceholderText(_tr("Any organisation"))
        self.org_edit.setClearButtonEnabled(True)
        flow = FlowLayout(self)
        for label, widget in (
            (_tr("&Sort by"), self.sort_box),
            (_tr("&Tag"), self.tag_box),
            (_tr("S&tatus"), self.status_box),
            (_tr("&Organisation"), self.org_edit),
            (_tr("Met &at"), self.event_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            field = QWidget()
            pair = QHBoxLayout(field)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(caption)
            pair.addWidget(widget)
            flow.addWidget(field)
        for box in (self.sort_box, self.tag_box, self.status_box, self.event_box):
            box.activated.connect(self.changed)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.org_edit.textEdited.connect(lambda _text: self._typing.start())

    def fill_choices(self) -> None:
        """Read the tags and events again, keeping the ones chosen (else "Any …")."""
        for box, choices, anyone in (
            (self.tag_box, self._people.tags(), _tr("Any tag")),
            (self.event_box, self._people.events(), _tr("Any event")),
        ):
            current = box.currentData()
            box.clear()
            box.addItem(anyone, None)
            for choice in choices:
                box.addItem(choice.label, choice.uid)
            box.setCurrentIndex(max(box.findData(current), 0))
            view = box.view()
            view.setMinimumWidth(min(view.sizeHintForColumn(0) + 2 * Space.L, POPUP_MAX_WIDTH))

    def current(self) -> PeopleFilter:
        """The filter the controls describe."""
        status = self.status_box.currentData()
        return PeopleFilter(
            tag_uid=self.tag_box.currentData(),
            status=PersonStatus(status) if status else None,
            organization=self.org_edit.text(),
            event_uid=self.event_box.currentData(),
        )

    def sort(self) -> PeopleSort:
        """The order chosen."""
        return PeopleSort(self.sort_box.currentData())
