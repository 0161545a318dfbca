"""Writing one capture and what it means, in a few plain SQL statements (Enter must be fast).

Two steps: :func:`store_words` (the text alone, its own durable write when Enter is pressed)
and :func:`store_meaning` (person, facts, tags, promises, note); :func:`store_capture` runs both
in one transaction for pasted batches (:mod:`.steps` runs a whole capture through a write unit).

The statements are plain, portable SQL (:mod:`eventmate.storage.sql`): in the app they run on
the session's own SQLite connection, skipping SQLAlchemy's per-statement work; for
``eventmate capture`` they run through ``sqlite3`` alone, so the command never imports
SQLAlchemy. Columns the models fill by default are written here explicitly; a test holds every
row a capture writes equal to what the ORM would read back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventmate.domain import timing
from eventmate.domain.capture_syntax import ParsedCapture, parse_capture
from eventmate.domain.text import clean_line, fold
from eventmate.services.capture.result import (
    CaptureResult,
    UndoRecord,
    UnknownRecord,
)
from eventmate.storage.identity import new_uid
from eventmate.storage.sql import SqlWriter, aware

log = logging.getLogger(__name__)

#: Longest tag name (the column's size).
TAG_MAX = 100

_EVENT_AND_BREAKS = (
    "SELECT e.starts_at, e.ends_at, b.id, b.starts_at, b.minutes "
    "FROM event e LEFT OUTER JOIN break b ON b.event_id = e.id WHERE e.id = :event_id"
)
_PICKED_PERSON = (
    "SELECT name, role, organization, last_interaction_at, uid FROM person WHERE id = :person_id"
)
_TOUCH_PERSON = (
    "UPDATE person SET role = :role, organization = :organization, "
    "last_interaction_at = :now, updated_at = :now WHERE id = :person_id"
)
_INSERT_CAPTURE = (
    "INSERT INTO capture (uid, raw_text, event_id, break_id, person_id, captured_at, is_sample) "
    "VALUES (:uid, :raw_text, :event_id, :break_id, :person_id, :captured_at, :no) RETURNING id"
)
_INSERT_PERSON = (
    "INSERT INTO person (uid, name, sort_key, pronunciation, recall_cues, role, organization, "
    "met_event_id, met_how, status, status_note, last_interaction_at, first_met_at, "
    "is_sample, created_at, updated_at) "
    "VALUES (:uid, :name, :sort_key, '', '', :role, :organization, :met_event_id, '', 'active', "
    "'', :now, :now, :no, :now, :now) RETURNING id"
)
_INSERT_FOLLOW_UP = (
    "INSERT INTO follow_up (uid, person_id, event_id, capture_id, direction, kind, text, "
    "due_at, status, status_note, created_at) VALUES (:uid, :person_id, :event_id, :capture_id, "
    ":direction, :kind, :text, :due_at, 'open', '', :now)"
)
_INSERT_FACT = (
    "INSERT INTO fact (uid, person_id, kind, text, capture_id, created_at) "
    "VALUES (:uid, :person_id, :kind, :text, :capture_id, :now)"
)
_INSERT_NOTE = (
    "INSERT INTO note (uid, person_id, event_id, capture_id, text, created_at, updated_at) "
    "VALUES (:uid, :person_id, :event_id, :capture_id, :text, :now, :now)"
)
_INSERT_TAG = "INSERT INTO tag (uid, name, is_sample) VALUES (:uid, :name, :no) RETURNING id"
_INSERT_LINK = "INSERT INTO person_tag (person_id, tag_id) VALUES (:person_id, :tag_id)"
_LINK_CAPTURE = "UPDATE capture SET person_id = :person_id WHERE id = :capture_id"


def _marks(prefix: str, count: int) -> str:
    return ", ".join(f":{prefix}{i}" for i in range(count))


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
    #: When promises made in this capture fall due (``domain.timing.default_due``).
    due: datetime
    capture_uid: str = ""


def store_capture(
    sql: SqlWriter,
    stored: str,
    remainder: str,
    event_id: int | None,
    person_id: int | None,
    now: datetime,
    uid: str | None = None,
) -> tuple[CaptureResult, UndoRecord]:
    """Both steps of a capture in the caller's one write transaction (pasted batches).

    ``uid``: the capture's uid when it has one already (kept in the outbox), else a new one.

    Raises:
        UnknownRecord: ``event_id`` or ``person_id`` does not exist.
    """
    words = store_words(sql, stored, event_id, person_id, now, uid)
    return store_meaning(sql, words, stored, remainder, event_id, person_id, now)


def store_words(
    sql: SqlWriter,
    stored: str,
    event_id: int | None,
    person_id: int | None,
    now: datetime,
    uid: str | None = None,
) -> StoredWords:
    """Insert the capture's text verbatim (linked to a picked person), and nothing else.

    ``uid``: the capture's uid if it was given one before (else a new one).

    The event and the picked person are checked here, so the second step can only fail for
    reasons outside the capture (a full disk, a lock).

    Raises:
        UnknownRecord: ``event_id`` or ``person_id`` does not exist.
    """
    due, break_id = _event_facts(sql, event_id, now)
    if person_id is not None and not sql.rows(_PICKED_PERSON, {"person_id": person_id}):
        raise UnknownRecord(f"person {person_id}")
    capture_uid = uid or new_uid()
    capture_id = _insert(
        sql,
        _INSERT_CAPTURE,
        {
            "uid": capture_uid,
            "raw_text": stored,
            "event_id": event_id,
            "break_id": break_id,
            "person_id": person_id,
            "captured_at": sql.moment(now),
            "no": False,
        },
    )
    return StoredWords(capture_id, due, capture_uid)


def store_meaning(
    sql: SqlWriter,
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
    capture_id, due = words.capture_id, words.due
    person, created, record = _person_for(sql, parsed, event_id, person_id, now)
    pid = person.id if person else None
    if created:
        sql.rows(_LINK_CAPTURE, {"capture_id": capture_id, "person_id": pid})
    record.capture_id = capture_id
    stamp = sql.moment(now)
    record.capture_uid = words.capture_uid
    if parsed.follow_ups:
        sql.many(
            _INSERT_FOLLOW_UP,
            [
                {
                    "person_id": pid,
                    "event_id": event_id,
                    "capture_id": capture_id,
                    "direction": str(follow.direction.value),
                    "kind": str(follow.kind.value),
                    "text": follow.text,
                    "due_at": sql.moment(due),
                    "now": stamp,
                    "uid": new_uid(),
                }
                for follow in parsed.follow_ups
            ],
        )
    tags: tuple[str, ...] = ()
    note: str = ""
    if person is not None:
        if parsed.facts:
            sql.many(
                _INSERT_FACT,
                [
                    {
                        "person_id": person.id,
                        "kind": str(fact.kind.value),
                        "text": fact.text,
                        "capture_id": capture_id,
                        "now": stamp,
                        "uid": new_uid(),
                    }
                    for fact in parsed.facts
                ],
            )
        note = _note_text(parsed, person, created)
        if note:
            sql.rows(
                _INSERT_NOTE,
                {
                    "person_id": person.id,
                    "event_id": event_id,
                    "capture_id": capture_id,
                    "text": note,
                    "now": stamp,
                    "uid": new_uid(),
                },
            )
        tags = _link_tags(sql, person.id, parsed.tags, record)
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


def _insert(sql: SqlWriter, statement: str, values: dict[str, Any]) -> int:
    """Run an ``INSERT … RETURNING id``; the new row's id."""
    return int(sql.rows(statement, values)[0][0])


