"""Listing reflections for the journal, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Reflection


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """A reflection with the event it is about."""

    id: int
    event_id: int
    event_title: str
    event_starts_at: datetime
    body: str
    answers: dict[str, str]
    energy_before: int | None
    energy_after: int | None


class JournalService:
    """Reads reflections."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def entries(self, limit: int = 200) -> tuple[JournalEntry, ...]:
        """Reflections, the most recent event first."""
        with self._db.read() as session:
            rows = session.execute(
                select(
                    Reflection.id,
                    Event.id,
                    Event.title,
                    Event.starts_at,
                    Reflection.body,
                    Reflection.answers,
                    Reflection.energy_before,
                    Reflection.energy_after,
                )
                .join(Event, Reflection.event_id == Event.id)
                .order_by(Event.starts_at.desc(), Reflection.id.desc())
                .limit(limit)
            ).all()
        return tuple(
            JournalEntry(
                id=row[0],
                event_id=row[1],
                event_title=row[2],
                event_starts_at=row[3],
                body=row[4],
                answers={str(k): str(v) for k, v in (row[5] or {}).items()},
                energy_before=row[6],
                energy_after=row[7],
            )
            for row in rows
        )
