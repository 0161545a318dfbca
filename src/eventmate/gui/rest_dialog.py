"""Letting a person or a promise rest: a short dialog that offers a note, never demands one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from eventmate.gui.style import Space, TextStyle, heading, muted
from eventmate.gui.style.widgets import dialog_margins, primary

#: Longest note kept (one line of reflection, as the services cap it).
NOTE_MAX = 2000


class RestNoteDialog(QDialog):
    """ "Let it rest" with an optional note; Enter lets it rest, Esc changes nothing."""

    def __init__(self, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restNoteDialog")
        self.setWindowTitle(self.tr("Let it rest"))
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.setSpacing(Space.S)
        layout.addWidget(
            heading(self.tr("Let “%1” rest").replace("%1", subject), style=TextStyle.SUBHEADING)
        )
        layout.addWidget(
            muted(
                self.tr("Reminders stop and nothing is deleted. You can pick it up again any time.")
            )
        )
        layout.addSpacing(Space.XS)
        label = QLabel(self.tr("A &note, if you like:"))
        self.note = QLineEdit()
        self.note.setObjectName("restNote")
        self.note.setAccessibleName(self.tr("A note, if you like"))
        self.note.setPlaceholderText(self.tr("e.g. moved abroad; we will meet again by chance"))
        self.note.setMaxLength(NOTE_MAX)
        label.setBuddy(self.note)
        layout.addWidget(label)
        layout.addWidget(self.note)
        layout.addSpacing(Space.S)
        # Made inside the dialog: a default button set before it belongs to one is ignored,
        # and Enter would cancel.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        rest = buttons.addButton(self.tr("Let it rest"), QDialogButtonBox.ButtonRole.AcceptRole)
        rest.setObjectName("restButton")
        primary(rest).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.note.setFocus()


def ask_rest_note(subject: str, parent: QWidget | None = None) -> str | None:
    """Ask for the optional note; the note ("" if none), or None if the user backed out."""
    dialog = RestNoteDialog(subject, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note.text().strip()
    finally:
        dialog.deleteLater()
