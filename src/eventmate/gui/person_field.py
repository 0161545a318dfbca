"""A line edit that finds a person by name as you type (accent-insensitive) and remembers whom.

It keeps the chosen person's uid: a write that names it is refused if that person is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class Match(Protocol):
    """What a people lookup returns."""

    @property
    def uid(self) -> str:
        """The person's uid."""

    @property
    def name(self) -> str:
        """The person's name."""

    @property
    def role(self) -> str:
        """Their role, e.g. "Cello"."""

    @property
    def organization(self) -> str:
        """Where they play or work."""


class PersonField(QLineEdit):
    """Type a name, pick from the popup; :attr:`person_uid` is the chosen person (or None)."""

    def __init__(
        self, lookup: Callable[..., Sequence[Match]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._choices: dict[str, str] = {}
        self.person_uid: str | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._on_chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        # The completer also "edits" the text when a suggestion is highlighted or chosen.
        chosen = self._choices.get(text)
        if chosen is not None:
            self.person_uid = chosen
            return
        self.person_uid = None
        self._timer.start()

    def search(self) -> None:
        """Look up people for the text typed and open the popup."""
        self._choices = {}
        for match in self._lookup(self.text()):
            details = " · ".join(p for p in (match.role, match.organization) if p)
            label = f"{match.name} — {details}" if details else match.name
            self._choices.setdefault(label, match.uid)
        self._model.setStringList(list(self._choices))
        completer = self.completer()
        if self._choices and self.hasFocus():
            completer.complete()
            popup = completer.popup()
            if popup is not None:
                # Enter takes the first match without an arrow key first.
                popup.setCurrentIndex(completer.completionModel().index(0, 0))

    def _on_chosen(self, label: str) -> None:
        self.person_uid = self._choices.get(label)
        if self.person_uid is not None:
            # Show the name only; the details were there to tell namesakes apart.
            QTimer.singleShot(0, lambda: self.setText(label.split(" — ", 1)[0]))

    def choose(self, person_uid: str | None, name: str = "") -> None:
        """Set the chosen person directly (or clear with None)."""
        self.person_uid = person_uid
        self.setText(name if person_uid is not None else "")
