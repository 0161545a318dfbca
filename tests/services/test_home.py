"""Home: the next event and its intentions, promises both ways (mine first), people met lately."""

from __future__ import annotations

from datetime import timedelta

from conftest import NOW
from eventmate.domain.kinds import Direction, FollowUpStatus, IntentionKind
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, FollowUp, Intention, Person


def test_empty_database_has_nothing_to_show(services: Services) -> None:
    summary = services.home.summary()
    assert summary.next_event is None
    assert summary.due == ()
    assert summary.recent_people == ()
    assert not summary.has_any_data
    assert not summary.has_sample_data


def test_next_event_is_the_running_or_soonest_one(services: Services, database: Database) -> None:
    with database.write() as session:
        session.add(Event(title="Last week", starts_at=NOW - timedelta(days=7)))
        running = Event(
            title="Running now",
            starts_at=NOW - timedelta(hours=1),
            ends_at=NOW + timedelta(hours=1),
            intentions=[],
        )
        session.add(running)
        session.add(Event(title="Next week", starts_at=NOW + timedelta(days=7)))
        session.flush()
        session.add(Intention(event_id=running.id, kind="connect", text="Say hello to Anna"))
    summary = services.home.summary()
    assert summary.next_event is not None
    assert summary.next_event.title == "Running now"
    assert summary.next_event.intentions == 1
    assert [line.text for line in summary.next_event.intention_lines] == ["Say hello to Anna"]


def test_event_without_end_counts_as_running_for_a_few_hours(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        session.add(Event(title="Started an hour ago", starts_at=NOW - timedelta(hours=1)))
        session.add(Event(title="Yesterday", starts_at=NOW - timedelta(days=1)))
    summary = services.home.summary()
    assert summary.next_event is not None
    assert summary.next_event.title == "Started an hour ago"


def test_due_promises_oldest_first_without_done_or_far_ones(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        anna = Person(name="Anna")
        session.add(anna)
        session.flush()
        session.add_all(
            [
                FollowUp(person_id=anna.id, text="tomorrow", due_at=NOW + timedelta(days=1)),
                FollowUp(person_id=anna.id, text="last week", due_at=NOW - timedelta(days=7)),
                FollowUp(text="no person", due_at=NOW),
                FollowUp(text="next month", due_at=NOW + timedelta(days=30)),
                FollowUp(text="done", due_at=NOW - timedelta(days=1), status=FollowUpStatus.DONE),
            ]
        )
    due = services.home.summary().due
    assert [item.text for item in due] == ["last week", "no person", "tomorrow"]
    assert due[0].person_name == "Anna"
    assert due[1].person_name is None


def test_the_next_events_intentions_in_their_own_words_and_order(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        anna = Person(name="Anna Schmidt")
        gala = Event(title="Gala", starts_at=NOW + timedelta(days=1))
        session.add_all([anna, gala])
        session.flush()
        session.add_all(
            [
                Intention(event_id=gala.id, kind="mindset", text="Listen more", position=2),
                Intention(
                    event_id=gala.id, kind="offer", text="Two seats", person_id=anna.id, position=1
                ),
                Intention(event_id=gala.id, kind="connect", text="", person_id=anna.id, position=0),
            ]
        )
        for n in range(7):
            session.add(Intention(event_id=gala.id, kind="learn", text=f"More {n}", position=3 + n))
    event = services.home.summary().next_event
    assert event is not None
    lines = event.intention_lines
    assert [(line.kind, line.text, line.person_name) for line in lines[:3]] == [
        (IntentionKind.CONNECT, "", "Anna Schmidt"),
        (IntentionKind.OFFER, "Two seats", "Anna Schmidt"),
        (IntentionKind.MINDSET, "Listen more", None),
    ]
    assert len(lines) == 6  # a few in words; the count says how many in all
    assert event.intentions == 10


def test_my_own_promises_come_first(services: Services, database: Database) -> None:
    with database.write() as session:
        zoe = Person(name="Zoë")
        session.add(zoe)
        session.flush()
        session.add_all(
            [
                FollowUp(
                    person_id=zoe.id,
                    direction=Direction.THEIRS,
                    text="she sends the dates",
                    due_at=NOW - timedelta(days=9),
                ),
                FollowUp(text="I send the score", due_at=NOW + timedelta(days=1)),
                FollowUp(text="I lend the mute", due_at=NOW - timedelta(days=1)),
            ]
        )
    summary = services.home.summary()
    assert [item.text for item in summary.due] == [
        "I lend the mute",
        "I send the score",
        "she sends the dates",
    ]
    assert [item.text for item in summary.promised_to_me] == ["she sends the dates"]
    assert summary.promised_to_me[0].person_uid is not None
    assert len(summary.promised_by_me) == 2


def test_recent_people_newest_meeting_first(services: Services, database: Database) -> None:
    with database.write() as session:
        for days, name in ((3, "Older"), (1, "Newest"), (2, "Middle")):
            person = Person(name=name, created_at=NOW - timedelta(days=9))
            session.add(person)
            session.flush()
            session.add(
                Capture(raw_text=name, person_id=person.id, captured_at=NOW - timedelta(days=days))
            )
        session.add(Person(name="Added by hand today", created_at=NOW))
    names = [person.name for person in services.home.summary().recent_people]
    assert names == ["Newest", "Middle", "Older"]
