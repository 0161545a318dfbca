"""Capturing people during a break: the typed text kept verbatim, and what it means, in one write.

Every capture is one short write transaction (``BEGIN IMMEDIATE`` … durable ``COMMIT``): the raw
text always, plus the person, facts, tags, promises and note the capture syntax finds
(:mod:`eventmate.domain.capture_syntax`). A pasted batch of lines is *all or nothing*: one user
action, one unit of work, so a failure never leaves half a paste stored and the whole paste
stays in the input to try again.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from eventmate.domain.capture_syntax import ParsedCapture, parse_capture
from eventmate.domain.text import TEXT_MAX, clean_line, clean_text, fold
from eventmate.services.capture_context import (
    BreakStatus,
    CaptureContextService,
    EventChoice,
    event_end,
)
from eventmate.services.capture_undo import UndoRecord, UndoResult, undo_capture
from eventmate.services.clock import Clock, system_clock
from eventmate.services.name_suggestions import NameSuggester, PersonSuggestion
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Break,
    Capture,
    Event,
    Fact,
    FollowUp,
    Note,
    Person,
    Tag,
    person_tag,
)

#: A promise is due this long after the event ends (or after the capture, without an event).
DEFAULT_DUE = timedelta(hours=72)
#: Longest tag name (the column's size).
TAG_MAX = 100

__all__ = [
    "DEFAULT_DUE",
    "BreakStatus",
    "CaptureResult",
    "CaptureService",
    "EventChoice",
    "NothingToCapture",
    "PersonSuggestion",
    "RecentCapture",
    "UndoResult",
    "UnknownRecord",
]


class NothingToCapture(ValueError):
    """The text was empty or only whitespace: nothing is stored."""


class UnknownRecord(LookupError):
    """An event, person or capture id that does not exist (any more)."""


@dataclass(frozen=True, slots=True)
class CaptureResult:
    """What one capture stored.

    Attributes:
        capture_id: The stored capture.
        raw_text: The text stored verbatim (cleaned: NFC, no control characters).
        event_id: The event it is assigned to, if any.
        person_id: The person it created or was linked to; None when kept to tidy later.
        person_name: That person's name.
        person_created: Whether a new person was made.
        descriptor: The recall cue typed instead of a name ("cellist, red scarf").
        role: Role or instrument found.
        organization: Organisation or ensemble found.
        facts: Facts stored on the person.
        tags: Tags linked to the person.
        follow_ups: Promises stored (``!`` mine, ``?`` theirs).
        note: Note text stored on the person.
        kept_to_tidy: True when no person was linked: the capture waits to be tidied.
        truncated: Whether the text was longer than the cap and was cut.
        remainder: The cut-off part (never stored here; the caller keeps it for the user).
    """

    capture_id: int
    raw_text: str
    event_id: int | None
    person_id: int | None
    person_name: str | None
    person_created: bool
    descriptor: str | None
    role: str | None
    organization: str | None
    facts: tuple[str, ...]
    tags: tuple[str, ...]
    follow_ups: tuple[str, ...]
    note: str | None
    kept_to_tidy: bool
    truncated: bool
    remainder: str


@dataclass(frozen=True, slots=True)
class RecentCapture:
    """A capture as the "last captures" list shows it."""

    id: int
    raw_text: str
    captured_at: datetime
    event_id: int | None
    person_id: int | None
    person_name: str | None


def cap_text(text: str, limit: int = TEXT_MAX) -> tuple[str, str]:
    """Clean ``text`` and split it at ``limit`` characters: (what is stored, what is left)."""
    cleaned = clean_text(text, limit=sys.maxsize).text
    return cleaned[:limit], cleaned[limit:]


class CaptureService:
    """Stores captures, undoes them, and answers what capture mode shows."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock
        self.context = CaptureContextService(database)
        self.names = NameSuggester(database)
        # What each capture made in this session, newest last: exact undo, Ctrl+Z order.
        self._undo: dict[int, UndoRecord] = {}

    # -- reading ----------------------------------------------------------------------------

    def preview(self, text: str) -> ParsedCapture:
        """What ``text`` would store (the parse only; nothing is written)."""
        return parse_capture(text)

    def suggest_people(self, prefix_or_name: str, limit: int = 5) -> tuple[PersonSuggestion, ...]:
        """Existing people the name being typed may mean (see :class:`NameSuggester`)."""
        return self.names.suggest(prefix_or_name, limit)

    def current_event(self, now: datetime | None = None) -> EventChoice | None:
        """The event running now, or starting or ended within a few hours."""
        return self.context.current_event(now or self._clock())

    def current_break(self, event_id: int, now: datetime | None = None) -> BreakStatus | None:
        """The break of ``event_id`` on now (with minutes left), else its next break today."""
        return self.context.current_break(event_id, now or self._clock())

    def event_choices(self) -> tuple[EventChoice, ...]:
        """Events near today for the event picker, nearest first."""
        return self.context.event_choices(self._clock())

    def recent(self, limit: int = 5) -> tuple[RecentCapture, ...]:
        """The latest captures, newest first."""
        with self._db.read() as session:
            rows = session.execute(
                select(
                    Capture.id,
                    Capture.raw_text,
                    Capture.captured_at,
                    Capture.event_id,
                    Capture.person_id,
                    Person.name,
                )
                .outerjoin(Person, Person.id == Capture.person_id)
                .order_by(Capture.captured_at.desc(), Capture.id.desc())
                .limit(limit)
            ).all()
        return tuple(RecentCapture(*row) for row in rows)

    @property
    def can_undo(self) -> bool:
        """Whether a capture made in this session can still be undone."""
        return bool(self._undo)

    # -- writing ----------------------------------------------------------------------------

    def capture(
        self, text: str, event_id: int | None = None, person_id: int | None = None
    ) -> CaptureResult:
        """Store one capture durably: the text verbatim and what it means.

        Args:
            text: What was typed (one line; newlines are read as spaces by the parser).
            event_id: The event it belongs to, or None to assign it later.
            person_id: An existing person the user picked from the suggestions: the capture
                is linked to them and the facts are added there, instead of a new person.

        Raises:
            NothingToCapture: ``text`` is empty or whitespace.
            UnknownRecord: ``event_id`` or ``person_id`` does not exist.
        """
        stored, remainder = cap_text(text)
        if not stored.strip():
            raise NothingToCapture(text)
        now = self._clock()
        with self._db.write() as session:
            result, record = self._store(session, stored, remainder, event_id, person_id, now)
        self._remember(record)
        return result

    def capture_many(
        self, lines: Iterable[str], event_id: int | None = None
    ) -> list[CaptureResult]:
        """Store pasted notes, one capture per non-blank line, all in one transaction.

        Raises:
            NothingToCapture: no line has any text.
            UnknownRecord: ``event_id`` does not exist (nothing is stored).
        """
        pieces = [cap_text(line) for line in lines]
        pieces = [(stored, rest) for stored, rest in pieces if stored.strip()]
        if not pieces:
            raise NothingToCapture("")
        now = self._clock()
        results: list[CaptureResult] = []
        records: list[UndoRecord] = []
        with self._db.write() as session:
            for stored, remainder in pieces:
                result, record = self._store(session, stored, remainder, event_id, None, now)
                results.append(result)
                records.append(record)
        for record in records:
            self._remember(record)
        return results

    def assign_event(self, capture_ids: Sequence[int], event_id: int) -> int:
        """Assign captures made without an event to ``event_id``; returns how many changed.

        The people those captures created are marked as met there, and their promises
        are linked to the event too.
        """
        ids = list(capture_ids)
        with self._db.write() as session:
            if session.get(Event, event_id) is None:
                raise UnknownRecord(f"event {event_id}")
            unassigned = list(
                session.scalars(
                    select(Capture.id).where(Capture.id.in_(ids), Capture.event_id.is_(None))
                )
            )
            if not unassigned:
                return 0
            session.execute(
                update(Capture).where(Capture.id.in_(unassigned)).values(event_id=event_id)
            )
            session.execute(
                update(FollowUp)
                .where(FollowUp.capture_id.in_(unassigned), FollowUp.event_id.is_(None))
                .values(event_id=event_id)
            )
            created = [
                record.person_id
                for cid in unassigned
                if (record := self._undo.get(cid)) is not None and record.person_created
            ]
            if created:
                session.execute(
                    update(Person)
                    .where(Person.id.in_(created), Person.met_event_id.is_(None))
                    .values(met_event_id=event_id)
                )
        return len(unassigned)

    def undo_last(self) -> UndoResult | None:
        """Undo the newest capture made in this session; None when there is none left."""
        if not self._undo:
            return None
        return self.undo(next(reversed(self._undo)))

    def undo(self, capture_id: int) -> UndoResult:
        """Remove exactly what capture ``capture_id`` created, and the capture itself.

        The person goes only when the capture created them and nothing else refers to them.

        Raises:
            UnknownRecord: there is no such capture (already undone?).
        """
        record = self._undo.get(capture_id)
        with self._db.write() as session:
            result = undo_capture(session, capture_id, record)
        if result is None:
            self._undo.pop(capture_id, None)
            raise UnknownRecord(f"capture {capture_id}")
        self._undo.pop(capture_id, None)
        if result.person_removed is not None and result.person_id is not None:
            self.names.forget(result.person_id)
        return result

    def _remember(self, record: UndoRecord) -> None:
        self._undo[record.capture_id] = record

    def _store(
        self,
        session: Session,
        stored: str,
        remainder: str,
        event_id: int | None,
        person_id: int | None,
        now: datetime,
    ) -> tuple[CaptureResult, UndoRecord]:
        parsed = parse_capture(stored)
        event = None
        if event_id is not None:
            event = session.get(Event, event_id)
            if event is None:
                raise UnknownRecord(f"event {event_id}")
        capture = Capture(
            raw_text=stored,
            event_id=event_id,
            break_id=_break_at(session, event_id, now) if event_id is not None else None,
            captured_at=now,
        )
        session.add(capture)
        person, created, record = self._person_for(session, parsed, event_id, person_id, now)
        if person is not None:
            capture.person_id = person.id
        session.flush()
        record.capture_id = capture.id
        due = (event_end(event.starts_at, event.ends_at) if event else now) + DEFAULT_DUE
        for follow in parsed.follow_ups:
            session.add(
                FollowUp(
                    person_id=person.id if person else None,
                    event_id=event_id,
                    capture_id=capture.id,
                    direction=follow.direction,
                    kind=follow.kind,
                    text=follow.text,
                    due_at=due,
                    created_at=now,
                )
            )
        tags: tuple[str, ...] = ()
        if person is not None:
            for fact in parsed.facts:
                session.add(
                    Fact(
                        person_id=person.id,
                        kind=fact.kind,
                        text=fact.text,
                        capture_id=capture.id,
                        created_at=now,
                    )
                )
            note = _note_text(parsed, person, created)
            if note:
                session.add(
                    Note(
                        person_id=person.id,
                        event_id=event_id,
                        capture_id=capture.id,
                        text=note,
                        created_at=now,
                        updated_at=now,
                    )
                )
            tags = _link_tags(session, person.id, parsed.tags, record)
        session.flush()
        linked = person is not None
        result = CaptureResult(
            capture_id=capture.id,
            raw_text=stored,
            event_id=event_id,
            person_id=person.id if person else None,
            person_name=person.name if person else None,
            person_created=created,
            descriptor=parsed.descriptor,
            role=parsed.role,
            organization=parsed.organization,
            facts=tuple(f.text for f in parsed.facts) if linked else (),
            tags=tags,
            follow_ups=tuple(f.text for f in parsed.follow_ups),
            note=parsed.note if linked else None,
            kept_to_tidy=not linked,
            truncated=bool(remainder),
            remainder=remainder,
        )
        return result, record

    def _person_for(
        self,
        session: Session,
        parsed: ParsedCapture,
        event_id: int | None,
        person_id: int | None,
        now: datetime,
    ) -> tuple[Person | None, bool, UndoRecord]:
        """The person the capture is about: the one picked, a new one for a name, or none."""
        if person_id is not None:
            person = session.get(Person, person_id)
            if person is None:
                raise UnknownRecord(f"person {person_id}")
            record = UndoRecord(
                person_id=person.id, previous_interaction=person.last_interaction_at
            )
            # Fill only what is empty: a picked person's details are never overwritten.
            if parsed.role and not person.role:
                person.role = parsed.role
                record.filled_role = True
            if parsed.organization and not person.organization:
                person.organization = parsed.organization
                record.filled_organization = True
            person.last_interaction_at = now
            return person, False, record
        if parsed.name is None:
            return None, False, UndoRecord()
        person = Person(
            name=parsed.name,
            sort_key=fold(parsed.name),
            role=parsed.role or "",
            organization=parsed.organization or "",
            met_event_id=event_id,
            first_met_at=now,
            last_interaction_at=now,
            created_at=now,
            updated_at=now,
        )
        session.add(person)
        session.flush()
        return person, True, UndoRecord(person_id=person.id, person_created=True)


