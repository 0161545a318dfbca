"""Reading everything the insights are made of, once, as small per-day tallies (no Qt).

One read gathers, for all time: each past event's day, kind and how many people I met there
(and how many for the first time); intention outcomes; energy before and after; promises by
the day they were made and how they ended; things given and received by day. These tallies are
a few thousand rows even for ten years at 100k people, so a change of period is a pass over
them in memory (:mod:`eventmate.services.insights.compute`), never another read.

Days are local (the computer's time zone). Stored times are UTC; converting each row would cost
more than the query, so a stored time is converted once per distinct hour.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import String, distinct, func, select, type_coerce, union_all
from sqlalchemy.orm import Session

from eventmate.domain.kinds import (
    Direction,
    EventKind,
    ExchangeDirection,
    FollowUpStatus,
    IntentionKind,
    IntentionOutcome,
)
from eventmate.storage.models import (
    Capture,
    Event,
    Exchange,
    FollowUp,
    Intention,
    Person,
    Reflection,
    reflection_mention,
)


class PromiseEnd(StrEnum):
    """How a promise ended, or that it is still open.

    A promise is kept **on time** when it was marked done by its due moment (the end of the
    chosen day, or 72 hours after the event by default), or has no due date or no record of
    when it was done; **late** when done after that.
    """

    ON_TIME = "on_time"
    LATE = "late"
    LET_REST = "let_rest"
    OPEN = "open"


@dataclass(frozen=True, slots=True)
class EventTally:
    """One past event: its local day and kind, and the people I met there."""

    day: date
    kind: EventKind
    #: Different people met there: first met there, captured there or mentioned in its reflection.
    met: int
    #: Of those, people whose first meeting was this event.
    first_time: int


@dataclass(frozen=True, slots=True)
class History:
    """All-time tallies, read at ``as_of``; every ``day`` is a local date."""

    as_of: datetime
    today: date
    events: tuple[EventTally, ...]
    #: (event day, kind, outcome or None if not reviewed, how many)
    intentions: tuple[tuple[date, IntentionKind, IntentionOutcome | None, int], ...]
    #: (event day, event kind, energy before, energy after) for reflections with both.
    energy: tuple[tuple[date, EventKind, int, int], ...]
    #: (day made, whose promise, how it ended, how many)
    promises: tuple[tuple[date, Direction, PromiseEnd, int], ...]
    #: (day, given or received, how many)
    exchanges: tuple[tuple[date, ExchangeDirection, int], ...]

    @property
    def first_day(self) -> date | None:
        """The earliest day anything in the tallies happened."""
        days = [
            *(tally.day for tally in self.events),
            *(row[0] for row in self.promises),
            *(row[0] for row in self.exchanges),
        ]
        return min(days) if days else None


class LocalDays:
    """Converts stored UTC times to local dates, once per distinct hour."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone
        self._cache: dict[Any, date] = {}

    def of(self, moment: datetime) -> date:
        """The local date of an aware ``moment``."""
        return moment.astimezone(self._zone).date()

    def of_stored(self, value: Any) -> date:
        """The local date of a stored time: text from SQLite, a naive UTC datetime elsewhere."""
        if isinstance(value, datetime):
            key: Any = (value.year, value.month, value.day, value.hour)
        else:
            key = value = str(value)
            key = value[:13]
        day = self._cache.get(key)
        if day is None:
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
            day = self.of(moment.replace(tzinfo=UTC))
            self._cache[key] = day
        return day


def read_history(session: Session, now: datetime, zone: tzinfo | None = None) -> History:
    """Read all-time tallies in ``session`` (one read transaction)."""
    days = LocalDays(zone)
    events = {
        event_id: (days.of(starts_at), kind)
        for event_id, kind, starts_at in session.execute(
            select(Event.id, Event.kind, Event.starts_at).where(Event.starts_at <= now)
        )
    }
    return History(
        as_of=now,
        today=days.of(now),
        events=_event_tallies(session, events),
        intentions=_intentions(session, events),
        energy=_energy(session, events),
        promises=_promises(session, days.of_stored, days.of(now)),
        exchanges=tuple(
            (day, direction, count)
            for day, direction, count in session.execute(
                select(Exchange.occurred_on, Exchange.direction, func.count())
                .where(Exchange.occurred_on <= days.of(now))
                .group_by(Exchange.occurred_on, Exchange.direction)
            )
        ),
    )


