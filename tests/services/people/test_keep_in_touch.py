"""Keep in touch: last interaction from every source, cadence, resting, Home's reconnects."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import NOW
from eventmate.domain.kinds import FollowUpStatus, PersonStatus
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.people.keep_in_touch import KeepInTouchError
from eventmate.services.records import RecordGone
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, FollowUp, Note, Person


def _person(database: Database, name: str, days_ago: int, cadence: int | None = 30) -> int:
    with database.write() as session:
        person = Person(
            name=name,
            sort_key=name.lower(),
            cadence_days=cadence,
            last_interaction_at=NOW - timedelta(days=days_ago),
        )
        session.add(person)
        session.flush()
        return person.id


def test_last_interaction_is_the_latest_of_every_source(
    services: Services, database: Database
) -> None:
    pid = _person(database, "Anna", 200)
    assert services.keep_in_touch.get(pid).last_interaction_at == NOW - timedelta(days=200)
    # Rows written elsewhere (capture mode, notes) without touching last_interaction_at.
    with database.write() as session:
        session.add(
            Capture(raw_text="Anna, cello", person_id=pid, captured_at=NOW - timedelta(days=50))
        )
        session.add(Note(person_id=pid, text="n", created_at=NOW - timedelta(days=40)))
        session.add(
            FollowUp(
                person_id=pid,
                text="f",
                status=FollowUpStatus.DONE,
                done_at=NOW - timedelta(days=20),
            )
        )
    assert services.keep_in_touch.get(pid).last_interaction_at == NOW - timedelta(days=20)


def _uid(services: Services, person_id: int) -> str:
    uid = services.records.uid_of(Kind.PERSON, person_id)
    assert uid is not None
    return uid


def test_cadence_and_rest(services: Services, database: Database) -> None:
    pid = _person(database, "Anna", 10, cadence=None)
    uid = _uid(services, pid)
    assert services.keep_in_touch.set_cadence(uid, 90).updated == {(Kind.PERSON, uid)}
    assert services.keep_in_touch.let_rest(uid, "  on tour\nall year ").changed(Kind.PERSON, uid)
    state = services.keep_in_touch.get(pid)
    assert (state.cadence_days, state.status, state.status_note, state.uid) == (
        90,
        PersonStatus.RESTING,
        "on tour all year",
        uid,
    )
    services.keep_in_touch.wake(uid)
    assert services.keep_in_touch.get(pid).status is PersonStatus.ACTIVE
    with pytest.raises(KeepInTouchError):
        services.keep_in_touch.set_cadence(uid, 0)


def test_a_person_who_is_gone_is_refused_and_nobody_else_changes(
    services: Services, database: Database
) -> None:
    pid = _person(database, "Anna", 10, cadence=None)
    uid = _uid(services, pid)
    with database.write() as session:
        session.delete(session.get(Person, pid))
    other = _person(database, "Someone new", 10, cadence=None)
    for attempt in (
        lambda: services.keep_in_touch.set_cadence(uid, 30),
        lambda: services.keep_in_touch.let_rest(uid, "x"),
        lambda: services.keep_in_touch.wake(uid),
        lambda: services.keep_in_touch.record_interaction(uid),
    ):
        with pytest.raises(RecordGone, match="no longer exists"):
            attempt()
    state = services.keep_in_touch.get(other)
    assert (state.cadence_days, state.status, state.last_interaction_at) == (
        None,
        PersonStatus.ACTIVE,
        NOW - timedelta(days=10),
    )


def test_home_lists_reconnects_longest_waiting_first(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        event = Event(title="May masterclass", starts_at=NOW - timedelta(days=200))
        session.add(event)
        session.flush()
        event_id = event.id
    sean = _person(database, "Seán O'Brien", 200)
    with database.write() as session:
        session.get(Person, sean).met_event_id = event_id  # type: ignore[union-attr]
    anna = _person(database, "Anna", 45)
    _person(database, "Recent", 5)
    _person(database, "No cadence", 400, cadence=None)
    resting = _person(database, "Resting", 300)
    services.keep_in_touch.let_rest(_uid(services, resting), "moved away")
    caught_up = _person(database, "Captured lately", 100)
    with database.write() as session:
        session.add(Capture(raw_text="x", person_id=caught_up, captured_at=NOW - timedelta(days=3)))
    reconnect = services.home.summary().reconnect
    assert [r.id for r in reconnect] == [sean, anna]
    assert [r.uid for r in reconnect] == [_uid(services, sean), _uid(services, anna)]
    assert reconnect[0].last_event_title == "May masterclass"
    assert reconnect[1].last_event_title is None


def test_home_invites_reflection_on_latest_past_event(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        session.add_all(
            [
                Event(title="Long ago", starts_at=NOW - timedelta(days=60)),
                Event(
                    title="Last night",
                    starts_at=NOW - timedelta(hours=22),
                    ends_at=NOW - timedelta(hours=20),
                ),
                Event(
                    title="Running",
                    starts_at=NOW - timedelta(hours=1),
                    ends_at=NOW + timedelta(hours=1),
                ),
            ]
        )
    to_reflect = services.home.summary().to_reflect
    assert to_reflect is not None
    assert to_reflect.title == "Last night"
    services.reflection.open(to_reflect.uid)  # only opening it is not reflecting
    assert services.home.summary().to_reflect == to_reflect
    services.reflection.save_body(to_reflect.uid, "A warm evening.")
    assert services.home.summary().to_reflect is None
