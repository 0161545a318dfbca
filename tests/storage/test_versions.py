"""Versions (0013_devices): every UPDATE of a record a user edits goes up by one, whoever
writes, with one change-log row; a server notifies listeners when the log grows."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from tests.stores import Stores

from eventmate.domain.kinds import FactKind
from eventmate.services.changes import ChangeFeed, Kind
from eventmate.storage.change_notify import ChangeListener
from eventmate.storage.engine import Database, written
from eventmate.storage.models import Event, Fact, FollowUp, Person, Reflection

WHEN = datetime(2026, 11, 1, 19, 30, tzinfo=UTC)


def _person(database: Database) -> int:
    with database.write() as session:
        person = Person(name="Anna", sort_key="anna")
        session.add(person)
        session.flush()
        session.add(Fact(person_id=person.id, kind=FactKind.OTHER, text="viola"))
        session.add(FollowUp(person_id=person.id, text="send the score"))
        event = Event(title="Gala", starts_at=WHEN)
        session.add(event)
        session.flush()
        session.add(Reflection(event_id=event.id, body="good"))
        return person.id


def _versions(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {
            table: int(session.execute(text(f'SELECT max(version) FROM "{table}"')).scalar_one())
            for table in ("person", "event", "reflection", "fact", "follow_up")
        }


def test_every_writer_bumps_the_version_once_with_one_log_row(database: Database) -> None:
    person_id = _person(database)
    assert set(_versions(database).values()) == {1}
    with database.write() as session:  # the ORM
        session.execute(select(Person)).scalar_one().role = "viola"
    assert [(r.kind, r.op) for r in written(session)] == [("person", "u")]
    with database.write() as session:  # plain SQL, as the capture store and other programs
        session.execute(
            text("UPDATE person SET organization = 'Opera' WHERE id = :i"), {"i": person_id}
        )
    assert [(r.kind, r.op) for r in written(session)] == [("person", "u")]
    with database.write() as session:  # a writer that bumps it itself is not bumped twice
        session.execute(text("UPDATE person SET version = version + 1, role = 'cello'"))
    with database.write() as session:  # several tables at once
        for model in (Event, Reflection, Fact, FollowUp):
            session.execute(update(model).values(created_at=WHEN))
    rows = sorted((r.kind, r.op) for r in written(session))
    assert rows.count(("person", "u")) == 2  # its fact and follow-up changed
    assert {("fact", "u"), ("follow_up", "u"), ("reflection", "u")} <= set(rows)
    assert rows.count(("event", "u")) == 2  # itself and its reflection
    assert _versions(database) == {
        "person": 4,
        "event": 2,
        "reflection": 2,
        "fact": 2,
        "follow_up": 2,
    }


def test_the_orm_reads_the_bumped_version_afresh(database: Database) -> None:
    _person(database)
    with database.write() as session:
        session.execute(select(Person)).scalar_one().name = "Anna S."
    with database.read() as session:
        assert session.execute(select(Person.version)).scalar_one() == 2


@pytest.mark.server_only
def test_a_server_notifies_a_listener_of_anyones_write(
    database: Database, data_dir: Path, stores: Stores
) -> None:
    heard = threading.Event()
    listener = ChangeListener(database.engine, heard.set)
    listener.start()
    other = stores.open(data_dir)  # a second device on the same server
    try:
        assert listener.listening.wait(10)
        _person(other)
        assert heard.wait(10)
    finally:
        listener.stop()
        other.close()


@pytest.mark.server_only
def test_a_lost_listening_line_comes_back_and_says_so(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventmate.storage import change_notify

    monkeypatch.setattr(change_notify, "FIRST_PAUSE", 0.05)
    calls: list[int] = []
    called = threading.Condition()

    def on_notify() -> None:
        with called:
            calls.append(1)
            called.notify_all()

    listener = ChangeListener(database.engine, on_notify)
    listener.start()
    try:
        assert listener.listening.wait(10)
        pid = listener.backend_pid
        with database.engine.connect() as connection:  # the line drops (a server restart)
            connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        with called:  # back: told once, as writes may have been missed meanwhile
            assert called.wait_for(lambda: len(calls) >= 1, 20)
        assert listener.listening.wait(10)
        assert listener.backend_pid not in (None, pid)
        before = len(calls)
        _person(database)
        with called:
            assert called.wait_for(lambda: len(calls) > before, 10)
    finally:
        listener.stop()


@pytest.mark.server_only
def test_two_feeds_on_one_server_hear_each_other(
    database: Database, data_dir: Path, stores: Stores
) -> None:
    """Two app instances: each feed is called by the other's write and reads it."""
    other = stores.open(data_dir)
    mine, theirs = ChangeFeed(database), ChangeFeed(other)
    called = threading.Event()
    try:
        mine.start()
        theirs.start()
        assert mine.on_elsewhere(called.set)
        _person(other)
        assert called.wait(10)
        assert mine.poll().touches(Kind.PERSON)
    finally:
        mine.close()
        theirs.close()
        other.close()


@pytest.mark.sqlite_only("a file is watched by PRAGMA data_version, nobody calls out")
def test_a_file_has_no_listener(database: Database) -> None:
    feed = ChangeFeed(database)
    assert not feed.on_elsewhere(lambda: None)
    assert database.listen(lambda: None) is None
    feed.close()