def _event_tallies(
    session: Session, events: dict[int, tuple[date, EventKind]]
) -> tuple[EventTally, ...]:
    mention = select(Reflection.event_id, reflection_mention.c.person_id).join(
        reflection_mention, reflection_mention.c.reflection_id == Reflection.id
    )
    pairs = union_all(
        select(Person.met_event_id.label("event_id"), Person.id.label("person_id")).where(
            Person.met_event_id.is_not(None)
        ),
        select(Capture.event_id, Capture.person_id).where(
            Capture.event_id.is_not(None), Capture.person_id.is_not(None)
        ),
        mention,
    ).subquery()
    met: dict[int, int] = {
        int(event_id): count
        for event_id, count in session.execute(
            select(pairs.c.event_id, func.count(distinct(pairs.c.person_id))).group_by(
                pairs.c.event_id
            )
        )
    }
    first: dict[int, int] = {
        int(event_id): count
        for event_id, count in session.execute(
            select(Person.met_event_id, func.count())
            .where(Person.met_event_id.is_not(None))
            .group_by(Person.met_event_id)
        )
        if event_id is not None
    }
    return tuple(
        EventTally(day, kind, int(met.get(event_id, 0)), int(first.get(event_id, 0)))
        for event_id, (day, kind) in sorted(events.items(), key=lambda item: item[1][0])
    )


def _intentions(
    session: Session, events: dict[int, tuple[date, EventKind]]
) -> tuple[tuple[date, IntentionKind, IntentionOutcome | None, int], ...]:
    tallies: Counter[tuple[date, IntentionKind, IntentionOutcome | None]] = Counter()
    for event_id, kind, outcome, count in session.execute(
        select(Intention.event_id, Intention.kind, Intention.outcome, func.count()).group_by(
            Intention.event_id, Intention.kind, Intention.outcome
        )
    ):
        event = events.get(event_id)
        if event is not None:
            tallies[(event[0], kind, outcome)] += count
    return tuple((day, kind, outcome, n) for (day, kind, outcome), n in tallies.items())


def _energy(
    session: Session, events: dict[int, tuple[date, EventKind]]
) -> tuple[tuple[date, EventKind, int, int], ...]:
    rows = []
    for event_id, before, after in session.execute(
        select(Reflection.event_id, Reflection.energy_before, Reflection.energy_after).where(
            Reflection.energy_before.is_not(None), Reflection.energy_after.is_not(None)
        )
    ):
        event = events.get(event_id)
        if event is not None and before is not None and after is not None:
            rows.append((event[0], event[1], before, after))
    return tuple(rows)


def _promises(
    session: Session, local_day: Callable[[Any], date], today: date
) -> tuple[tuple[date, Direction, PromiseEnd, int], ...]:
    done, due = FollowUp.done_at, FollowUp.due_at
    in_time = done.is_(None) | due.is_(None) | (done <= due)
    # Counted per hour made (SQLite stores text, so the hour is a prefix); elsewhere per
    # moment. Values come raw (no enum or datetime objects per row): tens of thousands of rows.
    sqlite = session.get_bind().dialect.name == "sqlite"
    made = type_coerce(
        func.substr(FollowUp.created_at, 1, 13) if sqlite else FollowUp.created_at, String
    )
    direction = type_coerce(FollowUp.direction, String)
    status = type_coerce(FollowUp.status, String)
    tallies: Counter[tuple[date, Direction, PromiseEnd]] = Counter()
    for hour, whose, state, on_time, count in session.execute(
        select(made, direction, status, in_time, func.count()).group_by(
            made, direction, status, in_time
        )
    ):
        if state == FollowUpStatus.DONE:
            end = PromiseEnd.ON_TIME if on_time else PromiseEnd.LATE
        elif state == FollowUpStatus.LET_IT_REST:
            end = PromiseEnd.LET_REST
        else:
            end = PromiseEnd.OPEN
        day = local_day(hour)
        if day <= today:
            tallies[(day, Direction(whose), end)] += count
    return tuple((day, whose, end, n) for (day, whose, end), n in tallies.items())
