"""Every bad-database case gets a clear problem and leaves the file byte-for-byte untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventmate.storage.identity import APPLICATION_ID
from eventmate.storage.models import Person
from eventmate.storage.opening import DatabaseProblem, ProblemKind, open_sqlite


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path: Path, people: int = 50) -> None:
    db = open_sqlite(path, path.parent / "backups")
    with db.write() as session:
        session.add_all(Person(name=f"Person {i}", recall_cues="cue " * 50) for i in range(people))
    db.close()
    # Fold the WAL into the main file so the file alone is the whole database.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def assert_refused(path: Path, kind: ProblemKind) -> DatabaseProblem:
    before = digest(path)
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(path, path.parent / "backups")
    assert caught.value.kind is kind
    assert str(path) in str(caught.value)
    assert caught.value.advice
    assert digest(path) == before
    return caught.value


def test_a_new_file_is_created_and_reopened(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    open_sqlite(path, data_dir / "backups").close()
    reopened = open_sqlite(path, data_dir / "backups")
    reopened.close()


def test_garbage_file_is_refused(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    path.write_bytes(b"this is a shopping list, not a database\n" * 100)
    assert_refused(path, ProblemKind.NOT_A_DATABASE)


def test_truncated_header_is_refused(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    path.write_bytes(b"SQLite form")
    assert_refused(path, ProblemKind.NOT_A_DATABASE)


def test_scribbled_database_is_reported_corrupt(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    make_database(path, people=400)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    for offset in range(3 * page, len(data) - page, page):
        data[offset + 8 : offset + 200] = os.urandom(192)
    path.write_bytes(bytes(data))
    assert_refused(path, ProblemKind.CORRUPT)


def test_another_programs_database_is_not_touched(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('mine')")
    conn.commit()
    conn.close()
    assert_refused(path, ProblemKind.NOT_OURS)


def test_database_from_a_newer_version_is_not_touched(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    make_database(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    problem = assert_refused(path, ProblemKind.NEWER_VERSION)
    assert "newer" in problem.advice


@pytest.fixture
def writer_holding_lock(data_dir: Path) -> Iterator[Path]:
    path = data_dir / "eventmate.sqlite3"
    make_database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def test_database_locked_by_another_program(writer_holding_lock: Path) -> None:
    problem = assert_refused(writer_holding_lock, ProblemKind.LOCKED)
    assert "Another program" in problem.advice


def test_read_only_database_is_not_touched(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    make_database(path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        assert_refused(path, ProblemKind.READ_ONLY)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_interrupted_first_start_with_only_the_id_is_completed(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    open_sqlite(path, data_dir / "backups").close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)
    conn.close()


def test_older_database_is_backed_up_then_upgraded(data_dir: Path) -> None:
    from alembic import command

    from eventmate.storage.identity import HEAD_REVISION
    from eventmate.storage.migrate import alembic_config, current_revision

    path = data_dir / "eventmate.sqlite3"
    make_database(path, people=10)
    db = open_sqlite(path, data_dir / "backups")
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002_search")
    db.close()
    upgraded = open_sqlite(path, data_dir / "backups")
    with upgraded.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION
    upgraded.close()
    backups = list((data_dir / "backups").glob("*pre-migration-0002_search*"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002_search",)
    assert conn.execute("SELECT count(*) FROM person").fetchone() == (10,)
    conn.close()
