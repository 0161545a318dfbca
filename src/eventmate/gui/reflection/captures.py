"""The evening's captures beside the reflection: make a person of each, or link it, undoably."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.formatting import time_of_day
from eventmate.gui.reflection.tidy_dialog import TidyDialog
from eventmate.gui.widgets import heading, muted

if TYPE_CHECKING:
    from eventmate.services.after.tidy import CaptureItem, TidyService, TidyUndo


class TidyCommand(QUndoCommand):
    """A tidy step already done; undo takes it back, redo does it again."""

    def __init__(
        self, tidy: TidyService, step: TidyUndo, again: Callable[[], TidyUndo], text: str
    ) -> None:
        super().__init__(text)
        self._tidy = tidy
        self._step = step
        self._again = again
        self._first = True
        self.after: Callable[[], None] = lambda: None

    def redo(self) -> None:
        """Skip the first call (the step was just done); later, do it again."""
        if self._first:
            self._first = False
            return
        self._step = self._again()
        self.after()

    def undo(self) -> None:
        """Remove exactly what the step created and restore what it changed."""
        self._tidy.undo(self._step)
        self.after()


class CapturesPanel(QWidget):
    """The event's captures, each linked to a person or waiting to be."""

    def __init__(
        self, tidy: TidyService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tidy = tidy
        self._undo = undo_stack
        self._event_id: int | None = None
        self._captures: tuple[CaptureItem, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Captures"), scale=1.1))
        self._empty = muted(self.tr("Nothing was captured at this event."))
        layout.addWidget(self._empty)
        self.list = QListWidget()
        self.list.setObjectName("capturesList")
        self.list.setAccessibleName(self.tr("Captures of this event"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(140)
        self.list.setSpacing(3)
        layout.addWidget(self.list, 1)
        self.loose = QCheckBox(self.tr("Also show captures without an event"))
        self.loose.setObjectName("looseCaptures")
        self.loose.toggled.connect(lambda _on: self.reload())
        layout.addWidget(self.loose)
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Make a person…"))
        self.make_button.setObjectName("makePersonButton")
        self.make_button.setToolTip(self.tr("Make a new person of this capture (Ctrl+M)"))
        self.make_button.clicked.connect(lambda: self.tidy_current(link=False))
        self.link_button = QPushButton(self.tr("&Link to…"))
        self.link_button.setObjectName("linkPersonButton")
        self.link_button.setToolTip(self.tr("Add this capture to someone you know (Ctrl+L)"))
        self.link_button.clicked.connect(lambda: self.tidy_current(link=True))
        row.addWidget(self.make_button)
        row.addWidget(self.link_button)
        row.addStretch(1)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+M"), self, lambda: self.tidy_current(link=False))
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.tidy_current(link=True))
        self.list.itemActivated.connect(lambda _item: self.tidy_current(link=False))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def show_event(self, event_id: int) -> None:
        """List the captures of ``event_id``."""
        self._event_id = event_id
        self.reload()

    def reload(self) -> None:
        """Read the captures again, keeping the selection."""
        current = self.list.currentRow()
        self._captures = self._tidy.captures(self._event_id) if self._event_id else ()
        if self.loose.isChecked():
            self._captures = (*self._captures, *self._tidy.captures(None))
        self.list.clear()
        for capture in self._captures:
            first = capture.raw_text.strip().split("\n", 1)[0]
            whom = (
                self.tr("→ %1").replace("%1", capture.person_name)
                if capture.person_name
                else self.tr("not yet a person")
            )
            item = QListWidgetItem(f"{time_of_day(capture.captured_at)}  {first}\n{whom}")
            item.setData(Qt.ItemDataRole.UserRole, capture.id)
            self.list.addItem(item)
        self._empty.setVisible(not self._captures)
        self.list.setVisible(bool(self._captures) or self.loose.isChecked())
        if self._captures:
            self.list.setCurrentRow(min(max(current, 0), len(self._captures) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.list.currentRow() >= 0 and bool(self._captures)
        self.make_button.setEnabled(has)
        self.link_button.setEnabled(has)

    def tidy_current(self, *, link: bool) -> TidyDialog | None:
        """Open the tidy dialog for the selected capture; returns it (already closed)."""
        row = self.list.currentRow()
        if row < 0 or row >= len(self._captures):
            return None
        capture = self._captures[row]
        dialog = TidyDialog(self._tidy, capture, link=link, parent=self)
        if dialog.exec() != TidyDialog.DialogCode.Accepted:
            return dialog
        self.apply(dialog, capture)
        return dialog

    def apply(self, dialog: TidyDialog, capture: CaptureItem) -> None:
        """Do what ``dialog`` asks for ``capture`` and put it on the undo stack."""
        tidy = self._tidy
        cues, contacts, facts = dialog.cues.text(), dialog.contacts(), dialog.new_facts()
        if dialog.link:
            person_id = dialog.chosen_person()
            if person_id is None:
                return

            def again() -> TidyUndo:
                return tidy.merge(
                    capture.id, person_id, recall_cues=cues, contacts=contacts, facts=facts
                )

            text = self.tr("Link capture")
        else:
            name = dialog.name.text()

            def again() -> TidyUndo:
                return tidy.make_person(
                    capture.id, name, recall_cues=cues, contacts=contacts, facts=facts
                )

            text = self.tr("Make a person")
        command = TidyCommand(tidy, again(), again, text)
        command.after = self.reload
        self._undo.push(command)
        self.reload()
