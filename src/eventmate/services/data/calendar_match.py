"""Which stored event an imported calendar event is, and what updating it from the file changes.

A file's UID names an event EventMate knows in two ways: it is the event's own uid (an .ics
EventMate exported), or the UID of the calendar the event was imported from (``ical_uid``).
An occurrence of a repeating event shares its series' UID and is told apart by its original
start (RECURRENCE-ID). A known event is *updated* only in what a calendar owns — title,
start, end, all-day, location, the kind EventMate itself wrote, and new categories as tags —
never in what was written in EventMate (notes, programme, host, role, breaks, intentions):
a calendar file never overwrites a word the user typed. When nothing a calendar owns
differs, the event is *unchanged* and nothing is written; so importing EventMate's own
export again changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from eventmate.domain.text import clean_line, fold
from eventmate.interop.ics_zones import to_utc
from eventmate.services.data.calendar_export import location
from eventmate.services.events.drafts import EventDraft, tags_named
from eventmate.storage.models import Event

#: Events read per query when looking UIDs up.
_CHUNK = 500


class Status(StrEnum):
    """What importing one calendar event does."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"


class Field(StrEnum):
    """What a calendar owns of an event, and so what an import may update."""

    TITLE = "title"
    START = "start"
    END = "end"
    ALL_DAY = "all_day"
    PLACE = "place"
    KIND = "kind"
    TAGS = "tags"


@dataclass(frozen=True, slots=True)
class Incoming:
    """One event as the file gives it, cleaned.

    Attributes:
        uid: Its UID.
        recurrence_start: For an occurrence of a repeating event, its original start.
        draft: The event as it would be stored new (validated).
        explicit_kind: The file says the kind in EventMate's own ``X-EVENTMATE-KIND``
            (otherwise the kind was guessed from words and never changes a stored event).
    """

    uid: str
    recurrence_start: datetime | None
    draft: EventDraft
    explicit_kind: bool


def recurrence_start(recurrence_id: str, local_tz: tzinfo | None) -> datetime | None:
    """The instant an iCalendar reader's ``recurrence_id`` names (all-day: local midnight)."""
    if not recurrence_id:
        return None
    try:
        if len(recurrence_id) == 10:
            # An all-day occurrence: its local midnight, as the reader reads all-day dates.
            return to_utc(date.fromisoformat(recurrence_id), local_tz)
        moment = datetime.fromisoformat(recurrence_id)
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _second(moment: datetime) -> datetime:
    """``moment`` to the second, in UTC (iCalendar carries no fractions of a second)."""
    return moment.astimezone(UTC).replace(microsecond=0)


def find_events(session: Session, items: Sequence[Incoming]) -> list[Event | None]:
    """The stored event each item is, or None for a new one; no event is matched twice.

    Tags are loaded with the events (:func:`differences` compares them).
    """
    uids = sorted({item.uid for item in items if item.uid})
    own: dict[str, Event] = {}
    foreign: dict[str, _Series] = defaultdict(_Series)
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start : start + _CHUNK]
        for event in session.scalars(
            select(Event).where(Event.uid.in_(chunk)).options(selectinload(Event.tags))
        ):
            own[event.uid] = event
        for event in session.scalars(
            select(Event)
            .where(Event.ical_uid.in_(chunk))
            .order_by(Event.starts_at, Event.id)
            .options(selectinload(Event.tags))
        ):
            foreign[str(event.ical_uid)].add(event)
    claimed: set[int] = set()
    found: list[Event | None] = []
    for item in items:
        match = own.get(item.uid)
        if match is None:
            match = foreign[item.uid].occurrence(item, claimed)
        if match is not None and match.id in claimed:
            match = None
        if match is not None:
            claimed.add(match.id)
            if match.ical_uid is not None and str(match.ical_uid) in foreign:
                foreign[str(match.ical_uid)].matched()
        found.append(match)
    return found


