"""Preferences: appearance, and where the data lives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from eventmate.gui.theme import THEME_KEY, ThemeChoice, apply_theme, saved_theme


class PreferencesDialog(QDialog):
    """Changes apply at once; Close just closes (there is nothing to save or cancel)."""

    def __init__(
        self,
        settings: QSettings,
        data_location: str,
        parent: QWidget | None = None,
        mover: Callable[[str, Any], Any] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        form = QFormLayout(self)
        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        self.theme.setAccessibleName(self.tr("Appearance"))
        choices = {
            ThemeChoice.SYSTEM: self.tr("Follow the system"),
            ThemeChoice.LIGHT: self.tr("Light"),
            ThemeChoice.DARK: self.tr("Dark"),
        }
        for choice, label in choices.items():
            self.theme.addItem(label, choice.value)
        self.theme.setCurrentIndex(self.theme.findData(saved_theme(settings).value))
        self.theme.currentIndexChanged.connect(self._on_theme_current_index_changed)
        theme_label = QLabel(self.tr("&Appearance:"))
        theme_label.setBuddy(self.theme)
        form.addRow(theme_label, self.theme)

        location = QLabel(data_location)
        location.setWordWrap(True)
        location.setAccessibleName(self.tr("Data folder"))
        form.addRow(self.tr("Your data:"), location)
        open_folder = QPushButton(self.tr("&Open data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(data_location))
        )
        form.addRow("", open_folder)
        from eventmate.gui.storage_preferences import StoragePanel

        self.storage = StoragePanel(Path(data_location), mover)
        form.addRow(self.storage)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_theme_current_index_changed(self, _index: int) -> None:
        choice = ThemeChoice(self.theme.currentData())
        self._settings.setValue(THEME_KEY, choice.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
