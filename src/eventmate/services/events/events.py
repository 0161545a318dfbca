"""Events: list (upcoming first, then past), read one, create, update, delete and restore.

Views name events by uid. Every write returns what it changed (:class:`Changes`) and refuses
an event that is gone (:class:`~eventmate.services.records.RecordGone`); an update that names
the version the user edited refuses an event changed since (``StaleEdit``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import selectinload

from eventmate.domain.text import fold
from eventmate.domain.timing import is_upcoming as is_upcoming
from eventmate.services.changes import Changes, Kind, changes_of
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
from eventmate.services.events.event_list import EventList as EventList
from eventmate.services.events.event_list import EventListing
from eventmate.services.events.event_list import EventRow as EventRow
from eventmate.services.events.snapshots import DeletedEvent, restore_event, snapshot_event
from eventmate.services.records import KeptByOthers, require, require_current
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Series, Tag
from eventmate.storage.sql import reader_for
from eventmate.storage.team import kept_by_others

# Drafts live in .drafts; they are named here too, where callers have always found them. The
# events list, its precise updates and the command line split upcoming from past by the one
# rule Home and capture mode use too (``domain.timing.is_upcoming``).
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
    "draft_fields",
    "is_upcoming",
    "tags_named",
    "validated_draft",
]


@dataclass(frozen=True, slots=True)
class EventDetail(EventDraft):
    """A stored event with every field (the draft it would be edited as, plus its uid)."""

    uid: str = ""
    id: int = 0
    ical_uid: str | None = None
    is_sample: bool = False
    #: The event's version as read (one more with every change to it, by anyone).
    version: int = 0


@dataclass(frozen=True, slots=True)
class EventSaved:
    """A new event: its uid, and what storing it changed."""

    uid: str
    changes: Changes


class EventsService:
    """Reads and changes events; each method is one unit of work."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def list_events(self, query: str = "") -> EventList:
        """Events, upcoming soonest first, then past most recent first (see EventListing)."""
        return EventListing(reader_for(self._db), self._clock).list_events(query)

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
            return None if event is None else _detail(event)

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

    def update(self, event_uid: str, draft: EventDraft, *, version: int | None = None) -> Changes:
        """Replace every field of the event with ``draft``.

        ``version``: the event's version the user edited; if anyone changed the event since,
        nothing is written and :class:`StaleEdit` carries the draft (``mine``) and the event as
        stored now (``theirs``), field by field (:func:`draft_fields`).

        Raises:
            EventInvalid: the draft cannot be saved (the message says why).
            RecordGone: the event no longer exists; nothing was changed.
            StaleEdit: the event changed since ``version``; nothing was changed.
        """
        clean = validated_draft(draft)
        with self._db.write() as session:
            event = require_current(
                session,
                Event,
                event_uid,
                version,
                mine=draft_fields(clean),
                theirs=lambda row: draft_fields(_detail(row)),
            )
            changed = draft_fields(clean) != draft_fields(_detail(event))
            apply_draft(session, event, clean)
            if changed:  # breaks and tags are rows of their own: the version counts them too
                event.version = event.version + 1
        return changes_of(session)

    def delete(self, event_uid: str) -> DeletedEvent:
        """Delete an event; returns everything :meth:`restore` needs to bring it back exactly.

        Raises:
            RecordGone: the event no longer exists; nothing was changed.
            KeptByOthers: on a server, others in the team keep private rows on the event
                (``0015_cascade``); nothing was changed.
        """
        title = ""
        try:
            with self._db.write() as session:
                event = require(session, Event, event_uid)
                title = event.title
                deleted = snapshot_event(session, event)
                session.delete(event)
        except DBAPIError as error:
            if kept_by_others(error):
                raise KeptByOthers(Kind.EVENT, event_uid, title) from error
            raise
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


def draft_fields(draft: EventDraft) -> dict[str, Any]:
    """The fields of an event as entered, by name (what a stale save compares)."""
    return {field.name: getattr(draft, field.name) for field in fields(EventDraft)}


def _detail(event: Event) -> EventDetail:
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
        version=event.version,
    )
