"""One person: every field editable in place (saved at once, undoable) and their timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import PersonStatus
from eventmate.gui.person.commands import SetFieldCommand
from eventmate.gui.person.person_lists import ContactsEditor, FactsEditor, TagsEditor
from eventmate.gui.person.timeline_model import EventRole, TimelineModel
from eventmate.gui.widgets import heading, muted
from eventmate.services.changes import Changes, Kind
from eventmate.services.people.detail import (
    PersonDetail,
    PersonField,
    PersonNotFound,
    SaveFailed,
)

if TYPE_CHECKING:
    from eventmate.services.container import Services

_LINES = (
    PersonField.NAME,
    PersonField.PRONUNCIATION,
    PersonField.ROLE,
    PersonField.ORGANIZATION,
)
_TEXTS = (PersonField.RECALL_CUES, PersonField.MET_HOW, PersonField.STATUS_NOTE)


_UNDO_KEYS = (
    QKeySequence("Ctrl+Z"),
    QKeySequence("Ctrl+Shift+Z"),
    QKeySequence("Ctrl+Y"),
)


class _FieldEvents(QObject):
    """Saves a multi-line field when the cursor leaves it, and lets Ctrl+Z reach the page.

    Text fields claim Ctrl+Z for their own typing undo. While a field holds nothing unsaved
    the page's undo (of saved edits) is what the user means, so the key is passed on.
    """

    def __init__(self, page: PersonPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._page.save_texts()
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if pressed in _UNDO_KEYS and not self._page.is_dirty(watched):
                event.ignore()
                return True
        return False


class PersonPage(QWidget):
    """Everything about one person. Edits are saved as they are made; Ctrl+Z undoes."""

    back_requested = Signal()
    event_opened = Signal(int)
    person_changed = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPage")
        self._services = services
        self._detail: PersonDetail | None = None
        self.undo_stack = QUndoStack(self)
        self._loading = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← People"))
        back.setObjectName("backToPeople")
        back.setAccessibleName(self.tr("Back to people"))
        back.setToolTip(self.tr("Back to the list (Esc)"))
        back.clicked.connect(self._go_back)
        self._title = heading("", scale=1.5)
        top.addWidget(back)
        top.addWidget(self._title, 1)
        outer.addLayout(top)
        self._message = muted("")
        self._message.setObjectName("personMessage")
        self._message.hide()
        outer.addWidget(self._message)

        #: Everything that can be edited (disabled when the person is gone).
        self._body = QWidget()
        columns = QHBoxLayout(self._body)
        columns.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._body, 1)
        form_host = QWidget()
        self._form = QFormLayout(form_host)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        columns.addWidget(scroll, 3)

        labels = {
            PersonField.NAME: self.tr("&Name"),
            PersonField.PRONUNCIATION: self.tr("&Pronunciation"),
            PersonField.ROLE: self.tr("&Role"),
            PersonField.ORGANIZATION: self.tr("&Organisation"),
            PersonField.RECALL_CUES: self.tr("Recall &cues"),
            PersonField.MET_HOW: self.tr("&How we met"),
            PersonField.STATUS_NOTE: self.tr("Status &note"),
        }
        self._lines: dict[PersonField, QLineEdit] = {}
        self._texts: dict[PersonField, QPlainTextEdit] = {}
        field_events = _FieldEvents(self)
        for field in _LINES:
            line = QLineEdit()
            line.setObjectName(f"field_{field.value}")
            line.setAccessibleName(labels[field].replace("&", ""))
            line.editingFinished.connect(lambda f=field: self._line_done(f))
            line.installEventFilter(field_events)
            self._lines[field] = line
            self._form.addRow(labels[field], line)
        for field in _TEXTS:
            text = QPlainTextEdit()
            text.setObjectName(f"field_{field.value}")
            text.setAccessibleName(labels[field].replace("&", ""))
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
            text.installEventFilter(field_events)
            self._texts[field] = text
        self._form.addRow(labels[PersonField.RECALL_CUES], self._texts[PersonField.RECALL_CUES])

        self._form.addRow(heading(self.tr("How we met"), scale=1.1))
        self._met_event = QComboBox()
        self._met_event.setObjectName("field_met_event")
        self._met_event.setAccessibleName(self.tr("Met at"))
        self._met_event.activated.connect(self._met_event_chosen)
        self._form.addRow(self.tr("Met &at"), self._met_event)
        self._form.addRow(labels[PersonField.MET_HOW], self._texts[PersonField.MET_HOW])
        self._introduced = QLineEdit()
        self._introduced.setObjectName("field_introduced_by")
        self._introduced.setAccessibleName(self.tr("Introduced by"))
        self._introduced.setPlaceholderText(self.tr("Type a name"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._introduced.setCompleter(completer)
        self._introduced.textEdited.connect(self._suggest_names)
        self._introduced.editingFinished.connect(self._introduced_done)
        self._form.addRow(self.tr("&Introduced by"), self._introduced)

        self._form.addRow(heading(self.tr("Keeping in touch"), scale=1.1))
        self._status = QComboBox()
        self._status.setObjectName("field_status")
        self._status.setAccessibleName(self.tr("Status"))
        self._status.addItem(self.tr("Active"), PersonStatus.ACTIVE.value)
        self._status.addItem(self.tr("Resting (no reminders)"), PersonStatus.RESTING.value)
        self._status.activated.connect(
            lambda: self._commit(PersonField.STATUS, PersonStatus(self._status.currentData()))
        )
        self._form.addRow(self.tr("&Status"), self._status)
        self._form.addRow(labels[PersonField.STATUS_NOTE], self._texts[PersonField.STATUS_NOTE])
        self._cadence = QSpinBox()
        self._cadence.setObjectName("field_cadence")
        self._cadence.setAccessibleName(self.tr("Reconnect every (days)"))
        self._cadence.setRange(0, 3650)
        self._cadence.setSpecialValueText(self.tr("No rhythm"))
        self._cadence.setSuffix(self.tr(" days"))
        self._cadence.editingFinished.connect(self._cadence_done)
        self._form.addRow(self.tr("Reconnect &every"), self._cadence)

        self._form.addRow(heading(self.tr("Contact"), scale=1.1))
        self.contacts = ContactsEditor(services, self.undo_stack, self.reload, self)
        self._form.addRow(self.contacts)
        self._form.addRow(heading(self.tr("Tags"), scale=1.1))
        self.tags = TagsEditor(services, self.undo_stack, self.reload, self)
        self._form.addRow(self.tags)
        self._form.addRow(heading(self.tr("What I know"), scale=1.1))
        self.facts = FactsEditor(services, self.undo_stack, self.reload, self)
        self._form.addRow(self.facts)

        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Timeline"), scale=1.1))
        self.timeline_model = TimelineModel(self)
        self.timeline = QListView()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(4)
        self.timeline.setModel(self.timeline_model)
        self.timeline.activated.connect(self._timeline_activated)
        right.addWidget(self.timeline, 1)
        columns.addLayout(right, 2)
        self._build_actions()

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # StandardKey bindings can be empty on some platforms: always keep the usual keys.
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        back = QAction(self.tr("Back to people"), self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.triggered.connect(self._go_back)
        for action in (undo, redo, back):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo

    # -- loading --------------------------------------------------------------------------

    @property
    def person_id(self) -> int | None:
        """The person on the page."""
        return self._detail.id if self._detail else None

    def open_person(self, person_id: int) -> None:
        """Show ``person_id`` (a new person starts a new undo history)."""
        if self._detail is not None and self._detail.id != person_id:
            self.undo_stack.clear()
        self._detail = None
        self._message.hide()
        self._load(person_id)
        self._lines[PersonField.NAME].setFocus()

    @property
    def person_uid(self) -> str | None:
        """The stable identity of the person on the page (None once they are gone)."""
        return self._detail.uid if self._detail else None

    def on_changes(self, changes: Changes) -> None:
        """Follow what changed: reload this person, or say plainly that they are gone.

        After a reset (a restore) the person is found again by uid, never by the old id, which
        the restored file may give to someone else.
        """
        detail = self._detail
        if detail is None:
            return
        into = changes.merged_into(detail.uid)
        if into is not None or changes.gone(Kind.PERSON, detail.uid):
            self._gone(detail, into)
        elif changes.reset:
            person_id = self._services.records.id_of(Kind.PERSON, detail.uid)
            if person_id is None:
                self._gone(detail, None)
            else:
                self._load(person_id, keep_typing=True)
        elif changes.changed(Kind.PERSON, detail.uid):
            self._load(detail.id, keep_typing=True)

    def _gone(self, detail: PersonDetail, into: str | None) -> None:
        """The person was deleted or merged away: nothing on the page can be saved any more."""
        self._detail = None
        self.undo_stack.clear()
        self._body.setEnabled(False)
        merged_name = None
        if into is not None:
            into_id = self._services.records.id_of(Kind.PERSON, into)
            if into_id is not None:
                merged_name = self._services.person.get(into_id).name
        if merged_name is not None:
            self._show_message(
                self.tr("%1 was merged into %2.")
                .replace("%1", detail.name)
                .replace("%2", merged_name)
            )
        else:
            self._show_message(
                self.tr("%1 no longer exists. Nothing here can be changed.").replace(
                    "%1", detail.name
                )
            )

    def reload(self) -> None:
        """Read the person again (after an edit, undo or redo)."""
        if self._detail is not None:
            self._load(self._detail.id)
            self.person_changed.emit(self._detail.id)

    def _load(self, person_id: int, *, keep_typing: bool = False) -> None:
        try:
            detail = self._services.person.get(person_id)
        except PersonNotFound:
            self._show_message(self.tr("This person is no longer here (merged or removed)."))
            return
        # Typing not saved yet stays as it is (a change made elsewhere must not wipe it).
        same = keep_typing and self._detail is not None and self._detail.uid == detail.uid
        dirty = {
            w for w in (*self._lines.values(), *self._texts.values()) if same and self.is_dirty(w)
        }
        self._detail = detail
        self._body.setEnabled(True)
        self._loading = True
        try:
            self._title.setText(detail.name)
            self._title.setAccessibleName(detail.name)
            for field, line in self._lines.items():
                if line not in dirty and line.text() != detail.value(field):
                    line.setText(detail.value(field))
            for field, text in self._texts.items():
                if text not in dirty and text.toPlainText() != detail.value(field):
                    text.setPlainText(detail.value(field))
            self._fill_events(detail)
            self._introduced.setText(detail.introduced_by_name)
            self._status.setCurrentIndex(0 if detail.status is PersonStatus.ACTIVE else 1)
            self._cadence.setValue(detail.cadence_days or 0)
            self.contacts.show_person(detail)
            self.tags.show_person(detail)
            self.facts.show_person(detail)
            self.timeline_model.set_items(self._services.timeline.for_person(person_id))
        finally:
            self._loading = False

    def _fill_events(self, detail: PersonDetail) -> None:
        self._met_event.clear()
        self._met_event.addItem(self.tr("—"), None)
        choices = self._services.people.events()
        for choice in choices:
            self._met_event.addItem(choice.label, choice.id)
        if detail.met_event_id is not None:
            if self._met_event.findData(detail.met_event_id) < 0:
                self._met_event.addItem(detail.met_event_title, detail.met_event_id)
            self._met_event.setCurrentIndex(self._met_event.findData(detail.met_event_id))

    # -- editing --------------------------------------------------------------------------

    def _commit(self, field: PersonField, value: Any) -> None:
        if self._loading or self._detail is None or value == self._detail.value(field):
            return
        # Saved (and checked) first: an exception inside QUndoStack.push would be swallowed by
        # Qt and leave a command on the stack that never happened.
        try:
            old = self._services.person.set_field(self._detail.id, field, value)
        except ValueError as problem:
            self._show_message(self._explain(field, problem))
            self._load(self._detail.id)
            return
        except PersonNotFound:
            self._show_message(self.tr("This person is no longer here (merged or removed)."))
            return
        except SaveFailed as failed:
            # The typed text stays in the field; leaving and coming back to it retries.
            from eventmate.gui.recovery.words import failure_message

            reason = (
                failure_message(failed.kind.value)
                if failed.kind is not None
                else self.tr("Not saved yet: the database is busy or read-only.")
            )
            self._show_message(reason + " " + self.tr("Your text is still here."))
            return
        self._message.hide()
        self.undo_stack.push(
            SetFieldCommand(
                self._services.person,
                self._detail.id,
                field,
                old,
                value,
                self.tr("Change %1").replace("%1", field.value.replace("_", " ")),
                self.reload,
                applied=True,
            )
        )

    def _explain(self, field: PersonField, problem: ValueError) -> str:
        if field is PersonField.NAME:
            return self.tr("A person needs a name; the old one is kept.")
        return self.tr("That value was not saved: %1").replace("%1", str(problem))

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.show()

    def is_dirty(self, widget: QObject) -> bool:
        """True when ``widget`` (a field of this page) holds typing not saved yet."""
        if self._detail is None:
            return False
        for field, line in self._lines.items():
            if line is widget:
                return bool(line.text() != self._detail.value(field))
        for field, text in self._texts.items():
            if text is widget:
                return bool(text.toPlainText() != self._detail.value(field))
        return False

    def _line_done(self, field: PersonField) -> None:
        self._commit(field, self._lines[field].text())

    def save_texts(self) -> None:
        """Save the multi-line fields (called when one loses focus and when leaving)."""
        for field, text in self._texts.items():
            self._commit(field, text.toPlainText())

    def _met_event_chosen(self) -> None:
        self._commit(PersonField.MET_EVENT, self._met_event.currentData())

    def _cadence_done(self) -> None:
        value = self._cadence.value()
        self._commit(PersonField.CADENCE_DAYS, value or None)

    def _suggest_names(self, text: str) -> None:
        if self._detail is None:
            return
        people = self._services.person.people_named(text)
        self._names.setStringList([name for pid, name in people if pid != self._detail.id])

    def _introduced_done(self) -> None:
        if self._detail is None or self._loading:
            return
        text = self._introduced.text().strip()
        if not text:
            self._commit(PersonField.INTRODUCED_BY, None)
            return
        matches = [
            pid
            for pid, name in self._services.person.people_named(text)
            if name.casefold() == text.casefold() and pid != self._detail.id
        ]
        if matches:
            self._commit(PersonField.INTRODUCED_BY, matches[0])
        elif text != self._detail.introduced_by_name:
            self._show_message(
                self.tr("Nobody called “%1” yet: add them first.").replace("%1", text)
            )
            self._introduced.setText(self._detail.introduced_by_name)

    def _timeline_activated(self) -> None:
        event_id = self.timeline.currentIndex().data(EventRole)
        if event_id is not None:
            self.event_opened.emit(int(event_id))

    def _go_back(self) -> None:
        self.save_texts()
        self.back_requested.emit()

    def hideEvent(self, event: Any) -> None:
        """Leaving the page saves what is being typed."""
        self.save_texts()
        super().hideEvent(event)


def message_label(page: PersonPage) -> QLabel:
    """The page's message line (for tests)."""
    label = page.findChild(QLabel, "personMessage")
    assert label is not None
    return label
