"""Name suggestions while typing, and the event and break a capture belongs to."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import NOW
from eventmate.services.changes import EVERYTHING
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Break, Event, Person


@pytest.fixture
def people(services: Services, database: Database) -> Services:
    with database.write() as session:
        event = Event(title="Spring Recital", starts_at=NOW - timedelta(days=90))
        session.add(event)
        session.flush()
        for name in ("Zoë Ng", "Anna Schmidt", "Anna Schmitt", "Seán O'Brien", "Lars Larsen"):
            session.add(Person(name=name, sort_key="", met_event_id=event.id))
    return services


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Zoe", "Zoë Ng"),
        ("zoë n", "Zoë Ng"),
        ("schmit", "Anna Schmitt"),
        ("SEAN", "Seán O'Brien"),
        ("obrien", "Seán O'Brien"),
        ("Lars Larson", "Lars Larsen"),
    ],
)
def test_fuzzy_accent_and_case_insensitive(people: Services, typed: str, expected: str) -> None:
    names = [s.name for s in people.capture.suggest_people(typed)]
    assert names
    assert names[0] == expected


def test_schmit_finds_both_schmidt_and_schmitt(people: Services) -> None:
    names = {s.name for s in people.capture.suggest_people("schmit")}
    assert {"Anna Schmidt", "Anna Schmitt"} <= names


def test_suggestion_says_where_we_met(people: Services) -> None:
    (first, *_) = people.capture.suggest_people("Zoe Ng")
    assert first.met_event_title == "Spring Recital"


@pytest.mark.parametrize("typed", ["", " ", "z", "Z ", "🎻"])
def test_very_short_input_suggests_nothing(people: Services, typed: str) -> None:
    assert people.capture.suggest_people(typed) == ()


def test_unrelated_input_suggests_nothing(people: Services) -> None:
    assert people.capture.suggest_people("Hiroshi Suzuki") == ()


def test_suggestions_wait_for_a_build_in_slices(people: Services) -> None:
    steps = people.capture.names.warm_up_steps()
    next(steps)
    assert people.capture.suggest_people("Zoe") == ()  # building: no stall, no half answers
    for _ in steps:
        pass
    assert [s.name for s in people.capture.suggest_people("Zoe")] == ["Zoë Ng"]


def test_new_and_removed_people_are_seen(people: Services) -> None:
    people.capture.names.warm_up()
    made = people.capture.capture("Priya Sharma — sitar")
    assert [s.name for s in people.capture.suggest_people("priya")] == ["Priya Sharma"]
    found = people.capture.suggest_people("priya")[0]
    assert found.uid == made.person_uid  # a capture linked to the suggestion names this uid
    people.capture.undo(made.uid)
    assert people.capture.suggest_people("priya") == ()


def test_current_event_and_break(services: Services, database: Database) -> None:
    assert services.capture.current_event() is None
    with database.write() as session:
        long_ago = Event(title="Old", starts_at=NOW - timedelta(days=3))
        soon = Event(title="Late show", starts_at=NOW + timedelta(hours=2))
        running = Event(
            title="Autumn Gala",
            starts_at=NOW - timedelta(hours=1),
            ends_at=NOW + timedelta(hours=1),
        )
        session.add_all([long_ago, soon, running])
        session.flush()
        session.add(
            Break(
                event_id=running.id,
                label="Intermission",
                starts_at=NOW - timedelta(minutes=5, seconds=30),
                minutes=20,
            )
        )
        running_id, soon_id = running.uid, soon.uid
    current = services.capture.current_event()
    assert current is not None
    assert current.uid == running_id
    status = services.capture.current_break(running_id)
    assert status is not None
    assert status.is_on
    assert status.minutes_left == 15
    assert status.label == "Intermission"
    later = services.capture.current_break(running_id, NOW + timedelta(minutes=30))
    assert later is None
    assert services.capture.current_break(soon_id) is None
    after = services.capture.current_event(NOW + timedelta(hours=3, minutes=30))
    assert after is not None
    assert after.uid == soon_id
    choices = [c.title for c in services.capture.event_choices()]
    assert choices == ["Autumn Gala", "Late show", "Old"]


def test_a_renamed_person_is_found_by_the_new_name_once_followed(people: Services) -> None:
    people.capture.names.warm_up()
    (anna,) = [s for s in people.capture.suggest_people("Anna Schmidt") if s.name == "Anna Schmidt"]
    written = people.person.set_field(anna.uid, PersonField.NAME, "Anna Weber")
    people.capture.names.follow(written.changes)
    assert [s.uid for s in people.capture.suggest_people("weber")] == [anna.uid]
    # The old name no longer finds her (only the Schmitt who still carries it).
    for typed in ("schmidt", "Anna Schmidt"):
        found = people.capture.suggest_people(typed)
        assert anna.uid not in {s.uid for s in found}
        assert "Anna Schmitt" in {s.name for s in found}


def test_a_reset_rebuilds_the_names(people: Services, database: Database) -> None:
    people.capture.names.warm_up()
    with database.write() as session:  # as a restore would: everything replaced, ids too
        session.query(Person).filter(Person.name == "Lars Larsen").update({"name": "Ida Holm"})
    people.capture.names.follow(EVERYTHING)
    assert [s.name for s in people.capture.suggest_people("ida holm")] == ["Ida Holm"]
    assert people.capture.suggest_people("lars larsen") == ()
