"""The few reads Home needs, in plain portable SQL, runnable without importing SQLAlchemy.

Home is the first screen; reading it straight through ``sqlite3`` lets it paint before the
ORM has even been imported (start-up budget, issue #2). The same SQL runs through SQLAlchemy
for server databases.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from eventmate.storage.engine import Database

#: An event with no end counts as running for four hours after its start.
NEXT_EVENT = """
SELECT e.id, e.title, e.venue, e.city, e.starts_at, e.ends_at, e.is_sample,
       (SELECT count(*) FROM intention i WHERE i.event_id = e.id)
FROM event e
WHERE e.ends_at > :now OR (e.ends_at IS NULL AND e.starts_at > :running_since)
ORDER BY e.starts_at, e.id
LIMIT 1
"""

DUE_FOLLOW_UPS = """
SELECT f.id, f.text, p.name, f.due_at
FROM follow_up f LEFT JOIN person p ON p.id = f.person_id
WHERE f.status = 'open' AND f.due_at <= :due_before
ORDER BY f.due_at, f.id
LIMIT :limit
"""

RECENT_PEOPLE = """
SELECT id, name, role, organization FROM person
ORDER BY created_at DESC, id DESC
LIMIT :limit
"""

FLAGS = """
SELECT EXISTS (SELECT 1 FROM event),
       EXISTS (SELECT 1 FROM person),
       EXISTS (SELECT 1 FROM event WHERE is_sample) OR EXISTS (SELECT 1 FROM person WHERE is_sample)
"""


@dataclass(frozen=True, slots=True)
class HomeRows:
    """Raw rows for Home; times are aware UTC."""

    next_event: tuple[Any, ...] | None
    due: Sequence[tuple[Any, ...]]
    recent_people: Sequence[tuple[Any, ...]]
    has_events: bool
    has_people: bool
    has_sample: bool


class HomeQueries(Protocol):
    """Something that can read :class:`HomeRows`."""

    def fetch(
        self, now: datetime, running_since: datetime, due_before: datetime, limits: tuple[int, int]
    ) -> HomeRows:
        """Read Home's rows as of ``now``."""


def _stored(moment: datetime) -> str:
    # SQLAlchemy's SQLite DateTime storage format (naive UTC), so comparisons are exact.
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _aware(value: Any) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC)


def _rows(
    execute: Any,
    convert: Any,
    now: datetime,
    running_since: datetime,
    due_before: datetime,
    limits: tuple[int, int],
) -> HomeRows:
    event = execute(NEXT_EVENT, {"now": convert(now), "running_since": convert(running_since)})
    next_event = None
    if event:
        row = event[0]
        next_event = (*row[:4], _aware(row[4]), _aware(row[5]), bool(row[6]), int(row[7]))
    due = [
        (row[0], row[1], row[2], _aware(row[3]))
        for row in execute(DUE_FOLLOW_UPS, {"due_before": convert(due_before), "limit": limits[0]})
    ]
    people = [tuple(row) for row in execute(RECENT_PEOPLE, {"limit": limits[1]})]
    flags = execute(FLAGS, {})[0]
    return HomeRows(next_event, due, people, bool(flags[0]), bool(flags[1]), bool(flags[2]))


class SqliteHomeQueries:
    """Home's reads through the standard library's sqlite3 (no ORM import)."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def fetch(
        self, now: datetime, running_since: datetime, due_before: datetime, limits: tuple[int, int]
    ) -> HomeRows:
        """Read Home's rows in one read transaction."""
        with closing(sqlite3.connect(self._path, timeout=5)) as conn:
            conn.execute("BEGIN")

            def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
                return conn.execute(sql, params).fetchall()

            rows = _rows(execute, _stored, now, running_since, due_before, limits)
            conn.execute("ROLLBACK")
        return rows


class EngineHomeQueries:
    """Home's reads through SQLAlchemy, for server databases."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def fetch(
        self, now: datetime, running_since: datetime, due_before: datetime, limits: tuple[int, int]
    ) -> HomeRows:
        """Read Home's rows in one read transaction."""
        from sqlalchemy import text

        with self._db.read() as session:

            def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
                return [tuple(row) for row in session.execute(text(sql), params).all()]

            return _rows(execute, lambda moment: moment, now, running_since, due_before, limits)
