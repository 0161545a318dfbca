"""A plain-text editor that grows with its text and completes ``@`` mentions of people."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QSizePolicy, QWidget

from eventmate.domain.mentions import active_mention_prefix

#: Looks up people's names for a typed prefix.
NameLookup = Callable[[str], Sequence[str]]


class GrowingTextEdit(QPlainTextEdit):
    """Grows to fit its text (no inner scroll bar); Tab moves on; ``@`` offers names."""

    focus_left = Signal()

    def __init__(
        self,
        lookup: NameLookup | None = None,
        *,
        min_lines: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._lookup = lookup
        self._completer: QCompleter | None = None
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        # Looking names up after a short pause keeps every keystroke instant at 100k people.
        self._lookup_timer.setInterval(120)
        self._lookup_timer.timeout.connect(self._offer_names)
        if lookup is not None:
            completer = QCompleter(QStringListModel(self), self)
            completer.setWidget(self)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.activated.connect(self.insert_completion)
            self._completer = completer
            self.textChanged.connect(self._lookup_timer.start)
        self._fit()

    @property
    def completer(self) -> QCompleter | None:
        """The ``@`` name completer, if this editor has one."""
        return self._completer

    def _fit(self) -> None:
        lines = max(self._min_lines, int(self.document().size().height()))
        line_height = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(lines * line_height + frame + 4)

    def _offer_names(self) -> None:
        if self._completer is None or self._lookup is None:
            return
        prefix = active_mention_prefix(self.toPlainText(), self.textCursor().position())
        popup = self._completer.popup()
        assert popup is not None
        if not prefix:
            popup.hide()
            return
        names = list(dict.fromkeys(self._lookup(prefix)))
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(names)
        if not names:
            popup.hide()
            return
        self._completer.setCompletionPrefix("")
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        self._completer.complete(rect)
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def insert_completion(self, name: str) -> None:
        """Replace the partial name after ``@`` with ``name``."""
        cursor = self.textCursor()
        prefix = active_mention_prefix(self.toPlainText(), cursor.position()) or ""
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        cursor.insertText(f"{name} ")
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Let the completer's popup take Enter, Tab and Esc while it is open."""
        popup = self._completer.popup() if self._completer else None
        if (
            popup is not None
            and popup.isVisible()
            and event.key()
            in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                Qt.Key.Key_Escape,
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            )
        ):
            event.ignore()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Tell the window to save now."""
        super().focusOutEvent(event)
        popup = self._completer.popup() if self._completer else None
        if popup is None or not popup.isVisible():
            self.focus_left.emit()
