"""Tidying the captures of an event: each becomes a new person or is merged into one, undoably.

Writes name the capture and the person by uid, are refused with ``RecordGone`` once either is
gone, and say what they changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from eventmate.domain.i18n import _
from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.domain.text import clean_line, clean_text, fold
from eventmate.services.changes import NOTHING, Changes, changes_of
from eventmate.services.clock import Clock, system_clock
from eventmate.services.records import deleted_unless_kept, require
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, ContactMethod, Event, Fact, Person

#: A contact detail to add: (kind, value).
Contact = tuple[ContactKind, str]
#: A fact to add: (kind, text).
NewFact = tuple[FactKind, str]

_NAME_END = re.compile(r"[,;:—–\-(\n]")


class TidyError(ValueError):
    """A request the user can fix (an empty name)."""


@dataclass(frozen=True, slots=True)
class CaptureItem:
    """A capture and whom it belongs to, if anyone yet."""

    uid: str
    raw_text: str
    captured_at: datetime
    event_uid: str | None
    person_uid: str | None
    person_name: str | None


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """Someone whose name matches what was typed."""

    uid: str
    name: str
    role: str
    organization: str


@dataclass(frozen=True, slots=True)
class PersonSide:
    """What a person already has, for the side-by-side merge preview."""

    uid: str
    name: str
    role: str
    organization: str
    recall_cues: str
    contacts: tuple[Contact, ...]
    facts: tuple[NewFact, ...]


@dataclass(frozen=True, slots=True)
class MergePreview:
    """The person as they are, and exactly what the capture would add."""

    person: PersonSide
    capture_text: str
    adds_recall_cues: str
    adds_contacts: tuple[Contact, ...]
    adds_facts: tuple[NewFact, ...]


@dataclass(frozen=True, slots=True)
class TidyUndo:
    """Exactly what a tidy step created and changed, so it can be taken back.

    ``changes`` says what the step changed (the person made or added to, the capture).
    Contact methods have no uid; their ids are never handed out twice.
    """

    capture_uid: str
    previous_capture_person: str | None
    person_uid: str
    created_person: bool
    previous_recall_cues: str
    previous_last_interaction: datetime | None
    contact_ids: tuple[int, ...] = field(default=())
    fact_uids: tuple[str, ...] = field(default=())
    changes: Changes = field(default=NOTHING, compare=False)


def suggested_name(raw_text: str) -> str:
    """The name a capture most likely starts with: the words before the first comma or dash."""
    head = _NAME_END.split(raw_text.strip(), maxsplit=1)[0]
    words = clean_line(head).text.split(" ")
    return " ".join(words[:4]) if words != [""] else ""


def _merged_cues(current: str, extra: str) -> str:
    if not extra or fold(extra) in fold(current):
        return current
    return f"{current}; {extra}" if current else extra


class TidyService:
    """Turns captures into people."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def captures(self, event_uid: str | None) -> tuple[CaptureItem, ...]:
        """An event's captures (None: captures with no event), in the order they were typed.

        An event that is gone has none.
        """
        query = select(
            Capture.uid, Capture.raw_text, Capture.captured_at, Event.uid, Person.uid, Person.name
        ).outerjoin(Person, Person.id == Capture.person_id)
        if event_uid is None:
            query = query.outerjoin(Event, Event.id == Capture.event_id).where(
                Capture.event_id.is_(None)
            )
        else:
            query = query.join(Event, Event.id == Capture.event_id).where(Event.uid == event_uid)
        with self._db.read() as session:
            rows = session.execute(query.order_by(Capture.captured_at, Capture.id).limit(500)).all()
        return tuple(CaptureItem(*row) for row in rows)

    def find_people(self, typed: str, limit: int = 12) -> tuple[PersonMatch, ...]:
        """People whose name (or a later word of it) starts with ``typed``, accent-insensitive."""
        key = fold(typed)
        if not key:
            return ()
        columns = (Person.uid, Person.name, Person.role, Person.organization)
        with self._db.read() as session:
            # A range on the indexed sort key finds name prefixes fast, even at 100k people.
            rows = session.execute(
                select(*columns)
                .where(Person.sort_key >= key, Person.sort_key < key + "\U0010ffff")
                .order_by(Person.sort_key, Person.id)
                .limit(limit)
            ).all()
            if len(rows) < limit:
                seen = {row[0] for row in rows}
                more = session.execute(
                    select(*columns)
                    .where(Person.sort_key.like(f"% {_escape(key)}%", escape="\\"))
                    .order_by(Person.sort_key, Person.id)
                    .limit(limit)
                ).all()
                rows = [*rows, *(row for row in more if row[0] not in seen)][:limit]
        return tuple(PersonMatch(*row) for row in rows)

    def make_person(
        self,
        capture_uid: str,
        name: str,
        *,
        recall_cues: str = "",
        contacts: tuple[Contact, ...] = (),
        facts: tuple[NewFact, ...] = (),
    ) -> TidyUndo:
        """A new person from a capture, with cues, contact details and facts; linked to it."""
        clean_name = clean_line(name).text
        if not clean_name:
            raise TidyError(_("Type the person's name."))
        with self._db.write() as session:
            capture = require(session, Capture, capture_uid)
            previous = self._person_uid(session, capture.person_id)
            person = Person(
                name=clean_name,
                sort_key=fold(clean_name),
                recall_cues=clean_text(recall_cues, limit=2000).text.strip(),
                met_event_id=capture.event_id,
                first_met_at=capture.captured_at,
                last_interaction_at=capture.captured_at,
                created_at=self._clock(),
                updated_at=self._clock(),
            )
            session.add(person)
            session.flush()
            undo = TidyUndo(capture.uid, previous, person.uid, True, "", None)
            step = self._attach(session, undo, capture, person, contacts, facts)
        return _with_changes(step, changes_of(session))

    def preview_merge(
        self,
        capture_uid: str,
        person_uid: str,
        *,
        recall_cues: str = "",
        contacts: tuple[Contact, ...] = (),
        facts: tuple[NewFact, ...] = (),
    ) -> MergePreview:
        """What the person has now and what merging the capture into them would add."""
        with self._db.read() as session:
            capture = require(session, Capture, capture_uid)
            person = require(session, Person, person_uid)
            side = PersonSide(
                person.uid,
                person.name,
                person.role,
                person.organization,
                person.recall_cues,
                tuple((c.kind, c.value) for c in person.contact_methods),
                tuple((f.kind, f.text) for f in person.facts),
            )
        cues = clean_text(recall_cues, limit=2000).text.strip()
        return MergePreview(
            side,
            capture.raw_text,
            "" if _merged_cues(side.recall_cues, cues) == side.recall_cues else cues,
            _new_contacts(side.contacts, contacts),
            _new_facts(side.facts, facts),
        )

    def merge(
        self,
        capture_uid: str,
        person_uid: str,
        *,
        recall_cues: str = "",
        contacts: tuple[Contact, ...] = (),
        facts: tuple[NewFact, ...] = (),
    ) -> TidyUndo:
        """Link a capture to an existing person and add what it brings (never duplicates)."""
        with self._db.write() as session:
            capture = require(session, Capture, capture_uid)
            person = require(session, Person, person_uid)
            undo = TidyUndo(
                capture.uid,
                self._person_uid(session, capture.person_id),
                person.uid,
                False,
                person.recall_cues,
                person.last_interaction_at,
            )
            person.recall_cues = _merged_cues(
                person.recall_cues, clean_text(recall_cues, limit=2000).text.strip()
            )
            existing_contacts = tuple((c.kind, c.value) for c in person.contact_methods)
            existing_facts = tuple((f.kind, f.text) for f in person.facts)
            step = self._attach(
                session,
                undo,
                capture,
                person,
                _new_contacts(existing_contacts, contacts),
                _new_facts(existing_facts, facts),
            )
        return _with_changes(step, changes_of(session))

    def _attach(
        self,
        session: Session,
        undo: TidyUndo,
        capture: Capture,
        person: Person,
        contacts: tuple[Contact, ...],
        facts: tuple[NewFact, ...],
    ) -> TidyUndo:
        capture.person_id = person.id
        if person.last_interaction_at is None or person.last_interaction_at < capture.captured_at:
            person.last_interaction_at = capture.captured_at
        contact_rows = [
            ContactMethod(person_id=person.id, kind=kind, value=clean_line(value).text)
            for kind, value in contacts
            if clean_line(value).text
        ]
        fact_rows = [
            Fact(
                person_id=person.id,
                kind=kind,
                text=clean_text(text, limit=2000).text.strip(),
                capture_id=capture.id,
                created_at=self._clock(),
            )
            for kind, text in facts
            if text.strip()
        ]
        session.add_all([*contact_rows, *fact_rows])
        session.flush()
        return TidyUndo(
            undo.capture_uid,
            undo.previous_capture_person,
            undo.person_uid,
            undo.created_person,
            undo.previous_recall_cues,
            undo.previous_last_interaction,
            tuple(row.id for row in contact_rows),
            tuple(row.uid for row in fact_rows),
        )

    def undo(self, step: TidyUndo) -> Changes:
        """Take back a tidy step: remove what it created, restore what it changed.

        Refused with ``RecordGone`` (nothing changed) if the capture or the person is gone.
        If the person the capture belonged to before is gone, it goes back to nobody.
        """
        with self._db.write() as session:
            capture = require(session, Capture, step.capture_uid)
            person = require(session, Person, step.person_uid)
            previous = None
            if step.previous_capture_person is not None:
                previous = session.scalar(
                    select(Person.id).where(Person.uid == step.previous_capture_person)
                )
            capture.person_id = previous
            session.flush()
            if step.created_person:
                # On a server, others in the team may have written about them: they stay.
                deleted_unless_kept(session, delete(Person).where(Person.id == person.id))
            else:
                if step.contact_ids:
                    session.execute(
                        delete(ContactMethod).where(
                            ContactMethod.id.in_(step.contact_ids),
                            ContactMethod.person_id == person.id,
                        )
                    )
                if step.fact_uids:
                    session.execute(
                        delete(Fact).where(
                            Fact.uid.in_(step.fact_uids), Fact.person_id == person.id
                        )
                    )
                session.execute(
                    update(Person)
                    .where(Person.id == person.id)
                    .values(
                        recall_cues=step.previous_recall_cues,
                        last_interaction_at=step.previous_last_interaction,
                    )
                )
        return changes_of(session)

    @staticmethod
    def _person_uid(session: Session, person_id: int | None) -> str | None:
        if person_id is None:
            return None
        return session.scalar(select(Person.uid).where(Person.id == person_id))


def _with_changes(step: TidyUndo, changes: Changes) -> TidyUndo:
    return replace(step, changes=changes)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _new_contacts(
    existing: tuple[Contact, ...], wanted: tuple[Contact, ...]
) -> tuple[Contact, ...]:
    have = {(kind, fold(value)) for kind, value in existing}
    out: list[Contact] = []
    for kind, value in wanted:
        clean = clean_line(value).text
        if clean and (kind, fold(clean)) not in have:
            have.add((kind, fold(clean)))
            out.append((kind, clean))
    return tuple(out)


def _new_facts(existing: tuple[NewFact, ...], wanted: tuple[NewFact, ...]) -> tuple[NewFact, ...]:
    have = {fold(text) for _kind, text in existing}
    out: list[NewFact] = []
    for kind, text in wanted:
        clean = clean_text(text, limit=2000).text.strip()
        if clean and fold(clean) not in have:
            have.add(fold(clean))
            out.append((kind, clean))
    return tuple(out)
