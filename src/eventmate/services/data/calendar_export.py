"""iCalendar export of events, with each event's intentions in its description.

Every event is written with a stable UID: its own uid, or, for an event that came from another
calendar, that calendar's UID (``Event.ical_uid``), so importing the file again updates events
instead of adding them, and the other calendar recognises its own. Occurrences of another
calendar's repeating event (several events sharing its UID) carry their start as RECURRENCE-ID.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import func, select

from eventmate.interop.ics import IcsOutEvent, write_ics
from eventmate.services.clock import Clock, system_clock
from eventmate.services.progress import JobControl, no_control
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Intention, Person, Tag, event_tag

_KIND_WORDS = {"connect": "Connect", "learn": "Learn", "offer": "Offer", "mindset": "Mindset"}


def _description(event: Event, intentions: Sequence[Intention], names: dict[int, str]) -> str:
    parts = []
    if intentions:
        lines = ["Intentions:"]
        for intention in intentions:
            about = f" ({names[intention.person_id]})" if intention.person_id in names else ""
            outcome = ""
            if intention.outcome is not None:
                outcome = f" — {intention.outcome.value.replace('_', ' ')}"
                if intention.outcome_note:
                    outcome += f": {intention.outcome_note}"
            kind = _KIND_WORDS.get(intention.kind.value, intention.kind.value)
            lines.append(f"- {kind}: {intention.text}{about}{outcome}")
        parts.append("\n".join(lines))
    if event.host:
        parts.append(f"Host: {event.host}")
    if event.programme:
        parts.append(f"Programme:\n{event.programme}")
    if event.notes:
        parts.append(event.notes)
    return "\n\n".join(parts)


def export_uid(uid: str, ical_uid: str | None) -> str:
    """The UID an event is written with: the other calendar's, else its own uid."""
    return ical_uid or uid


def location(venue: str, city: str) -> str:
    """The LOCATION an event is written with: venue and city, comma-separated."""
    return ", ".join(part for part in (venue, city) if part)


class CalendarExportService:
    """Writes events as an .ics file other calendars import."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def export(
        self, event_uids: Sequence[str] | None = None, control: JobControl | None = None
    ) -> bytes:
        """All events (or those with the chosen uids), oldest first, as iCalendar bytes."""
        control = control or no_control()
        with self._db.read() as session:
            query = select(Event).order_by(Event.starts_at, Event.id)
            if event_uids is not None:
                query = query.where(Event.uid.in_(list(event_uids)))
            events = list(session.scalars(query))
            wanted = {e.id for e in events}
            intentions: dict[int, list[Intention]] = defaultdict(list)
            for intention in session.scalars(
                select(Intention).order_by(Intention.event_id, Intention.position, Intention.id)
            ):
                if intention.event_id in wanted:
                    intentions[intention.event_id].append(intention)
            names = {row[0]: row[1] for row in session.execute(select(Person.id, Person.name))}
            # UIDs shared by several events (occurrences of a repeating event imported from
            # another calendar), counted over the whole database, not just the chosen events.
            shared = Counter(
                {
                    str(uid): int(count)
                    for uid, count in session.execute(
                        select(Event.ical_uid, func.count())
                        .where(Event.ical_uid.is_not(None))
                        .group_by(Event.ical_uid)
                        .having(func.count() > 1)
                    )
                }
            )
            tags: dict[int, list[str]] = defaultdict(list)
            for event_id, name in session.execute(
                select(event_tag.c.event_id, Tag.name)
                .join(Tag, Tag.id == event_tag.c.tag_id)
                .order_by(Tag.name)
            ):
                tags[event_id].append(name)
        out = []
        for index, event in enumerate(events, 1):
            ends_at = event.ends_at
            if event.all_day and ends_at is not None:
                # EventMate keeps an all-day event's last minute; iCalendar wants the day after.
                ends_at += timedelta(minutes=1)
            out.append(
                IcsOutEvent(
                    uid=export_uid(event.uid, event.ical_uid),
                    title=event.title,
                    starts_at=event.starts_at,
                    ends_at=ends_at,
                    all_day=event.all_day,
                    location=location(event.venue, event.city),
                    description=_description(event, intentions.get(event.id, ()), names),
                    categories=tuple(tags.get(event.id, ())),
                    kind=event.kind.value,
                    recurrence_id=event.starts_at if shared[event.ical_uid or ""] else None,
                )
            )
            if index % 1000 == 0:
                control.report(index, len(events))
        return write_ics(out, dtstamp=self._clock())
