"""Saving a person's field that may have changed elsewhere: merged, or the user chooses.

A typed field is saved naming the version of the person it was typed over
(``PersonForm.base``), a choice made with one click (status, where we met, who introduced us)
the version shown. If someone changed the person since (another device, the command line,
another window), the save is refused with ``StaleEdit``; when they changed other fields only,
or chose the same, it is saved on their version at once; when they changed this field to
something else, "Changed elsewhere" shows both and the user chooses (``gui.stale_dialog``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from eventmate.gui.person.field_names import field_name
from eventmate.gui.stale_dialog import Choice, Difference, ask_stale
from eventmate.services.changes import RecordGone, StaleEdit, three_way
from eventmate.services.people.detail import PersonDetail, PersonField, Written

if TYPE_CHECKING:
    from eventmate.gui.undo_versions import Versions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from eventmate.gui.person.person_form import PersonForm
    from eventmate.services.people.detail import PersonDetailService

#: Saves refused again and again (someone keeps writing) before giving up for now.
_TRIES = 5


class PersonConflicts(QObject):
    """Saves one field of the person on the form; asks when a change elsewhere met it."""

    def __init__(
        self,
        service: PersonDetailService,
        form: PersonForm,
        versions: Versions,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._form = form
        self._versions = versions
        self._parent = parent
        #: True while the user is being asked (saves prompted by focus moving wait).
        self.asking = False

    def save(self, person_uid: str, field: PersonField, value: Any) -> Written[Any] | None:
        """Save ``value`` into ``field``; None when nothing was saved (theirs kept, Cancel,
        or they had saved the same). Errors other than ``StaleEdit`` are the service's."""
        base = self._form.base(field)
        version = base.version if base is not None else None
        try:
            return self._written(person_uid, field, value, version)
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
                return self._written(person_uid, field, value, stale.their_version)
            except StaleEdit as again:
                start, stale = dict(stale.theirs), again  # what was seen is the new start
        return None

    def _written(
        self, person_uid: str, field: PersonField, value: Any, version: int | None
    ) -> Written[Any]:
        written = self._service.set_field(person_uid, field, value, version=version)
        self._versions.wrote(person_uid, version, written.version)  # undo's chain goes on
        return written

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
        if value is None:
            return ""
        if field is PersonField.STATUS:
            box = self._form.status
            return box.itemText(max(box.findData(str(getattr(value, "value", value))), 0))
        if field is PersonField.MET_EVENT:
            at = self._form.met_event.findData(value)
            return self._form.met_event.itemText(at) if at >= 0 else self.tr("Another event")
        if field is PersonField.INTRODUCED_BY:
            try:
                return self._service.get(str(value)).name
            except RecordGone:
                return self.tr("Someone no longer here")
        return str(value)


def _fields(detail: PersonDetail) -> dict[str, Any]:
    return {field.value: detail.value(field) for field in PersonField}
