"""The large capture input: Enter saves, Tab takes a suggestion, Esc leaves, Ctrl+Z undoes.

A plain-text edit rather than a line edit: a line edit silently cuts pastes at 32,767
characters and flattens the lines of notes pasted from a phone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CaptureInput(QPlainTextEdit):
    """One large input with capture mode's keys.

    Signals:
        submitted: Enter was pressed.
        left: Esc was pressed.
        undo_requested: Ctrl+Z with nothing typed: undo the last capture.
    """

    submitted = Signal()
    left = Signal()
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureInput")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        #: Called on Tab; returns True when it took a suggestion (else Tab moves focus).
        self.tab_handler: Callable[[], bool] = lambda: False

    @property
    def text(self) -> str:
        """What is typed."""
        return self.toPlainText()

    def event(self, event: QEvent) -> bool:
        """Catch Tab before focus handling so it can accept a suggestion."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.tab_handler()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves (Shift+Enter adds a line), Esc leaves, Ctrl+Z on empty input undoes."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            event.accept()
            self.submitted.emit()
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.left.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.toPlainText():
            event.accept()
            self.undo_requested.emit()
            return
        super().keyPressEvent(event)
