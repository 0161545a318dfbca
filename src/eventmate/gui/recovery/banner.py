"""The band across the main window while the data is open read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from eventmate.gui.style import set_plain_text_format


def show_read_only_banner(window: QMainWindow) -> QToolBar:
    """Add a fixed band at the top of ``window`` saying that nothing can be changed."""
    bar = QToolBar(window)
    bar.setObjectName("readOnlyBanner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    label = QLabel(bar)
    label.setObjectName("readOnlyText")
    set_plain_text_format(label)
    label.setText(
        window.tr("Read-only: you can look at, search and export your data; changes are not saved.")
    )
    label.setAccessibleName(window.tr("Your data is open read-only"))
    label.setContentsMargins(14, 8, 14, 8)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, _tint(palette))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    bar.addWidget(label)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


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
