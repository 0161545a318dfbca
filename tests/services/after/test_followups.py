"""Follow-ups: default due date, oldest first, done counts as interaction, let it rest."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import NOW
from eventmate.domain.kinds import Direction, FollowUpKind, FollowUpStatus
from eventmate.services.after.followups import FollowUpError
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Person


def _setup(database: Database) -> tuple[int, int]:
    with database.write() as session:
        event = Event(
            title="Gala", starts_at=NOW - timedelta(hours=5), ends_at=NOW - timedelta(hours=2)
        )
        anna = Person(name="Anna", sort_key="anna")
        session.add_all([event, anna])
        session.flush()
        return event.id, anna.id


def test_due_defaults_to_72_hours_after_the_event(services: Services, database: Database) -> None:
    event_id, anna = _setup(database)
    item = services.followups.add("Send the Ligeti recording", person_id=anna, event_id=event_id)
    assert item.due_at == NOW - timedelta(hours=2) + timedelta(hours=72)
    assert item.person_name == "Anna"
    assert item.status is FollowUpStatus.OPEN
    loose = services.followups.add("Practise the Brahms")
    assert loose.due_at == NOW + timedelta(hours=72)


def test_long_past_event_is_due_from_now(services: Services, database: Database) -> None:
    with database.write() as session:
        old = Event(title="Last year", starts_at=NOW - timedelta(days=365))
        session.add(old)
        session.flush()
        old_id = old.id
    assert services.followups.add("late", event_id=old_id).due_at == NOW


def test_empty_text_and_unknown_ids_are_refused(services: Services) -> None:
    with pytest.raises(FollowUpError):
        services.followups.add("  \n ")
    with pytest.raises(FollowUpError):
        services.followups.add("x", person_id=42)
    with pytest.raises(FollowUpError):
        services.followups.mark_done(42)


def test_due_list_is_oldest_first_and_only_open(services: Services, database: Database) -> None:
    _event, anna = _setup(database)
    add = services.followups.add
    add("tomorrow", due_at=NOW + timedelta(days=1))
    add("last week", person_id=anna, due_at=NOW - timedelta(days=7))
    add("next month", due_at=NOW + timedelta(days=30))
    done = add("done already", due_at=NOW - timedelta(days=9))
    resting = add("resting", due_at=NOW - timedelta(days=8))
    services.followups.mark_done(done.id)
    services.followups.let_rest(resting.id, "they moved to Berlin")
    assert [i.text for i in services.followups.due()] == ["last week", "tomorrow"]
    assert [i.text for i in services.followups.open_items()] == [
        "last week",
        "tomorrow",
        "next month",
    ]
    closed = services.followups.closed_items()
    assert {i.text: i.status_note for i in closed} == {
        "done already": "",
        "resting": "they moved to Berlin",
    }


def test_done_counts_as_interaction_and_can_be_reopened(
    services: Services, database: Database
) -> None:
    _event, anna = _setup(database)
    item = services.followups.add("Introduce to Kwame", person_id=anna, kind=FollowUpKind.GIVE)
    done = services.followups.mark_done(item.id)
    assert done.done_at == NOW
    assert services.keep_in_touch.get(anna).last_interaction_at == NOW
    reopened = services.followups.reopen(item.id)
    assert (reopened.status, reopened.done_at) == (FollowUpStatus.OPEN, None)


def test_edit_changes_fields(services: Services, database: Database) -> None:
    _event, anna = _setup(database)
    item = services.followups.add("Ask about the score")
    edited = services.followups.edit(
        item.id,
        text="Ask Anna about the Bach score",
        person_id=anna,
        direction=Direction.THEIRS,
        kind=FollowUpKind.ASK,
        due_at=NOW + timedelta(days=10),
    )
    assert (edited.text, edited.person_id, edited.direction, edited.kind) == (
        "Ask Anna about the Bach score",
        anna,
        Direction.THEIRS,
        FollowUpKind.ASK,
    )
    assert edited.due_at == NOW + timedelta(days=10)
    assert services.followups.for_person(anna)[0].id == item.id
    with pytest.raises(FollowUpError):
        services.followups.edit(item.id, text=" ")
