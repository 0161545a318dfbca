"""Open follow-ups, the longest waiting first, read as plain SQL (no ORM import needed).

The follow-ups page, Home's "due soon" and ``eventmate followups`` all read open follow-ups
through :class:`OpenFollowUps`; on a SQLite file it needs only ``sqlite3``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from eventmate.domain.kinds import Direction, FollowUpKind, FollowUpStatus
from eventmate.services.changes import NOTHING, Changes
from eventmate.storage.sql import SqlReader, aware


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    """A follow-up as lists show it (after a write, with what the write changed)."""

    id: int
    uid: str
    text: str
    person_id: int | None
    person_uid: str | None
    person_name: str | None
    event_id: int | None
    event_uid: str | None
    event_title: str | None
    direction: Direction
    kind: FollowUpKind
    due_at: datetime | None
    status: FollowUpStatus
    status_note: str
    created_at: datetime
    done_at: datetime | None
    #: The follow-up's version as read (one more with every change to its row, by anyone).
    version: int = 0
    changes: Changes = field(default=NOTHING, compare=False)


_SELECT = """
SELECT f.id, f.uid, f.text, f.person_id, p.uid, p.name, f.event_id, e.uid, e.title,
       f.direction, f.kind, f.due_at, f.status, f.status_note, f.created_at, f.done_at,
       f.version
FROM follow_up f
LEFT OUTER JOIN person p ON p.id = f.person_id
LEFT OUTER JOIN event e ON e.id = f.event_id
"""
# Two index-friendly reads (status, due_at) instead of sorting on "due_at IS NULL".
_DATED = _SELECT + "WHERE f.status = 'open' AND f.due_at IS NOT NULL"
_DATED_ORDER = " ORDER BY f.due_at, f.id LIMIT :limit"
_UNDATED = _SELECT + "WHERE f.status = 'open' AND f.due_at IS NULL ORDER BY f.id LIMIT :limit"


def _item(row: tuple[Any, ...]) -> FollowUpItem:
    created = aware(row[14])
    assert created is not None
    return FollowUpItem(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        Direction(row[9]),
        FollowUpKind(row[10]),
        aware(row[11]),
        FollowUpStatus(row[12]),
        row[13],
        created,
        aware(row[15]),
        int(row[16]),
    )


class OpenFollowUps:
    """Reads the follow-ups still open."""

    def __init__(self, sql: SqlReader) -> None:
        self._sql = sql

    def open_items(
        self, *, due_before: datetime | None = None, limit: int | None = None
    ) -> tuple[FollowUpItem, ...]:
        """Open follow-ups, the longest waiting first (those without a due date last)."""
        # LIMIT -1 is "no limit" in SQLite; elsewhere a large number says the same.
        most = limit if limit is not None else (1 << 62)
        params: dict[str, Any] = {"limit": most}
        dated = _DATED
        if due_before is not None:
            dated += " AND f.due_at <= :due_before"
            params["due_before"] = self._sql.moment(due_before)
        with self._sql.read() as execute:
            rows = execute(dated + _DATED_ORDER, params)
            if due_before is None and len(rows) < most:
                rows += execute(_UNDATED, {"limit": most - len(rows)})
        return tuple(_item(row) for row in rows)
