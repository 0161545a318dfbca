"""The change log on both stores: the same rows, a write's own rows exactly, nothing skipped."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, text, update

from eventmate.domain.kinds import IntentionKind
from eventmate.services.changes import ChangeFeed, Kind
from eventmate.storage.engine import Database, written
from eventmate.storage.models import Event, Fact, Intention, Person, Tag

WHEN = datetime(2026, 11, 1, 19, 30, tzinfo=UTC)


def _rows(session_rows: list[object]) -> list[tuple[str, str]]:
    return sorted((row.kind, row.op) for row in session_rows)  # type: ignore[attr-defined]


def test_the_same_rows_on_both_stores(database: Database) -> None:
    """One script of writes; each write's rows (kind, op) as the SQLite triggers make them."""
    seen: list[list[tuple[str, str]]] = []
    with database.write() as session:
        anna = Person(name="Anna", sort_key="anna")
        session.add(anna)
        session.flush()
        session.add(Fact(person_id=anna.id, text="viola"))
    seen.append(_rows(written(session)))
    with database.write() as session:
        session.execute(update(Person).values(role="Viola"))
    seen.append(_rows(written(session)))
    with database.write() as session:
        tag = Tag(name="choir")
        session.add(tag)
        session.flush()
        session.execute(
            text("INSERT INTO person_tag (person_id, tag_id) VALUES (1, :t)"), {"t": tag.id}
        )
    seen.append(_rows(written(session)))
    with database.write() as session:
        event = Event(title="Gala", starts_at=WHEN)
        session.add(event)
        session.flush()
        session.add(Intention(event_id=event.id, kind=IntentionKind.CONNECT, text="say hello"))
    seen.append(_rows(written(session)))
    with database.write() as session:
        session.execute(delete(Fact))
    seen.append(_rows(written(session)))
    with database.write() as session:
        session.execute(delete(Person))  # the tag link goes with her
    seen.append(_rows(written(session)))
    assert seen == [
        [("fact", "c"), ("person", "c"), ("person", "u")],
        [("person", "u")],
        [("person", "u"), ("tag", "c")],
        [("event", "c"), ("event", "u"), ("intention", "c")],
        [("fact", "d"), ("person", "u")],
        [("person", "d")],
    ]


@pytest.mark.server_only
def test_a_write_reads_only_its_own_rows_while_others_commit(database: Database) -> None:
    """A server lets another transaction commit a row numbered after ours mid-write."""
    with database.write() as session:
        session.add(Person(name="Mine", sort_key="mine"))
        session.flush()
        with database.write() as other:  # another connection, committed first
            other.add(Person(name="Theirs", sort_key="theirs"))
        session.add(Person(name="Mine too", sort_key="mine too"))
    mine = {row.uid for row in written(session)}
    with database.read() as check:
        names = dict(check.execute(text("SELECT uid, name FROM person")).all())
    assert sorted(names[uid] for uid in mine) == ["Mine", "Mine too"]


@pytest.mark.server_only
def test_the_feed_waits_for_a_row_still_being_written(database: Database) -> None:
    """Row 1 is written first but committed last: the feed reports it, and nothing is lost."""
    feed = ChangeFeed(database)
    feed.start()
    begun, go_on = threading.Event(), threading.Event()
    done: list[str] = []

    def slow_writer() -> None:
        with database.write() as session:
            person = Person(name="Slow", sort_key="slow")
            session.add(person)
            session.flush()  # its change-log row is numbered now
            begun.set()
            go_on.wait(10)
        done.append(person.uid)

    writer = threading.Thread(target=slow_writer)
    writer.start()
    assert begun.wait(10)
    with database.write() as session:
        quick = Person(name="Quick", sort_key="quick")
        session.add(quick)
    held = feed.poll()  # Quick committed, but after a gap the slow writer may still fill
    assert (Kind.PERSON, quick.uid) not in held.created
    go_on.set()
    writer.join(10)
    later = feed.poll()
    assert {(Kind.PERSON, done[0]), (Kind.PERSON, quick.uid)} <= later.created
    assert feed.poll().created == frozenset()
    feed.close()