def _event_facts(
    sql: SqlWriter, event_id: int | None, now: datetime
) -> tuple[datetime, int | None]:
    """The default due time for promises, and the break on now (one indexed read)."""
    if event_id is None:
        return timing.default_due(now), None
    rows = sql.rows(_EVENT_AND_BREAKS, {"event_id": event_id})
    if not rows:
        raise UnknownRecord(f"event {event_id}")
    starts, ends = aware(rows[0][0]), aware(rows[0][1])
    assert starts is not None
    due = timing.default_due(now, (starts, ends))
    for _start, _end, break_id, break_start, minutes in rows:
        begins = aware(break_start)
        if break_id is None or begins is None:
            continue
        if timing.in_break(begins, minutes, now):
            return due, int(break_id)
    return due, None


def _person_for(
    sql: SqlWriter,
    parsed: ParsedCapture,
    event_id: int | None,
    person_id: int | None,
    now: datetime,
) -> tuple[_Person | None, bool, UndoRecord]:
    """The person the capture is about: the one picked, a new one for a name, or none."""
    if person_id is not None:
        rows = sql.rows(_PICKED_PERSON, {"person_id": person_id})
        if not rows:
            raise UnknownRecord(f"person {person_id}")
        name, role, organization, previous, uid = rows[0]
        record = UndoRecord(person_id=person_id, previous_interaction=aware(previous))
        values = {
            "person_id": person_id,
            "role": role,
            "organization": organization,
            "now": sql.moment(now),
        }
        # Fill only what is empty: a picked person's details are never overwritten.
        if parsed.role and not role:
            values["role"] = parsed.role
            record.filled_role = True
        if parsed.organization and not organization:
            values["organization"] = parsed.organization
            record.filled_organization = True
        sql.rows(_TOUCH_PERSON, values)
        return _Person(person_id, uid, name, role, organization), False, record
    if parsed.name is None:
        return None, False, UndoRecord()
    uid = new_uid()
    new_id = _insert(
        sql,
        _INSERT_PERSON,
        {
            "uid": uid,
            "name": parsed.name,
            "sort_key": fold(parsed.name),
            "role": parsed.role or "",
            "organization": parsed.organization or "",
            "met_event_id": event_id,
            "now": sql.moment(now),
            "no": False,
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
    sql: SqlWriter, person_id: int, names: tuple[str, ...], record: UndoRecord
) -> tuple[str, ...]:
    """Get or create each tag and link it to the person; note what was new for undo."""
    wanted = list(dict.fromkeys(n for raw in names if (n := clean_line(raw, limit=TAG_MAX).text)))
    if not wanted:
        return ()
    params: dict[str, Any] = {f"n{i}": name for i, name in enumerate(wanted)}
    # Placeholders only; the names themselves are bound parameters.
    named = f"SELECT name, id FROM tag WHERE name IN ({_marks('n', len(wanted))})"  # noqa: S608
    ids: dict[str, int] = {row[0]: row[1] for row in sql.rows(named, params)}
    for name in wanted:
        if name not in ids:
            ids[name] = _insert(sql, _INSERT_TAG, {"name": name, "no": False, "uid": new_uid()})
            record.tags_created.append(ids[name])
    tag_ids = list(ids.values())
    params = {"person_id": person_id, **{f"t{i}": tid for i, tid in enumerate(tag_ids)}}
    linked_sql = (
        "SELECT tag_id FROM person_tag WHERE person_id = :person_id "  # noqa: S608
        f"AND tag_id IN ({_marks('t', len(tag_ids))})"
    )
    linked = {row[0] for row in sql.rows(linked_sql, params)}
    new_links = [ids[name] for name in wanted if ids[name] not in linked]
    if new_links:
        sql.many(_INSERT_LINK, [{"person_id": person_id, "tag_id": tid} for tid in new_links])
        record.tag_links_created.extend(new_links)
    return tuple(wanted)
