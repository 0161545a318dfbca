"""The person as a readable card: who they are and how we met, promises, contact and rhythm.

Only what is known is shown; an empty part takes no room. Everything here is read from a
:class:`PersonDetail` (and the person's open promises); editing happens in place below it or
in the compact editor.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eventmate.domain.kinds import ContactKind, Direction, PersonStatus
from eventmate.gui.formatting import date_format, due_label, to_local
from eventmate.gui.person.person_lists import contact_kind_labels
from eventmate.gui.style import body, clear_layout, heading, link_button, muted

if TYPE_CHECKING:
    from eventmate.services.after.followups import FollowUpItem
    from eventmate.services.people.detail import PersonDetail


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonCard", text)


def _day(moment: datetime) -> str:
    return QLocale().toString(to_local(moment).date(), date_format("d MMM yyyy"))


def _link(name: str) -> QPushButton:
    """A button that reads as a line of text and opens something (the design's link)."""
    button = link_button("")
    button.setObjectName(name)
    return button


class PersonCard(QWidget):
    """Name, how to say it, role and organisation, tags, then how we met (when known)."""

    #: The uid of the person who introduced us (their name was clicked).
    person_opened = Signal(str)
    #: The uid of the event where we met.
    event_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personCard")
        self._detail: PersonDetail | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.name = heading("", scale=1.8)
        self.name.setObjectName("personName")
        self.name.setProperty("textFormat", "PlainText")
        self.say = muted("")
        self.say.setObjectName("personSay")
        self.say.setProperty("textFormat", "PlainText")
        self.role = body("")
        self.role.setObjectName("personRole")
        self.tags = muted("")
        self.tags.setObjectName("personTags")
        self.tags.setProperty("textFormat", "PlainText")
        self.resting = muted("")
        self.resting.setObjectName("personResting")
        self.resting.setProperty("textFormat", "PlainText")
        for label in (self.name, self.say, self.role, self.tags, self.resting):
            column.addWidget(label)

        self.met_heading = heading(_tr("How we met"), scale=1.1)
        column.addSpacing(10)
        column.addWidget(self.met_heading)
        self.met_event = _link("personMetEvent")
        self.met_event.clicked.connect(self._open_met_event)
        self.met_day = muted("")
        met_row = QHBoxLayout()
        met_row.setSpacing(8)
        met_row.addWidget(self.met_event)
        met_row.addWidget(self.met_day)
        met_row.addStretch(1)
        column.addLayout(met_row)
        self.introduced = _link("personIntroducedBy")
        self.introduced.clicked.connect(self._open_introducer)
        introduced_row = QHBoxLayout()
        introduced_row.addWidget(self.introduced)
        introduced_row.addStretch(1)
        column.addLayout(introduced_row)
        self.met_how = body("")
        self.met_how.setObjectName("personMetHow")
        self.cues = muted("")
        self.cues.setObjectName("personCues")
        self.cues.setProperty("textFormat", "PlainText")
        column.addWidget(self.met_how)
        column.addWidget(self.cues)

    def show_person(self, detail: PersonDetail) -> None:
        """Show ``detail``; parts with nothing in them are hidden."""
        self._detail = detail
        self.name.setText(detail.name)
        self.name.setAccessibleName(detail.name)
        _show(self.say, _tr("Say it: %1").replace("%1", detail.pronunciation), detail.pronunciation)
        _show(self.role, " · ".join(p for p in (detail.role, detail.organization) if p))
        _show(self.tags, "  ".join(f"#{tag}" for tag in detail.tags))
        resting = detail.status is PersonStatus.RESTING
        rest_text = (
            _tr("Resting — %1").replace("%1", detail.status_note)
            if detail.status_note
            else _tr("Resting: no reminders")
        )
        _show(self.resting, rest_text, "yes" if resting else "")

        event = detail.met_event_title
        self.met_event.setText(_tr("Met at %1").replace("%1", event) if event else "")
        self.met_event.setAccessibleName(self.met_event.text())
        self.met_event.setToolTip(_tr("Open %1").replace("%1", event))
        self.met_event.setVisible(bool(event and detail.met_event_uid))
        first = detail.first_met_at
        day = (
            (_day(first) if event else _tr("First met %1").replace("%1", _day(first)))
            if first
            else ""
        )
        _show(self.met_day, day)
        who = detail.introduced_by_name
        self.introduced.setText(_tr("Introduced by %1").replace("%1", who) if who else "")
        self.introduced.setAccessibleName(self.introduced.text())
        self.introduced.setToolTip(_tr("Open %1").replace("%1", who))
        self.introduced.setVisible(bool(who and detail.introduced_by_uid))
        _show(self.met_how, detail.met_how)
        _show(self.cues, _tr("Cues: %1").replace("%1", detail.recall_cues), detail.recall_cues)
        self.met_heading.setVisible(
            any(
                w.isVisibleTo(self)
                for w in (self.met_event, self.met_day, self.introduced, self.met_how, self.cues)
            )
        )

    def _open_met_event(self) -> None:
        if self._detail is not None and self._detail.met_event_uid is not None:
            self.event_opened.emit(self._detail.met_event_uid)

    def _open_introducer(self) -> None:
        if self._detail is not None and self._detail.introduced_by_uid is not None:
            self.person_opened.emit(self._detail.introduced_by_uid)


class PromisesView(QWidget):
    """Open promises both ways: what I promised first (my own giving), then what they did."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPromises")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(2)
        self.lines: list[str] = []

    def show_promises(self, items: Sequence[FollowUpItem], now: datetime) -> None:
        """Show the open ones of ``items`` (the person's follow-ups)."""
        clear_layout(self._column)  # hidden at once: no other person's promise shows through
        self.lines = []
        open_items = [item for item in items if item.status.value == "open"]
        for direction, caption in (
            (Direction.MINE, _tr("I promised")),
            (Direction.THEIRS, _tr("They promised")),
        ):
            mine = sorted(
                (item for item in open_items if item.direction is direction),
                key=lambda item: (item.due_at is None, item.due_at or now),
            )
            for item in mine:
                due = due_label(item.due_at, now)
                text = f"{caption}: {item.text}" + (f" — {due}" if due else "")
                line = body(text)
                line.setAccessibleName(text)
                self._column.addWidget(line)
                self.lines.append(text)
        self.setVisible(bool(self.lines))


class DetailsView(QWidget):
    """How to reach them and the rhythm of keeping in touch, when there is any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDetails")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.contacts = body("")
        self.contacts.setObjectName("personContacts")
        self.rhythm = muted("")
        self.rhythm.setObjectName("personRhythm")
        column.addWidget(self.contacts)
        column.addWidget(self.rhythm)

    def show_person(self, detail: PersonDetail) -> None:
        """Fill from ``detail``; hidden when there is nothing to say."""
        labels = contact_kind_labels()
        lines = []
        for contact in detail.contacts:
            line = f"{labels[ContactKind(contact.kind)]}: {contact.value}"
            lines.append(line + (f" ({contact.label})" if contact.label else ""))
        _show(self.contacts, "\n".join(lines))
        days = detail.cadence_days
        rhythm = (
            QCoreApplication.translate("PersonCard", "Reconnect every %n days", "", days)
            if days and detail.status is PersonStatus.ACTIVE
            else ""
        )
        _show(self.rhythm, rhythm)
        self.setVisible(bool(lines or rhythm))


def _show(label: QLabel, text: str, when: str | None = None) -> None:
    """Show ``text`` in ``label``, or hide it when there is nothing (``when`` empty)."""
    present = bool(text if when is None else when)
    label.setText(text if present else "")
    label.setAccessibleName(label.text())
    label.setVisible(present)