def _break_at(session: Session, event_id: int | None, now: datetime) -> int | None:
    for break_id, starts_at, minutes in session.execute(
        select(Break.id, Break.starts_at, Break.minutes).where(Break.event_id == event_id)
    ):
        if starts_at <= now < starts_at + timedelta(minutes=minutes):
            return int(break_id)
    return None


def _note_text(parsed: ParsedCapture, person: Person, created: bool) -> str:
    """The note to store: leftover text, plus details that differ from a picked person's."""
    parts = [parsed.note] if parsed.note else []
    if not created:
        differing = [
            value
            for value, current in (
                (parsed.role, person.role),
                (parsed.organization, person.organization),
            )
            if value and fold(value) != fold(current)
        ]
        if differing:
            parts.append("(" + ", ".join(differing) + ")")
    return " ".join(parts)


def _link_tags(
    session: Session, person_id: int, names: tuple[str, ...], record: UndoRecord
) -> tuple[str, ...]:
    """Get or create each tag and link it to the person; note what was new for undo."""
    linked: list[str] = []
    for raw in names:
        name = clean_line(raw, limit=TAG_MAX).text
        if not name or name in linked:
            continue
        tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
        if tag_id is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            tag_id = tag.id
            record.tags_created.append(tag_id)
        exists = session.scalar(
            select(person_tag.c.tag_id).where(
                person_tag.c.person_id == person_id, person_tag.c.tag_id == tag_id
            )
        )
        if exists is None:
            session.execute(person_tag.insert().values(person_id=person_id, tag_id=tag_id))
            record.tag_links_created.append(tag_id)
        linked.append(name)
    return tuple(linked)
