"""Changed elsewhere: what I typed and what is saved now, side by side, and the user chooses.

A save refused with ``StaleEdit`` (someone changed the record on another device, in the command
line or in another window while it was being edited) comes here when the same field was
changed on both sides. Only the fields that differ are shown. "Keep mine" saves what was typed
over the other change, "Keep theirs" puts the saved text into the fields, and Cancel goes back
to editing with nothing saved (the next save asks again). No button is the default: Enter
typed out of habit chooses nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.style import Space, TextStyle, body, caption, heading, muted, set_text_style
from eventmate.gui.style.widgets import dialog_margins

#: Longest text shown in one cell (a long answer is cut with "…"; the field keeps it whole).
SHOWN_MAX = 600


class Choice(Enum):
    """What the user chose."""

    MINE = "mine"
    THEIRS = "theirs"
    CANCEL = "cancel"


@dataclass(frozen=True, slots=True)
class Difference:
    """One field that differs: its label, what I typed, and what is saved now (as words)."""

    label: str
    mine: str
    theirs: str


class StaleDialog(QDialog):
    """ "Changed elsewhere": the differing fields in two columns, and three choices."""

    def __init__(
        self, subject: str, differences: Sequence[Difference], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staleDialog")
        self.setWindowTitle(self.tr("Changed elsewhere"))
        #: The user's choice (Cancel until a button is pressed).
        self.choice = Choice.CANCEL
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.setSpacing(Space.S)
        layout.addWidget(
            heading(
                self.tr("%1 was changed on another device or elsewhere").replace("%1", subject),
                style=TextStyle.SUBHEADING,
            )
        )
        layout.addWidget(
            muted(
                self.tr(
                    "While you were typing, this was saved somewhere else. Nothing of yours is "
                    "lost: choose which to keep."
                )
            )
        )
        layout.addSpacing(Space.XS)
        layout.addWidget(self._table(differences), 1)
        buttons = QDialogButtonBox(self)
        self.mine_button = self._button(buttons, self.tr("Keep &mine"), "keepMine", Choice.MINE)
        self.theirs_button = self._button(
            buttons, self.tr("Keep &theirs"), "keepTheirs", Choice.THEIRS
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel — keep editing"))
            cancel.setObjectName("keepEditing")
            cancel.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 96)
        self.mine_button.setFocus()

    def _table(self, differences: Sequence[Difference]) -> QWidget:
        grid_widget = QWidget()
        grid_widget.setObjectName("staleDifferences")
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(Space.L)
        grid.setVerticalSpacing(Space.S)
        grid.addWidget(caption(self.tr("Yours, not saved")), 0, 1)
        grid.addWidget(caption(self.tr("Saved elsewhere")), 0, 2)
        for number, difference in enumerate(differences, start=1):
            label = body(difference.label)
            set_text_style(label, TextStyle.STRONG)
            grid.addWidget(label, number, 0, Qt.AlignmentFlag.AlignTop)
            for column, text in ((1, difference.mine), (2, difference.theirs)):
                grid.addWidget(self._cell(text, difference.label, column), number, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(differences) + 1, 1)
        grid.setColumnMinimumWidth(0, self.fontMetrics().averageCharWidth() * 12)
        scroll = QScrollArea()
        scroll.setObjectName("staleScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(grid_widget)
        return scroll

    def _cell(self, text: str, field: str, column: int) -> QLabel:
        shown = text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"
        cell = body(shown) if shown else muted(self.tr("(empty)"))
        cell.setObjectName("staleMine" if column == 1 else "staleTheirs")
        cell.setWordWrap(True)
        cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = self.tr("yours") if column == 1 else self.tr("saved elsewhere")
        cell.setAccessibleName(f"{field}, {side}")
        cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return cell

    def _button(
        self, buttons: QDialogButtonBox, text: str, name: str, choice: Choice
    ) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask_stale(
    subject: str, differences: Sequence[Difference], parent: QWidget | None = None
) -> Choice:
    """Show the two versions and wait for the user's choice (Cancel if the dialog is closed)."""
    dialog = StaleDialog(subject, differences, parent)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


def answer_stale(choice: Choice) -> bool:
    """Press ``choice``'s button in the "Changed elsewhere" dialog on screen (for tests and
    scenario walks); False when none is open."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, StaleDialog):
        return False
    if choice is Choice.CANCEL:
        dialog.reject()
    else:
        (dialog.mine_button if choice is Choice.MINE else dialog.theirs_button).click()
    return True
