"""Listing events: upcoming first (soonest first), then past ones (most recent first)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from eventmate.domain.kinds import EventKind
from eventmate.services.clock import Clock, system_clock
from eventmate.storage.engine import Database
from eventmate.storage.models import Event


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as a list shows it."""

    id: int
    title: str
    kind: EventKind
    venue: str
    city: str
    starts_at: datetime
    ends_at: datetime | None
    is_sample: bool


@dataclass(frozen=True, slots=True)
class EventList:
    """Events split into those still to come (or running) and those past."""

    upcoming: tuple[EventRow, ...]
    past: tuple[EventRow, ...]


class EventsService:
    """Reads events."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def list_events(self) -> EventList:
        """All events, upcoming soonest first, then past most recent first."""
        now = self._clock()
        columns = (
            Event.id,
            Event.title,
            Event.kind,
            Event.venue,
            Event.city,
            Event.starts_at,
            Event.ends_at,
            Event.is_sample,
        )
        with self._db.read() as session:
            upcoming = session.execute(
                select(*columns)
                .where((Event.starts_at >= now) | (Event.ends_at > now))
                .order_by(Event.starts_at, Event.id)
            ).all()
            past = session.execute(
                select(*columns)
                .where(Event.starts_at < now)
                .where((Event.ends_at.is_(None)) | (Event.ends_at <= now))
                .order_by(Event.starts_at.desc(), Event.id.desc())
            ).all()
        return EventList(
            upcoming=tuple(EventRow(*row) for row in upcoming),
            past=tuple(EventRow(*row) for row in past),
        )
