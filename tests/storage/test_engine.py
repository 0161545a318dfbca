"""Connection settings that keep data safe, and units of work that commit or roll back whole."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from eventmate.storage.engine import BULK_CACHE_KIB, Database
from eventmate.storage.identity import APPLICATION_ID
from eventmate.storage.models import Event, Person


@pytest.mark.sqlite_only("SQLite pragmas")
def test_sqlite_pragmas_are_set_for_durability(database: Database) -> None:
    with database.engine.connect() as connection:
        pragma = {
            name: connection.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
        app_id = connection.execute(text("PRAGMA application_id")).scalar()
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }
    assert app_id == APPLICATION_ID


def test_write_commits_and_is_visible_to_another_connection(database: Database) -> None:
    with database.write() as session:
        session.add(Person(name="Anna Schmidt"))
    with database.engine.connect() as other:  # a connection of its own
        assert other.exec_driver_sql("SELECT name FROM person").fetchall() == [("Anna Schmidt",)]


def test_failed_write_rolls_back_everything(database: Database) -> None:
    with pytest.raises(RuntimeError), database.write() as session:
        session.add(Person(name="Kept?"))
        session.flush()
        raise RuntimeError("boom")
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(Exception, match=r"FOREIGN KEY|foreign key"), database.write() as session:
        session.execute(
            text(
                "INSERT INTO fact (uid, person_id, kind, text, created_at)"
                " VALUES ('u1', 999, 'other', 'x', '2026-01-01')"
            )
        )


@pytest.mark.sqlite_only("SQLite's BEGIN IMMEDIATE")
def test_writes_take_the_write_lock_at_begin(database: Database) -> None:
    """A write unit of work holds SQLite's write lock from its first statement (BEGIN IMMEDIATE),
    so a second writer waits instead of failing half-way through an upgrade."""
    assert database.path is not None
    entered = threading.Event()
    release = threading.Event()

    def hold_write() -> None:
        with database.write() as session:
            session.execute(select(1))
            entered.set()
            release.wait(5)

    thread = threading.Thread(target=hold_write)
    thread.start()
    entered.wait(5)
    other = sqlite3.connect(database.path, timeout=0.05)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.close()
    release.set()
    thread.join()


def test_times_come_back_aware_utc(database: Database) -> None:
    start = datetime(2026, 12, 5, 19, 30, tzinfo=UTC)
    with database.write() as session:
        session.add(Event(title="Gala", starts_at=start))
    with database.read() as session:
        stored = session.scalars(select(Event)).one()
    assert stored.starts_at == start
    assert stored.starts_at.tzinfo is UTC


def test_naive_times_are_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive"), database.write() as session:
        session.add(Event(title="Gala", starts_at=datetime(2026, 12, 5, 19, 30)))


@pytest.mark.sqlite_only("SQLITE_LIMIT_LENGTH")
def test_huge_values_are_refused_by_the_backstop(database: Database, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="too big"), database.write() as session:
        session.add(Person(name="x" * 60_000_000))


@pytest.mark.sqlite_only("SQLite's page cache")
def test_bulk_write_has_a_large_page_cache_until_it_ends(database: Database) -> None:
    with database.write() as session:
        usual = session.execute(text("PRAGMA cache_size")).scalar()
    assert usual != -BULK_CACHE_KIB
    with database.write(bulk=True) as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == -BULK_CACHE_KIB
        driver = session.connection().connection.driver_connection
        assert driver is not None
        session.add(Person(name="imported"))
    # Back in the pool, the connection has given the large cache back.
    assert driver.execute("PRAGMA cache_size").fetchone()[0] == usual
    with database.write() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == usual
        assert session.scalar(select(func.count(Person.id))) == 1


@pytest.mark.sqlite_only("SQLite's synchronous pragma")
def test_quick_write_skips_the_flush_for_that_transaction_only(database: Database) -> None:
    with database.write(durable=False) as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1
        session.add(Person(name="typed quickly"))
    # The same pooled connection is durable again for the next write.
    with database.write() as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2
        assert session.scalar(select(func.count(Person.id))) == 1
