"""A person's timeline: everything involving them, newest first (each with its event's uid)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time
from enum import StrEnum

from sqlalchemy import literal, select

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
    #: A short state word: a follow-up's or exchange's ("open", "gave"), an intention's kind.
    state: str = ""
    #: The uid of the event it happened at (what opening the entry shows).
    event_uid: str | None = None


class TimelineService:
    """Builds timelines."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def for_person(self, person_id: int) -> tuple[TimelineItem, ...]:
        """Everything involving ``person_id``, newest first."""
        items: list[TimelineItem] = []
        with self._db.read() as session:
            met = session.execute(
                select(
                    Person.first_met_at,
                    Person.met_how,
                    Event.id,
                    Event.title,
                    Event.starts_at,
                    Event.uid,
                )
                .outerjoin(Event, Event.id == Person.met_event_id)
                .where(Person.id == person_id)
            ).first()
            if met is not None and (met[2] is not None or met[0] is not None):
                items.append(
                    TimelineItem(
                        TimelineKind.MET,
                        person_id,
                        met[0] or met[4],
                        met[1],
                        met[2],
                        met[3] or "",
                        event_uid=met[5],
                    )
                )
            owned = (
                (TimelineKind.CAPTURE, Capture, Capture.raw_text, Capture.captured_at, None),
                (TimelineKind.NOTE, Note, Note.text, Note.created_at, None),
                (TimelineKind.FOLLOW_UP, FollowUp, FollowUp.text, FollowUp.created_at, "status"),
            )
            for kind, model, text_column, moment_column, state in owned:
                state_column = getattr(model, state) if state else literal(None)
                for rid, text, at, status, eid, title, euid in session.execute(
                    select(
                        model.id,
                        text_column,
                        moment_column,
                        state_column,
                        Event.id,
                        Event.title,
                        Event.uid,
                    )
                    .outerjoin(Event, Event.id == model.event_id)
                    .where(model.person_id == person_id)
                ):
                    items.append(
                        TimelineItem(kind, rid, at, text, eid, title or "", status or "", euid)
                    )
            for xid, body, on, direction, eid, title, euid in session.execute(
                select(
                    Exchange.id,
                    Exchange.text,
                    Exchange.occurred_on,
                    Exchange.direction,
                    Event.id,
                    Event.title,
                    Event.uid,
                )
                .outerjoin(Event, Event.id == Exchange.event_id)
                .where(Exchange.person_id == person_id)
            ):
                at = datetime.combine(on, time(12), tzinfo=UTC)
                items.append(
                    TimelineItem(
                        TimelineKind.EXCHANGE, xid, at, body, eid, title or "", direction, euid
                    )
                )
            for rid, body, eid, title, starts, euid in session.execute(
                select(
                    Reflection.id,
                    Reflection.body,
                    Event.id,
                    Event.title,
                    Event.starts_at,
                    Event.uid,
                )
                .join(reflection_mention, reflection_mention.c.reflection_id == Reflection.id)
                .join(Event, Event.id == Reflection.event_id)
                .where(reflection_mention.c.person_id == person_id)
            ):
                items.append(
                    TimelineItem(TimelineKind.REFLECTION, rid, starts, body, eid, title, "", euid)
                )
            # An intention's state is its kind: "connect" (hoped to meet) or "offer".
            for iid, body, eid, title, starts, euid, intention_kind in session.execute(
                select(
                    Intention.id,
                    Intention.text,
                    Event.id,
                    Event.title,
                    Event.starts_at,
                    Event.uid,
                    Intention.kind,
                )
                .join(Event, Event.id == Intention.event_id)
                .where(Intention.person_id == person_id)
            ):
                items.append(
                    TimelineItem(
                        TimelineKind.INTENTION,
                        iid,
                        starts,
                        body,
                        eid,
                        title,
                        str(intention_kind),
                        euid,
                    )
                )
        # At the same moment, meeting someone comes before anything else that evening.
        items.sort(
            key=lambda item: (item.when, item.kind is not TimelineKind.MET, item.id), reverse=True
        )
        return tuple(items)
