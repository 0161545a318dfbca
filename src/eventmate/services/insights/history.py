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
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Integer, String, func, select, type_coerce, union
from sqlalchemy.orm import Session

from eventmate.domain.kinds import (
    Direction,
    EventKind,
    ExchangeDirection,
    FollowUpStatus,
    IntentionKind,
    IntentionOutcome,
)
from eventmate.services.data.bulk import MAX_BOUND_IDS
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
    #: False for the first part of a read (events and people met only; the rest is empty).
    complete: bool = True

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
    """Converts stored UTC times to local dates, cheaply for thousands of rows.

    The offset from UTC is looked up once per UTC day (at its noon) and applied to the hour:
    daylight-saving changes happen in the small hours, never across a local midnight, so the
    local date comes out right.
    """

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone
        self._days: dict[str, tuple[date, int]] = {}

    def of(self, moment: datetime) -> date:
        """The local date of an aware ``moment``."""
        return moment.astimezone(self._zone).date()

    def of_stored(self, value: Any) -> date:
        """The local date of a stored time: text from SQLite (at least "YYYY-MM-DD HH"), or a
        naive UTC datetime from other databases."""
        if isinstance(value, datetime):
            return self.of(value.replace(tzinfo=UTC))
        text = str(value)
        known = self._days.get(text[:10])
        if known is None:
            day = date.fromisoformat(text[:10])
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
            offset = noon.astimezone(self._zone).utcoffset() or timedelta(0)
            known = self._days[text[:10]] = (day, round(offset.total_seconds() / 60))
        day, offset_minutes = known
        hour = int(text[11:13]) if len(text) >= 13 and text[11:13].isdigit() else 12
        shift = (hour * 60 + offset_minutes) // (24 * 60)
        return day + timedelta(days=shift) if shift else day


def read_history(
    session: Session,
    now: datetime,
    zone: tzinfo | None = None,
    on_first_part: Callable[[History], None] | None = None,
    first_since: date | None = None,
) -> History:
    """Read all-time tallies in ``session`` (one read transaction).

    ``on_first_part`` is given the first chart's data (events, people met) before the rest is
    read; with ``first_since``, people met only at events from that local day on (the period
    on screen), which takes a few milliseconds whatever the years behind it.
    """
    # Core rows straight from the connection: the ORM's row handling would cost more than
    # the queries themselves here.
    connection = session.connection()
    days = LocalDays(zone)
    today = days.of(now)
    events = {
        event_id: (days.of(starts_at), kind)
        for event_id, kind, starts_at in connection.execute(
            select(Event.id, Event.kind, Event.starts_at).where(Event.starts_at <= now)
        )
    }
    recent = None
    if first_since is not None:
        recent = [event_id for event_id, (day, _kind) in events.items() if day >= first_since]
    if on_first_part is not None:
        tallies = _event_tallies(connection, events, recent)
        on_first_part(History(now, today, tallies, (), (), (), (), False))
    if on_first_part is None or recent is not None:
        tallies = _event_tallies(connection, events)
    first = History(now, today, tallies, (), (), (), (), False)
    exchanges = connection.execute(
        select(Exchange.occurred_on, Exchange.direction, func.count())
        .where(Exchange.occurred_on <= today)
        .group_by(Exchange.occurred_on, Exchange.direction)
    )
    return replace(
        first,
        intentions=_intentions(connection, events),
        energy=_energy(connection, events),
        promises=_promises(connection, days.of_stored, today),
        exchanges=tuple((day, direction, count) for day, direction, count in exchanges),
        complete=True,
    )


