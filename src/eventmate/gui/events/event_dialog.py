"""The event dialog: every field of an event, in reading order, saved with Enter.

An event is one coherent record (a title and a start at least), so this dialog saves on Save and
Esc cancels: nothing is written until the event makes sense, and cancelling leaves the stored
event exactly as it was. Ctrl+Enter saves from inside the multi-line fields too.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import EventKind, MyRole
from eventmate.gui.events.breaks_editor import BreaksEditor, default_break_time
from eventmate.gui.events.event_model import kind_label
from eventmate.gui.events.event_when import EventWhen
from eventmate.gui.events.local_time import from_local
from eventmate.gui.events.tag_completer import TagCompleter
from eventmate.gui.style import body
from eventmate.gui.style.widgets import dialog_margins, primary
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.events.events import EventDetail, EventDraft, EventSaved


def role_label(role: MyRole | None) -> str:
    """How I take part, in the user's language."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        None: QCoreApplication.translate("roles", "—"),
        MyRole.PERFORMING: QCoreApplication.translate("roles", "Performing"),
        MyRole.ATTENDING: QCoreApplication.translate("roles", "Attending"),
        MyRole.HOSTING: QCoreApplication.translate("roles", "Hosting"),
        MyRole.VOLUNTEERING: QCoreApplication.translate("roles", "Volunteering"),
        MyRole.DONOR_HOST: QCoreApplication.translate("roles", "Donor host"),
    }
    return labels[role]


