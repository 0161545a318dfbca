"""The person page's notice: a framed line for what was not saved, or that the person is gone.

A person merged into another gets a button to open the other. The words for a change that
was refused (not saved, a name left empty, another reason) are here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from eventmate.gui.style import body
from eventmate.services.people.detail import PersonField

if TYPE_CHECKING:
    from eventmate.services.people.detail import SaveFailed


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonPage", text)


def not_saved_text(failed: SaveFailed) -> str:
    """Why a change was not saved (a full disk, a lock, …), and that the typing stays."""
    from eventmate.gui.recovery.words import failure_message

    reason = (
        failure_message(failed.kind.value)
        if failed.kind is not None
        else _tr("Not saved yet: the database is busy or read-only.")
    )
    return reason + " " + _tr("Your text is still here.")


def invalid_text(field: PersonField, problem: ValueError) -> str:
    """Why a value typed into ``field`` was not taken."""
    if field is PersonField.NAME:
        return _tr("A person needs a name; the old one is kept.")
    return _tr("That value was not saved: %1").replace("%1", str(problem))


def not_made_text(problem: Exception) -> str:
    """An undo, redo or list edit refused for another reason."""
    return _tr("That change was not made: %1").replace("%1", str(problem))


class PersonNotice(QFrame):
    """What the user must know about the person on the page; hidden while there is nothing."""

    #: The uid of the person this one was merged into ("Open …" was clicked).
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.message = body("")
        self.message.setObjectName("personMessage")
        layout.addWidget(self.message, 1)
        self._open_other = QPushButton()
        self._open_other.setObjectName("openMergedInto")
        self._open_other.clicked.connect(self._on_open_other_clicked)
        self._open_other.hide()
        layout.addWidget(self._open_other)
        self._merged_into: str | None = None
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text``."""
        self.message.setText(text)
        self.show()

    def clear(self) -> None:
        """Nothing to tell: the notice and its button are hidden."""
        self._merged_into = None
        self.hide()
        self._open_other.hide()

    def merged(self, name: str, into_uid: str, into_name: str) -> None:
        """``name`` was merged into the person ``into_uid``: say so, offer to open them."""
        self._merged_into = into_uid
        self.say(_tr("%1 was merged into %2.").replace("%1", name).replace("%2", into_name))
        self._open_other.setText(_tr("Open %1").replace("%1", into_name))
        self._open_other.setAccessibleName(self._open_other.text())
        self._open_other.show()

    def gone(self, name: str) -> None:
        """``name`` was deleted (or is missing from a restored file)."""
        self._merged_into = None
        self._open_other.hide()
        self.say(
            _tr("%1 no longer exists. Nothing here can be changed.").replace(
                "%1", name or _tr("This person")
            )
        )

    def _on_open_other_clicked(self) -> None:
        if self._merged_into is not None:
            self.open_requested.emit(self._merged_into)
