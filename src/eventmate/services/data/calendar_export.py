"""iCalendar export of events, with each event's intentions in its description."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC

from sqlalchemy import select

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


class CalendarExportService:
    """Writes events as an .ics file other calendars import."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def export(
        self, event_ids: Sequence[int] | None = None, control: JobControl | None = None
    ) -> bytes:
        """All events (or the chosen ones), oldest first, as iCalendar bytes."""
        control = control or no_control()
        with self._db.read() as session:
            query = select(Event).order_by(Event.starts_at, Event.id)
            if event_ids is not None:
                query = query.where(Event.id.in_(list(event_ids)))
            events = list(session.scalars(query))
            wanted = {e.id for e in events}
            intentions: dict[int, list[Intention]] = defaultdict(list)
            for intention in session.scalars(
                select(Intention).order_by(Intention.event_id, Intention.position, Intention.id)
            ):
                if intention.event_id in wanted:
                    intentions[intention.event_id].append(intention)
            names = {row[0]: row[1] for row in session.execute(select(Person.id, Person.name))}
            tags: dict[int, list[str]] = defaultdict(list)
            for event_id, name in session.execute(
                select(event_tag.c.event_id, Tag.name)
                .join(Tag, Tag.id == event_tag.c.tag_id)
                .order_by(Tag.name)
            ):
                tags[event_id].append(name)
        out = []
        for index, event in enumerate(events, 1):
            created = event.created_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
            out.append(
                IcsOutEvent(
                    # Stable across exports, so re-importing into a calendar updates events.
                    uid=event.ical_uid or f"eventmate-event-{event.id}-{created}",
                    title=event.title,
                    starts_at=event.starts_at,
                    ends_at=event.ends_at,
                    all_day=event.all_day,
                    location=", ".join(p for p in (event.venue, event.city) if p),
                    description=_description(event, intentions.get(event.id, ()), names),
                    categories=tuple(tags.get(event.id, ())),
                    kind=event.kind.value,
                )
            )
            if index % 1000 == 0:
                control.report(index, len(events))
        return write_ics(out, dtstamp=self._clock())
