"""Done or let it rest on the Follow-ups page as an undoable step that names versions.

The step was already made when it is pushed; undo opens the follow-up again, redo makes the
step again. Each write names the version the step's own last write produced
(``gui.undo_versions``), so a change elsewhere after the step refuses it instead of being
overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from eventmate.services.changes import RecordGone, StaleEdit

if TYPE_CHECKING:
    from eventmate.gui.pages.followup_conflicts import Write
    from eventmate.gui.undo_versions import Versions


class StatusStep(QUndoCommand):
    """Done or let it rest (already done when pushed), undone by opening the follow-up again.

    Each step names the version the step's last write produced (``gui.undo_versions``). A
    follow-up gone meanwhile, or changed elsewhere since, is left alone and :attr:`refused`
    says so; a step changed elsewhere is also taken off the stack.
    """

    def __init__(
        self,
        uid: str,
        do: Write,
        undo: Write,
        text: str,
        versions: Versions,
        version: int,
    ) -> None:
        super().__init__(text)
        self._uid, self._do, self._undo = uid, do, undo
        self._versions, self._version = versions, version
        self._first = True
        self.after: Callable[[], None] = lambda: None
        self.refused: Callable[[Exception], None] = lambda _problem: None

    def redo(self) -> None:
        """Apply the change (skipped when pushed: it was just applied)."""
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        """Open the follow-up again."""
        self._run(self._undo)

    def _run(self, write: Write) -> None:
        named = self._versions.now(self._uid, self._version)
        try:
            written = write(named)
        except StaleEdit as stale:
            self.setObsolete(True)  # the stack drops it: what is stored now stays
            self.refused(stale)
        except RecordGone as gone:
            self.refused(gone)
        else:
            self._versions.wrote(self._uid, named, written.version)
            self._version = written.version
        self.after()
