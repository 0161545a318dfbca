"""Undoable edits of a person: each command's redo/undo is one short database write.

Commands name the person (and facts) by uid, so an undo after a restore or a merge can never
land on someone else: the write is refused and the refusal goes to ``report`` (an exception
raised inside Qt's undo stack would be swallowed). A field's or a fact's step also names the
version its own last write produced (``gui.undo_versions``): changed elsewhere since, the step
is refused (:class:`StaleStep`) and taken off the stack, so a later undo never tries it again.
What a write changed reaches the page through the change bus, like every other change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.services.changes import StaleEdit
from eventmate.services.people.detail import ContactData, FactData, PersonField, SaveFailed

if TYPE_CHECKING:
    from eventmate.gui.undo_versions import Versions
    from eventmate.services.people.detail import PersonDetailService
    from eventmate.services.people.merge import MergeRecord, MergeService

#: Told when a step was refused (the record is gone, a value is invalid, the database busy).
Report = Callable[[Exception], None]


class StaleStep(Exception):
    """An undo (or redo) refused: the record was changed elsewhere after the step's write."""

    def __init__(self, stale: StaleEdit, *, undoing: bool) -> None:
        super().__init__(str(stale))
        self.stale = stale
        self.undoing = undoing


class _Command(QUndoCommand):
    """Runs each step; a refusal is reported instead of raised."""

    def __init__(self, text: str, report: Report) -> None:
        super().__init__(text)
        self._report = report

    def redo(self) -> None:
        self._run(self._redo, undoing=False)

    def undo(self) -> None:
        self._run(self._undo, undoing=True)

    def _run(self, step: Callable[[], None], *, undoing: bool) -> None:
        try:
            step()
        except StaleEdit as stale:
            self.setObsolete(True)  # the stack drops it: what is stored now stays
            self._report(StaleStep(stale, undoing=undoing))
        except (LookupError, ValueError, SaveFailed) as problem:  # RecordGone is a LookupError
            self._report(problem)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class SetFieldCommand(_Command):
    """Change one plain field; typing into the same field merges into one undo step."""

    def __init__(
        self,
        service: PersonDetailService,
        person_uid: str,
        field: PersonField,
        old: Any,
        new: Any,
        text: str,
        report: Report,
        versions: Versions,
        *,
        version: int,
        applied: bool = False,
    ) -> None:
        """``applied``: the change is already saved (it was checked before the push), and
        ``version`` is the person's version it produced (else the version it is made on)."""
        super().__init__(text, report)
        self._service, self._person_uid, self.field = service, person_uid, field
        self._old, self._new = old, new
        self._versions, self._version = versions, version
        self._applied = applied

    def id(self) -> int:
        return 1000 + list(PersonField).index(self.field)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetFieldCommand)
            or other.field is not self.field
            or other._person_uid != self._person_uid
        ):
            return False
        self._new = other._new
        self._version = other._version
        return True

    def _set(self, value: Any) -> None:
        named = self._versions.now(self._person_uid, self._version)
        written = self._service.set_field(self._person_uid, self.field, value, version=named)
        self._versions.wrote(self._person_uid, named, written.version)
        self._version = written.version

    def _redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self._set(self._new)

    def _undo(self) -> None:
        self._set(self._old)


class ContactCommand(_Command):
    """Add a contact method (``data`` without id) or remove one (``data`` with its id)."""

    def __init__(
        self,
        service: PersonDetailService,
        person_uid: str,
        data: ContactData,
        adding: bool,
        text: str,
        report: Report,
    ) -> None:
        super().__init__(text, report)
        self._service, self._person_uid, self._data = service, person_uid, data
        self._adding = adding

    def _add(self) -> None:
        if self._data.id:
            self._service.restore_contact(self._person_uid, self._data)
        else:
            new_id = self._service.add_contact(
                self._person_uid, ContactKind(self._data.kind), self._data.value, self._data.label
            ).value
            self._data = ContactData(new_id, self._data.kind, self._data.value, self._data.label)

    def _remove(self) -> None:
        self._data = self._service.remove_contact(self._person_uid, self._data.id).value

    def _redo(self) -> None:
        self._add() if self._adding else self._remove()

    def _undo(self) -> None:
        self._remove() if self._adding else self._add()