class _Series:
    """The events imported under one UID, in stored order, found by their start.

    A series can hold hundreds of occurrences: an item is looked up by its start, not
    compared with every stored occurrence (that was quadratic: two million comparisons for
    500 occurrences beside 2,000 stored ones).
    """

    def __init__(self) -> None:
        self._events: list[Event] = []
        self._by_start: dict[datetime, list[Event]] = defaultdict(list)
        self._skip: dict[datetime, int] = defaultdict(int)  # matched events at a start's head
        self._left = 0  # events not matched yet

    def add(self, event: Event) -> None:
        self._events.append(event)
        self._by_start[_second(event.starts_at)].append(event)
        self._left += 1

    def matched(self) -> None:
        """One of these events was matched (each is matched once)."""
        self._left -= 1

    def occurrence(self, item: Incoming, claimed: set[int]) -> Event | None:
        """Which of these events, not ``claimed`` yet, the item is.

        An occurrence is found by its original start, else by its start; a single event by
        its start, else it is the one event left with that UID (moved since it was imported).
        """
        for moment in (item.recurrence_start, item.draft.starts_at):
            if moment is None:
                continue
            key = _second(moment)
            same = self._by_start.get(key, [])
            while self._skip[key] < len(same) and same[self._skip[key]].id in claimed:
                self._skip[key] += 1  # matched for good: never looked at again
            if self._skip[key] < len(same):
                return same[self._skip[key]]
        if item.recurrence_start is None and self._left == 1:
            return next(event for event in self._events if event.id not in claimed)
        return None


def _place(stored: Event, incoming: str) -> tuple[str, str] | None:
    """The new (venue, city) for the file's LOCATION; None if it is what EventMate wrote."""
    if clean_line(incoming).text == clean_line(location(stored.venue, stored.city)).text:
        return None
    if stored.city and incoming.endswith(", " + stored.city):
        return incoming[: -len(", " + stored.city)], stored.city
    return incoming, ""


def _day(moment: datetime, local_tz: tzinfo | None) -> date:
    """The local date of ``moment`` (None: the system's zone)."""
    return moment.astimezone(local_tz).date()


def _last_day(starts_at: datetime, ends_at: datetime | None, local_tz: tzinfo | None) -> date:
    """An all-day event's last day (no end: its first day)."""
    return _day(ends_at or starts_at, local_tz)


def _end(starts_at: datetime, ends_at: datetime | None) -> datetime | None:
    """A timed event's end to the second; None when there is none (or it is not after the start)."""
    if ends_at is None or _second(ends_at) <= _second(starts_at):
        return None
    return _second(ends_at)


def differences(event: Event, item: Incoming, local_tz: tzinfo | None) -> tuple[Field, ...]:
    """What of ``event`` the file would change (empty: it is unchanged)."""
    draft = item.draft
    changed: list[Field] = []
    if draft.title != event.title:
        changed.append(Field.TITLE)
    if draft.all_day != event.all_day:
        changed.append(Field.ALL_DAY)
    if draft.all_day and event.all_day:
        # All-day events are days, compared as dates where the file was written and read.
        if _day(draft.starts_at, local_tz) != _day(event.starts_at, local_tz):
            changed.append(Field.START)
        if _last_day(draft.starts_at, draft.ends_at, local_tz) != _last_day(
            event.starts_at, event.ends_at, local_tz
        ):
            changed.append(Field.END)
    else:
        if _second(draft.starts_at) != _second(event.starts_at):
            changed.append(Field.START)
        if _end(draft.starts_at, draft.ends_at) != _end(event.starts_at, event.ends_at):
            changed.append(Field.END)
    if _place(event, draft.venue) is not None:
        changed.append(Field.PLACE)
    if item.explicit_kind and draft.kind != event.kind:
        changed.append(Field.KIND)
    if {fold(name) for name in draft.tags} - {fold(tag.name) for tag in event.tags}:
        changed.append(Field.TAGS)
    return tuple(changed)


def update_event(session: Session, event: Event, item: Incoming, fields: Sequence[Field]) -> None:
    """Change ``fields`` of ``event`` to what the file says (see :func:`differences`)."""
    draft = item.draft
    if Field.TITLE in fields:
        event.title = draft.title
    if Field.START in fields or Field.END in fields or Field.ALL_DAY in fields:
        event.starts_at = draft.starts_at
        event.ends_at = draft.ends_at
        event.all_day = draft.all_day
    if Field.PLACE in fields:
        place = _place(event, draft.venue)
        if place is not None:
            event.venue, event.city = place
    if Field.KIND in fields:
        event.kind = draft.kind
    if Field.TAGS in fields:
        known = {fold(tag.name) for tag in event.tags}
        added = tuple(name for name in draft.tags if fold(name) not in known)
        event.tags = [*event.tags, *tags_named(session, added)]
