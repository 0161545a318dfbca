"""Writing one capture and what it means, with few, indexed Core statements (Enter must be fast).

Two steps: :func:`store_words` (the text alone, its own durable write when Enter is pressed)
and :func:`store_meaning` (person, facts, tags, promises, note); :func:`store_capture` runs both
in one transaction for pasted batches.

The ORM unit of work costs several milliseconds per capture in flushes alone; a capture is a
handful of plain inserts, so they are issued directly inside the caller's write transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session

from eventmate.domain.capture_syntax import ParsedCapture, parse_capture
from eventmate.domain.text import clean_line, fold
from eventmate.services.capture.context import event_end
from eventmate.services.capture.result import CaptureResult, UnknownRecord
from eventmate.services.capture.undo import UndoRecord
from eventmate.storage.models import (
    Break,
    Capture,
    Event,
    Fact,
    FollowUp,
    Note,
    Person,
    Tag,
    new_uid,
    person_tag,
)

#: A promise is due this long after the event ends (or after the capture, without an event).
DEFAULT_DUE = timedelta(hours=72)
#: Longest tag name (the column's size).
TAG_MAX = 100


# Built once: constructing statements per capture costs more than running them.
_EVENT_AND_BREAKS = (
    select(Event.starts_at, Event.ends_at, Break.id, Break.starts_at, Break.minutes)
    .outerjoin(Break, Break.event_id == Event.id)
    .where(Event.id == bindparam("event_id"))
)
_PICKED_PERSON = select(
    Person.name, Person.role, Person.organization, Person.last_interaction_at, Person.uid
).where(Person.id == bindparam("person_id"))
_TOUCH_PERSON = (
    update(Person)
    .where(Person.id == bindparam("person_id"))
    .values(
        role=bindparam("role"),
        organization=bindparam("organization"),
        last_interaction_at=bindparam("now"),
    )
)
_TAGS_NAMED = select(Tag.name, Tag.id).where(Tag.name.in_(bindparam("names", expanding=True)))
_LINKED_TAGS = select(person_tag.c.tag_id).where(
    person_tag.c.person_id == bindparam("person_id"),
    person_tag.c.tag_id.in_(bindparam("tag_ids", expanding=True)),
)
_INSERT = {model: insert(model) for model in (Capture, Fact, FollowUp, Note, Person, Tag)}
_INSERT_LINK = insert(person_tag)
_LINK_CAPTURE = (
    update(Capture)
    .where(Capture.id == bindparam("capture_id"))
    .values(person_id=bindparam("person_id"))
)


@dataclass(frozen=True, slots=True)
class _Person:
    id: int
    uid: str
    name: str
    role: str
    organization: str


@dataclass(frozen=True, slots=True)
class StoredWords:
    """The first step of a capture: its raw text stored, and what the second step needs."""

    capture_id: int
    #: When promises made in this capture fall due (72 hours after the event, or now).
    due: datetime
    capture_uid: str = ""


def store_capture(
    session: Session,
    stored: str,
    remainder: str,
    event_id: int | None,
    person_id: int | None,
    now: datetime,
) -> tuple[CaptureResult, UndoRecord]:
    """Both steps of a capture in the caller's one write transaction (pasted batches).

    Raises:
        UnknownRecord: ``event_id`` or ``person_id`` does not exist.
    """
    words = store_words(session, stored, event_id, person_id, now)
    return store_meaning(session, words, stored, remainder, event_id, person_id, now)


def store_words(
    session: Session, stored: str, event_id: int | None, person_id: int | None, now: datetime
) -> StoredWords:
    """Insert the capture's text verbatim (linked to a picked person), and nothing else.

    The event and the picked person are checked here, so the second step can only fail for
    reasons outside the capture (a full disk, a lock).

    Raises:
        UnknownRecord: ``event_id`` or ``person_id`` does not exist.
    """
    conn = session.connection()
    due, break_id = _event_facts(conn, event_id, now)
    if (
        person_id is not None
        and conn.execute(_PICKED_PERSON, {"person_id": person_id}).first() is None
    ):
        raise UnknownRecord(f"person {person_id}")
    capture_uid = new_uid()
    capture_id = _insert(
        conn,
        Capture,
        {
            "uid": capture_uid,
            "raw_text": stored,
            "event_id": event_id,
            "break_id": break_id,
            "person_id": person_id,
            "captured_at": now,
            "is_sample": False,
        },
    )
    return StoredWords(capture_id, due, capture_uid)


def store_meaning(
    session: Session,
    words: StoredWords,
    stored: str,
    remainder: str,
    event_id: int | None,
    person_id: int | None,
    now: datetime,
) -> tuple[CaptureResult, UndoRecord]:
    """Store what the capture's text says: its person, facts, tags, promises and note.

    Raises:
        UnknownRecord: the picked ``person_id`` was deleted since :func:`store_words`.
    """
    parsed = parse_capture(stored)
    conn = session.connection()
    capture_id, due = words.capture_id, words.due
    person, created, record = _person_for(conn, parsed, event_id, person_id, now)
    pid = person.id if person else None
    if created:
        conn.execute(_LINK_CAPTURE, {"capture_id": capture_id, "person_id": pid})
    record.capture_id = capture_id
    record.capture_uid = words.capture_uid
    if parsed.follow_ups:
        conn.execute(
            _INSERT[FollowUp],
            [
                {
                    "person_id": pid,
                    "event_id": event_id,
                    "capture_id": capture_id,
                    "direction": follow.direction,
                    "kind": follow.kind,
                    "text": follow.text,
                    "due_at": due,
                    "status": "open",
                    "status_note": "",
                    "created_at": now,
                }
                for follow in parsed.follow_ups
            ],
        )
    tags: tuple[str, ...] = ()
    note: str = ""
    if person is not None:
        if parsed.facts:
            conn.execute(
                _INSERT[Fact],
                [
                    {
                        "person_id": person.id,
                        "kind": fact.kind,
                        "text": fact.text,
                        "capture_id": capture_id,
                        "created_at": now,
                    }
                    for fact in parsed.facts
                ],
            )
        note = _note_text(parsed, person, created)
        if note:
            _insert(
                conn,
                Note,
                {
                    "person_id": person.id,
                    "event_id": event_id,
                    "capture_id": capture_id,
                    "text": note,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        tags = _link_tags(conn, person.id, parsed.tags, record)
    result = CaptureResult(
        capture_id=capture_id,
        raw_text=stored,
        event_id=event_id,
        person_id=pid,
        person_name=person.name if person else None,
        person_created=created,
        descriptor=parsed.descriptor,
        role=parsed.role,
        organization=parsed.organization,
        facts=tuple(f.text for f in parsed.facts) if person else (),
        tags=tags,
        follow_ups=tuple(f.text for f in parsed.follow_ups),
        note=note or None,
        kept_to_tidy=person is None,
        truncated=bool(remainder),
        remainder=remainder,
        uid=words.capture_uid,
        person_uid=person.uid if person else None,
    )
    return result, record


def words_only(
    words: StoredWords, stored: str, remainder: str, event_id: int | None
) -> tuple[CaptureResult, UndoRecord]:
    """The result of a capture whose second step failed: the text is kept, to tidy later."""
    parsed = parse_capture(stored)
    result = CaptureResult(
        capture_id=words.capture_id,
        raw_text=stored,
        event_id=event_id,
        person_id=None,
        person_name=None,
        person_created=False,
        descriptor=parsed.descriptor,
        role=None,
        organization=None,
        facts=(),
        tags=(),
        follow_ups=(),
        note=None,
        kept_to_tidy=True,
        truncated=bool(remainder),
        remainder=remainder,
        uid=words.capture_uid,
    )
    return result, UndoRecord(capture_id=words.capture_id, capture_uid=words.capture_uid)


def _insert(conn: Connection, model: Any, values: dict[str, Any]) -> int:
    key = conn.execute(_INSERT[model], values).inserted_primary_key
    assert key is not None
    return int(key[0])


def _event_facts(
    conn: Connection, event_id: int | None, now: datetime
) -> tuple[datetime, int | None]:
    """The default due time for promises, and the break on now (one indexed read)."""
    if event_id is None:
        return now + DEFAULT_DUE, None
    rows = conn.execute(_EVENT_AND_BREAKS, {"event_id": event_id}).all()
    if not rows:
        raise UnknownRecord(f"event {event_id}")
    due = event_end(rows[0][0], rows[0][1]) + DEFAULT_DUE
    for _start, _end, break_id, starts_at, minutes in rows:
        if break_id is not None and starts_at <= now < starts_at + timedelta(minutes=minutes):
            return due, int(break_id)
    return due, None


def _person_for(
    conn: Connection,
    parsed: ParsedCapture,
    event_id: int | None,
    person_id: int | None,
    now: datetime,
) -> tuple[_Person | None, bool, UndoRecord]:
    """The person the capture is about: the one picked, a new one for a name, or none."""
    if person_id is not None:
        row = conn.execute(_PICKED_PERSON, {"person_id": person_id}).first()
        if row is None:
            raise UnknownRecord(f"person {person_id}")
        name, role, organization, previous, uid = row
        record = UndoRecord(person_id=person_id, previous_interaction=previous)
        values = {"person_id": person_id, "role": role, "organization": organization, "now": now}
        # Fill only what is empty: a picked person's details are never overwritten.
        if parsed.role and not role:
            values["role"] = parsed.role
            record.filled_role = True
        if parsed.organization and not organization:
            values["organization"] = parsed.organization
            record.filled_organization = True
        conn.execute(_TOUCH_PERSON, values)
        return _Person(person_id, uid, name, role, organization), False, record
    if parsed.name is None:
        return None, False, UndoRecord()
    uid = new_uid()
    new_id = _insert(
        conn,
        Person,
        {
            "uid": uid,
            "name": parsed.name,
            "sort_key": fold(parsed.name),
            "role": parsed.role or "",
            "organization": parsed.organization or "",
            "met_event_id": event_id,
            "first_met_at": now,
            "last_interaction_at": now,
            "created_at": now,
            "updated_at": now,
        },
    )
    person = _Person(new_id, uid, parsed.name, parsed.role or "", parsed.organization or "")
    return person, True, UndoRecord(person_id=new_id, person_created=True)


def _note_text(parsed: ParsedCapture, person: _Person, created: bool) -> str:
    """The note to store: leftover text, plus details that differ from a picked person's."""
    parts = [parsed.note] if parsed.note else []
    if not created:
        differing = [
            value
            for value, current in (
                (parsed.role, person.role),
                (parsed.organization, person.organization),
            )
            if value and current and fold(value) != fold(current)
        ]
        if differing:
            parts.append("(" + ", ".join(differing) + ")")
    return " ".join(parts)


def _link_tags(
    conn: Connection, person_id: int, names: tuple[str, ...], record: UndoRecord
) -> tuple[str, ...]:
    """Get or create each tag and link it to the person; note what was new for undo."""
    wanted = list(dict.fromkeys(n for raw in names if (n := clean_line(raw, limit=TAG_MAX).text)))
    if not wanted:
        return ()
    rows = conn.execute(_TAGS_NAMED, {"names": wanted}).all()
    ids: dict[str, int] = {row[0]: row[1] for row in rows}
    for name in wanted:
        if name not in ids:
            ids[name] = _insert(conn, Tag, {"name": name, "is_sample": False})
            record.tags_created.append(ids[name])
    linked = set(
        conn.scalars(_LINKED_TAGS, {"person_id": person_id, "tag_ids": list(ids.values())})
    )
    new_links = [ids[name] for name in wanted if ids[name] not in linked]
    if new_links:
        conn.execute(_INSERT_LINK, [{"person_id": person_id, "tag_id": tid} for tid in new_links])
        record.tag_links_created.extend(new_links)
    return tuple(wanted)
