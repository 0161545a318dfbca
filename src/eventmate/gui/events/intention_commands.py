"""Undoable changes to intentions: removing one (undo puts it back, with the same uid)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from eventmate.gui.events.intentions_view import IntentionsWidget
    from eventmate.services.events.intentions import IntentionRow


class RemoveIntentionCommand(QUndoCommand):
    """Removing an intention; undo puts it back in its place (with the same uid)."""

    def __init__(self, view: IntentionsWidget, intention_uid: str) -> None:
        super().__init__(view.tr("Remove intention"))
        self._view = view
        self._uid = intention_uid
        self._row: IntentionRow | None = None

    def redo(self) -> None:
        from eventmate.services.records import RecordGone

        try:
            self._row = self._view.services.intentions.remove(self._uid).row
        except RecordGone as gone:
            self._row = None
            self._view.refused(gone)
            return
        self._view.reload()
        self._view.say(
            QCoreApplication.translate(
                "IntentionsWidget", "Intention removed. Ctrl+Z brings it back."
            )
        )

    def undo(self) -> None:
        from eventmate.services.records import RecordGone

        if self._row is None:
            return
        try:
            self._view.services.intentions.restore(self._row)
        except RecordGone as gone:
            self._view.refused(gone)
            return
        self._view.reload(select=self._uid)
        self._view.say("")
