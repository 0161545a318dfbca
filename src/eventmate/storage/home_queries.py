"""The few reads Home needs, in plain portable SQL, runnable without importing SQLAlchemy.

Home is the first screen; reading it straight through ``sqlite3`` lets it paint before the
ORM has even been imported (start-up budget, issue #2). The same SQL runs through SQLAlchemy
for server databases.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from eventmate.domain import timing
from eventmate.storage import home_moments, recently_met
from eventmate.storage.interactions import LAST_INTERACTION
from eventmate.storage.reflected import WRITTEN
from eventmate.storage.sql import aware as _aware
from eventmate.storage.sql import stored_moment as _stored

if TYPE_CHECKING:
    from eventmate.storage.engine import Database

#: Event ``e`` is not over at ``:now``: ``domain.timing.is_over`` negated, with
#: ``:running_since`` = ``timing.running_since(now)`` (an event without an end runs for
#: ``timing.RUNNING_WITHOUT_END``). A test holds both forms equal.
NOT_OVER = "(e.ends_at > :now OR (e.ends_at IS NULL AND e.starts_at > :running_since))"
#: Event ``e`` is over at ``:now`` (``domain.timing.is_over``; same parameters).
OVER = "(e.ends_at <= :now OR (e.ends_at IS NULL AND e.starts_at <= :running_since))"

#: The event running now, else the next one.
NEXT_EVENT = f"""
SELECT e.id, e.uid, e.title, e.venue, e.city, e.starts_at, e.ends_at, e.is_sample,
       (SELECT count(*) FROM intention i WHERE i.event_id = e.id)
FROM event e
WHERE {NOT_OVER}
ORDER BY e.starts_at, e.id
LIMIT 1
"""  # noqa: S608 (a constant condition, no input)

#: The next event's intentions, in the order set, with the person each names.
NEXT_INTENTIONS = """
SELECT i.kind, i.text, p.name, p.uid
FROM intention i LEFT JOIN person p ON p.id = i.person_id
WHERE i.event_id = :event_id
ORDER BY i.position, i.id
LIMIT :limit
"""
#: Most intentions Home lists (more are counted).
INTENTIONS_SHOWN = 6

#: Home invites a reflection on events up to this long ago.
REFLECT_WITHIN = timedelta(days=14)
#: How many people Home suggests reconnecting with.
RECONNECT_LIMIT = 5
#: How many people with a cadence Home looks at, at most, to find those due.
RECONNECT_SCAN = 500

#: Open promises of one direction (mine, or theirs to me) due soon or waiting, oldest first.
DUE_FOLLOW_UPS = """
SELECT f.id, f.uid, f.text, p.name, f.due_at, f.direction, p.uid, f.version
FROM follow_up f LEFT JOIN person p ON p.id = f.person_id
WHERE f.status = 'open' AND f.due_at <= :due_before AND f.direction = :direction
ORDER BY f.due_at, f.id
LIMIT :limit
"""

#: The latest event that is over (started within the window) and has no reflection yet
#: (energy before, noted in Prepare, is not one: ``storage.reflected``).
UNREFLECTED_EVENT = f"""
SELECT e.id, e.uid, e.title, e.starts_at
FROM event e
WHERE e.starts_at >= :since AND e.starts_at <= :now
  AND {OVER}
  AND NOT EXISTS (SELECT 1 FROM reflection r WHERE r.event_id = e.id AND {WRITTEN})
ORDER BY e.starts_at DESC, e.id DESC
LIMIT 1
"""  # noqa: S608 (a constant condition, no input)

#: People with a cadence, the longest since a stored interaction first (walks the index on
#: last_interaction_at; nobody touched within the last day can be due, cadences are ≥ 1 day).
RECONNECT_CANDIDATES = """
SELECT id, uid, name, last_interaction_at, cadence_days FROM person
WHERE last_interaction_at <= :before AND cadence_days IS NOT NULL AND status = 'active'
ORDER BY last_interaction_at, id
LIMIT :limit
"""

#: People with a cadence and no interaction stored at all (rare: added by hand, never met).
RECONNECT_NEVER = """
SELECT id, uid, name, last_interaction_at, cadence_days FROM person
WHERE last_interaction_at IS NULL AND cadence_days IS NOT NULL AND status = 'active'
ORDER BY id
LIMIT :limit
"""

#: The most recent event where I saw a person: captured there, mentioned, or first met.
LAST_EVENT = """
SELECT e.title, e.starts_at FROM event e
WHERE e.id IN (
  SELECT event_id FROM capture WHERE person_id = :pid
  UNION SELECT r.event_id FROM reflection_mention rm
    JOIN reflection r ON r.id = rm.reflection_id WHERE rm.person_id = :pid
  UNION SELECT met_event_id FROM person WHERE id = :pid
)
ORDER BY e.starts_at DESC
LIMIT 1
"""

FLAGS = """
SELECT EXISTS (SELECT 1 FROM event),
       EXISTS (SELECT 1 FROM person),
       EXISTS (SELECT 1 FROM event WHERE is_sample)
           OR EXISTS (SELECT 1 FROM person WHERE is_sample)
