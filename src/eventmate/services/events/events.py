"""Events: list (upcoming first, then past), read one, create, update, delete and restore.

Views name events by uid. Every write returns what it changed (:class:`Changes`) and refuses
an event that is gone (:class:`~eventmate.services.records.RecordGone`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from eventmate.domain.kinds import EventKind
from eventmate.domain.text import clean_line, fold
from eventmate.services.changes import Changes, changes_of
from eventmate.services.clock import Clock, system_clock
from eventmate.services.events.drafts import (
    MAX_BREAKS,
    MAX_TAGS,
    BreakDraft,
    EventDraft,
    EventInvalid,
    apply_draft,
    tags_named,
    validated_draft,
)
from eventmate.services.events.snapshots import DeletedEvent, restore_event, snapshot_event
from eventmate.services.records import require
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Series, Tag

# Drafts live in .drafts; they are named here too, where callers have always found them.
__all__ = [
    "MAX_BREAKS",
    "MAX_TAGS",
    "BreakDraft",
    "EventDetail",
    "EventDraft",
    "EventInvalid",
    "EventList",
    "EventRow",
    "EventSaved",
    "EventsService",
    "apply_draft",
    "is_upcoming",
    "tags_named",
    "validated_draft",
]


class EventRow(NamedTuple):
    """One event as a list shows it.

    A named tuple rather than a frozen dataclass: it is just as immutable, and builds about
    six times faster, which matters when the events page lists thousands of events.
    """

    id: int
    uid: str
    title: str
    kind: EventKind
    venue: str
    city: str
    starts_at: datetime
    ends_at: datetime | None
    is_sample: bool

    def is_upcoming(self, now: datetime) -> bool:
        """Whether the event is still to come or running at ``now`` (else it is past)."""
        return is_upcoming(self.starts_at, self.ends_at, now)

    def sort_key(self) -> tuple[datetime, int]:
        """Where the event goes in the list: by start, then by id."""
        return (self.starts_at, self.id)


def is_upcoming(starts_at: datetime, ends_at: datetime | None, now: datetime) -> bool:
    """Whether an event starting and ending so is to come or running at ``now``.

    The one rule the events list, its precise updates and the command line share.
    """
    return starts_at >= now or (ends_at is not None and ends_at > now)


@dataclass(frozen=True, slots=True)
class EventList:
    """Events split into those still to come (or running) and those past."""

    upcoming: tuple[EventRow, ...]
    past: tuple[EventRow, ...]


@dataclass(frozen=True, slots=True)
class EventDetail(EventDraft):
    """A stored event with every field (the draft it would be edited as, plus its uid)."""

    uid: str = ""
    id: int = 0
    ical_uid: str | None = None
    is_sample: bool = False


@dataclass(frozen=True, slots=True)
class EventSaved:
    """A new event: its uid, and what storing it changed."""

    uid: str
    changes: Changes


_LIST_SQL = """
SELECT id, uid, title, kind, venue, city, starts_at, ends_at, is_sample
FROM event ORDER BY starts_at, id
"""
_KINDS = {kind.value: kind for kind in EventKind}


def _row(values: Sequence[Any]) -> EventRow:
    """A list row from the raw columns of :data:`_LIST_SQL`."""
    return EventRow(
        int(values[0]),
        str(values[1]),
        str(values[2]),
        _KINDS.get(values[3]) or EventKind.OTHER,
        str(values[4]),
        str(values[5]),
        _utc(values[6]),
        _utc(values[7]) if values[7] is not None else None,
        bool(values[8]),
    )


def _utc(value: object) -> datetime:
    # SQLite hands back the stored text ("2026-11-25 18:00:00.000000", naive UTC); server
    # databases hand back datetimes.
    if isinstance(value, str):
        return datetime.fromisoformat(value + "+00:00")
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class EventsService:
    """Reads and changes events; each method is one unit of work."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def list_events(self, query: str = "") -> EventList:
        """Events, upcoming soonest first, then past most recent first.

        Args:
            query: words that must all appear (accent- and case-insensitively) in the title,
                venue, city or kind; empty lists every event.
        """
        now = self._clock()
        with self._db.read() as session:
            # Plain SQL through the driver's cursor and hand-made rows: SQLAlchemy's result
            # processing costs more than the query itself for thousands of events, and the
            # events page must paint at once.
            cursor = session.connection().connection.cursor()
            try:
                cursor.execute(_LIST_SQL)
                raw = cursor.fetchall()
            finally:
                cursor.close()
        words = fold(clean_line(query).text).split()
        upcoming: list[EventRow] = []
        past: list[EventRow] = []
        for values in raw:
            row = _row(values)
            if words:
                hay = fold(f"{row.title} {row.venue} {row.city} {row.kind.value}")
                if not all(word in hay for word in words):
                    continue
            (upcoming if row.is_upcoming(now) else past).append(row)
        past.reverse()
        return EventList(upcoming=tuple(upcoming), past=tuple(past))

    def rows(self, uids: Iterable[str]) -> dict[str, EventRow]:
        """The list rows of the events with these uids that still exist (for precise updates)."""
        wanted = list(dict.fromkeys(uids))
        found: dict[str, EventRow] = {}
        with self._db.read() as session:
            for start in range(0, len(wanted), 500):
                for values in session.execute(
                    select(
                        Event.id,
                        Event.uid,
                        Event.title,
                        Event.kind,
                        Event.venue,
                        Event.city,
                        Event.starts_at,
                        Event.ends_at,
                        Event.is_sample,
                    ).where(Event.uid.in_(wanted[start : start + 500]))
                ):
                    row = EventRow(*values)
                    found[row.uid] = row
        return found

    def now(self) -> datetime:
        """The service's current time (what "upcoming" is measured against)."""
        return self._clock()

    def uid_for(self, reference: str) -> str | None:
        """The uid of the event named by ``reference``: the id the command line lists, or a uid.

        None when no event is named so.
        """
        reference = reference.strip()
        with self._db.read() as session:
            if reference.isdigit():
                found = session.scalar(select(Event.uid).where(Event.id == int(reference)))
            else:
                found = session.scalar(select(Event.uid).where(Event.uid == reference))
        return str(found) if found is not None else None

    def get(self, event_uid: str) -> EventDetail | None:
        """Every field of one event, or None if it no longer exists."""
        with self._db.read() as session:
            event = session.scalar(
                select(Event)
                .where(Event.uid == event_uid)
                .options(
                    selectinload(Event.breaks),
                    selectinload(Event.tags),
                    selectinload(Event.series),
                )
            )
            if event is None:
                return None
            return EventDetail(
                uid=event.uid,
                id=event.id,
                title=event.title,
                starts_at=event.starts_at,
                kind=event.kind,
                venue=event.venue,
                city=event.city,
                ends_at=event.ends_at,
                all_day=event.all_day,
                my_role=event.my_role,
                programme=event.programme,
                host=event.host,
                series=event.series.name if event.series else "",
                breaks=tuple(BreakDraft(b.label, b.starts_at, b.minutes) for b in event.breaks),
                tags=tuple(sorted((tag.name for tag in event.tags), key=fold)),
                notes=event.notes,
                ical_uid=event.ical_uid,
                is_sample=event.is_sample,
            )

    def create(self, draft: EventDraft) -> EventSaved:
        """Store a new event; returns its uid. Raises :class:`EventInvalid` with the reason."""
        clean = validated_draft(draft)
        with self._db.write() as session:
            event = Event(title=clean.title, starts_at=clean.starts_at)
            session.add(event)
            apply_draft(session, event, clean)
            session.flush()
            uid = event.uid
        return EventSaved(uid, changes_of(session))

    def update(self, event_uid: str, draft: EventDraft) -> Changes:
        """Replace every field of the event with ``draft``.

        Raises:
            EventInvalid: the draft cannot be saved (the message says why).
            RecordGone: the event no longer exists; nothing was changed.
        """
        clean = validated_draft(draft)
        with self._db.write() as session:
            apply_draft(session, require(session, Event, event_uid), clean)
        return changes_of(session)

    def delete(self, event_uid: str) -> DeletedEvent:
        """Delete an event; returns everything :meth:`restore` needs to bring it back exactly.

        Raises:
            RecordGone: the event no longer exists; nothing was changed.
        """
        with self._db.write() as session:
            event = require(session, Event, event_uid)
            deleted = snapshot_event(session, event)
            session.delete(event)
        return replace(deleted, changes=changes_of(session))

    def restore(self, deleted: DeletedEvent) -> Changes:
        """Bring a deleted event back with its uid, breaks, intentions, tags and links."""
        with self._db.write() as session:
            restore_event(session, deleted)
        return changes_of(session)

    def series_names(self) -> tuple[str, ...]:
        """Every series name, in folded order (for the dialog's series choice)."""
        with self._db.read() as session:
            names = session.scalars(select(Series.name)).all()
        return tuple(sorted(names, key=fold))

    def tag_names(self) -> tuple[str, ...]:
        """Every tag name, in folded order (for completion)."""
        with self._db.read() as session:
            names = session.scalars(select(Tag.name)).all()
        return tuple(sorted(names, key=fold))
