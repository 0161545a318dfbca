"""The "last captures" capture mode lists: those waiting in the outbox, and the stored ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from eventmate.storage.models import Capture, Event, Person

if TYPE_CHECKING:
    from eventmate.services.capture.outbox import Outbox


@dataclass(frozen=True, slots=True)
class RecentCapture:
    """A capture as the "last captures" list shows it."""

    id: int
    uid: str
    raw_text: str
    captured_at: datetime
    event_uid: str | None
    person_uid: str | None
    person_name: str | None
    #: In this computer's outbox, not on the server yet.
    waiting: bool = False
    #: Why the server refused it (it stays in the outbox), if it did.
    refused: str | None = None


def stored_recent(session: Session, limit: int) -> tuple[RecentCapture, ...]:
    """The newest ``limit`` stored captures, newest first."""
    event = aliased(Event)
    rows = session.execute(
        select(
            Capture.id,
            Capture.uid,
            Capture.raw_text,
            Capture.captured_at,
            event.uid,
            Person.uid,
            Person.name,
        )
        .outerjoin(event, event.id == Capture.event_id)
        .outerjoin(Person, Person.id == Capture.person_id)
        .order_by(Capture.captured_at.desc(), Capture.id.desc())
        .limit(limit)
    ).all()
    return tuple(RecentCapture(*row) for row in rows)


def waiting_recent(outbox: Outbox, limit: int) -> tuple[RecentCapture, ...]:
    """The newest ``limit`` captures waiting in ``outbox`` for the server, newest first."""
    entries = outbox.entries()[-limit:]
    return tuple(
        RecentCapture(0, e.uid, e.raw_text, e.captured_at, e.event_uid, None, None, True, e.refused)
        for e in reversed(entries)
    )
