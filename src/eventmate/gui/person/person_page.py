"""One person, read like a card, and their timeline; edits are saved at once and undoable.

The card says who they are and how we met; then what they care about, common ground and their
story (edited in place), what I could offer them, open promises both ways, contact and rhythm.
"Edit details" swaps the card's top for a compact editor of the plain fields; empty fields take
no room on the card.

The page holds the person's uid. It follows :class:`Changes` precisely: a change to this
person (or a reset) reads them again without touching what is being typed; a person deleted,
merged away or missing from a restored file turns the page read-only with a plain sentence
("Anna Schmidt was merged into Anna Schmitt", with a button to open the other), and every
write names the uid, so nothing typed here can land on anyone else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.person.card_column import CardColumn
from eventmate.gui.person.commands import SetFieldCommand, StaleStep
from eventmate.gui.person.person_conflicts import PersonConflicts
from eventmate.gui.person.person_form import PersonForm
from eventmate.gui.person.person_notice import (
    PersonNotice,
    invalid_text,
    not_made_text,
    not_saved_text,
)
from eventmate.gui.person.timeline_column import TimelineColumn
from eventmate.gui.undo_versions import Versions, not_stepped_text
from eventmate.services.changes import Changes, Kind
from eventmate.services.people.detail import PersonDetail, PersonField, SaveFailed
from eventmate.services.records import RecordGone

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from eventmate.services.container import Services


class PersonPage(QWidget):
    """Everything about one person. Edits are saved as they are made; Ctrl+Z undoes."""

    back_requested = Signal()
    #: An event's uid (an entry of the timeline was opened).
    event_opened = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPage")
        self._services = services
        #: The person shown last, once they are gone (merged away, deleted, restored over).
        self._gone_uid: str | None = None
        self._gone_name = ""
        self.undo_stack = QUndoStack(self)
        self._versions = Versions()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← People"))
        back.setObjectName("backToPeople")
        back.setAccessibleName(self.tr("Back to people"))
        back.setToolTip(self.tr("Back to the list (Esc)"))
        back.setAutoDefault(False)
        back.clicked.connect(self._go_back)
        self.edit_button = QPushButton(self.tr("&Edit details"))
        self.edit_button.setObjectName("editPersonButton")
        self.edit_button.setCheckable(True)
        self.edit_button.setAutoDefault(False)
        self.edit_button.setToolTip(
            self.tr("Name, role, how we met, contact, tags, keeping in touch (Esc: done)")
        )
        self.edit_button.toggled.connect(self.set_editing)
        top.addWidget(back)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        outer.addLayout(top)
        #: A framed line for what the user must know (gone, merged, not saved).
        self._notice = PersonNotice()
        self._notice.open_requested.connect(self.open_person)
        outer.addWidget(self._notice)

        #: Everything that can be edited (disabled when the person is gone).
        self._body = QWidget()
        columns = QHBoxLayout(self._body)
        columns.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._body, 1)
        stack, versions = self.undo_stack, self._versions
        self.form = PersonForm(
            services, stack, versions, self._commit, self._refused, self._show_message
        )
        self.form.hide()  # the compact editor, on "Edit details"
        self._conflicts = PersonConflicts(services.person, self.form, self._versions, self)
        self.contacts, self.tags, self.facts = self.form.contacts, self.form.tags, self.form.facts
        self.form_scroll = CardColumn(self.form)
        self.card, self.promises = self.form_scroll.card, self.form_scroll.promises
        self.details = self.form_scroll.details
        self.card.person_opened.connect(self.open_person)
        self.card.event_opened.connect(self.event_opened)
        columns.addWidget(self.form_scroll, 3)
        timeline = TimelineColumn()
        self.timeline, self.timeline_model = timeline.view, timeline.model
        timeline.event_opened.connect(self.event_opened)
        columns.addWidget(timeline, 2)
        self._build_actions()

    @property
    def editing(self) -> bool:
        """Whether the compact editor is open in place of the card's top."""
        return self.edit_button.isChecked()

    def set_editing(self, on: bool) -> None:
        """Open (or close) the compact editor; closing saves what was typed in it."""
        if self.edit_button.isChecked() != on:
            self.edit_button.setChecked(on)  # comes back here through toggled
            return
        if not on:
            self.save_texts()
        self.form.setVisible(on)
        self.card.setVisible(not on)
        self.edit_button.setText(self.tr("&Done") if on else self.tr("&Edit details"))
        if on:
            self.form.lines[PersonField.NAME].setFocus()
        elif self.isVisible():
            self.edit_button.setFocus()

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
    def _detail(self) -> PersonDetail | None:
        return self.form.detail

    @property
    def person_uid(self) -> str | None:
        """The stable identity of the person on the page (None once they are gone)."""
        return self._detail.uid if self._detail else None

    def open_person(self, person_uid: str) -> None:
        """Show the person with ``person_uid``, from the top of the page.

        Another person starts with a new undo history, empty "add" boxes and the page
        scrolled to the top; nothing typed for the previous person carries over.
        """
        shown = self._detail.uid if self._detail is not None else self._gone_uid
        if shown != person_uid:
            self.undo_stack.clear()
        self.form.forget()
        self._gone_uid, self._gone_name = None, ""
        self._notice.clear()
        self.form.met_event.fill()
        self.set_editing(False)
        self._load(person_uid)
        self.form_scroll.verticalScrollBar().setValue(0)
        self.timeline.scrollToTop()
        self.edit_button.setFocus()

    def on_changes(self, changes: Changes) -> None:
        """Follow what changed: this person, the events they met at, or their being gone.

        After a reset (a restore) the person is found again by uid, never by the old id, which
        the restored file may give to someone else.
        """
        if changes.reset:
            self.undo_stack.clear()  # its steps name rows the restored file may not have
        detail = self._detail
        if detail is None:
            gone = self._gone_uid
            if gone is not None and changes.changed(Kind.PERSON, gone):
                self._come_back(gone)  # a merge undone, or a restore that has them
            return
        into = changes.merged_into(detail.uid)
        if into is not None or changes.gone(Kind.PERSON, detail.uid):
            self._gone(detail.name, detail.uid, into)
            return
        events = changes.touches(Kind.EVENT)
        introducer = detail.introduced_by_uid
        if (
            changes.changed(Kind.PERSON, detail.uid)
            or (introducer is not None and changes.changed(Kind.PERSON, introducer))
            or events
        ):
            if events:
                self.form.met_event.fill()
            self._load(detail.uid, keep_typing=True)

    def _come_back(self, person_uid: str) -> None:
        if self._services.records.exists(Kind.PERSON, person_uid):
            self._gone_uid = None
            self._notice.clear()
            self.form.met_event.fill()
            self._load(person_uid)

    def _gone(self, name: str, person_uid: str, into: str | None) -> None:
        """The person was deleted or merged away: nothing on the page can be saved any more."""
        self.form.forget()
        self._gone_uid, self._gone_name = person_uid, name
        self.undo_stack.clear()
        self._body.setEnabled(False)
        self.edit_button.setEnabled(False)
        if into is not None:
            try:
                self._notice.merged(name, into, self._services.person.get(into).name)
                return
            except RecordGone:
                pass
        self._notice.gone(name)

    def _load(self, person_uid: str, *, keep_typing: bool = False) -> None:
        previous = self._detail
        try:
            detail = self._services.person.get(person_uid)
        except RecordGone:
            self._gone(previous.name if previous else self._gone_name, person_uid, None)
            return
        self._body.setEnabled(True)
        self.edit_button.setEnabled(True)
        # Typing not saved yet stays as it is (a change made elsewhere must not wipe it).
        self.form.show_person(detail, keep_typing=keep_typing)
        from eventmate.services.clock import system_clock

        promises = self._services.followups.for_person(detail.id)
        self.form_scroll.show_person(detail, promises, system_clock())
        self.timeline_model.set_items(self._services.timeline.for_person(detail.id))

    # -- editing --------------------------------------------------------------------------

    def _commit(self, field: PersonField, value: Any) -> None:
        detail = self._detail
        if self.form.loading or self._conflicts.asking or detail is None:
            return
        if value == detail.value(field):
            return
        # Saved (and checked) first: an exception inside QUndoStack.push would be swallowed by
        # Qt and leave a command on the stack that never happened. Typing changed elsewhere
        # meanwhile is merged, or the user chooses (person_conflicts).
        try:
            written = self._conflicts.save(detail.uid, field, value)
            if written is None:  # theirs kept, or still being edited: nothing saved
                self._load(detail.uid, keep_typing=True)
                return
        except ValueError as problem:
            self._show_message(invalid_text(field, problem))
            self._load(detail.uid)
            return
        except RecordGone as gone:
            if gone.kind is Kind.PERSON and gone.uid == detail.uid:
                self._gone(detail.name, detail.uid, None)
            else:  # the event or person chosen as a link is gone
                self._show_message(str(gone))
                self.form.met_event.fill()
                self._load(detail.uid)
            return
        except SaveFailed as failed:
            # The typed text stays in the field; leaving and coming back to it retries.
            self._show_message(not_saved_text(failed))
            return
        self._notice.hide()
        self.undo_stack.push(
            SetFieldCommand(
                self._services.person,
                detail.uid,
                field,
                written.value,
                value,
                self.tr("Change %1").replace("%1", field.value.replace("_", " ")),
                self._refused,
                self._versions,
                version=written.version,
                applied=True,
            )
        )

    def _refused(self, problem: Exception) -> None:
        """An undo, redo or list edit could not be made: say why, calmly."""
        detail = self._detail
        if isinstance(problem, RecordGone):
            if detail is not None and problem.kind is Kind.PERSON and problem.uid == detail.uid:
                self._gone(detail.name, detail.uid, None)
            else:
                self._show_message(str(problem))
        elif isinstance(problem, StaleStep):  # the page shows what is stored now
            name = detail.name if detail is not None else ""
            self._show_message(not_stepped_text(name, undoing=problem.undoing))
            if detail is not None:
                self._load(detail.uid, keep_typing=True)
        elif isinstance(problem, SaveFailed):
            self._show_message(not_saved_text(problem))
        else:
            self._show_message(not_made_text(problem))

    def _show_message(self, text: str) -> None:
        self._notice.say(text)

    def is_dirty(self, widget: QObject) -> bool:
        """True when ``widget`` (a field of this page) holds typing not saved yet."""
        return self.form.is_dirty(widget)

    def save_texts(self) -> None:
        """Save the multi-line fields (called when one loses focus and when leaving)."""
        self.form.save_texts()

    def _go_back(self) -> None:
        """Esc: close the editor if it is open, else back to the list."""
        if self.editing:
            self.set_editing(False)
            return
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
