"""Home's "Recently met": people met at an event or captured, the newest meeting first.

A meeting is a capture of the person (at its time), or an event where the person was first
met or is mentioned in the reflection (at the event's start; only events that have started).
These are the people ``services.rehearsal.service.met_at`` counts as met at an event, plus
captures made without one. Someone imported from an address book, or added by hand, has not
been met yet and is not listed.

Each kind of meeting is read newest first from its index (``capture.captured_at``,
``event.starts_at``), ``scan`` rows at a time: the first ``limit`` different people by their
newest meeting are certain down to the oldest row read of any source that had more; the scan
grows only when fewer people than that are certain (one person captured many times). Plain
SQL, runnable through ``sqlite3`` before the ORM is imported, or through SQLAlchemy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from eventmate.storage.home_moments import Convert, Execute
from eventmate.storage.sql import aware

#: Captures of a person, newest first.
CAPTURED = """
SELECT person_id, captured_at FROM capture
WHERE person_id IS NOT NULL
ORDER BY captured_at DESC, person_id DESC
LIMIT :scan
"""

#: People first met at an event that has started, the latest event first.
FIRST_MET_AT_EVENT = """
SELECT p.id, e.starts_at FROM event e JOIN person p ON p.met_event_id = e.id
WHERE e.starts_at <= :now
ORDER BY e.starts_at DESC, p.id DESC
LIMIT :scan
"""

#: People mentioned in the reflection on an event that has started, the latest event first.
MENTIONED_AT_EVENT = """
SELECT rm.person_id, e.starts_at FROM event e
JOIN reflection r ON r.event_id = e.id
JOIN reflection_mention rm ON rm.reflection_id = r.id
WHERE e.starts_at <= :now
ORDER BY e.starts_at DESC, rm.person_id DESC
LIMIT :scan
"""

PEOPLE = """
SELECT id, uid, name, role, organization FROM person WHERE id IN ({ids})
"""

#: Rows read from each source at first, per person wanted.
SCAN_PER_PERSON = 4


def people(execute: Execute, convert: Convert, now: datetime, limit: int) -> list[tuple[Any, ...]]:
    """(id, uid, name, role, organization, met at) of the ``limit`` people met most recently."""
    if limit <= 0:
        return []
    scan = limit * SCAN_PER_PERSON
    while True:
        newest, complete = _newest_meetings(execute, convert(now), scan, limit)
        if complete:
            break
        scan *= 8
    if not newest:
        return []
    ids = ", ".join(str(int(person_id)) for person_id, _ in newest)
    found = execute(PEOPLE.format(ids=ids), {})
    rows = {int(row[0]): tuple(row) for row in found}
    return [(*rows[pid], moment) for pid, moment in newest if pid in rows]


def _newest_meetings(
    execute: Execute, now: Any, scan: int, limit: int
) -> tuple[list[tuple[int, datetime]], bool]:
    """The people met most recently as (id, moment), and whether that list is certain."""
    # Rows are ordered by (moment, person id), newest first, in every source and here.
    floor: tuple[datetime, int] | None = None
    latest: dict[int, datetime] = {}
    for sql in (CAPTURED, FIRST_MET_AT_EVENT, MENTIONED_AT_EVENT):
        rows = execute(sql, {"now": now, "scan": scan})
        for person_id, raw in rows:
            moment = aware(raw)
            assert moment is not None
            pid = int(person_id)
            if pid not in latest or moment > latest[pid]:
                latest[pid] = moment
        if len(rows) == scan:  # this source has more, older than its last row
            oldest = aware(rows[-1][1])
            assert oldest is not None
            last = (oldest, int(rows[-1][0]))
            floor = last if floor is None or last > floor else floor
    ranked = sorted(latest.items(), key=lambda item: (item[1], item[0]), reverse=True)
    if floor is None:
        return ranked[:limit], True
    certain = [item for item in ranked if (item[1], item[0]) >= floor]
    return certain[:limit], len(certain) >= limit
