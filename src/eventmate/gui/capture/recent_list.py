"""Capture mode's list of the last captures: when each was made, its words, and whether it is
still waiting on this computer for the server (or was refused by it, with the reason)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from eventmate.gui.capture.preview import relative_time, shorten
from eventmate.gui.capture.recent_delegate import MAX_LINES, WHEN_ROLE, RecentCaptureDelegate
from eventmate.gui.style.text import set_dim_text
from eventmate.gui.style.tokens import DimText, Space

if TYPE_CHECKING:
    from eventmate.services.capture.recent import RecentCapture


def _tr(text: str) -> str:
    # The words belong to capture mode's window (and its catalogue context).
    return QCoreApplication.translate("CaptureWindow", text)


class RecentList(QListWidget):
    """The last captures, newest first; never takes the keyboard from the input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentCaptures")
        self.setAccessibleName(_tr("Last captures"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        set_dim_text(self, DimText.SMALL)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A long capture wraps onto a second line instead of running out of sight (and a
        # horizontal scroll bar never appears).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMinimumWidth(0)
        self.setItemDelegate(RecentCaptureDelegate(self))
        self.setUniformItemSizes(False)

    def show_captures(self, captures: Iterable[RecentCapture], now: datetime) -> None:
        """List ``captures`` with how long before ``now`` each was made."""
        self.clear()
        for item in captures:
            text = " ".join(item.raw_text.split())
            row = QListWidgetItem(shorten(text, 400))
            row.setData(Qt.ItemDataRole.UserRole, item.uid)
            when = relative_time(item.captured_at, now)
            said = when
            tip = shorten(text, 2000)
            if item.refused:  # kept on this computer: the server said no (the reason shown)
                when = _tr("refused")
                said = _tr("%1, refused by the server").replace("%1", said)
                tip = _tr("Refused by the server: %1").replace("%1", item.refused)
            elif item.waiting:  # kept on this computer, not sent yet
                when = _tr("waiting")
                said = _tr("%1, waiting to be sent").replace("%1", said)
            row.setData(WHEN_ROLE, when)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{said}: {shorten(text, 400)}")
            row.setToolTip(tip)
            self.addItem(row)

    def height_for(self, rows: int) -> int:
        """The height that shows ``rows`` captures of at most two lines each."""
        line = QFontMetricsF(self.font()).lineSpacing()
        return round((line * MAX_LINES + Space.S) * rows + 2)
