"""Home's gentle moments, in plain SQL: anniversaries of meeting, and names from last night.

Like the rest of Home's reads (``storage/home_queries.py``) this runs through ``sqlite3``
before SQLAlchemy is imported, or through SQLAlchemy for servers. Every query walks an index:
one small range per earlier year on ``person.first_met_at`` / ``event.starts_at``, and the
events of yesterday.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from eventmate.domain.timing import local_midnight

#: Execute SQL with named parameters and return the rows.
Execute = Callable[[str, dict[str, Any]], list[tuple[Any, ...]]]
#: Turn an aware datetime into the value the database compares with.
Convert = Callable[[datetime], Any]

#: How many years back anniversaries are looked for.
YEARS_BACK = 40
#: Candidates read per year, at most (one is shown).
PER_YEAR = 20

FIRST_MET = """
SELECT p.uid, p.name, e.title FROM person p LEFT JOIN event e ON e.id = p.met_event_id
WHERE p.first_met_at >= :start AND p.first_met_at < :end AND p.status = 'active'
ORDER BY p.first_met_at, p.id
LIMIT :limit
"""

EVENTS_ON = """
SELECT uid, title FROM event
WHERE starts_at >= :start AND starts_at < :end
ORDER BY starts_at, id
LIMIT :limit
"""

EARLIEST = """
SELECT (SELECT min(first_met_at) FROM person), (SELECT min(starts_at) FROM event)
"""

#: Yesterday's events (started, local day) not rehearsed since, the latest first.
YESTERDAYS_EVENTS = """
SELECT e.id, e.uid, e.title, e.starts_at FROM event e
WHERE e.starts_at >= :start AND e.starts_at < :end
  AND NOT EXISTS (SELECT 1 FROM name_rehearsal r WHERE r.event_id = e.id)
ORDER BY e.starts_at DESC, e.id DESC
LIMIT 10
"""

#: People met at an event: first met there, captured there, or mentioned in its reflection
#: (the same people as ``services.rehearsal.service.met_at``; a test holds them equal).
MET_AT_COUNT = """
SELECT count(*) FROM (
  SELECT id AS person_id FROM person WHERE met_event_id = :event
  UNION SELECT person_id FROM capture WHERE event_id = :event AND person_id IS NOT NULL
  UNION SELECT rm.person_id FROM reflection_mention rm
    JOIN reflection r ON r.id = rm.reflection_id WHERE r.event_id = :event
) AS met
"""


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year without one: no anniversary that year
        return None


def _year_of(value: Any) -> int | None:
    if value is None:
        return None
    return value.year if isinstance(value, datetime) else int(str(value)[:4])


def anniversaries(
    execute: Execute, convert: Convert, today: date
) -> tuple[int, list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The most recent earlier year with something on today's date: (years ago, people first
    met that day as (uid, name, event title or None), events that day as (uid, title)).

    People come first: when anyone was first met on this date that year, events are not read.
    (0, [], []) when nothing happened on this date in any earlier year.
    """
    earliest = execute(EARLIEST, {})[0]
    years = [year for year in map(_year_of, earliest) if year is not None]
    if not years:
        return 0, [], []
    first_year = max(min(years), today.year - YEARS_BACK)
    for year in range(today.year - 1, first_year - 1, -1):
        day = _same_day(today, year)
        if day is None:
            continue
        window = {
            "start": convert(local_midnight(day)),
            "end": convert(local_midnight(day + timedelta(days=1))),
            "limit": PER_YEAR,
        }
        people = execute(FIRST_MET, window)
        if people:
            return today.year - year, people, []
    for year in range(today.year - 1, first_year - 1, -1):
        day = _same_day(today, year)
        if day is None:
            continue
        window = {
            "start": convert(local_midnight(day)),
            "end": convert(local_midnight(day + timedelta(days=1))),
            "limit": PER_YEAR,
        }
        events = execute(EVENTS_ON, window)
        if events:
            return today.year - year, [], events
    return 0, [], []


def last_night(execute: Execute, convert: Convert, today: date) -> tuple[Any, ...] | None:
    """(event id, uid, title, starts_at as stored, people met) of the latest event that started
    yesterday (local) with people met there and no rehearsal of it since; else None."""
    window = {
        "start": convert(local_midnight(today - timedelta(days=1))),
        "end": convert(local_midnight(today)),
    }
    for event_id, uid, title, starts_at in execute(YESTERDAYS_EVENTS, window):
        people = int(execute(MET_AT_COUNT, {"event": event_id})[0][0])
        if people:
            return event_id, uid, title, starts_at, people
    return None