class EventDialog(QDialog):
    """Create or edit one event; ``saved`` (its uid and what changed) is set once it is stored.

    If the event being edited is deleted meanwhile, the dialog says so at once (the events
    page passes on what changed) and Save adds it again as a new event: nothing typed is
    lost, and nothing is written to another event. If it was changed elsewhere, Save merges
    what only one side changed and asks about the rest (``event_conflicts``).
    """

    def __init__(
        self, services: Services, detail: EventDetail | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._detail = detail
        self.saved: EventSaved | None = None
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("New event") if detail is None else self.tr("Edit event"))
        self.resize(620, 720)
        outer = QVBoxLayout(self)
        dialog_margins(outer)
        scroll = QScrollArea()
        # Not a stop of its own for Tab: the fields inside are, and it scrolls to them.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        column = QVBoxLayout(content)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        self.title = self._line(self.tr("Title"), "eventTitle", self.tr("e.g. Autumn Gala"))
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(kind_label(kind.value), kind)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.when = EventWhen(self)
        self.starts, self.ends = self.when.starts, self.when.ends
        self.has_end, self.all_day = self.when.has_end, self.when.all_day
        self.venue = self._line(self.tr("Venue"), "eventVenue", self.tr("e.g. Wigmore Hall"))
        self.city = self._line(self.tr("City"), "eventCity", "")
        self.role = QComboBox()
        for role in (None, *MyRole):
            self.role.addItem(role_label(role), role)
        self.role.setAccessibleName(self.tr("My role"))
        self.host = self._line(self.tr("Host or organiser"), "eventHost", "")
        self.series = QComboBox()
        self.series.setEditable(True)
        self.series.addItem("")
        self.series.addItems(list(services.events.series_names()))
        self.series.setAccessibleName(self.tr("Series"))
        self.series.setObjectName("eventSeries")
        series_edit = self.series.lineEdit()
        if series_edit is not None:
            series_edit.setPlaceholderText(self.tr("None — or type a new series"))
        self.series.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.programme = self._text(self.tr("Programme"), "eventProgramme")
        self.programme.setPlaceholderText(self.tr("What is being played, one piece a line"))
        self.breaks = BreaksEditor()
        self.breaks.setObjectName("eventBreaks")
        self.breaks.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.breaks.rows_changed.connect(self._apply_tab_order)
        self.when.start_moved.connect(self._on_start_moved)
        self.tags = self._line(self.tr("Tags"), "eventTags", self.tr("comma-separated"))
        completer = TagCompleter(list(services.events.tag_names()), self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.notes = self._text(self.tr("Notes"), "eventNotes")

        when_row = QHBoxLayout()
        when_row.addWidget(self.starts, 1)
        when_row.addWidget(self.all_day)
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            (self.tr("&Title (required)"), self.title, self.title),
            (self.tr("&Kind"), self.kind, self.kind),
            (self.tr("&Starts"), when_row, self.starts),
            (self.tr("&Venue"), self.venue, self.venue),
            (self.tr("&City"), self.city, self.city),
            (self.tr("My &role"), self.role, self.role),
            (self.tr("&Host"), self.host, self.host),
            (self.tr("Se&ries"), self.series, self.series),
            (self.tr("&Programme"), self.programme, self.programme),
            (self.tr("&Breaks"), self.breaks, self.breaks.add_button),
            (self.tr("T&ags"), self.tags, self.tags),
            (self.tr("N&otes"), self.notes, self.notes),
        ]
        for text, field, buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
            if buddy is self.starts:
                # The end is optional: its check box is the row's label.
                form.addRow(self.has_end, self.ends)

        self.problem = body("")
        self.problem.setObjectName("eventProblem")
        self.problem.hide()
        outer.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        primary(save)
        save.setDefault(True)
        save.setToolTip(self.tr("Save (Enter, or Ctrl+Enter in a text box)"))
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        if detail is not None:
            self._load(detail)
        self.breaks.set_default_time(default_break_time(self.starts.dateTime()))
        self._apply_tab_order()
        self.title.setFocus()

    # -- building ---------------------------------------------------------------------------

    def _line(self, name: str, object_name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(500)
        return edit

    def _text(self, name: str, object_name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(object_name)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        # Ctrl+Enter saves from here too (the text box would otherwise take it as a new line).
        edit.installEventFilter(self)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
        return edit

    def _apply_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.title,
            self.kind,
            self.starts,
            self.all_day,
            self.has_end,
            self.ends,
            self.venue,
            self.city,
            self.role,
            self.host,
            self.series,
            self.programme,
            *self.breaks.tab_chain(),
            self.tags,
            self.notes,
            *self.buttons.buttons(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _load(self, detail: EventDetail) -> None:
        self.title.setText(detail.title)
        self.kind.setCurrentIndex(max(self.kind.findData(detail.kind), 0))
        self.when.load(detail.starts_at, detail.ends_at, detail.all_day)
        self.venue.setText(detail.venue)
        self.city.setText(detail.city)
        self.role.setCurrentIndex(max(self.role.findData(detail.my_role), 0))
        self.host.setText(detail.host)
        self.series.setCurrentText(detail.series)
        self.programme.setPlainText(detail.programme)
        self.breaks.set_breaks(detail.breaks)
        self.tags.setText(", ".join(detail.tags))
        self.notes.setPlainText(detail.notes)

    # -- behaviour --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in a multi-line field saves the event."""
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.accept()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _on_start_moved(self, moment: QDateTime) -> None:
        self.breaks.set_default_time(default_break_time(moment))

    def draft(self) -> EventDraft:
        """The event as currently entered."""
        from eventmate.services.events.events import EventDraft

        start, end = self.when.span()
        return EventDraft(
            title=self.title.text(),
            starts_at=from_local(start),
            kind=EventKind(self.kind.currentData()),
            venue=self.venue.text(),
            city=self.city.text(),
            ends_at=from_local(end) if end is not None else None,
            all_day=self.all_day.isChecked(),
            my_role=self.role.currentData(),
            programme=self.programme.toPlainText(),
            host=self.host.text(),
            series=self.series.currentText(),
            breaks=self.breaks.breaks(start),
            tags=tuple(part for part in self.tags.text().split(",") if part.strip()),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        """Save; on a problem, say what to fix and keep everything typed."""
        from eventmate.services.events.events import EventInvalid, EventSaved
        from eventmate.services.records import RecordGone

        try:
            draft = self.draft()
            if self._detail is None:
                self.saved = self._services.events.create(draft)
            else:
                from eventmate.gui.events.event_conflicts import save_event
                from eventmate.services.events.events import draft_fields

                detail = self._detail
                changes = save_event(
                    self._services.events,
                    detail.uid,
                    draft_fields(detail),
                    draft,
                    detail.version,
                    self,
                )
                if changes is None:  # changed elsewhere, and the user goes on editing
                    return
                self.saved = EventSaved(detail.uid, changes)
        except RecordGone:
            self._event_gone()
            return
        except EventInvalid as problem:
            self._say(self._translate(str(problem)))
            if not self.title.text().strip():
                self.title.setFocus()
            return
        super().accept()

    def on_changes(self, changes: Changes) -> None:
        """Say so at once if the event being edited was deleted meanwhile."""
        if self._detail is not None and (
            changes.gone(Kind.EVENT, self._detail.uid)
            or (changes.reset and self._services.events.get(self._detail.uid) is None)
        ):
            self._event_gone()

    def _event_gone(self) -> None:
        """The event was deleted: what is typed stays, and Save adds it as a new event."""
        self._detail = None
        self.setWindowTitle(self.tr("New event"))
        self._say(self.tr("This event was deleted meanwhile; Save adds it again."))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _translate(self, message: str) -> str:
        known = {
            "An event needs a title.": self.tr("Give the event a title — a few words are enough."),
            "The event ends before it starts.": self.tr("The end is before the start."),
        }
        return known.get(message, message)