class TagCommand(_Command):
    """Tag or untag the person."""

    def __init__(
        self,
        service: PersonDetailService,
        person_uid: str,
        name: str,
        adding: bool,
        text: str,
        report: Report,
    ) -> None:
        super().__init__(text, report)
        self._service, self._person_uid, self._name = service, person_uid, name
        self._adding = adding

    def _set(self, present: bool) -> None:
        if present:
            self._service.add_tag(self._person_uid, self._name)
        else:
            self._service.remove_tag(self._person_uid, self._name)

    def _redo(self) -> None:
        self._set(self._adding)

    def _undo(self) -> None:
        self._set(not self._adding)


class FactCommand(_Command):
    """Add, change or remove a fact (named by its uid once it exists).

    ``before`` is None when adding; ``after`` is None when removing. Pushed ``applied``, the
    first step was already written (by the facts editor, which resolves a change elsewhere)
    and ``version`` is the fact's version it produced.
    """

    def __init__(
        self,
        service: PersonDetailService,
        person_uid: str,
        before: FactData | None,
        after: FactData | None,
        text: str,
        report: Report,
        versions: Versions,
        *,
        version: int = 0,
        applied: bool = False,
    ) -> None:
        super().__init__(text, report)
        self._service, self._person_uid = service, person_uid
        self._before, self._after = before, after
        self._versions, self._version = versions, version
        self._applied = applied

    def _named(self, uid: str) -> int:
        return self._versions.now(uid, self._version)

    def _put(self, fact: FactData) -> FactData:
        """Make ``fact`` exist: put it back as it was, or add it if it never existed."""
        if fact.uid:
            self._service.restore_fact(self._person_uid, fact)
        else:
            uid = self._service.add_fact(self._person_uid, FactKind(fact.kind), fact.text).value
            fact = FactData(fact.id, fact.kind, fact.text, fact.created_at, uid)
        self._version = 1  # a fact is made at version 1
        return fact

    def _change(self, old: FactData | None, new: FactData | None) -> FactData | None:
        """Go from ``old`` to ``new``; gives ``new`` as stored (or the fact removed)."""
        if new is None:
            assert old is not None
            removed = self._service.remove_fact(old.uid, version=self._named(old.uid)).value
            self._version = 0
            return removed
        if old is None:
            return self._put(new)
        named = self._named(old.uid)
        written = self._service.edit_fact(old.uid, FactKind(new.kind), new.text, version=named)
        self._versions.wrote(old.uid, named, written.version)
        self._version = written.version
        return new

    def _redo(self) -> None:
        if self._applied:
            self._applied = False
        elif self._after is None:
            assert self._before is not None
            self._before = self._change(self._before, None)
        else:
            self._after = self._change(self._before, self._after)

    def _undo(self) -> None:
        if self._before is None:
            assert self._after is not None
            self._after = self._change(self._after, None)
        elif self._after is None:
            self._before = self._change(None, self._before)
        else:
            self._change(self._after, self._before)


class MergeCommand(_Command):
    """A merge of two people, already done; undo brings the other person back."""

    def __init__(
        self,
        service: MergeService,
        record: MergeRecord,
        take: dict[PersonField, Any],
        text: str,
        report: Report,
    ) -> None:
        super().__init__(text, report)
        self._service, self._record, self._take = service, record, take
        self._done = True

    def _redo(self) -> None:
        if self._done:  # the first redo happens on push: the merge is already made
            self._done = False
            return
        self._record = self._service.merge(
            self._record.kept_uid, self._record.removed_uid, self._take
        )

    def _undo(self) -> None:
        self._service.undo(self._record)
