"""Preferences: appearance, language, where the data lives, and whether it is encrypted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.style import Space, TextStyle, heading, muted
from eventmate.gui.style.icons import icon
from eventmate.gui.style.theme import THEME_KEY, ThemeChoice, apply_theme, saved_theme
from eventmate.gui.style.widgets import card, dialog_margins, row


class PreferencesDialog(QDialog):
    """Changes apply at once; Close just closes (there is nothing to save or cancel)."""

    def __init__(
        self,
        settings: QSettings,
        data_location: str,
        parent: QWidget | None = None,
        mover: Callable[[str, Any], Any] | None = None,
        *,
        encryption: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.setSpacing(Space.M)
        layout.addWidget(heading(self.tr("Preferences")))
        # Two columns: the four cards one above the other were taller than a laptop's screen.
        columns = QHBoxLayout()
        columns.setSpacing(Space.M)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column in (left, right):
            column.setSpacing(Space.M)
            columns.addLayout(column, 1)
        layout.addLayout(columns)

        appearance, appearance_layout = card()
        appearance_layout.addWidget(heading(self.tr("Appearance"), style=TextStyle.SUBHEADING))
        appearance_layout.addWidget(
            muted(
                self.tr(
                    "Capture mode is always dim, to be easy on the eyes in a dark hall; "
                    "everything else follows this choice."
                )
            )
        )
        self.theme_group = QButtonGroup(self)
        self.theme_buttons: dict[ThemeChoice, QRadioButton] = {}
        choices = {
            ThemeChoice.SYSTEM: self.tr("&Follow the system"),
            ThemeChoice.LIGHT: self.tr("&Light"),
            ThemeChoice.DARK: self.tr("&Dark"),
        }
        current = saved_theme(settings)
        for choice, label in choices.items():
            button = QRadioButton(label)
            button.setObjectName(f"theme_{choice.value}")
            button.setAccessibleName(
                self.tr("Appearance: %1").replace("%1", label.replace("&", ""))
            )
            button.setChecked(choice is current)
            button.toggled.connect(lambda on, c=choice: self._on_theme_toggled(c, on))
            self.theme_group.addButton(button)
            self.theme_buttons[choice] = button
            appearance_layout.addWidget(button)
        left.addWidget(appearance)

        #: Preferences ▸ Language (:mod:`eventmate.gui.language_panel`), from the next start.
        from eventmate.gui.language_panel import LanguagePanel

        self.language = LanguagePanel(settings)
        language, language_layout = card()
        language_layout.addWidget(heading(self.tr("Language"), style=TextStyle.SUBHEADING))
        language_layout.addWidget(self.language)
        left.addWidget(language)

        #: Preferences ▸ Storage (:mod:`eventmate.gui.storage_preferences`): this computer
        #: or a PostgreSQL server; shown in its own card below.
        from eventmate.gui.storage_preferences import StoragePanel

        self.storage = StoragePanel(Path(data_location), mover)
        data, data_layout = card()
        data_layout.addWidget(heading(self.tr("Your data"), style=TextStyle.SUBHEADING))
        data_layout.addWidget(
            muted(
                self.tr(
                    "Your data is kept on a PostgreSQL server (see Storage). Settings and "
                    "backups stay in this folder on this computer."
                )
                if self.storage.on_server
                else self.tr(
                    "Everything stays on this computer, in one folder. Automatic backups are "
                    "kept beside it."
                )
            )
        )
        location = QLabel(data_location)
        location.setObjectName("dataLocation")
        location.setWordWrap(True)
        location.setProperty("textFormat", "PlainText")
        location.setAccessibleName(self.tr("Data folder"))
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data_layout.addWidget(location)
        open_folder = QPushButton(icon("open"), self.tr("&Open data folder"))
        open_folder.setObjectName("openDataFolder")
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(data_location))
        )
        data_layout.addLayout(row(open_folder))
        left.addWidget(data)
        left.addStretch(1)

        storage, storage_layout = card()
        storage_layout.addWidget(heading(self.tr("Storage"), style=TextStyle.SUBHEADING))
        storage_layout.addWidget(self.storage)
        right.addWidget(storage)

        #: Preferences ▸ Encryption (:mod:`eventmate.gui.data.encryption_section`), if any.
        self.encryption = encryption
        if encryption is not None:
            section, section_layout = card()
            section_layout.addWidget(heading(self.tr("Encryption"), style=TextStyle.SUBHEADING))
            section_layout.addWidget(encryption)
            right.addWidget(section)
        right.addStretch(1)

        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 76 * 2 + Space.M
        self.setMinimumWidth(width)
        # Wrapped lines need the height they take at this width; a dialog's own size hint
        # does not ask its layout for that, and the first card's lines were squeezed.
        self.setMinimumHeight(layout.totalHeightForWidth(width))

    @property
    def theme(self) -> ThemeChoice:
        """The appearance chosen."""
        return next(c for c, b in self.theme_buttons.items() if b.isChecked())

    def _on_theme_toggled(self, choice: ThemeChoice, on: bool) -> None:
        if on:
            self.choose_theme(choice)

    def choose_theme(self, choice: ThemeChoice) -> None:
        """Keep ``choice`` and repaint the whole app in it at once."""
        self.theme_buttons[choice].setChecked(True)
        self._settings.setValue(THEME_KEY, choice.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
