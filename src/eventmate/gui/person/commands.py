"""Undoable edits of a person: each command's redo/undo is one short database write.

Commands name the person (and facts) by uid, so an undo after a restore or a merge can never
land on someone else: the write is refused and the refusal goes to ``report`` (an exception
raised inside Qt's undo stack would be swallowed). What a write changed reaches the page
through the change bus, like every other change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.services.people.detail import ContactData, FactData, PersonField, SaveFailed

if TYPE_CHECKING:
    from eventmate.services.people.detail import PersonDetailService
    from eventmate.services.people.merge import MergeRecord, MergeService

#: Told when a step was refused (the record is gone, a value is invalid, the database busy).
Report = Callable[[Exception], None]


class _Command(QUndoCommand):
    """Runs each step; a refusal is reported instead of raised."""

    def __init__(self, text: str, report: Report) -> None:
        super().__init__(text)
        self._report = report

    def redo(self) -> None:
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
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
        *,
        applied: bool = False,
    ) -> None:
        """``applied``: the change is already saved (it was checked before the push)."""
        super().__init__(text, report)
        self._service, self._person_uid, self.field = service, person_uid, field
        self._old, self._new = old, new
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
        return True

    def _redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self._service.set_field(self._person_uid, self.field, self._new)

    def _undo(self) -> None:
        self._service.set_field(self._person_uid, self.field, self._old)


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

    ``before`` is None when adding; ``after`` is None when removing.
    """

    def __init__(
        self,
        service: PersonDetailService,
        person_uid: str,
        before: FactData | None,
        after: FactData | None,
        text: str,
        report: Report,
    ) -> None:
        super().__init__(text, report)
        self._service, self._person_uid = service, person_uid
        self._before, self._after = before, after

    def _put(self, fact: FactData) -> FactData:
        """Make ``fact`` exist: put it back as it was, or add it if it never existed."""
        if fact.uid:
            self._service.restore_fact(self._person_uid, fact)
            return fact
        uid = self._service.add_fact(self._person_uid, FactKind(fact.kind), fact.text).value
        return FactData(fact.id, fact.kind, fact.text, fact.created_at, uid)

    def _change(self, old: FactData | None, new: FactData | None) -> FactData | None:
        """Go from ``old`` to ``new``; gives ``new`` as stored (or the fact removed)."""
        if new is None:
            assert old is not None
            return self._service.remove_fact(old.uid).value
        if old is None:
            return self._put(new)
        self._service.edit_fact(old.uid, FactKind(new.kind), new.text)
        return new

    def _redo(self) -> None:
        if self._after is None:
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