"""


class HomeRows(NamedTuple):
    """Raw rows for Home; times are aware UTC."""

    next_event: tuple[Any, ...] | None
    #: Open promises due soon: mine first, then those made to me (each oldest first).
    due: Sequence[tuple[Any, ...]]
    #: (id, uid, name, role, organisation, met at) of the people met most recently.
    recent_people: Sequence[tuple[Any, ...]]
    has_events: bool
    has_people: bool
    has_sample: bool
    #: (id, uid, title, starts_at) of the latest past event without a reflection.
    unreflected: tuple[Any, ...] | None = None
    #: (id, uid, name, last interaction, last event title or None, its start or None).
    reconnect: Sequence[tuple[Any, ...]] = ()
    #: (years ago, people first met on today's date then, events on it) — see home_moments.
    anniversary: tuple[int, Sequence[tuple[Any, ...]], Sequence[tuple[Any, ...]]] = (0, (), ())
    #: (event id, uid, title, starts_at, people met) of last night's event to rehearse, or None.
    last_night: tuple[Any, ...] | None = None


class HomeQueries(Protocol):
    """Something that can read :class:`HomeRows`."""

    def fetch(self, now: datetime, due_before: datetime, limits: tuple[int, int]) -> HomeRows:
        """Read Home's rows as of ``now``."""


def _rows(
    execute: Any, convert: Any, now: datetime, due_before: datetime, limits: tuple[int, int]
) -> HomeRows:
    moments = {"now": convert(now), "running_since": convert(timing.running_since(now))}
    event = execute(NEXT_EVENT, moments)
    next_event = None
    if event:
        row = event[0]
        intentions = tuple(
            tuple(line)
            for line in execute(NEXT_INTENTIONS, {"event_id": row[0], "limit": INTENTIONS_SHOWN})
        )
        next_event = (
            *row[:5],
            _aware(row[5]),
            _aware(row[6]),
            bool(row[7]),
            int(row[8]),
            intentions,
        )
    due = [
        (row[0], row[1], row[2], row[3], _aware(row[4]), row[5], row[6], int(row[7]))
        for direction in ("mine", "theirs")
        for row in execute(
            DUE_FOLLOW_UPS,
            {"due_before": convert(due_before), "direction": direction, "limit": limits[0]},
        )
    ]
    people = recently_met.people(execute, convert, now, limits[1])
    flags = execute(FLAGS, {})[0]
    unreflected = execute(UNREFLECTED_EVENT, {**moments, "since": convert(now - REFLECT_WITHIN)})
    today = now.astimezone().date()
    night = home_moments.last_night(execute, convert, today) if flags[0] else None
    return HomeRows(
        next_event,
        due,
        people,
        bool(flags[0]),
        bool(flags[1]),
        bool(flags[2]),
        (*unreflected[0][:3], _aware(unreflected[0][3])) if unreflected else None,
        _reconnect(execute, convert, now, RECONNECT_LIMIT) if flags[1] else (),
        home_moments.anniversaries(execute, convert, today)
        if flags[0] or flags[1]
        else (0, (), ()),
        (*night[:3], _aware(night[3]), night[4]) if night else None,
    )


def _reconnect(execute: Any, convert: Any, now: datetime, limit: int) -> list[tuple[Any, ...]]:
    """People whose cadence has passed since their last real interaction, longest ago first.

    Candidates come from the indexed stored value (never later than the real last
    interaction); each is then checked against every kind of interaction.
    """
    before = convert(now - timedelta(days=1))
    never = execute(RECONNECT_NEVER, {"limit": limit})
    # A short look first (usually enough), a longer one only when few of those are due.
    for scan in (limit * 8, RECONNECT_SCAN):
        rows = [*never, *execute(RECONNECT_CANDIDATES, {"before": before, "limit": scan})]
        due = _due_people(execute, rows, now, limit)
        if len(due) == limit or len(rows) < scan:
            break
    return due


def _due_people(
    execute: Any, rows: list[tuple[Any, ...]], now: datetime, limit: int
) -> list[tuple[Any, ...]]:
    due: list[tuple[Any, ...]] = []
    for person_id, uid, name, _stored_value, cadence in rows:
        last = _aware(execute(LAST_INTERACTION, {"pid": person_id})[0][0])
        if last is not None and last > now - timedelta(days=int(cadence)):
            continue
        event = execute(LAST_EVENT, {"pid": person_id})
        title, starts = (event[0][0], _aware(event[0][1])) if event else (None, None)
        due.append((person_id, uid, name, last, title, starts))
        if len(due) == limit:
            break
    return due


class SqliteHomeQueries:
    """Home's reads through the standard library's sqlite3 (no ORM import)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self._path = path
        self._read_only = read_only

    def _connect(self) -> sqlite3.Connection:
        from eventmate.storage.keyed import connect

        return connect(self._path, read_only=self._read_only)

    def fetch(self, now: datetime, due_before: datetime, limits: tuple[int, int]) -> HomeRows:
        """Read Home's rows in one read transaction."""
        with closing(self._connect()) as conn:
            conn.execute("BEGIN")

            def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
                return conn.execute(sql, params).fetchall()

            rows = _rows(execute, _stored, now, due_before, limits)
            conn.execute("ROLLBACK")
        return rows


class EngineHomeQueries:
    """Home's reads through SQLAlchemy, for server databases."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def fetch(self, now: datetime, due_before: datetime, limits: tuple[int, int]) -> HomeRows:
        """Read Home's rows in one read transaction."""
        from sqlalchemy import text

        with self._db.read() as session:

            def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
                return [tuple(row) for row in session.execute(text(sql), params).all()]

            return _rows(execute, _naive_utc, now, due_before, limits)


def _naive_utc(moment: datetime) -> datetime:
    # Times are stored as naive UTC; a server compares them with what it is given as is.
    return moment.astimezone(UTC).replace(tzinfo=None)
