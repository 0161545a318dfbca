"""iCalendar export: every event with its intentions, read back by icalendar and our reader."""

from __future__ import annotations

from datetime import timedelta

import icalendar
from tests.conftest import NOW

from eventmate.domain.kinds import IntentionKind, IntentionOutcome
from eventmate.interop.ics import read_ics
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Intention, Person


def test_events_export_with_intentions_in_the_description(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        anna = Person(name="Anna Schmidt")
        event = Event(
            title='Autumn Gala; 2nd, "late"',
            starts_at=NOW,
            ends_at=NOW + timedelta(hours=2),
            venue="Wigmore Hall",
            city="London",
        )
        session.add_all([anna, event])
        session.flush()
        session.add_all(
            [
                Intention(
                    event_id=event.id,
                    kind=IntentionKind.CONNECT,
                    text="say hello",
                    person_id=anna.id,
                    outcome=IntentionOutcome.MET,
                    outcome_note="coffee",
                ),
                Intention(
                    event_id=event.id, kind=IntentionKind.MINDSET, text="listen first", position=1
                ),
            ]
        )
    data = services.calendar.export()
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    vevent = events[0]
    assert str(vevent["SUMMARY"]) == 'Autumn Gala; 2nd, "late"'
    assert str(vevent["LOCATION"]) == "Wigmore Hall, London"
    description = str(vevent["DESCRIPTION"])
    assert "- Connect: say hello (Anna Schmidt) — met: coffee" in description
    assert "- Mindset: listen first" in description
    assert vevent.decoded("DTSTART") == NOW
    again = read_ics(data, window_start=NOW - timedelta(days=1), window_end=NOW + timedelta(days=1))
    assert [e.title for e in again.events] == ['Autumn Gala; 2nd, "late"']
    # The same event keeps its UID across exports (calendars update instead of duplicating).
    assert services.calendar.export() == data


def test_sample_events_all_export(services: Services) -> None:
    services.sample_data.add()
    calendar = icalendar.Calendar.from_ical(services.calendar.export())
    assert len(list(calendar.walk("VEVENT"))) == 3


def test_an_all_day_event_of_two_days_ends_after_its_last_day(services: Services) -> None:
    from datetime import date, datetime

    from eventmate.services.events.events import EventDraft

    first = datetime(2026, 12, 20).astimezone()  # local midnight, as the dialog stores it
    last = datetime(2026, 12, 21, 23, 59).astimezone()
    services.events.create(
        EventDraft(title="Weekend course", starts_at=first, ends_at=last, all_day=True)
    )
    (vevent,) = icalendar.Calendar.from_ical(services.calendar.export()).walk("VEVENT")
    assert vevent.decoded("DTSTART") == date(2026, 12, 20)
    assert vevent.decoded("DTEND") == date(2026, 12, 22)  # iCalendar's end is exclusive
