"""Follow-ups: default due date, oldest first, done counts as interaction, let it rest; writes
name uids, say what they changed, and are refused once their follow-up or person is gone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from conftest import NOW
from eventmate.domain.kinds import Direction, FollowUpKind, FollowUpStatus
from eventmate.services.after.followups import FollowUpError
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.records import RecordGone
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, FollowUp, Person, change_log


def _setup(database: Database) -> tuple[str, str]:
    with database.write() as session:
        event = Event(
            title="Gala", starts_at=NOW - timedelta(hours=5), ends_at=NOW - timedelta(hours=2)
        )
        anna = Person(name="Anna", sort_key="anna")
        session.add_all([event, anna])
        session.flush()
        return event.uid, anna.uid


def _log_size(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(change_log)) or 0)


def test_due_defaults_to_72_hours_after_the_event(services: Services, database: Database) -> None:
    event, anna = _setup(database)
    item = services.followups.add("Send the Ligeti recording", person_uid=anna, event_uid=event)
    assert item.due_at == NOW - timedelta(hours=2) + timedelta(hours=72)
    assert (item.person_name, item.person_uid, item.event_uid) == ("Anna", anna, event)
    assert item.status is FollowUpStatus.OPEN
    assert (Kind.FOLLOW_UP, item.uid) in item.changes.created
    assert (Kind.PERSON, anna) in item.changes.updated
    loose = services.followups.add("Practise the Brahms")
    assert loose.due_at == NOW + timedelta(hours=72)


def test_long_past_event_is_due_from_now(services: Services, database: Database) -> None:
    with database.write() as session:
        old = Event(title="Last year", starts_at=NOW - timedelta(days=365))
        session.add(old)
        session.flush()
        old_uid = old.uid
    assert services.followups.add("late", event_uid=old_uid).due_at == NOW


def test_empty_text_and_gone_records_are_refused(services: Services) -> None:
    with pytest.raises(FollowUpError):
        services.followups.add("  \n ")
    before = services.followups.open_items()
    with pytest.raises(RecordGone) as gone:
        services.followups.add("x", person_uid="no-such-person")
    assert gone.value.kind is Kind.PERSON
    with pytest.raises(RecordGone):
        services.followups.add("x", event_uid="no-such-event")
    with pytest.raises(RecordGone) as gone:
        services.followups.mark_done("no-such-follow-up")
    assert gone.value.kind is Kind.FOLLOW_UP
    assert services.followups.open_items() == before


def test_writes_to_a_gone_follow_up_change_nothing(services: Services, database: Database) -> None:
    _event, anna = _setup(database)
    item = services.followups.add("Send the score", person_uid=anna)
    other = services.followups.add("Call Kwame")
    with database.write() as session:
        session.execute(delete(FollowUp).where(FollowUp.uid == item.uid))
    before = _log_size(database)
    for write in (
        lambda: services.followups.mark_done(item.uid),
        lambda: services.followups.let_rest(item.uid, "later"),
        lambda: services.followups.reopen(item.uid),
        lambda: services.followups.edit(item.uid, text="changed"),
        lambda: services.followups.get(item.uid),
    ):
        with pytest.raises(RecordGone):
            write()
    assert _log_size(database) == before
    assert services.followups.get(other.uid).status is FollowUpStatus.OPEN


def test_due_list_is_oldest_first_and_only_open(services: Services, database: Database) -> None:
    _event, anna = _setup(database)
    add = services.followups.add
    add("tomorrow", due_at=NOW + timedelta(days=1))
    add("last week", person_uid=anna, due_at=NOW - timedelta(days=7))
    add("next month", due_at=NOW + timedelta(days=30))
    done = add("done already", due_at=NOW - timedelta(days=9))
    resting = add("resting", due_at=NOW - timedelta(days=8))
    services.followups.mark_done(done.uid)
    rested = services.followups.let_rest(resting.uid, "they moved to Berlin")
    assert rested.changes.updated == {(Kind.FOLLOW_UP, resting.uid)}
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
    item = services.followups.add("Introduce to Kwame", person_uid=anna, kind=FollowUpKind.GIVE)
    done = services.followups.mark_done(item.uid)
    assert done.done_at == NOW
    assert done.changes.updated == {(Kind.FOLLOW_UP, item.uid), (Kind.PERSON, anna)}
    anna_id = services.records.id_of(Kind.PERSON, anna)
    assert anna_id is not None
    assert services.keep_in_touch.get(anna_id).last_interaction_at == NOW
    reopened = services.followups.reopen(item.uid)
    assert (reopened.status, reopened.done_at) == (FollowUpStatus.OPEN, None)


def test_edit_changes_fields(services: Services, database: Database) -> None:
    _event, anna = _setup(database)
    item = services.followups.add("Ask about the score")
    edited = services.followups.edit(
        item.uid,
        text="Ask Anna about the Bach score",
        person_uid=anna,
        direction=Direction.THEIRS,
        kind=FollowUpKind.ASK,
        due_at=NOW + timedelta(days=10),
    )
    assert (edited.text, edited.person_uid, edited.direction, edited.kind) == (
        "Ask Anna about the Bach score",
        anna,
        Direction.THEIRS,
        FollowUpKind.ASK,
    )
    assert edited.due_at == NOW + timedelta(days=10)
    assert (Kind.FOLLOW_UP, item.uid) in edited.changes.updated
    anna_id = services.records.id_of(Kind.PERSON, anna)
    assert anna_id is not None
    assert services.followups.for_person(anna_id)[0].uid == item.uid
    with pytest.raises(FollowUpError):
        services.followups.edit(item.uid, text=" ")
    with pytest.raises(RecordGone):
        services.followups.edit(item.uid, person_uid="no-such-person")
    assert services.followups.get(item.uid).person_uid == anna


def test_uid_of_a_listed_number(services: Services) -> None:
    item = services.followups.add("Send the Ligeti")
    assert services.followups.uid_of(item.id) == item.uid
    assert services.followups.uid_of(item.id + 1) is None
