"""A person's plain fields: which there are, how a typed value is cleaned, and as stored."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from eventmate.domain.i18n import _
from eventmate.domain.kinds import PersonStatus
from eventmate.domain.text import LINE_MAX, clean_line, clean_text
from eventmate.storage.models import Event, Person

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class PersonField(StrEnum):
    """The plain fields of a person that can be edited one by one."""

    NAME = "name"
    PRONUNCIATION = "pronunciation"
    RECALL_CUES = "recall_cues"
    ROLE = "role"
    ORGANIZATION = "organization"
    MET_HOW = "met_how"
    MET_EVENT = "met_event_id"
    INTRODUCED_BY = "introduced_by_id"
    STATUS = "status"
    STATUS_NOTE = "status_note"
    CADENCE_DAYS = "cadence_days"
    COULD_OFFER = "could_offer"


#: Fields that hold free text (several lines) rather than one line.
MULTILINE = {
    PersonField.RECALL_CUES,
    PersonField.MET_HOW,
    PersonField.STATUS_NOTE,
    PersonField.COULD_OFFER,
}
#: Fields that link another record: set and read by that record's uid.
LINKS: dict[PersonField, Any] = {PersonField.MET_EVENT: Event, PersonField.INTRODUCED_BY: Person}


def stored_fields(session: Session, person: Person) -> dict[str, Any]:
    """Every plain field of ``person`` as stored (linked records by uid), by field name."""
    values = {field.value: getattr(person, field.value) for field in PersonField}
    for field, model in LINKS.items():
        linked = values[field.value]
        if linked is not None:
            values[field.value] = session.scalar(select(model.uid).where(model.id == linked))
    return values


def cleaned(field: PersonField, value: Any, person_uid: str) -> Any:
    """``value`` as ``field`` stores it. Raises ValueError for one it cannot take."""
    if field in LINKS:
        if field is PersonField.INTRODUCED_BY and value == person_uid:
            raise ValueError(_("someone cannot introduce themself"))
        return None if value is None else str(value)
    if field is PersonField.STATUS:
        return PersonStatus(value)
    if field is PersonField.CADENCE_DAYS:
        if value is None:
            return None
        days = int(value)
        if days < 1:
            raise ValueError(_("keep-in-touch cadence must be at least one day"))
        return days
    if field in MULTILINE:
        return clean_text(str(value)).text
    line = clean_line(str(value), limit=LINE_MAX).text
    if field is PersonField.NAME and not line:
        raise ValueError(_("a person needs a name"))
    return line
