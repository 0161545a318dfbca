"""What a write changed, from the change log: for the writer, and for anyone watching."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text
from tests.stores import Stores

from eventmate.services.changes import (
    EVERYTHING,
    NOTHING,
    ChangeFeed,
    Changes,
    Kind,
    changes_of,
    from_rows,
)
from eventmate.storage.change_log import MOST_ROWS, ChangeRow, log_merge
from eventmate.storage.engine import Database
from eventmate.storage.models import Fact, Person


def _add_person(database: Database, name: str) -> tuple[str, Changes]:
    with database.write() as session:
        person = Person(name=name, sort_key=name.lower())
        session.add(person)
        session.flush()
        session.add(Fact(person_id=person.id, text="loves Ligeti"))
    return person.uid, changes_of(session)


def test_a_write_knows_what_it_changed(database: Database) -> None:
    uid, changes = _add_person(database, "Anna")
    assert (Kind.PERSON, uid) in changes.created
    assert changes.touches(Kind.FACT)
    assert not changes.touches(Kind.EVENT)
    assert changes.uids(Kind.PERSON) == {uid}  # made, then its fact touched it: still "created"
    assert not changes.updated
    with database.write() as session:
        session.execute(select(Person)).scalars().one().role = "viola"
    assert changes_of(session) == Changes(updated=frozenset({(Kind.PERSON, uid)}))


def test_a_write_that_changes_nothing_reports_nothing(database: Database) -> None:
    with database.write() as session:
        session.execute(select(Person)).all()
    assert not changes_of(session)
    assert changes_of(session) == NOTHING


def test_listeners_hear_each_committed_write_and_not_a_rolled_back_one(
    database: Database,
) -> None:
    heard: list[Changes] = []
    database.on_write(lambda rows: heard.append(from_rows(rows)))
    uid, _ = _add_person(database, "Anna")
    try:
        with database.write() as session:
            session.add(Person(name="Never", sort_key="never"))
            session.flush()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert len(heard) == 1
    assert (Kind.PERSON, uid) in heard[0].created


def test_rows_made_and_deleted_at_once_read_as_deleted_and_merges_say_where() -> None:
    rows = [
        ChangeRow(1, "person", "a", "c", None),
        ChangeRow(2, "person", "a", "u", None),
        ChangeRow(3, "person", "a", "d", None),
        ChangeRow(4, "person", "b", "m", "c"),
        ChangeRow(5, "insight", "x", "c", None),  # a kind this version does not know
    ]
    changes = from_rows(rows)
    assert changes.deleted == {(Kind.PERSON, "a"), (Kind.PERSON, "b")}
    assert not changes.created
    assert not changes.updated
    assert changes.merged_into("b") == "c"
    assert changes.gone(Kind.PERSON, "b")
    many = [ChangeRow(i, "fact", str(i), "c", None) for i in range(MOST_ROWS + 1)]
    assert from_rows(many) == EVERYTHING


def test_the_feed_hears_another_process_write(
    database: Database, data_dir: Path, stores: Stores
) -> None:
    feed = ChangeFeed(database)
    assert feed.poll() == NOTHING  # starts at the log's end
    _add_person(database, "Before")
    assert feed.poll().touches(Kind.PERSON)
    assert feed.poll() == NOTHING
    # The command line: another connection to the same file.
    other = stores.open(data_dir)
    try:
        uid, _ = _add_person(other, "From the terminal")
    finally:
        other.close()
    changes = feed.poll()
    assert (Kind.PERSON, uid) in changes.created
    assert changes.touches(Kind.FACT)
    feed.close()


def test_the_feed_reports_merges_from_the_log(database: Database) -> None:
    feed = ChangeFeed(database)
    feed.poll()
    a, _ = _add_person(database, "A")
    b, _ = _add_person(database, "B")
    feed.poll()
    with database.write() as session:
        session.delete(session.execute(select(Person).where(Person.uid == a)).scalar_one())
        log_merge(session, "person", a, b)
    assert changes_of(session).merged_into(a) == b
    assert feed.poll().merged_into(a) == b


def test_a_feed_that_fell_behind_the_pruned_log_reads_everything(database: Database) -> None:
    feed = ChangeFeed(database)
    feed.poll()
    _add_person(database, "Seen")
    feed.poll()
    # Pruning (or a restored, older file) removed the row the feed saw last.
    with database.write() as session:
        session.execute(text("DELETE FROM change_log"))
    _add_person(database, "After the pruning")
    assert feed.poll() == EVERYTHING
    assert feed.poll() == NOTHING
    _add_person(database, "Then as usual")
    assert feed.poll().touches(Kind.PERSON)
    feed.close()


def test_a_closed_feed_stops_hearing_writes(database: Database) -> None:
    heard: list[int] = []
    feed = ChangeFeed(database)
    feed.on_write(lambda rows: heard.append(len(rows)))
    _add_person(database, "Heard")
    feed.close()
    _add_person(database, "Not heard")
    assert len(heard) == 1
