"""Changing or removing a fact that may have changed elsewhere: merged, or the user chooses.

A fact's edit or removal names the version of the fact the list showed. If someone changed
the fact since (another device, the command line), the write is refused with ``StaleEdit``:
an edit is merged at once when they changed what the user did not (or wrote the same words);
when both changed the words, or the user removes a fact whose words changed meanwhile,
"Changed elsewhere" shows both and the user chooses (``gui.stale_dialog``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from eventmate.domain.kinds import FactKind
from eventmate.gui.stale_dialog import Choice, Difference, ask_stale
from eventmate.services.changes import StaleEdit, three_way
from eventmate.services.people.detail import FactData

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from eventmate.gui.undo_versions import Versions
    from eventmate.services.people.detail import PersonDetailService

#: Writes refused again and again (someone keeps writing) before giving up for now.
_TRIES = 5


class FactConflicts(QObject):
    """Edits and removals of a fact as shown; a change elsewhere is merged or asked about."""

    def __init__(self, service: PersonDetailService, versions: Versions, parent: QWidget) -> None:
        super().__init__(parent)
        self._service, self._versions, self._parent = service, versions, parent

    def edit(self, fact: FactData, text: str, subject: str) -> FactData | Choice:
        """Give ``fact`` the words ``text``: the fact as saved (with its new version), or
        ``Choice.THEIRS`` (nothing to save: theirs kept) or ``Choice.CANCEL`` (go on editing).
        Errors other than ``StaleEdit`` are the service's."""
        start: dict[str, Any] = {"kind": FactKind(fact.kind), "text": fact.text}
        wanted: dict[str, Any] = {"kind": FactKind(fact.kind), "text": text}
        version = fact.version
        for _ in range(_TRIES):
            try:
                written = self._service.edit_fact(
                    fact.uid, wanted["kind"], wanted["text"], version=version
                )
            except StaleEdit as stale:
                if stale.mine == stale.theirs:
                    return Choice.THEIRS  # they wrote the same: nothing to do
                merged, conflicts = three_way(start, stale.mine, stale.theirs)
                if conflicts:
                    choice = self._ask(
                        subject, stale.mine.get("text", ""), stale.theirs.get("text", "")
                    )
                    if choice is not Choice.MINE:
                        return choice
                start, wanted, version = dict(stale.theirs), merged, stale.their_version
                continue
            self._versions.wrote(fact.uid, version, written.version)
            kind, words = wanted["kind"], wanted["text"]
            return FactData(fact.id, kind, words, fact.created_at, fact.uid, written.version)
        return Choice.CANCEL

    def remove(self, fact: FactData, subject: str) -> FactData | Choice:
        """Remove ``fact``: it as removed, or the choice that kept it (theirs, or Cancel)."""
        version = fact.version
        for _ in range(_TRIES):
            try:
                return self._service.remove_fact(fact.uid, version=version).value
            except StaleEdit as stale:
                choice = self._ask(subject, self.tr("(removed)"), stale.theirs.get("text", ""))
                if choice is not Choice.MINE:
                    return choice
                version = stale.their_version
        return Choice.CANCEL

    def _ask(self, subject: str, mine: str, theirs: str) -> Choice:
        row = Difference(self.tr("Fact"), mine, str(theirs))
        return ask_stale(subject, [row], self._parent)
