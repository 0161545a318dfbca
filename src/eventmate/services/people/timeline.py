"""A person's timeline: everything involving them, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time
from enum import StrEnum

from sqlalchemy import select

from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    Event,
    Exchange,
    FollowUp,
    Intention,
    Note,
    Person,
    Reflection,
    reflection_mention,
)


class TimelineKind(StrEnum):
    """What a timeline entry is."""

    MET = "met"
    CAPTURE = "capture"
    NOTE = "note"
    FOLLOW_UP = "follow_up"
    EXCHANGE = "exchange"
    REFLECTION = "reflection"
    INTENTION = "intention"


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One moment with a person: when, what, and the event it happened at (if any)."""

    kind: TimelineKind
    id: int
    when: datetime
    text: str
    event_id: int | None = None
    event_title: str = ""
    #: A short state word for follow-ups and exchanges ("open", "done", "gave", …).
    state: str = ""


class TimelineService:
    """Builds timelines."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def for_person(self, person_id: int) -> tuple[TimelineItem, ...]:
        """Everything involving ``person_id``, newest first."""
        items: list[TimelineItem] = []
        with self._db.read() as session:
            met = session.execute(
                select(Person.first_met_at, Person.met_how, Event.id, Event.title, Event.starts_at)
                .outerjoin(Event, Event.id == Person.met_event_id)
                .where(Person.id == person_id)
            ).first()
            if met is not None and (met[2] is not None or met[0] is not None):
                when = met[0] or met[4]
                items.append(
                    TimelineItem(TimelineKind.MET, person_id, when, met[1], met[2], met[3] or "")
                )
            for cid, raw, at, eid, title in session.execute(
                select(Capture.id, Capture.raw_text, Capture.captured_at, Event.id, Event.title)
                .outerjoin(Event, Event.id == Capture.event_id)
                .where(Capture.person_id == person_id)
            ):
                items.append(TimelineItem(TimelineKind.CAPTURE, cid, at, raw, eid, title or ""))
            for nid, body, at, eid, title in session.execute(
                select(Note.id, Note.text, Note.created_at, Event.id, Event.title)
                .outerjoin(Event, Event.id == Note.event_id)
                .where(Note.person_id == person_id)
            ):
                items.append(TimelineItem(TimelineKind.NOTE, nid, at, body, eid, title or ""))
            for fid, body, at, status, eid, title in session.execute(
                select(
                    FollowUp.id,
                    FollowUp.text,
                    FollowUp.created_at,
                    FollowUp.status,
                    Event.id,
                    Event.title,
                )
                .outerjoin(Event, Event.id == FollowUp.event_id)
                .where(FollowUp.person_id == person_id)
            ):
                items.append(
                    TimelineItem(TimelineKind.FOLLOW_UP, fid, at, body, eid, title or "", status)
                )
            for xid, body, on, direction, eid, title in session.execute(
                select(
                    Exchange.id,
                    Exchange.text,
                    Exchange.occurred_on,
                    Exchange.direction,
                    Event.id,
                    Event.title,
                )
                .outerjoin(Event, Event.id == Exchange.event_id)
                .where(Exchange.person_id == person_id)
            ):
                at = datetime.combine(on, time(12), tzinfo=UTC)
                items.append(
                    TimelineItem(TimelineKind.EXCHANGE, xid, at, body, eid, title or "", direction)
                )
            for rid, body, eid, title, starts in session.execute(
                select(Reflection.id, Reflection.body, Event.id, Event.title, Event.starts_at)
                .join(reflection_mention, reflection_mention.c.reflection_id == Reflection.id)
                .join(Event, Event.id == Reflection.event_id)
                .where(reflection_mention.c.person_id == person_id)
            ):
                items.append(TimelineItem(TimelineKind.REFLECTION, rid, starts, body, eid, title))
            for iid, body, eid, title, starts in session.execute(
                select(Intention.id, Intention.text, Event.id, Event.title, Event.starts_at)
                .join(Event, Event.id == Intention.event_id)
                .where(Intention.person_id == person_id)
            ):
                items.append(TimelineItem(TimelineKind.INTENTION, iid, starts, body, eid, title))
        # At the same moment, meeting someone comes before anything else that evening.
        items.sort(
            key=lambda item: (item.when, item.kind is not TimelineKind.MET, item.id), reverse=True
        )
        return tuple(items)
