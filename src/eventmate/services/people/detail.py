"""One person, every field: read it whole and change one field at a time (undo-friendly).

Every write names the person (or fact) by uid and is refused with ``RecordGone`` if it is
gone; it returns what it replaced or made with the :class:`Changes` it caused (a
:class:`Written`), so the GUI's undo can put it back exactly with the same calls.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import OperationalError

from eventmate.domain.i18n import _
from eventmate.domain.kinds import ContactKind, FactKind, PersonStatus
from eventmate.domain.text import clean_line, clean_text, fold
from eventmate.services.changes import Changes, changes_of
from eventmate.services.people.person_fields import LINKS, cleaned, stored_fields
from eventmate.services.people.person_fields import PersonField as PersonField
from eventmate.services.records import require, require_current, require_id, version_now
from eventmate.storage.engine import Database
from eventmate.storage.failures import FailureKind, StorageFailure
from eventmate.storage.models import ContactMethod, Event, Fact, Person, Tag, person_tag

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


class SaveFailed(RuntimeError):
    """The database refused the change (busy with another program, read-only, disk full).

    ``kind`` says which, when known.
    """

    def __init__(self, message: str, kind: FailureKind | None = None) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Written(Generic[T]):
    """What a write gives back: ``value`` (what it replaced, removed or made) and its changes."""

    value: T
    changes: Changes
    #: The written record's version after the write (0 when the write has no one record).
    version: int = 0


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
    uid: str = ""
    #: The fact's version as read (one more with every change to its row, by anyone).
    version: int = 0


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
    met_event_uid: str | None = None
    introduced_by_uid: str | None = None
    #: What I could offer them (a recording, an introduction): a private note.
    could_offer: str = ""
    #: The person's version as read (one more with every change to their row, by anyone).
    version: int = 0

    def value(self, field: PersonField) -> Any:
        """The current value of ``field`` (the uid of a linked event or person)."""
        if field is PersonField.MET_EVENT:
            return self.met_event_uid
        if field is PersonField.INTRODUCED_BY:
            return self.introduced_by_uid
        return getattr(self, field.value)


class PersonDetailService:
    """Reads and edits one person."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, person_uid: str) -> PersonDetail:
        """Everything about the person; raises ``RecordGone`` if they are gone."""
        with self._db.read() as session:
            person = require(session, Person, person_uid)
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
                facts=tuple(_fact(f) for f in person.facts),
                met_event_uid=met.uid if met else None,
                introduced_by_uid=intro.uid if intro else None,
                could_offer=person.could_offer,
                version=person.version,
            )

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A write whose database refusal (locked, read-only, full) becomes :class:`SaveFailed`."""
        try:
            with self._db.write() as session:
                yield session
        except StorageFailure as failure:
            raise SaveFailed(failure.message, failure.kind) from failure
        except OperationalError as error:
            raise SaveFailed(str(error.orig)) from error

    # -- plain fields ---------------------------------------------------------------------

    def set_field(
        self, person_uid: str, field: PersonField, value: Any, *, version: int | None = None
    ) -> Written[Any]:
        """Set one field (cleaned); returns the value it replaced.

        ``MET_EVENT`` and ``INTRODUCED_BY`` take (and give back) the linked record's uid.
        ``version``: the version of the person the user edited (see :meth:`set_fields`).

        Raises:
            ValueError: an empty name, a cadence below one day, or linking a person to themself.
            RecordGone: the person (or the event or person linked) is gone.
            StaleEdit: ``version`` given, and the person changed since; nothing was saved.
            SaveFailed: the database could not take the change (locked, read-only, full).
        """
        written = self.set_fields(person_uid, {field: value}, version=version)
        return Written(written.value[field], written.changes, written.version)

    def set_fields(
        self, person_uid: str, values: Mapping[PersonField, Any], *, version: int | None = None
    ) -> Written[dict[PersonField, Any]]:
        """Set several fields in one write; returns the values they replaced.

        With ``version`` (the person as the user saw them) a person changed since, by anyone,
        is not written: :class:`StaleEdit` carries the typed values (``mine``, by field name)
        and every field as stored now (``theirs``). Errors as :meth:`set_field`.
        """
        clean = {field: cleaned(field, value, person_uid) for field, value in values.items()}
        mine = {field.value: value for field, value in clean.items()}
        olds: dict[PersonField, Any] = {}
        with self._write() as session:
            person = require_current(
                session,
                Person,
                person_uid,
                version,
                mine=mine,
                theirs=lambda row: stored_fields(session, row),
            )
            for field, value in clean.items():
                column = field.value
                old = getattr(person, column)
                if field in LINKS:
                    model = LINKS[field]
                    if old is not None:
                        old = session.scalar(select(model.uid).where(model.id == old))
                    value = None if value is None else require_id(session, model, value)
                setattr(person, column, value)
                if field is PersonField.NAME:
                    person.sort_key = fold(value)
                olds[field] = old
            version = version_now(session, Person, person.id)
        return Written(olds, changes_of(session), version)

    # -- contact methods ------------------------------------------------------------------

    def add_contact(
        self, person_uid: str, kind: ContactKind, value: str, label: str = ""
    ) -> Written[int]:
        """Add a contact method; gives its id. Raises ValueError when ``value`` is empty."""
        cleaned = clean_line(value, limit=1000).text
        if not cleaned:
            raise ValueError(_("a contact method needs a value"))
        with self._write() as session:
            contact = ContactMethod(
                person_id=require_id(session, Person, person_uid),
                kind=kind,
                value=cleaned,
                label=clean_line(label, limit=100).text,
            )
            session.add(contact)
            session.flush()
            contact_id = contact.id
        return Written(contact_id, changes_of(session))

    def remove_contact(self, person_uid: str, contact_id: int) -> Written[ContactData]:
        """Remove one of the person's contact methods; gives it (for :meth:`restore_contact`).

        Raises ``RecordGone`` if the person is gone, LookupError if the contact method is.
        """
        with self._write() as session:
            person_id = require_id(session, Person, person_uid)
            contact = session.get(ContactMethod, contact_id)
            if contact is None or contact.person_id != person_id:
                raise LookupError(contact_id)
            data = ContactData(contact.id, contact.kind, contact.value, contact.label)
            session.delete(contact)
        return Written(data, changes_of(session))

    def restore_contact(self, person_uid: str, data: ContactData) -> Changes:
        """Put back a removed contact method with its old id."""
        with self._write() as session:
            session.execute(
                insert(ContactMethod).values(
                    id=data.id,
                    person_id=require_id(session, Person, person_uid),
                    kind=data.kind,
                    value=data.value,
                    label=data.label,
                )
            )
        return changes_of(session)

    # -- tags -----------------------------------------------------------------------------

    def add_tag(self, person_uid: str, name: str) -> Written[bool]:
        """Tag the person (the tag is made if new); False if they already had it."""
        cleaned = clean_line(name, limit=100).text
        if not cleaned:
            raise ValueError(_("a tag needs a name"))
        with self._write() as session:
            person_id = require_id(session, Person, person_uid)
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
            if present is None:
                session.execute(insert(person_tag).values(person_id=person_id, tag_id=tag.id))
        return Written(present is None, changes_of(session))

    def remove_tag(self, person_uid: str, name: str) -> Written[bool]:
        """Untag the person (the tag itself stays); False if they did not have it."""
        with self._write() as session:
            person_id = require_id(session, Person, person_uid)
            tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
            removed = 0
            if tag_id is not None:
                result = session.execute(
                    delete(person_tag).where(
                        person_tag.c.person_id == person_id, person_tag.c.tag_id == tag_id
                    )
                )
                removed = int(getattr(result, "rowcount", 0) or 0)
        return Written(bool(removed), changes_of(session))

    # -- facts ----------------------------------------------------------------------------

    def add_fact(self, person_uid: str, kind: FactKind, text: str) -> Written[str]:
        """Remember something about the person; gives the new fact's uid."""
        cleaned = clean_text(text).text.strip()
        if not cleaned:
            raise ValueError(_("a fact needs some text"))
        with self._write() as session:
            fact = Fact(person_id=require_id(session, Person, person_uid), kind=kind, text=cleaned)
            session.add(fact)
            session.flush()
            uid = fact.uid
        return Written(uid, changes_of(session))

    def edit_fact(
        self, fact_uid: str, kind: FactKind, text: str, *, version: int | None = None
    ) -> Written[FactData]:
        """Change a fact's kind and text; gives the fact as it was (and its new version).
        With ``version`` (as the user saw it) a fact changed since raises ``StaleEdit``."""
        cleaned = clean_text(text).text.strip()
        if not cleaned:
            raise ValueError(_("a fact needs some text"))
        with self._write() as session:
            fact = require_current(
                session, Fact, fact_uid, version, mine=_fact_fields(kind, cleaned), theirs=_theirs
            )
            old = _fact(fact)
            fact.kind, fact.text = kind, cleaned
            new_version = version_now(session, Fact, fact.id)
        return Written(old, changes_of(session), new_version)

    def remove_fact(self, fact_uid: str, *, version: int | None = None) -> Written[FactData]:
        """Forget a fact; gives it (for :meth:`restore_fact`). With ``version``, a fact changed
        since the user saw it is not removed (``StaleEdit``, whose ``mine`` is empty)."""
        with self._write() as session:
            fact = require_current(session, Fact, fact_uid, version, theirs=_theirs)
            data = _fact(fact)
            session.delete(fact)
        return Written(data, changes_of(session))

    def restore_fact(self, person_uid: str, data: FactData) -> Changes:
        """Put back a removed fact with its old id, uid and date."""
        with self._write() as session:
            values: dict[str, Any] = {
                "id": data.id,
                "person_id": require_id(session, Person, person_uid),
                "kind": data.kind,
                "text": data.text,
            }
            if data.uid:
                values["uid"] = data.uid
            if data.created_at is not None:
                values["created_at"] = data.created_at
            session.execute(insert(Fact).values(**values))
        return changes_of(session)

    def people_named(self, text: str, limit: int = 20) -> tuple[tuple[str, str], ...]:
        """``(uid, name)`` of people whose folded name starts with ``text`` ("introduced by")."""
        key = fold(clean_line(text).text)
        with self._db.read() as session:
            rows = session.execute(
                select(Person.uid, Person.name)
                .where(Person.sort_key >= key, Person.sort_key < key + "\U0010ffff")
                .order_by(Person.sort_key)
                .limit(limit)
            ).all()
        return tuple((uid, name) for uid, name in rows)


def _fact(fact: Fact) -> FactData:
    return FactData(fact.id, fact.kind, fact.text, fact.created_at, fact.uid, fact.version)


def _fact_fields(kind: FactKind, text: str) -> dict[str, Any]:
    return {"kind": FactKind(kind), "text": text}


def _theirs(fact: Fact) -> dict[str, Any]:
    return _fact_fields(fact.kind, fact.text)
