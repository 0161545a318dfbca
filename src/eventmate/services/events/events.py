"""Events: list (upcoming first, then past), read one, create, update, delete and restore."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from eventmate.domain.kinds import EventKind, MyRole
from eventmate.domain.text import clean_line, clean_text, fold
from eventmate.services.clock import Clock, system_clock
from eventmate.services.events.snapshots import DeletedEvent, restore_event, snapshot_event
from eventmate.storage.engine import Database
from eventmate.storage.models import Break, Event, Series, Tag

#: Most tags one event can carry (a paste of a long list is cut here, not stored whole).
MAX_TAGS = 50
#: Most breaks one event can have.
MAX_BREAKS = 20


class EventInvalid(ValueError):
    """The event cannot be saved as given; the message says why, in the user's words."""


class EventRow(NamedTuple):
    """One event as a list shows it.

    A named tuple rather than a frozen dataclass: it is just as immutable, and builds about
    six times faster, which matters when the events page lists thousands of events.
    """

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


@dataclass(frozen=True, slots=True)
class BreakDraft:
    """A break as entered: a label, when it starts (aware) and how long it lasts."""

    label: str
    starts_at: datetime
    minutes: int


@dataclass(frozen=True, slots=True)
class EventDraft:
    """Every field of an event as the user entered it; only title and start are required."""

    title: str
    starts_at: datetime
    kind: EventKind = EventKind.OTHER
    venue: str = ""
    city: str = ""
    ends_at: datetime | None = None
    all_day: bool = False
    my_role: MyRole | None = None
    programme: str = ""
    host: str = ""
    series: str = ""
    breaks: tuple[BreakDraft, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class EventDetail(EventDraft):
    """A stored event with every field (the draft it would be edited as, plus its id)."""

    id: int = 0
    ical_uid: str | None = None
    is_sample: bool = False


def validated_draft(draft: EventDraft) -> EventDraft:
    """``draft`` with every text cleaned; raises :class:`EventInvalid` if it cannot be saved."""
    title = clean_line(draft.title).text
    # A title of only invisible characters (zero-width spaces) reads as no title at all.
    if not any(unicodedata.category(ch)[0] not in "CZ" for ch in title):
        raise EventInvalid("An event needs a title.")
    if draft.starts_at.tzinfo is None or (
        draft.ends_at is not None and draft.ends_at.tzinfo is None
    ):
        raise EventInvalid("Times must carry a time zone.")
    if draft.ends_at is not None and draft.ends_at < draft.starts_at:
        raise EventInvalid("The event ends before it starts.")
    breaks = []
    for item in draft.breaks[:MAX_BREAKS]:
        if item.minutes <= 0:
            raise EventInvalid("A break needs a length of at least one minute.")
        if item.starts_at.tzinfo is None:
            raise EventInvalid("Times must carry a time zone.")
        breaks.append(
            BreakDraft(clean_line(item.label, limit=200).text, item.starts_at, item.minutes)
        )
    tags: list[str] = []
    seen: set[str] = set()
    for raw in draft.tags:
        name = clean_line(raw.lstrip("#"), limit=100).text
        if name and fold(name) not in seen:
            seen.add(fold(name))
            tags.append(name)
    return EventDraft(
        title=title,
        starts_at=draft.starts_at,
        kind=EventKind(draft.kind),
        venue=clean_line(draft.venue).text,
        city=clean_line(draft.city).text,
        ends_at=draft.ends_at,
        all_day=draft.all_day,
        my_role=MyRole(draft.my_role) if draft.my_role else None,
        programme=clean_text(draft.programme).text,
        host=clean_line(draft.host).text,
        series=clean_line(draft.series).text,
        breaks=tuple(sorted(breaks, key=lambda b: b.starts_at)),
        tags=tuple(tags[:MAX_TAGS]),
        notes=clean_text(draft.notes).text,
    )


def _series(session: Session, name: str) -> Series | None:
    if not name:
        return None
    existing = session.scalar(select(Series).where(Series.name == name))
    if existing is not None:
        return existing
    # Reuse a series spelled differently ("thursday Chamber series"), else create it.
    for series in session.scalars(select(Series)):
        if fold(series.name) == fold(name):
            return series
    series = Series(name=name)
    session.add(series)
    return series


def _tags(session: Session, names: tuple[str, ...]) -> list[Tag]:
    if not names:
        return []
    by_fold = {fold(tag.name): tag for tag in session.scalars(select(Tag))}
    tags = []
    for name in names:
        tag = by_fold.get(fold(name))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            by_fold[fold(name)] = tag
        tags.append(tag)
    return tags


def apply_draft(session: Session, event: Event, draft: EventDraft) -> None:
    """Set every field of ``event`` from a validated ``draft`` (series and tags found or made)."""
    event.title = draft.title
    event.kind = draft.kind
    event.venue = draft.venue
    event.city = draft.city
    event.starts_at = draft.starts_at
    event.ends_at = draft.ends_at
    event.all_day = draft.all_day
    event.my_role = draft.my_role
    event.programme = draft.programme
    event.host = draft.host
    event.notes = draft.notes
    event.series = _series(session, draft.series)
    event.tags = _tags(session, draft.tags)
    event.breaks = [
        Break(label=item.label, starts_at=item.starts_at, minutes=item.minutes)
        for item in draft.breaks
    ]


_LIST_SQL = """
SELECT id, title, kind, venue, city, starts_at, ends_at, is_sample
FROM event ORDER BY starts_at, id
"""
_KINDS = {kind.value: kind for kind in EventKind}


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
        rows = [
            (
                int(r[0]),
                str(r[1]),
                _KINDS.get(r[2]) or EventKind.OTHER,
                str(r[3]),
                str(r[4]),
                _utc(r[5]),
                _utc(r[6]) if r[6] is not None else None,
                bool(r[7]),
            )
            for r in raw
        ]
        words = fold(clean_line(query).text).split()
        upcoming: list[EventRow] = []
        past: list[EventRow] = []
        for values in rows:
            row = EventRow(*values)
            if words:
                hay = fold(f"{row.title} {row.venue} {row.city} {row.kind.value}")
                if not all(word in hay for word in words):
                    continue
            running = row.ends_at is not None and row.ends_at > now
            (upcoming if row.starts_at >= now or running else past).append(row)
        past.reverse()
        return EventList(upcoming=tuple(upcoming), past=tuple(past))

    def get(self, event_id: int) -> EventDetail | None:
        """Every field of one event, or None if it no longer exists."""
        with self._db.read() as session:
            event = session.scalar(
                select(Event)
                .where(Event.id == event_id)
                .options(
                    selectinload(Event.breaks),
                    selectinload(Event.tags),
                    selectinload(Event.series),
                )
            )
            if event is None:
                return None
            return EventDetail(
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

    def create(self, draft: EventDraft) -> int:
        """Store a new event; returns its id. Raises :class:`EventInvalid` with the reason."""
        clean = validated_draft(draft)
        with self._db.write() as session:
            event = Event(title=clean.title, starts_at=clean.starts_at)
            session.add(event)
            apply_draft(session, event, clean)
            session.flush()
            return event.id

    def update(self, event_id: int, draft: EventDraft) -> bool:
        """Replace every field of ``event_id`` with ``draft``; False if it no longer exists."""
        clean = validated_draft(draft)
        with self._db.write() as session:
            event = session.get(Event, event_id)
            if event is None:
                return False
            apply_draft(session, event, clean)
            return True

    def delete(self, event_id: int) -> DeletedEvent | None:
        """Delete an event; returns everything :meth:`restore` needs to bring it back exactly."""
        with self._db.write() as session:
            event = session.get(Event, event_id)
            if event is None:
                return None
            deleted = snapshot_event(session, event)
            session.delete(event)
            return deleted

    def restore(self, deleted: DeletedEvent) -> None:
        """Bring a deleted event back with the same id, breaks, intentions, tags and links."""
        with self._db.write() as session:
            restore_event(session, deleted)

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
