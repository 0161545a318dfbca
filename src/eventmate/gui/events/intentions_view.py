"""Setting intentions for an event: add, edit, reorder, remove (undoable), and an energy check-in.

Every change is saved the moment it is made; there is nothing to save on closing. The widget
names its event and intentions by uid; if one is gone when a change is saved, it says so
calmly, keeps what was typed, and writes nothing anywhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import IntentionKind
from eventmate.gui.events.briefing_render import intention_kind_label
from eventmate.gui.events.intention_commands import RemoveIntentionCommand
from eventmate.gui.events.intentions_model import ROW_ROLE, UID_ROLE, IntentionsModel
from eventmate.gui.style import TextStyle, body, choice_button, heading, muted

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.events.intentions import IntentionRow, PersonChoice
    from eventmate.services.records import RecordGone


def prompt(kind: IntentionKind) -> str:
    """A gentle example prompt for a blank intention of ``kind``."""
    from PySide6.QtCore import QCoreApplication

    return {
        IntentionKind.CONNECT: QCoreApplication.translate(
            "prompts", "Who would you like to meet, or see again?"
        ),
        IntentionKind.LEARN: QCoreApplication.translate(
            "prompts", "What would you like to learn about the people here?"
        ),
        IntentionKind.OFFER: QCoreApplication.translate(
            "prompts", "What could you offer someone here?"
        ),
        IntentionKind.MINDSET: QCoreApplication.translate("prompts", "How do you want to show up?"),
    }[kind]


class IntentionsWidget(QWidget):
    """Intentions of one event and the pre-event energy check-in."""

    changed = Signal()
    #: A write found the event gone (the dialog then says so for the whole window).
    event_gone = Signal()

    def __init__(self, services: Services, event_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.event_uid = event_uid
        self._editing: str | None = None
        self._person_uid: str | None = None
        self._choices: dict[str, str] = {}
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Intentions"), style=TextStyle.SUBHEADING))
        layout.addWidget(muted(self.tr("One is enough; none is fine too.")))

        self.model = IntentionsModel(self)
        self.list = QListView()
        self.list.setObjectName("intentionsList")
        self.list.setAccessibleName(self.tr("Intentions"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        side = self.list.fontMetrics().height() + 2  # the kind's icon, as tall as the text
        self.list.setIconSize(QSize(side, side))
        self.list.activated.connect(lambda _index: self.edit_current())
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)

        self.kind = QComboBox()
        self.kind.setObjectName("intentionKind")
        self.kind.setAccessibleName(self.tr("Kind of intention"))
        for kind in IntentionKind:
            self.kind.addItem(intention_kind_label(kind.value), kind)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.text = QLineEdit()
        self.text.setObjectName("intentionText")
        self.text.setAccessibleName(self.tr("Intention"))
        self.text.setMaxLength(2000)
        self.text.returnPressed.connect(self.submit)
        self.text.installEventFilter(self)
        self.person = QLineEdit()
        self.person.setObjectName("intentionPerson")
        self.person.setAccessibleName(self.tr("Person (optional)"))
        self.person.setPlaceholderText(self.tr("Someone you know? Type a name"))
        self.person.setMaxLength(500)
        self.person.textEdited.connect(self._on_person_edited)
        self.person.returnPressed.connect(self.submit)
        self.person.installEventFilter(self)
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._on_person_chosen)
        self.person.setCompleter(self.completer)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(120)
        self._lookup.timeout.connect(self._on_lookup_timeout)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addIntentionButton")
        self.add_button.setToolTip(self.tr("Add (Enter)"))
        self.add_button.clicked.connect(self.submit)
        # Enter in the text fields submits through returnPressed; no button may grab it too.
        self.add_button.setAutoDefault(False)
        editor = QHBoxLayout()
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind)
        editor.addWidget(kind_label)
        editor.addWidget(self.kind)
        text_label = QLabel(self.tr("&Intention"))
        text_label.setBuddy(self.text)
        editor.addWidget(text_label)
        editor.addWidget(self.text, 1)
        layout.addLayout(editor)
        person_row = QHBoxLayout()
        # Whom to meet (connect) or whom an offer is for.
        self.person_label = QLabel(self.tr("&Who"))
        self.person_label.setBuddy(self.person)
        person_row.addWidget(self.person_label)
        person_row.addWidget(self.person, 1)
        person_row.addWidget(self.add_button)
        layout.addLayout(person_row)
        self.hint = muted(self.tr("Enter adds · Alt+↑/↓ reorders · Delete removes · Ctrl+Z undoes"))
        layout.addWidget(self.hint)
        self.status = body("")
        self.status.setObjectName("intentionsStatus")
        layout.addWidget(self.status)

        layout.addSpacing(8)
        energy_row = QHBoxLayout()
        energy_label = QLabel(self.tr("How is your energy before going? (1 low – 5 high)"))
        energy_row.addWidget(energy_label, 1)
        self.energy = QButtonGroup(self)
        self.energy.setExclusive(False)
        for value in range(1, 6):
            button = choice_button(str(value))  # the chosen one is filled, in both themes
            button.setObjectName(f"energy{value}")
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Energy %1 of 5").replace("%1", str(value)))
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("5") * 3 + 16)
            self.energy.addButton(button, value)
            energy_row.addWidget(button)
        self.energy.idClicked.connect(self._on_energy_clicked)
        layout.addLayout(energy_row)

        for name, keys, slot in (
            (
                "undoIntention",
                QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
                self.undo_stack.undo,
            ),
            (
                "redoIntention",
                QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                self.undo_stack.redo,
            ),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._on_kind_changed()
        self.reload()
        self.sync_energy()

    # -- reading ----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the intentions again (what is being typed stays); select ``select`` (a uid)."""
        current = select if select is not None else self._current_uid()
        changed = self.model.set_rows(self.services.intentions.for_event(self.event_uid))
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0 and (changed or select is not None):
            self.list.setCurrentIndex(self.model.index(row))
        if self._editing is not None and self.model.row_of(self._editing) < 0:
            # Removed elsewhere while being edited: the words stay, to be added anew.
            self._editing = None
            self.add_button.setText(self.tr("Add"))
            self.say(self.tr("That intention was removed meanwhile; Enter adds it again."))
        if changed:
            self.changed.emit()

    def sync_energy(self) -> None:
        """Show the energy check-in as stored."""
        energy = self.services.intentions.energy_before(self.event_uid)
        for button in self.energy.buttons():
            button.setChecked(self.energy.id(button) == energy)

    def say(self, text: str) -> None:
        """A short status line under the editor."""
        self.status.setText(text)

    def refused(self, gone: RecordGone) -> None:
        """A write named something that is gone: say so calmly; nothing was saved."""
        from eventmate.services.changes import Kind

        if gone.kind is Kind.EVENT:
            self.say(self.tr("This event no longer exists; nothing was saved."))
            self.event_gone.emit()
        elif gone.kind is Kind.PERSON:
            self._person_uid = None
            self.say(
                self.tr("That person no longer exists; pick someone else, or just write words.")
            )
        else:
            self.say(self.tr("That intention was removed meanwhile; nothing was changed."))
            self.reload()

    def _current_uid(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(UID_ROLE)) if index.isValid() else None

    # -- editing ----------------------------------------------------------------------------

    def submit(self) -> None:
        """Add the typed intention, or save the one being edited."""
        from eventmate.services.events.intentions import IntentionInvalid
        from eventmate.services.records import RecordGone

        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return
        kind = IntentionKind(self.kind.currentData())
        person_uid = self._person_uid if kind.names_a_person else None
        text = self.text.text()
        if kind.names_a_person and person_uid is None and self.person.text().strip():
            # A name typed but not picked: keep it as the description rather than lose it.
            text = (
                f"{self.person.text().strip()} — {text}".rstrip(" —")
                if text
                else self.person.text()
            )
        try:
            if self._editing is None:
                saved = self.services.intentions.add(self.event_uid, kind, text, person_uid)
                self.say(self.tr("Added."))
            else:
                saved = self.services.intentions.edit(self._editing, kind, text, person_uid)
                self.say(self.tr("Saved."))
        except IntentionInvalid:
            self.say(self.tr("Write a few words, or pick a person."))
            return
        except RecordGone as gone:
            self.refused(gone)
            return
        self._stop_editing()
        self.reload(select=saved.uid)
        self.text.setFocus()

    def edit_current(self) -> None:
        """Load the selected intention into the editor."""
        index = self.list.currentIndex()
        if not index.isValid():
            return
        row: IntentionRow = index.data(ROW_ROLE)
        self._editing = row.uid
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.text.setText(row.text)
        self.person.setText(row.person_name or "")
        self._person_uid = row.person_uid
        self.add_button.setText(self.tr("Save"))
        self.say(self.tr("Editing — Enter saves, Esc stops editing."))
        self.text.setFocus()
        self.text.selectAll()

    def move_current(self, step: int) -> None:
        """Move the selected intention up (-1) or down (+1)."""
        from eventmate.services.records import RecordGone

        current = self._current_uid()
        if current is None:
            return
        try:
            moved = self.services.intentions.move(current, step)
        except RecordGone as gone:
            self.refused(gone)
            return
        if moved:
            self.reload(select=current)

    def remove_current(self) -> None:
        """Remove the selected intention (Ctrl+Z brings it back)."""
        current = self._current_uid()
        if current is not None:
            self.undo_stack.push(RemoveIntentionCommand(self, current))

    def _stop_editing(self) -> None:
        self._editing = None
        self._person_uid = None
        self.text.clear()
        self.person.clear()
        self.add_button.setText(self.tr("Add"))

    def _on_kind_changed(self, *_args: object) -> None:
        kind = IntentionKind(self.kind.currentData())
        self.text.setPlaceholderText(prompt(kind))
        # Whom to meet, or whom to offer something to; learn and mindset name nobody.
        names = kind.names_a_person
        self.person.setEnabled(names)
        self.person_label.setEnabled(names)

    def _on_person_edited(self, _text: str) -> None:
        self._person_uid = None
        self._lookup.start()

    def _on_lookup_timeout(self) -> None:
        choices: tuple[PersonChoice, ...] = self.services.intentions.people_matching(
            self.person.text()
        )
        self._choices = {}
        labels = []
        for choice in choices:
            details = " · ".join(part for part in (choice.role, choice.organization) if part)
            label = f"{choice.name} ({details})" if details else choice.name
            while label in self._choices:
                label += " "
            self._choices[label] = choice.uid
            labels.append(label)
        self._names.setStringList(labels)
        if labels and self.person.hasFocus():
            self.completer.complete()

    def _on_person_chosen(self, label: str) -> None:
        person_uid = self._choices.get(label)
        if person_uid is None:
            return
        self._person_uid = person_uid
        name = label.split(" (")[0].rstrip()
        # The completer writes the whole label; keep just the name in the field.
        QTimer.singleShot(0, lambda: self.person.setText(name))

    def _on_energy_clicked(self, value: int) -> None:
        from eventmate.services.records import RecordGone

        checked = self.energy.button(value).isChecked()
        for other in self.energy.buttons():
            if other is not self.energy.button(value):
                other.setChecked(False)
        try:
            self.services.intentions.set_energy_before(self.event_uid, value if checked else None)
        except RecordGone as gone:
            self.energy.button(value).setChecked(not checked)
            self.refused(gone)
            return
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+arrows reorder, Delete removes, Esc stops editing."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if watched is self.list:
                if mods & Qt.KeyboardModifier.AltModifier and key in (
                    Qt.Key.Key_Up,
                    Qt.Key.Key_Down,
                ):
                    self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                    return True
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.remove_current()
                    return True
                if key == Qt.Key.Key_F2:
                    self.edit_current()
                    return True
            elif key == Qt.Key.Key_Escape and self._editing is not None:
                self._stop_editing()
                self.say("")
                self.list.setFocus()
                return True
        return super().eventFilter(watched, event)
