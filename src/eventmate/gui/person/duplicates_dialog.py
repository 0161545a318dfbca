"""Possible duplicates: a list of suggestions and a side-by-side view to merge one pair.

Pairs are read and merged by uid: a pair one of whom was removed meanwhile (from the command
line, by a restore) is refused calmly and the suggestions are read again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import messages
from eventmate.gui.person.commands import MergeCommand
from eventmate.gui.person.field_names import field_name
from eventmate.gui.style import clear_layout, heading, muted
from eventmate.gui.style.widgets import dialog_margins
from eventmate.services.people.detail import PersonDetail, PersonField
from eventmate.services.people.duplicates import DuplicatePair, DuplicateReason
from eventmate.services.people.merge import MergeError
from eventmate.services.records import RecordGone

if TYPE_CHECKING:
    from eventmate.services.container import Services

#: Fields offered for choice when the two people differ.
_CHOOSABLE = (
    PersonField.NAME,
    PersonField.PRONUNCIATION,
    PersonField.ROLE,
    PersonField.ORGANIZATION,
    PersonField.RECALL_CUES,
    PersonField.MET_HOW,
    PersonField.COULD_OFFER,
)


class DuplicatesDialog(QDialog):
    """Suggestions on the left; the chosen pair side by side on the right. Nothing is automatic."""

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        after_merge: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(900, 560)
        self._services, self._stack, self._after_merge = services, stack, after_merge
        self._pair: tuple[PersonDetail, PersonDetail] | None = None
        self._choices: dict[PersonField, QButtonGroup] = {}

        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.addWidget(
            muted(
                self.tr(
                    "These people might be the same person. Look at both side by side; "
                    "merging keeps every fact, capture, note and link, and Ctrl+Z undoes it."
                )
            )
        )
        row = QHBoxLayout()
        layout.addLayout(row, 1)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("duplicateSuggestions")
        self.suggestions.setAccessibleName(self.tr("Possible duplicates"))
        self.suggestions.setMaximumWidth(330)
        self.suggestions.currentItemChanged.connect(self._show_pair)
        row.addWidget(self.suggestions)
        compare_host = QWidget()
        self._compare = QGridLayout(compare_host)
        self._compare.setColumnStretch(1, 1)
        self._compare.setColumnStretch(2, 1)
        row.addWidget(compare_host, 1)

        buttons = QDialogButtonBox()
        self.swap_button = QPushButton(self.tr("&Swap sides"))
        self.merge_button = QPushButton(self.tr("&Merge into the left"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(
            self.tr("Keeps the left person with everything from both; a backup is taken first")
        )
        buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.swap_button.clicked.connect(self._swap)
        self.merge_button.clicked.connect(self.merge_current)
        layout.addWidget(buttons)
        self.message = muted("")
        self.message.setObjectName("duplicatesMessage")
        layout.addWidget(self.message)
        self._load()

    def _load(self) -> None:
        self.suggestions.clear()
        reasons = {
            DuplicateReason.SAME_EMAIL: self.tr("same email"),
            DuplicateReason.SAME_PHONE: self.tr("same phone"),
            DuplicateReason.SAME_NAME: self.tr("same name"),
            DuplicateReason.SIMILAR_NAME: self.tr("similar name"),
        }
        for pair in self._services.duplicates.suggestions():
            item = QListWidgetItem(
                f"{pair.first_name} / {pair.second_name}\n{reasons[pair.reason]}"
                + (f": {pair.shared}" if pair.shared else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, pair)
            self.suggestions.addItem(item)
        found = self.suggestions.count() > 0
        self.suggestions.setVisible(found)  # not an empty pane beside the news that all's well
        self.merge_button.setEnabled(found)
        self.swap_button.setEnabled(found)
        if found:
            self.suggestions.setCurrentRow(0)
            self.suggestions.setFocus()
        else:
            clear_layout(self._compare)
            note = muted(self.tr("No likely duplicates right now."))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._compare.addWidget(note, 0, 0, 1, 3)

    def _show_pair(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        pair: DuplicatePair = item.data(Qt.ItemDataRole.UserRole)
        try:
            self._pair = (
                self._services.person.get(pair.first_uid),
                self._services.person.get(pair.second_uid),
            )
        except RecordGone:
            self._pair = None
            self.message.setText(
                self.tr("One of these people no longer exists; the list was read again.")
            )
            self._load()
            return
        self._render()

    def _swap(self) -> None:
        if self._pair is not None:
            self._pair = (self._pair[1], self._pair[0])
            self._render()

    def _render(self) -> None:
        assert self._pair is not None
        left, right = self._pair
        clear_layout(self._compare)
        self._choices = {}
        self._compare.addWidget(heading(self.tr("Keep"), scale=1.1), 0, 1)
        self._compare.addWidget(heading(self.tr("Merge in"), scale=1.1), 0, 2)
        row = 1
        for field in _CHOOSABLE:
            mine, theirs = left.value(field), right.value(field)
            if not mine and not theirs:
                continue
            self._compare.addWidget(QLabel(field_name(field)), row, 0)
            if mine and theirs and mine != theirs:
                group = QButtonGroup(self)
                for column, value in ((1, mine), (2, theirs)):
                    button = QRadioButton(" ".join(str(value).split()))
                    button.setAccessibleName(f"{field_name(field)}: {value}")
                    group.addButton(button, column)
                    self._compare.addWidget(button, row, column)
                group.button(1).setChecked(True)
                self._choices[field] = group
            else:
                for column, value in ((1, mine), (2, theirs)):
                    label = QLabel()
                    label.setTextFormat(Qt.TextFormat.PlainText)
                    label.setText(str(value))
                    if column == 1 and not mine:
                        # Empty on the kept side: the merge fills it from the right.
                        label = muted(self.tr("(takes “%1”)").replace("%1", str(theirs)))
                        label.setTextFormat(Qt.TextFormat.PlainText)
                    label.setWordWrap(True)
                    self._compare.addWidget(label, row, column)
            row += 1
        summary = self.tr("%1 contact methods, %2 facts, tags: %3")
        for column, person in ((1, left), (2, right)):
            text = (
                summary.replace("%1", str(len(person.contacts)))
                .replace("%2", str(len(person.facts)))
                .replace("%3", ", ".join(person.tags) or "—")
            )
            label = muted(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._compare.addWidget(label, row, column)
        self._compare.setRowStretch(row + 1, 1)

    def chosen_fields(self) -> dict[PersonField, Any]:
        """Values picked from the right-hand person for fields where both differ."""
        assert self._pair is not None
        return {
            field: self._pair[1].value(field)
            for field, group in self._choices.items()
            if group.checkedId() == 2
        }

    def merge_current(self) -> None:
        """Merge the right person into the left one (undoable from the people list)."""
        if self._pair is None:
            return
        left, right = self._pair
        take = self.chosen_fields()
        try:
            record = self._services.merge.merge(left.uid, right.uid, take)
        except MergeError as problem:
            self.message.setText(str(problem))
            return
        except RecordGone:
            self._pair = None
            self.message.setText(
                self.tr("One of these people no longer exists; nothing was merged.")
            )
            self._load()
            return
        self._stack.push(
            MergeCommand(
                self._services.merge,
                record,
                take,
                self.tr("Merge %1 into %2").replace("%1", right.name).replace("%2", left.name),
                _refused,
            )
        )
        self._after_merge()
        self.message.setText(
            self.tr("Merged %1 into %2. Ctrl+Z in the people list undoes it.")
            .replace("%1", right.name)
            .replace("%2", left.name)
        )
        self._pair = None
        self._load()


def _refused(problem: Exception) -> None:
    """An undo or redo of a merge was refused (from the people list, the dialog long closed)."""
    messages.status(str(problem))
