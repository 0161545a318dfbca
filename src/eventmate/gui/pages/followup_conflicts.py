"""Steps on a follow-up that may have changed elsewhere: merged, refused calmly, or asked.

The follow-ups page names the version of the follow-up it showed. If someone changed it since
(another device, ``eventmate followups done`` in a terminal), the write is refused with
``StaleEdit`` and resolved here. Done or let it rest: already so elsewhere is no conflict
(nothing to do, the page says so); only the words or the due date changed elsewhere, the step
is made on their version; done here but let rest there (or the other way round), the user
chooses. New words: merged when they changed something else or wrote the same, asked when
both changed the words.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from eventmate.domain.kinds import FollowUpStatus
from eventmate.gui.stale_dialog import Choice, Difference, ask_stale
from eventmate.services.changes import StaleEdit, three_way

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from eventmate.gui.undo_versions import Versions
    from eventmate.services.after.followups import FollowUpItem, FollowUpService

#: Writes refused again and again (someone keeps writing) before giving up for now.
_TRIES = 5

#: A write naming the version it is made on.
Write = Callable[[int], "FollowUpItem"]


class FollowUpConflicts(QObject):
    """Makes a step on a follow-up as shown; a change elsewhere is merged or asked about."""

    def __init__(self, service: FollowUpService, versions: Versions, parent: QWidget) -> None:
        super().__init__(parent)
        self._service, self._versions, self._parent = service, versions, parent

    def status(
        self, uid: str, version: int, subject: str, write: Write
    ) -> FollowUpItem | Choice | None:
        """Done or let it rest on the follow-up ``uid`` as shown (``version``, its words
        ``subject``): the follow-up as written, None when it already was so elsewhere, or the
        choice that left it alone (``Choice.THEIRS``/``CANCEL``)."""
        for _ in range(_TRIES):
            try:
                return self._written(uid, version, write)
            except StaleEdit as stale:
                theirs = stale.theirs.get("status")
                if theirs == stale.mine.get("status"):
                    return None  # already done (or resting) elsewhere: not a conflict
                if theirs is not FollowUpStatus.OPEN:
                    choice = self._ask(
                        subject,
                        self.tr("Status"),
                        self._status_words(stale.mine),
                        self._status_words(stale.theirs),
                    )
                    if choice is not Choice.MINE:
                        return choice
                version = stale.their_version
        return Choice.CANCEL

    def edit(self, item: FollowUpItem, text: str) -> FollowUpItem | Choice:
        """New words: the follow-up as written, or ``Choice.THEIRS`` (nothing to write, or
        theirs kept) or ``Choice.CANCEL`` (go on editing)."""
        start: dict[str, Any] = {"text": item.text}
        wanted, version = text, item.version
        for _ in range(_TRIES):
            try:
                return self._written(item.uid, version, partial(self._edit, item.uid, wanted))
            except StaleEdit as stale:
                if stale.mine.get("text") == stale.theirs.get("text"):
                    return Choice.THEIRS  # they wrote the same
                merged, conflicts = three_way(start, stale.mine, stale.theirs)
                if conflicts:
                    choice = self._ask(
                        item.text,
                        self.tr("What was promised"),
                        str(stale.mine.get("text", "")),
                        str(stale.theirs.get("text", "")),
                    )
                    if choice is not Choice.MINE:
                        return choice
                start, wanted = dict(stale.theirs), str(merged["text"])
                version = stale.their_version
        return Choice.CANCEL

    def _edit(self, uid: str, text: str, version: int) -> FollowUpItem:
        return self._service.edit(uid, text=text, version=version)

    def _written(self, uid: str, version: int, write: Write) -> FollowUpItem:
        written = write(version)
        self._versions.wrote(uid, version, written.version)
        return written

    def _status_words(self, fields: dict[str, Any]) -> str:
        status = fields.get("status")
        if status is FollowUpStatus.DONE:
            return self.tr("Done")
        if status is FollowUpStatus.LET_IT_REST:
            note = str(fields.get("status_note") or "")
            return self.tr("Resting: %1").replace("%1", note) if note else self.tr("Resting")
        return self.tr("Open")

    def _ask(self, subject: str, label: str, mine: str, theirs: str) -> Choice:
        return ask_stale(subject, [Difference(label, mine, theirs)], self._parent)
