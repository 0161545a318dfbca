"""Saving a person's field that may have changed elsewhere: merged, or the user chooses.

A typed field is saved naming the version of the person it was typed over
(``PersonForm.base``). If someone changed the person since (another device, the command line,
another window), the save is refused with ``StaleEdit``; when they changed other fields only,
or typed the same, it is saved on their version at once; when they changed this field to
something else, "Changed elsewhere" shows both and the user chooses (``gui.stale_dialog``).
Choices made with one click (status, where we met, who introduced us) are written as made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from eventmate.gui.person.field_names import field_name
from eventmate.gui.stale_dialog import Choice, Difference, ask_stale
from eventmate.services.changes import StaleEdit, three_way
from eventmate.services.people.detail import PersonDetail, PersonField, Written

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from eventmate.gui.person.person_form import PersonForm
    from eventmate.services.people.detail import PersonDetailService

#: Saves refused again and again (someone keeps writing) before giving up for now.
_TRIES = 5


class PersonConflicts(QObject):
    """Saves one field of the person on the form; asks when a change elsewhere met it."""

    def __init__(self, service: PersonDetailService, form: PersonForm, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._form = form
        self._parent = parent
        #: True while the user is being asked (saves prompted by focus moving wait).
        self.asking = False

    def save(self, person_uid: str, field: PersonField, value: Any) -> Written[Any] | None:
        """Save ``value`` into ``field``; None when nothing was saved (theirs kept, Cancel,
        or they had saved the same). Errors other than ``StaleEdit`` are the service's."""
        base = self._form.base(field)
        typed = field in self._form.typed_fields()
        version = base.version if typed and base is not None else None
        try:
            return self._service.set_field(person_uid, field, value, version=version)
        except StaleEdit as stale:
            start = _fields(base) if base is not None else dict(stale.theirs)
            return self._resolve(person_uid, field, value, start, stale)

    def _resolve(
        self,
        person_uid: str,
        field: PersonField,
        value: Any,
        start: dict[str, Any],
        stale: StaleEdit,
    ) -> Written[Any] | None:
        for _ in range(_TRIES):
            theirs = stale.theirs.get(field.value)
            if stale.mine.get(field.value) == theirs:
                self._form.take(field, theirs)  # saved the same elsewhere: nothing to do
                return None
            _merged, conflicts = three_way(start, stale.mine, stale.theirs)
            if conflicts:
                choice = self._ask(field, stale)
                if choice is Choice.CANCEL:
                    return None
                if choice is Choice.THEIRS:
                    self._form.take(field, theirs)
                    return None
            try:
                return self._service.set_field(
                    person_uid, field, value, version=stale.their_version
                )
            except StaleEdit as again:
                start, stale = dict(stale.theirs), again  # what was seen is the new start
        return None

    def _ask(self, field: PersonField, stale: StaleEdit) -> Choice:
        self.asking = True
        try:
            name = str(stale.theirs.get(PersonField.NAME.value) or self.tr("This person"))
            row = Difference(
                self.label(field),
                self._words(field, stale.mine.get(field.value)),
                self._words(field, stale.theirs.get(field.value)),
            )
            return ask_stale(name, [row], self._parent)
        finally:
            self.asking = False

    def label(self, field: PersonField) -> str:
        """The field's name as the form shows it."""
        return field_name(field)

    def _words(self, field: PersonField, value: Any) -> str:
        if field is PersonField.CADENCE_DAYS:
            return self.tr("%n days", "", int(value)) if value else self.tr("No rhythm")
        return "" if value is None else str(value)


def _fields(detail: PersonDetail) -> dict[str, Any]:
    return {field.value: detail.value(field) for field in PersonField}
