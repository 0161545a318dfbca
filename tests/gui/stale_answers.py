"""Answering the "Changed elsewhere" dialog from a test: read what it shows, press a choice."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from eventmate.gui.stale_dialog import Choice, StaleDialog, answer_stale


@dataclass
class Asked:
    """What each "Changed elsewhere" dialog showed: (field labels, mine, theirs)."""

    times: list[tuple[list[str], list[str], list[str]]] = field(default_factory=list)

    @property
    def last(self) -> tuple[list[str], list[str], list[str]]:
        return self.times[-1]


def answer_with(choice: Choice, asked: Asked, *, tries: int = 500) -> None:
    """When the dialog opens (it is modal: call this before the save), note it and choose."""

    def step(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StaleDialog):
            if left:
                QTimer.singleShot(10, lambda: step(left - 1))
            return
        cells = dialog.findChildren(QLabel)
        mine = [c.text() for c in cells if c.objectName() == "staleMine"]
        theirs = [c.text() for c in cells if c.objectName() == "staleTheirs"]
        names = [
            c.accessibleName().rsplit(",", 1)[0] for c in cells if c.objectName() == "staleMine"
        ]
        asked.times.append((names, mine, theirs))
        answer_stale(choice)

    QTimer.singleShot(0, lambda: step(tries))
