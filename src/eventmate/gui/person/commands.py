"""Undoable edits of a person: each command's redo/undo is one short database write."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.services.people.detail import ContactData, FactData, PersonField

if TYPE_CHECKING:
    from eventmate.services.people.detail import PersonDetailService
    from eventmate.services.people.merge import MergeRecord, MergeService

#: Called after every redo/undo so the page shows what the database now holds.
Refresh = Callable[[], None]


class SetFieldCommand(QUndoCommand):
    """Change one plain field; typing into the same field merges into one undo step."""

    def __init__(
        self,
        service: PersonDetailService,
        person_id: int,
        field: PersonField,
        old: Any,
        new: Any,
        text: str,
        refresh: Refresh,
        *,
        applied: bool = False,
    ) -> None:
        """``applied``: the change is already saved (it was checked before the push)."""
        super().__init__(text)
        self._service, self._person_id, self.field = service, person_id, field
        self._old, self._new, self._refresh = old, new, refresh
        self._applied = applied

    def id(self) -> int:
        return 1000 + list(PersonField).index(self.field)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.field is not self.field:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self._service.set_field(self._person_id, self.field, self._new)
        self._refresh()

    def undo(self) -> None:
        self._service.set_field(self._person_id, self.field, self._old)
        self._refresh()


class ContactCommand(QUndoCommand):
    """Add a contact method (``data`` without id) or remove one (``data`` with its id)."""

    def __init__(
        self,
        service: PersonDetailService,
        person_id: int,
        data: ContactData,
        adding: bool,
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self._service, self._person_id, self._data = service, person_id, data
        self._adding, self._refresh = adding, refresh

    def _add(self) -> None:
        if self._data.id:
            self._service.restore_contact(self._person_id, self._data)
        else:
            new_id = self._service.add_contact(
                self._person_id, ContactKind(self._data.kind), self._data.value, self._data.label
            )
            self._data = ContactData(new_id, self._data.kind, self._data.value, self._data.label)

    def _remove(self) -> None:
        self._data = self._service.remove_contact(self._data.id)

    def redo(self) -> None:
        self._add() if self._adding else self._remove()
        self._refresh()

    def undo(self) -> None:
        self._remove() if self._adding else self._add()
        self._refresh()


class TagCommand(QUndoCommand):
    """Tag or untag the person."""

    def __init__(
        self,
        service: PersonDetailService,
        person_id: int,
        name: str,
        adding: bool,
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self._service, self._person_id, self._name = service, person_id, name
        self._adding, self._refresh = adding, refresh

    def _set(self, present: bool) -> None:
        if present:
            self._service.add_tag(self._person_id, self._name)
        else:
            self._service.remove_tag(self._person_id, self._name)
        self._refresh()

    def redo(self) -> None:
        self._set(self._adding)

    def undo(self) -> None:
        self._set(not self._adding)


class FactCommand(QUndoCommand):
    """Add, change or remove a fact.

    ``before`` is None when adding; ``after`` is None when removing.
    """

    def __init__(
        self,
        service: PersonDetailService,
        person_id: int,
        before: FactData | None,
        after: FactData | None,
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self._service, self._person_id = service, person_id
        self._before, self._after, self._refresh = before, after, refresh

    def _apply(self, old: FactData | None, new: FactData | None) -> FactData | None:
        if new is None:
            assert old is not None
            self._service.remove_fact(old.id)
            return None
        if old is None:
            if new.id:
                self._service.restore_fact(self._person_id, new)
                return new
            new_id = self._service.add_fact(self._person_id, FactKind(new.kind), new.text)
            return FactData(new_id, new.kind, new.text)
        self._service.edit_fact(old.id, FactKind(new.kind), new.text)
        return new

    def redo(self) -> None:
        if self._before is None and self._after is not None:
            self._after = self._apply(None, self._after)
        elif self._after is None:
            assert self._before is not None
            self._before = self._service.remove_fact(self._before.id)
        else:
            self._apply(self._before, self._after)
        self._refresh()

    def undo(self) -> None:
        if self._before is None:
            assert self._after is not None
            self._after = self._service.remove_fact(self._after.id)
        elif self._after is None:
            self._apply(None, self._before)
        else:
            self._apply(self._after, self._before)
        self._refresh()


class MergeCommand(QUndoCommand):
    """A merge of two people, already done; undo brings the other person back."""

    def __init__(
        self,
        service: MergeService,
        record: MergeRecord,
        take: dict[PersonField, Any],
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self._service, self._record, self._take = service, record, take
        self._refresh = refresh
        self._done = True

    def redo(self) -> None:
        if not self._done:  # the first redo happens on push: the merge is already made
            self._record = self._service.merge(
                self._record.kept_id, self._record.removed_id, self._take
            )
        self._done = False
        self._refresh()

    def undo(self) -> None:
        self._service.undo(self._record)
        self._refresh()
