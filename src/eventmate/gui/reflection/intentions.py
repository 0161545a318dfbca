"""Intention review: each intention with outcome chips (met · partly · not this time · rest).

Rows are kept by intention uid: a change made elsewhere (Prepare, the command line) updates
the row in place, and never replaces a note being typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import IntentionOutcome
from eventmate.gui.style import body, choice_button, clear_layout, heading, muted

if TYPE_CHECKING:
    from eventmate.services.after.reflection import IntentionReview

#: Saves an outcome: (intention uid, outcome or None, note or None).
SaveOutcome = Callable[[str, IntentionOutcome | None, str | None], None]


def outcome_labels() -> dict[IntentionOutcome, str]:
    """How outcomes read on their chips."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("IntentionsPanel", text)

    return {
        IntentionOutcome.MET: tr("Met"),
        IntentionOutcome.PARTLY: tr("Partly"),
        IntentionOutcome.NOT_THIS_TIME: tr("Not this time"),
        IntentionOutcome.LET_IT_REST: tr("Let it rest"),
    }


def _caption(item: IntentionReview) -> str:
    text = item.text or item.kind.value.replace("_", " ").capitalize()
    return f"{text} — {item.person_name}" if item.person_name else text


class IntentionRow(QWidget):
    """One intention: its text, four outcome chips and a one-line note."""

    def __init__(self, item: IntentionReview, save: SaveOutcome) -> None:
        super().__init__()
        self._item = item
        self._save = save
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(4)
        text = _caption(item)
        self.label: QLabel = body(text)
        layout.addWidget(self.label)
        chips = QHBoxLayout()
        chips.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[IntentionOutcome, QPushButton] = {}
        self._captions = outcome_labels()
        for outcome, caption in self._captions.items():
            chip = choice_button(caption)
            # A tick as well as the pressed look: some styles barely show "checked" in dark.
            chip.toggled.connect(lambda on, c=chip, t=caption: c.setText(f"✓ {t}" if on else t))
            chip.setChecked(item.outcome is outcome)
            chip.setObjectName(f"outcome_{outcome.value}")
            chip.setAccessibleName(self.tr("%1: %2").replace("%1", text).replace("%2", caption))
            self.group.addButton(chip)
            self.buttons[outcome] = chip
            chip.clicked.connect(lambda checked, o=outcome: self._on_chip(o, checked))
            chips.addWidget(chip)
        chips.addStretch(1)
        layout.addLayout(chips)
        self.note = QLineEdit(item.outcome_note)
        self.note.setPlaceholderText(self.tr("A note, if you like"))
        self.note.setAccessibleName(self.tr("Note on “%1”").replace("%1", text))
        self.note.setMaxLength(2000)
        self._saved_note = item.outcome_note
        self.note.editingFinished.connect(self.save_note)
        layout.addWidget(self.note)

    @property
    def uid(self) -> str:
        """The intention's uid."""
        return self._item.uid

    def _on_chip(self, outcome: IntentionOutcome, checked: bool) -> None:
        for other, chip in self.buttons.items():
            if other is not outcome:
                chip.setChecked(False)
        self._save(self._item.uid, outcome if checked else None, self.note.text())
        self._saved_note = self.note.text()

    def save_note(self) -> None:
        """Store the note (if it changed) together with the chosen outcome."""
        if self.note.text() == self._saved_note or not self.isEnabled():
            return
        chosen = next((o for o, chip in self.buttons.items() if chip.isChecked()), None)
        self._save(self._item.uid, chosen, self.note.text())
        self._saved_note = self.note.text()

    def update_from(self, item: IntentionReview) -> None:
        """Show ``item`` as stored now; a note being typed here is left as it is."""
        self._item = item
        self.label.setText(_caption(item))
        for outcome, chip in self.buttons.items():
            if chip.isChecked() != (item.outcome is outcome):
                chip.setChecked(item.outcome is outcome)
        typing = self.note.hasFocus() or self.note.text() != self._saved_note
        if not typing and self.note.text() != item.outcome_note:
            self.note.setText(item.outcome_note)
        if not typing:
            self._saved_note = item.outcome_note

    def mark_gone(self) -> None:
        """This intention was removed: say so and stop saving (the note stays readable)."""
        self.setEnabled(False)
        self.label.setText(self.tr("%1 (removed)").replace("%1", _caption(self._item)))


class IntentionsPanel(QWidget):
    """The event's intentions, each reviewable with one click or keypress."""

    def __init__(self, save: SaveOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(heading(self.tr("Intentions"), scale=1.1))
        self._layout = QVBoxLayout()
        self._layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._layout)
        self.rows: list[IntentionRow] = []

    def same_intentions(self, items: tuple[IntentionReview, ...]) -> bool:
        """Whether ``items`` are the intentions shown, in the same order."""
        return [row.uid for row in self.rows] == [item.uid for item in items]

    def show_intentions(self, items: tuple[IntentionReview, ...]) -> None:
        """Show ``items``: rows are updated in place while the same intentions are listed.

        Otherwise the rows are made again: save their notes first (:meth:`save_notes`).
        """
        if self.rows and self.same_intentions(items):
            for row, item in zip(self.rows, items, strict=True):
                row.update_from(item)
            return
        self.rows = []
        clear_layout(self._layout)
        if not items:
            self._layout.addWidget(muted(self.tr("No intentions were set for this event.")))
        for item in items:
            row = IntentionRow(item, self._save)
            self.rows.append(row)
            self._layout.addWidget(row)

    def mark_gone(self, uid: str) -> None:
        """The intention ``uid`` was removed (a save was refused)."""
        for row in self.rows:
            if row.uid == uid:
                row.mark_gone()

    def save_notes(self) -> None:
        """Store every note as typed (on close)."""
        for row in self.rows:
            row.save_note()
