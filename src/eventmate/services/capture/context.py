"""Where a capture belongs in time: the event happening around now and the break's time left."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from eventmate.domain.timing import break_end, event_end, in_break
from eventmate.storage.engine import Database
from eventmate.storage.models import Break, Event

#: An event counts as "current" this long before it starts and after it ends: people are met
#: in the foyer before the concert and at the reception after it.
AROUND_EVENT = timedelta(hours=3)
#: How far back and ahead the event picker looks.
PICKER_WINDOW = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class EventChoice:
    """An event the capture can be assigned to."""

    id: int
    uid: str
    title: str
    starts_at: datetime
    ends_at: datetime | None


@dataclass(frozen=True, slots=True)
class BreakStatus:
    """The break that is on (or next) at an event.

    Attributes:
        label: The break's name, e.g. "Intermission" (may be empty).
        starts_at: When it starts.
        ends_at: When it ends.
        is_on: Whether the break is happening now.
        minutes_left: Whole minutes left in the break (rounded up; 0 when it is over or
            has not started).
    """

    label: str
    starts_at: datetime
    ends_at: datetime
    is_on: bool
    minutes_left: int


class CaptureContextService:
    """Reads the event and break a capture made now most likely belongs to."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def current_event(self, now: datetime) -> EventChoice | None:
        """The event running now, else the nearest one starting or ending within three hours."""
        with self._db.read() as session:
            # ix_event_starts_at bounds the scan; the end is checked in Python on a few rows.
            rows = session.execute(
                select(Event.id, Event.uid, Event.title, Event.starts_at, Event.ends_at)
                .where(Event.starts_at <= now + AROUND_EVENT)
                .where(Event.starts_at >= now - AROUND_EVENT - timedelta(days=1))
                .order_by(Event.starts_at)
            ).all()
        best: tuple[timedelta, EventChoice] | None = None
        for row in rows:
            choice = EventChoice(*row)
            end = event_end(choice.starts_at, choice.ends_at)
            if choice.starts_at <= now <= end:
                distance = timedelta(0)
            elif now < choice.starts_at:
                distance = choice.starts_at - now
            else:
                distance = now - end
            if distance <= AROUND_EVENT and (best is None or distance < best[0]):
                best = (distance, choice)
        return best[1] if best is not None else None

    def current_break(self, event_uid: str, now: datetime) -> BreakStatus | None:
        """The break of the event happening now, else its next one today, else None."""
        with self._db.read() as session:
            rows = session.execute(
                select(Break.label, Break.starts_at, Break.minutes)
                .join(Event, Event.id == Break.event_id)
                .where(Event.uid == event_uid)
                .order_by(Break.starts_at)
            ).all()
        upcoming: BreakStatus | None = None
        for label, starts_at, minutes in rows:
            ends_at = break_end(starts_at, minutes)
            if in_break(starts_at, minutes, now):
                seconds = (ends_at - now).total_seconds()
                return BreakStatus(label, starts_at, ends_at, True, int(-(-seconds // 60)))
            if now < starts_at and upcoming is None and starts_at - now <= timedelta(hours=12):
                upcoming = BreakStatus(label, starts_at, ends_at, False, 0)
        return upcoming

    def break_id_at(self, event_id: int, now: datetime) -> int | None:
        """The id of the break of ``event_id`` happening at ``now``, if any."""
        with self._db.read() as session:
            for break_id, starts_at, minutes in session.execute(
                select(Break.id, Break.starts_at, Break.minutes).where(Break.event_id == event_id)
            ):
                if in_break(starts_at, minutes, now):
                    return int(break_id)
        return None

    def event_choices(self, now: datetime, limit: int = 30) -> tuple[EventChoice, ...]:
        """Events from two weeks back to two weeks ahead, nearest to ``now`` first."""
        with self._db.read() as session:
            rows = session.execute(
                select(Event.id, Event.uid, Event.title, Event.starts_at, Event.ends_at)
                .where(Event.starts_at >= now - PICKER_WINDOW)
                .where(Event.starts_at <= now + PICKER_WINDOW)
                .order_by(Event.starts_at)
            ).all()
        choices = [EventChoice(*row) for row in rows]
        choices.sort(key=lambda c: abs((c.starts_at - now).total_seconds()))
        return tuple(choices[:limit])

    def event_title(self, event_uid: str) -> str | None:
        """The title of the event with ``event_uid``, or None if it no longer exists."""
        with self._db.read() as session:
            return session.scalar(select(Event.title).where(Event.uid == event_uid))
