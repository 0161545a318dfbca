"""What Home shows: next event and its intentions, promises both ways, people met recently,
reconnects, the reflection waiting.

This module stays free of SQLAlchemy imports so Home can paint first at start-up. Its records
are named tuples, not dataclasses: a frozen dataclass costs ~0.6 ms to define, on the way to
Home's first paint (issue #14).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from eventmate.domain import timing
from eventmate.domain.kinds import Direction, IntentionKind
from eventmate.services.clock import Clock, system_clock
from eventmate.storage.home_queries import HomeQueries


class IntentionLine(NamedTuple):
    """One intention of the next event, as written."""

    kind: IntentionKind
    text: str
    person_name: str | None = None
    person_uid: str | None = None


class NextEvent(NamedTuple):
    """The event happening now or coming next."""

    id: int
    uid: str
    title: str
    venue: str
    city: str
    starts_at: datetime
    ends_at: datetime | None
    is_sample: bool
    #: How many intentions are set (more than are listed, at times).
    intentions: int
    #: The first few intentions, in the order set.
    intention_lines: tuple[IntentionLine, ...] = ()


class DueFollowUp(NamedTuple):
    """An open promise due soon or waiting since earlier."""

    id: int
    uid: str
    text: str
    person_name: str | None
    due_at: datetime | None
    direction: Direction = Direction.MINE
    person_uid: str | None = None
    #: Its version as read (marking it done names it: a change elsewhere is not overwritten).
    version: int = 0


class RecentPerson(NamedTuple):
    """Someone met recently: at an event (first met, captured or mentioned there) or captured."""

    id: int
    uid: str
    name: str
    role: str
    organization: str
    #: The latest meeting: the capture's time, or the start of the event where we met.
    met_at: datetime | None = None


class EventToReflect(NamedTuple):
    """The latest past event without a reflection yet."""

    id: int
    uid: str
    title: str
    starts_at: datetime


class Reconnect(NamedTuple):
    """Someone whose keep-in-touch cadence has come round."""

    id: int
    uid: str
    name: str
    last_interaction_at: datetime | None
    last_event_title: str | None
    last_event_at: datetime | None


class OnThisDay(NamedTuple):
    """Today's one gentle look back: someone first met on this date, or an event on it."""

    years_ago: int
    person_uid: str | None
    person_name: str | None
    event_uid: str | None
    #: The event where we met, or the event on this date.
    event_title: str | None


class LastNight(NamedTuple):
    """Yesterday's event with people met there, whose names I have not rehearsed since."""

    event_id: int
    event_uid: str
    title: str
    starts_at: datetime
    people: int


class HomeSummary(NamedTuple):
    """Everything Home shows, in one read."""

    next_event: NextEvent | None
    #: Open promises due soon: mine first (my own giving), then those made to me.
    due: tuple[DueFollowUp, ...]
    recent_people: tuple[RecentPerson, ...]
    has_any_data: bool
    has_sample_data: bool
    to_reflect: EventToReflect | None = None
    reconnect: tuple[Reconnect, ...] = ()
    on_this_day: OnThisDay | None = None
    last_night: LastNight | None = None
    #: The moment this summary was read as of (the service's clock): due labels count from it.
    now: datetime | None = None

    @property
    def promised_by_me(self) -> tuple[DueFollowUp, ...]:
        """What I promised, due soon or waiting, oldest first."""
        return tuple(item for item in self.due if item.direction is Direction.MINE)

    @property
    def promised_to_me(self) -> tuple[DueFollowUp, ...]:
        """What others promised me, due soon or waiting, oldest first."""
        return tuple(item for item in self.due if item.direction is Direction.THEIRS)


class HomeService:
    """Reads the Home summary."""

    def __init__(self, queries: HomeQueries, clock: Clock = system_clock) -> None:
        self._queries = queries
        self._clock = clock

    def summary(self, *, due_limit: int = 5, people_limit: int = 5) -> HomeSummary:
        """The next event (or the one running) with its intentions, open promises due soon (see
        ``domain.timing.due_soon_until``; mine first, each direction oldest first, at most
        ``due_limit`` each), the people met most recently (newest first)."""
        now = self._clock()
        rows = self._queries.fetch(now, timing.due_soon_until(now), (due_limit, people_limit))
        return HomeSummary(
            next_event=_next_event(rows.next_event),
            due=tuple(_due(row) for row in rows.due),
            recent_people=tuple(RecentPerson(*row) for row in rows.recent_people),
            has_any_data=rows.has_events or rows.has_people,
            has_sample_data=rows.has_sample,
            to_reflect=EventToReflect(*rows.unreflected) if rows.unreflected else None,
            reconnect=tuple(Reconnect(*row) for row in rows.reconnect),
            on_this_day=one_for_today(rows.anniversary, now.astimezone().date()),
            last_night=LastNight(*rows.last_night) if rows.last_night else None,
            now=now,
        )


def _next_event(row: Sequence[Any] | None) -> NextEvent | None:
    if not row:
        return None
    event_id, uid, title, venue, city, starts_at, ends_at, is_sample, count, lines = row
    return NextEvent(
        event_id,
        uid,
        title,
        venue,
        city,
        starts_at,
        ends_at,
        is_sample,
        count,
        tuple(
            IntentionLine(IntentionKind(kind), text, name, who) for kind, text, name, who in lines
        ),
    )


def _due(row: Sequence[Any]) -> DueFollowUp:
    follow_up_id, uid, text, person_name, due_at, direction, person_uid, version = row
    return DueFollowUp(
        follow_up_id, uid, text, person_name, due_at, Direction(direction), person_uid, version
    )


def one_for_today(
    anniversary: tuple[int, Sequence[tuple[Any, ...]], Sequence[tuple[Any, ...]]], today: date
) -> OnThisDay | None:
    """At most one look back a day: someone first met on this date (in the latest year with
    anyone), else an event on it. Among several, the day chooses, so it stays put all day and
    another comes next year."""
    years_ago, people, events = anniversary
    if people:
        person_uid, name, event_title = people[today.toordinal() % len(people)]
        return OnThisDay(years_ago, person_uid, name, None, event_title)
    if events:
        event_uid, title = events[today.toordinal() % len(events)]
        return OnThisDay(years_ago, None, None, event_uid, title)
    return None