def _event_tallies(
    connection: Connection,
    events: dict[int, tuple[date, EventKind]],
    only: list[int] | None = None,
) -> tuple[EventTally, ...]:
    """People met at each event (``only`` those events, when given and not too many)."""
    if only is not None and len(only) > MAX_BOUND_IDS:
        only = None
    met_event = Person.met_event_id.is_not(None)
    captured = Capture.event_id.is_not(None)
    reflected = Reflection.id.is_not(None)
    if only is not None:
        met_event = Person.met_event_id.in_(only)
        captured = Capture.event_id.in_(only)
        reflected = Reflection.event_id.in_(only)
    # Each side comes sorted from its covering index, so the ordered UNION merges them and
    # drops repeats as it goes (no temporary index of every pair).
    pairs = (
        union(
            select(Person.met_event_id.label("event_id"), Person.id.label("person_id")).where(
                met_event
            ),
            select(Capture.event_id, Capture.person_id).where(
                captured, Capture.person_id.is_not(None)
            ),
            select(Reflection.event_id, reflection_mention.c.person_id)
            .join(reflection_mention, reflection_mention.c.reflection_id == Reflection.id)
            .where(reflected),
        )
        .order_by("event_id", "person_id")
        .subquery()
    )
    met: dict[int, int] = {
        int(event_id): count
        for event_id, count in connection.execute(
            select(pairs.c.event_id, func.count()).group_by(pairs.c.event_id)
        )
    }
    first: dict[int, int] = {
        int(event_id): count
        for event_id, count in connection.execute(
            select(Person.met_event_id, func.count()).where(met_event).group_by(Person.met_event_id)
        )
        if event_id is not None
    }
    chosen = events if only is None else {event_id: events[event_id] for event_id in only}
    return tuple(
        EventTally(day, kind, int(met.get(event_id, 0)), int(first.get(event_id, 0)))
        for event_id, (day, kind) in sorted(chosen.items(), key=lambda item: item[1][0])
    )


def _intentions(
    connection: Connection, events: dict[int, tuple[date, EventKind]]
) -> tuple[tuple[date, IntentionKind, IntentionOutcome | None, int], ...]:
    tallies: Counter[tuple[date, IntentionKind, IntentionOutcome | None]] = Counter()
    for event_id, kind, outcome, count in connection.execute(
        select(Intention.event_id, Intention.kind, Intention.outcome, func.count()).group_by(
            Intention.event_id, Intention.kind, Intention.outcome
        )
    ):
        event = events.get(event_id)
        if event is not None:
            tallies[(event[0], kind, outcome)] += count
    return tuple((day, kind, outcome, n) for (day, kind, outcome), n in tallies.items())


def _energy(
    connection: Connection, events: dict[int, tuple[date, EventKind]]
) -> tuple[tuple[date, EventKind, int, int], ...]:
    rows = []
    for event_id, before, after in connection.execute(
        select(Reflection.event_id, Reflection.energy_before, Reflection.energy_after).where(
            Reflection.energy_before.is_not(None), Reflection.energy_after.is_not(None)
        )
    ):
        event = events.get(event_id)
        if event is not None and before is not None and after is not None:
            rows.append((event[0], event[1], before, after))
    return tuple(rows)


def _promises(
    connection: Connection, local_day: Callable[[Any], date], today: date
) -> tuple[tuple[date, Direction, PromiseEnd, int], ...]:
    done, due = FollowUp.done_at, FollowUp.due_at
    in_time = done.is_(None) | due.is_(None) | (done <= due)
    # One row per promise, counted here: cheaper than sorting them into groups in SQL. Values
    # come raw (text, no enum or datetime objects); SQLite's text times are cut to the hour.
    sqlite = connection.dialect.name == "sqlite"
    made = type_coerce(
        func.substr(FollowUp.created_at, 1, 13) if sqlite else FollowUp.created_at, String
    )
    rows = connection.execute(
        select(
            made,
            type_coerce(FollowUp.direction, String),
            type_coerce(FollowUp.status, String),
            type_coerce(in_time, Integer),
        )
    )
    counts: Counter[tuple[Any, ...]] = Counter(map(tuple, rows.all()))
    ends = {
        (FollowUpStatus.DONE.value, 1): PromiseEnd.ON_TIME,
        (FollowUpStatus.DONE.value, 0): PromiseEnd.LATE,
        (FollowUpStatus.LET_IT_REST.value, 1): PromiseEnd.LET_REST,
        (FollowUpStatus.LET_IT_REST.value, 0): PromiseEnd.LET_REST,
    }
    directions = {direction.value: direction for direction in Direction}
    days: dict[Any, date] = {}
    tallies: Counter[tuple[date, Direction, PromiseEnd]] = Counter()
    for (hour, whose, state, on_time), count in counts.items():
        day = days.get(hour)
        if day is None:
            day = days[hour] = local_day(hour)
        if day <= today:
            end = ends.get((state, 1 if on_time else 0), PromiseEnd.OPEN)
            tallies[(day, directions[whose], end)] += count
    return tuple((day, whose, end, n) for (day, whose, end), n in tallies.items())
