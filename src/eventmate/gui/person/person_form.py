"""Every editable field of a person, filled without losing typing, and the compact editor.

The form owns the fields: it shows a :class:`PersonDetail` in all of them and hands each
finished edit to ``commit``; the page decides what is saved. Filling it again for the same
person leaves fields holding unsaved typing alone. Its own layout is the compact editor (name,
pronunciation, role, how we met, keeping in touch, contact, tags), shown on "Edit details";
the facts and "what I could offer" are edited in place on the card, where the page puts them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from eventmate.domain.kinds import PersonStatus
from eventmate.gui.person.commands import Report
from eventmate.gui.person.facts_editor import FactsEditor
from eventmate.gui.person.person_links import IntroducedField, MetEventBox
from eventmate.gui.person.person_lists import ContactsEditor, TagsEditor
from eventmate.gui.style import heading, name_spin_box
from eventmate.services.people.detail import PersonDetail, PersonField

if TYPE_CHECKING:
    from eventmate.gui.undo_versions import Versions
    from eventmate.services.container import Services

_LINES = (
    PersonField.NAME,
    PersonField.PRONUNCIATION,
    PersonField.ROLE,
    PersonField.ORGANIZATION,
)
_TEXTS = (
    PersonField.RECALL_CUES,
    PersonField.MET_HOW,
    PersonField.STATUS_NOTE,
    PersonField.COULD_OFFER,
)
_UNDO_KEYS = (
    QKeySequence("Ctrl+Z"),
    QKeySequence("Ctrl+Shift+Z"),
    QKeySequence("Ctrl+Y"),
)

Commit = Callable[[PersonField, Any], None]


class _FieldEvents(QObject):
    """Saves a multi-line field when the cursor leaves it, and lets Ctrl+Z reach the page.

    Text fields claim Ctrl+Z for their own typing undo. While a field holds nothing unsaved
    the page's undo (of saved edits) is what the user means, so the key is passed on.
    """

    def __init__(self, form: PersonForm) -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._form.save_texts()
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if pressed in _UNDO_KEYS and not self._form.holds_typing(watched):
                event.ignore()
                return True
        return False


class PersonForm(QWidget):
    """The fields of a person; laid out, the compact editor of their details."""

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        versions: Versions,
        commit: Commit,
        report: Report,
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._commit = commit
        #: The person shown (None while nothing can be changed).
        self.detail: PersonDetail | None = None
        #: True while the fields are being filled (their signals are not edits).
        self.loading = False
        #: Typing kept while its field changed elsewhere: the person it was typed over.
        self._bases: dict[PersonField, PersonDetail] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            PersonField.NAME: self.tr("&Name"),
            PersonField.PRONUNCIATION: self.tr("&Pronunciation"),
            PersonField.ROLE: self.tr("&Role"),
            PersonField.ORGANIZATION: self.tr("&Organisation"),
            PersonField.RECALL_CUES: self.tr("Recall &cues"),
            PersonField.MET_HOW: self.tr("&How we met"),
            PersonField.STATUS_NOTE: self.tr("Status &note"),
            PersonField.COULD_OFFER: self.tr("What I could offer"),
        }
        self.lines: dict[PersonField, QLineEdit] = {}
        self.texts: dict[PersonField, QPlainTextEdit] = {}
        field_events = _FieldEvents(self)
        for field in _LINES:
            line = QLineEdit()
            line.setObjectName(f"field_{field.value}")
            line.setAccessibleName(labels[field].replace("&", ""))
            line.editingFinished.connect(lambda f=field: self._line_done(f))
            line.installEventFilter(field_events)
            self.lines[field] = line
            form.addRow(labels[field], line)
        for field in _TEXTS:
            text = QPlainTextEdit()
            text.setObjectName(f"field_{field.value}")
            text.setAccessibleName(labels[field].replace("&", ""))
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 12)
            text.installEventFilter(field_events)
            self.texts[field] = text
        offer = self.texts[PersonField.COULD_OFFER]
        offer.setPlaceholderText(
            self.tr("A recording, an introduction, a ticket, advice, your time…")
        )
        form.addRow(labels[PersonField.RECALL_CUES], self.texts[PersonField.RECALL_CUES])

        form.addRow(heading(self.tr("How we met"), scale=1.1))
        self.met_event = MetEventBox(services, commit)
        form.addRow(self.tr("Met &at"), self.met_event)
        form.addRow(labels[PersonField.MET_HOW], self.texts[PersonField.MET_HOW])
        self.introduced = IntroducedField(services, commit, say)
        form.addRow(self.tr("&Introduced by"), self.introduced)

        form.addRow(heading(self.tr("Keeping in touch"), scale=1.1))
        self.status = QComboBox()
        self.status.setObjectName("field_status")
        self.status.setAccessibleName(self.tr("Status"))
        # Its widest choice ("Resting (no reminders)", longer in German) must not set the
        # form's width: the field grows to its column (~200 px at an 800 px window, room for it).
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(12)
        self.status.addItem(self.tr("Active"), PersonStatus.ACTIVE.value)
        self.status.addItem(self.tr("Resting (no reminders)"), PersonStatus.RESTING.value)
        self.status.activated.connect(
            lambda: commit(PersonField.STATUS, PersonStatus(self.status.currentData()))
        )
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(labels[PersonField.STATUS_NOTE], self.texts[PersonField.STATUS_NOTE])
        self.cadence = QSpinBox()
        self.cadence.setObjectName("field_cadence")
        name_spin_box(self.cadence, self.tr("Reconnect every (days)"))
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("No rhythm"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.editingFinished.connect(
            lambda: commit(PersonField.CADENCE_DAYS, self.cadence.value() or None)
        )
        form.addRow(self.tr("Reconnect &every"), self.cadence)

        form.addRow(heading(self.tr("Contact"), scale=1.1))
        self.contacts = ContactsEditor(services, stack, report, self)
        form.addRow(self.contacts)
        form.addRow(heading(self.tr("Tags"), scale=1.1))
        self.tags = TagsEditor(services, stack, report, self)
        form.addRow(self.tags)
        #: On the card, not in the editor (the page places it).
        self.facts = FactsEditor(services, stack, versions, report)
        for box in (self.contacts.value, self.tags.value, self.facts.value):
            box.installEventFilter(field_events)

    def show_person(self, detail: PersonDetail, *, keep_typing: bool) -> None:
        """Fill every field from ``detail``; with ``keep_typing``, unsaved typing stays."""
        shown = self.detail
        same = keep_typing and shown is not None and shown.uid == detail.uid
        fields = (*self.lines.values(), *self.texts.values(), self.cadence, self.introduced)
        dirty = {w for w in fields if same and self.is_dirty(w)}
        self._keep_bases(shown if same else None, detail, dirty)
        self.detail = detail
        self.loading = True
        try:
            for field, line in self.lines.items():
                if line not in dirty and line.text() != detail.value(field):
                    line.setText(detail.value(field))
            for field, text in self.texts.items():
                if text not in dirty and text.toPlainText() != detail.value(field):
                    text.setPlainText(detail.value(field))
            self.met_event.show_person(detail)
            self.introduced.show_person(detail, keep_text=self.introduced in dirty)
            self.status.setCurrentIndex(0 if detail.status is PersonStatus.ACTIVE else 1)
            if self.cadence not in dirty:
                self.cadence.setValue(detail.cadence_days or 0)
            self.contacts.show_person(detail)
            self.tags.show_person(detail)
            self.facts.show_person(detail)
        finally:
            self.loading = False

    def _keep_bases(
        self, shown: PersonDetail | None, detail: PersonDetail, dirty: set[Any]
    ) -> None:
        """Typing kept over a change from elsewhere keeps the version it was typed over, if
        that change reached its own field (saving it then asks which to keep)."""
        for field, widget in self.typed_fields().items():
            if shown is None or widget not in dirty:
                self._bases.pop(field, None)
            elif field not in self._bases and shown.value(field) != detail.value(field):
                self._bases[field] = shown

    def typed_fields(self) -> dict[PersonField, QWidget]:
        """The fields typed into (saved when finished, so they may meet a change elsewhere)."""
        return {**self.lines, **self.texts, PersonField.CADENCE_DAYS: self.cadence}

    def base(self, field: PersonField) -> PersonDetail | None:
        """The person as shown when the typing in ``field`` began (what a save names)."""
        return self._bases.get(field, self.detail)

    def take(self, field: PersonField, value: Any) -> None:
        """Put ``value`` (as saved elsewhere) into ``field``, dropping what was typed there."""
        self._bases.pop(field, None)
        self.loading = True
        try:
            if field in self.lines:
                self.lines[field].setText(value or "")
            elif field in self.texts:
                self.texts[field].setPlainText(value or "")
            elif field is PersonField.CADENCE_DAYS:
                self.cadence.setValue(value or 0)
        finally:
            self.loading = False

    def forget(self) -> None:
        """Nobody is shown any more (the person is gone): nothing typed can be saved."""
        self._bases.clear()
        self.detail = None
        self.introduced.show_person(None)

    def is_dirty(self, widget: QObject) -> bool:
        """True when ``widget`` (a field of this form) holds typing not saved yet."""
        if self.detail is None:
            return False
        for field, line in self.lines.items():
            if line is widget:
                return bool(line.text() != self.detail.value(field))
        for field, text in self.texts.items():
            if text is widget:
                return bool(text.toPlainText() != self.detail.value(field))
        # Being typed in (their edits are saved when the cursor leaves them).
        if widget is self.cadence and self.cadence.hasFocus():
            return (self.cadence.value() or None) != self.detail.cadence_days
        if widget is self.introduced and self.introduced.hasFocus():
            return self.introduced.text() != self.detail.introduced_by_name
        return False

    def holds_typing(self, widget: QObject) -> bool:
        """True when ``widget`` holds typing of its own (Ctrl+Z undoes that, not a saved edit)."""
        for box in (self.contacts.value, self.tags.value, self.facts.value):
            if widget is box:
                return bool(box.text())
        return self.is_dirty(widget)

    def _line_done(self, field: PersonField) -> None:
        self._commit(field, self.lines[field].text())

    def save_texts(self) -> None:
        """Save the multi-line fields (called when one loses focus and when leaving)."""
        for field, text in self.texts.items():
            self._commit(field, text.toPlainText())
