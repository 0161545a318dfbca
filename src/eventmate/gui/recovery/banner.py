"""Bands across the top of the main window: the data open read-only, a risky data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from eventmate.gui.style import set_plain_text_format


def show_read_only_banner(window: QMainWindow) -> QToolBar:
    """Add a fixed band at the top of ``window`` saying that nothing can be changed."""
    bar, row = band(window, "readOnly")
    row.label.setText(
        window.tr("Read-only: you can look at, search and export your data; changes are not saved.")
    )
    row.label.setAccessibleName(window.tr("Your data is open read-only"))
    return bar


class BandRow(QWidget):
    """A band's tinted row: its words (wrapped to the window's width), then any buttons."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Row")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(14, 8, 14, 8)
        self.row.setSpacing(12)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Text")
        set_plain_text_format(label := self.label)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.row.addWidget(label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, _tint(palette))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Be as tall as the words need at this width (a tool bar does not ask)."""
        super().resizeEvent(event)
        height = self.row.totalHeightForWidth(event.size().width())
        if height > 0 and height != self.height():
            self.setFixedHeight(height)


def band(window: QMainWindow, name: str) -> tuple[QToolBar, BandRow]:
    """A fixed, tinted band across the top of ``window`` (``name``: its object names' stem)."""
    bar = QToolBar(window)
    bar.setObjectName(f"{name}Banner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    row = BandRow(bar, name)
    bar.addWidget(row)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar, row


def _tint(palette: QPalette) -> QColor:
    """The window colour with a little of the accent: noticeable, calm, text stays readable."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    back = palette.color(QPalette.ColorRole.Window)
    share = 0.22
    return QColor(
        round(accent.red() * share + back.red() * (1 - share)),
        round(accent.green() * share + back.green() * (1 - share)),
        round(accent.blue() * share + back.blue() * (1 - share)),
    )
