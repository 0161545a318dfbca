"""Preferences ▸ Language: follow the system, or a language the GUI speaks (from next start)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from eventmate.gui.language import (
    LANGUAGES,
    language_for,
    save_language,
    saved_language,
    spoken_language,
)
from eventmate.gui.style import muted


class LanguagePanel(QWidget):
    """One choice per language, each named in itself; the choice is kept at once."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._spoken = spoken_language()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        system = QLocale.system()
        system_name = LANGUAGES[language_for("", system)]
        labels = {
            "": self.tr("S&ystem language (%1)").replace("%1", system_name),
            "en": "En&glish",
            "de": "D&eutsch",
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        current = saved_language(settings)
        for code, label in labels.items():
            button = QRadioButton(label, self)
            button.setObjectName(f"language_{code or 'system'}")
            button.setAccessibleName(self.tr("Language: %1").replace("%1", label.replace("&", "")))
            button.setChecked(code == current)
            button.toggled.connect(lambda on, c=code: self._on_toggled(c, on))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.note: QLabel = muted("")
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    @property
    def choice(self) -> str:
        """The language chosen ("" follows the system)."""
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def _on_toggled(self, code: str, on: bool) -> None:
        if on:
            self.choose(code)

    def choose(self, code: str) -> None:
        """Keep ``code`` for the next start and say when it applies."""
        self.buttons[code].setChecked(True)
        save_language(self._settings, code)
        if language_for(code) == self._spoken:
            self.note.setText("")
        else:
            self.note.setText(
                self.tr("EventMate speaks %1 from its next start: quit and open it again.").replace(
                    "%1", LANGUAGES[language_for(code)]
                )
            )
