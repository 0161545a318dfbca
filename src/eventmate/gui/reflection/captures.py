"""The evening's captures beside the reflection: make a person of each, or link it, undoably.

The list follows changes made anywhere (a capture from the command line, a person renamed or
merged away); a step whose capture or person is gone meanwhile is refused with a calm line.
"""

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
from eventmate.gui.record_gone import gone_text
from eventmate.gui.reflection.tidy_dialog import TidyDialog
from eventmate.gui.style import heading, muted
from eventmate.services.changes import Changes, Kind
from eventmate.services.records import RecordGone

if TYPE_CHECKING:
    from eventmate.services.after.tidy import CaptureItem, TidyService, TidyUndo


class TidyCommand(QUndoCommand):
    """A tidy step already done; undo takes it back, redo does it again.

    If what it names is gone meanwhile, nothing is changed and :attr:`refused` is told why.
    """

    def __init__(
        self, tidy: TidyService, step: TidyUndo, again: Callable[[], TidyUndo], text: str
    ) -> None:
        super().__init__(text)
        self._tidy = tidy
        self._step = step
        self._again = again
        self._first = True
        self.after: Callable[[], None] = lambda: None
        self.refused: Callable[[str], None] = lambda _text: None

    def redo(self) -> None:
        """Skip the first call (the step was just done); later, do it again."""
        if self._first:
            self._first = False
            return
        try:
            self._step = self._again()
        except RecordGone as gone:
            self.refused(gone_text(gone))
        self.after()

    def undo(self) -> None:
        """Remove exactly what the step created and restore what it changed."""
        try:
            self._tidy.undo(self._step)
        except RecordGone as gone:
            self.refused(gone_text(gone))
        self.after()


class CapturesPanel(QWidget):
    """The event's captures, each linked to a person or waiting to be."""

    def __init__(
        self, tidy: TidyService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tidy = tidy
        self._undo = undo_stack
        self._event_uid: str | None = None
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
        self.message = muted("")
        self.message.setObjectName("capturesMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        QShortcut(QKeySequence("Ctrl+M"), self, lambda: self.tidy_current(link=False))
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.tidy_current(link=True))
        self.list.itemActivated.connect(lambda _item: self.tidy_current(link=False))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def show_event(self, event_uid: str) -> None:
        """List the captures of the event ``event_uid``."""
        self._event_uid = event_uid
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Read the list again if captures changed (any could be this event's now) or a
        person shown here did (renamed, merged away); nothing else makes it read."""
        people = {c.person_uid for c in self._captures if c.person_uid}
        if changes.touches(Kind.CAPTURE) or people & changes.uids(Kind.PERSON):
            self.reload()

    def reload(self) -> None:
        """Read the captures again, keeping the selected one selected."""
        current = self._current()
        keep = current.uid if current is not None else None
        row = self.list.currentRow()
        self._captures = self._tidy.captures(self._event_uid) if self._event_uid else ()
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
            item.setData(Qt.ItemDataRole.UserRole, capture.uid)
            self.list.addItem(item)
        self._empty.setVisible(not self._captures)
        self.list.setVisible(bool(self._captures) or self.loose.isChecked())
        if self._captures:
            uids = [c.uid for c in self._captures]
            at = uids.index(keep) if keep in uids else min(max(row, 0), len(uids) - 1)
            self.list.setCurrentRow(at)
        self._update_buttons()

    def _current(self) -> CaptureItem | None:
        row = self.list.currentRow()
        return self._captures[row] if 0 <= row < len(self._captures) else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        self.make_button.setEnabled(has)
        self.link_button.setEnabled(has)

    def say(self, text: str) -> None:
        """Show a calm line under the list (why a step did not happen)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def tidy_current(self, *, link: bool) -> TidyDialog | None:
        """Open the tidy dialog for the selected capture; returns it (already closed)."""
        capture = self._current()
        if capture is None or not self.isEnabled():
            return None
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
            person_uid = dialog.chosen_person()
            if person_uid is None:
                return

            def again() -> TidyUndo:
                return tidy.merge(
                    capture.uid, person_uid, recall_cues=cues, contacts=contacts, facts=facts
                )

            text = self.tr("Link capture")
        else:
            name = dialog.name.text()

            def again() -> TidyUndo:
                return tidy.make_person(
                    capture.uid, name, recall_cues=cues, contacts=contacts, facts=facts
                )

            text = self.tr("Make a person")
        try:
            step = again()
        except RecordGone as gone:
            self.say(gone_text(gone))
            self.reload()
            return
        self.say("")
        command = TidyCommand(tidy, step, again, text)
        command.after = self.reload
        command.refused = self.say
        self._undo.push(command)
        self.reload()
