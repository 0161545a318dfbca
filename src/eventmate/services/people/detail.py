"""One person, every field: read it whole and change one field at a time (undo-friendly).

Each change is one unit of work and returns what it replaced, so the GUI's undo can put it
back exactly with the same calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import OperationalError

from eventmate.domain.kinds import ContactKind, FactKind, PersonStatus
from eventmate.domain.text import LINE_MAX, clean_line, clean_text, fold
from eventmate.storage.engine import Database
from eventmate.storage.failures import FailureKind, StorageFailure
from eventmate.storage.models import ContactMethod, Event, Fact, Person, Tag, person_tag


class PersonNotFound(LookupError):
    """The person was removed (or merged) since the page was opened."""


class SaveFailed(RuntimeError):
    """The database refused the change (busy with another program, read-only, disk full).

    ``kind`` says which, when known.
    """

    def __init__(self, message: str, kind: FailureKind | None = None) -> None:
        super().__init__(message)
        self.kind = kind


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


#: Fields that hold free text (several lines) rather than one line.
_MULTILINE = {PersonField.RECALL_CUES, PersonField.MET_HOW, PersonField.STATUS_NOTE}


@dataclass(frozen=True, slots=True)
class ContactData:
    """A contact method (an email, phone, web address or social handle)."""

    id: int
    kind: ContactKind
    value: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class FactData:
    """Something remembered about the person."""

    id: int
    kind: FactKind
    text: str
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """Everything about one person, as the person page shows it."""

    id: int
    name: str
    #: The person's stable identity (the page follows it across changes and restores).
    uid: str
    pronunciation: str
    recall_cues: str
    role: str
    organization: str
    met_how: str
    met_event_id: int | None
    met_event_title: str
    introduced_by_id: int | None
    introduced_by_name: str
    status: PersonStatus
    status_note: str
    cadence_days: int | None
    first_met_at: datetime | None
    last_interaction_at: datetime | None
    contacts: tuple[ContactData, ...]
    tags: tuple[str, ...]
    facts: tuple[FactData, ...]

    def value(self, field: PersonField) -> Any:
        """The current value of ``field``."""
        return getattr(self, field.value)


class PersonDetailService:
    """Reads and edits one person."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, person_id: int) -> PersonDetail:
        """Everything about ``person_id``; raises :class:`PersonNotFound` if they are gone."""
        with self._db.read() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise PersonNotFound(person_id)
            met = session.get(Event, person.met_event_id) if person.met_event_id else None
            intro = (
                session.get(Person, person.introduced_by_id) if person.introduced_by_id else None
            )
            return PersonDetail(
                id=person.id,
                name=person.name,
                uid=person.uid,
                pronunciation=person.pronunciation,
                recall_cues=person.recall_cues,
                role=person.role,
                organization=person.organization,
                met_how=person.met_how,
                met_event_id=person.met_event_id,
                met_event_title=met.title if met else "",
                introduced_by_id=person.introduced_by_id,
                introduced_by_name=intro.name if intro else "",
                status=person.status,
                status_note=person.status_note,
                cadence_days=person.cadence_days,
                first_met_at=person.first_met_at,
                last_interaction_at=person.last_interaction_at,
                contacts=tuple(
                    ContactData(c.id, c.kind, c.value, c.label) for c in person.contact_methods
                ),
                tags=tuple(sorted(tag.name for tag in person.tags)),
                facts=tuple(FactData(f.id, f.kind, f.text, f.created_at) for f in person.facts),
            )

    # -- plain fields ---------------------------------------------------------------------

    def set_field(self, person_id: int, field: PersonField, value: Any) -> Any:
        """Set one field (cleaned); returns the value it replaced.

        Raises:
            ValueError: an empty name, a cadence below one day, or linking a person to themself.
            PersonNotFound: the person is gone.
            SaveFailed: the database could not take the change (locked, read-only, full).
        """
        value = _clean(field, value, person_id)
        try:
            with self._db.write() as session:
                person = session.get(Person, person_id)
                if person is None:
                    raise PersonNotFound(person_id)
                old = getattr(person, field.value)
                setattr(person, field.value, value)
                if field is PersonField.NAME:
                    person.sort_key = fold(value)
        except StorageFailure as failure:
            raise SaveFailed(failure.message, failure.kind) from failure
        except OperationalError as error:
            raise SaveFailed(str(error.orig)) from error
        return old

    # -- contact methods ------------------------------------------------------------------

    def add_contact(self, person_id: int, kind: ContactKind, value: str, label: str = "") -> int:
        """Add a contact method; returns its id. Raises ValueError when ``value`` is empty."""
        cleaned = clean_line(value, limit=1000).text
        if not cleaned:
            raise ValueError("a contact method needs a value")
        with self._db.write() as session:
            contact = ContactMethod(
                person_id=person_id,
                kind=kind,
                value=cleaned,
                label=clean_line(label, limit=100).text,
            )
            session.add(contact)
            session.flush()
            return contact.id

    def remove_contact(self, contact_id: int) -> ContactData:
        """Remove a contact method; returns it (for :meth:`restore_contact`)."""
        with self._db.write() as session:
            contact = session.get(ContactMethod, contact_id)
            if contact is None:
                raise LookupError(contact_id)
            data = ContactData(contact.id, contact.kind, contact.value, contact.label)
            session.delete(contact)
        return data

    def restore_contact(self, person_id: int, data: ContactData) -> None:
        """Put back a removed contact method with its old id."""
        with self._db.write() as session:
            session.execute(
                insert(ContactMethod).values(
                    id=data.id,
                    person_id=person_id,
                    kind=data.kind,
                    value=data.value,
                    label=data.label,
                )
            )

    # -- tags -----------------------------------------------------------------------------

    def add_tag(self, person_id: int, name: str) -> bool:
        """Tag the person (the tag is made if new); False if they already had it."""
        cleaned = clean_line(name, limit=100).text
        if not cleaned:
            raise ValueError("a tag needs a name")
        with self._db.write() as session:
            tag = session.scalar(select(Tag).where(Tag.name == cleaned))
            if tag is None:
                tag = Tag(name=cleaned)
                session.add(tag)
                session.flush()
            present = session.scalar(
                select(person_tag.c.tag_id).where(
                    person_tag.c.person_id == person_id, person_tag.c.tag_id == tag.id
                )
            )
            if present is not None:
                return False
            session.execute(insert(person_tag).values(person_id=person_id, tag_id=tag.id))
        return True

    def remove_tag(self, person_id: int, name: str) -> bool:
        """Untag the person (the tag itself stays); False if they did not have it."""
        with self._db.write() as session:
            tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
            if tag_id is None:
                return False
            result = session.execute(
                delete(person_tag).where(
                    person_tag.c.person_id == person_id, person_tag.c.tag_id == tag_id
                )
            )
        return bool(getattr(result, "rowcount", 0))

    # -- facts ----------------------------------------------------------------------------

    def add_fact(self, person_id: int, kind: FactKind, text: str) -> int:
        """Remember something about the person; returns the fact's id."""
        cleaned = clean_text(text).text.strip()
        if not cleaned:
            raise ValueError("a fact needs some text")
        with self._db.write() as session:
            fact = Fact(person_id=person_id, kind=kind, text=cleaned)
            session.add(fact)
            session.flush()
            return fact.id

    def edit_fact(self, fact_id: int, kind: FactKind, text: str) -> FactData:
        """Change a fact's kind and text; returns the fact as it was."""
        cleaned = clean_text(text).text.strip()
        if not cleaned:
            raise ValueError("a fact needs some text")
        with self._db.write() as session:
            fact = session.get(Fact, fact_id)
            if fact is None:
                raise LookupError(fact_id)
            old = FactData(fact.id, fact.kind, fact.text, fact.created_at)
            fact.kind, fact.text = kind, cleaned
        return old

    def remove_fact(self, fact_id: int) -> FactData:
        """Forget a fact; returns it (for :meth:`restore_fact`)."""
        with self._db.write() as session:
            fact = session.get(Fact, fact_id)
            if fact is None:
                raise LookupError(fact_id)
            data = FactData(fact.id, fact.kind, fact.text, fact.created_at)
            session.delete(fact)
        return data

    def restore_fact(self, person_id: int, data: FactData) -> None:
        """Put back a removed fact with its old id and date."""
        with self._db.write() as session:
            values: dict[str, Any] = {
                "id": data.id,
                "person_id": person_id,
                "kind": data.kind,
                "text": data.text,
            }
            if data.created_at is not None:
                values["created_at"] = data.created_at
            session.execute(insert(Fact).values(**values))

    def people_named(self, text: str, limit: int = 20) -> tuple[tuple[int, str], ...]:
        """People whose folded name starts with ``text`` (for "introduced by")."""
        key = fold(clean_line(text).text)
        with self._db.read() as session:
            rows = session.execute(
                select(Person.id, Person.name)
                .where(Person.sort_key >= key, Person.sort_key < key + "\U0010ffff")
                .order_by(Person.sort_key)
                .limit(limit)
            ).all()
        return tuple((pid, name) for pid, name in rows)


def _clean(field: PersonField, value: Any, person_id: int) -> Any:
    if field in (PersonField.MET_EVENT, PersonField.INTRODUCED_BY):
        if field is PersonField.INTRODUCED_BY and value == person_id:
            raise ValueError("someone cannot introduce themself")
        return None if value is None else int(value)
    if field is PersonField.STATUS:
        return PersonStatus(value)
    if field is PersonField.CADENCE_DAYS:
        if value is None:
            return None
        days = int(value)
        if days < 1:
            raise ValueError("keep-in-touch cadence must be at least one day")
        return days
    if field in _MULTILINE:
        return clean_text(str(value)).text
    cleaned = clean_line(str(value), limit=LINE_MAX).text
    if field is PersonField.NAME and not cleaned:
        raise ValueError("a person needs a name")
    return cleaned
