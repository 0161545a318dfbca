"""Every bad-database case gets a clear problem and leaves the file byte-for-byte untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eventmate.storage.failures import FailureKind, StorageFailure
from eventmate.storage.identity import APPLICATION_ID
from eventmate.storage.models import Person
from eventmate.storage.opening import (
    DatabaseProblem,
    ProblemKind,
    open_read_only,
    open_sqlite,
    preflight,
)
from mounts import read_only_view

pytestmark = pytest.mark.sqlite_only("opening an SQLite file; a server: test_server_opening.py")


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


def test_database_locked_by_another_program(
    writer_holding_lock: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("eventmate.storage.identity.BUSY_TIMEOUT_MS", 200)
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


# -- issue 12: a folder as the database, read-only disks, readers beside a writer ---------


def test_a_folder_where_the_database_should_be_is_named_plainly(data_dir: Path) -> None:
    path = data_dir / "eventmate.sqlite3"
    path.mkdir()
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(path, data_dir / "backups")
    assert caught.value.kind is ProblemKind.NOT_A_FILE
    assert "folder" in caught.value.advice
    with pytest.raises(DatabaseProblem) as caught:
        open_read_only(path, data_dir / "backups")
    assert caught.value.kind is ProblemKind.NOT_A_FILE
    assert path.is_dir()


def test_a_read_only_folder_is_read_only_not_damaged(data_dir: Path) -> None:
    # chmod works as any user for our own check (root ignores modes, but a folder marked
    # read-only is a clear statement); the real read-only disk is tested below.
    path = data_dir / "eventmate.sqlite3"
    make_database(path, people=3)
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(DatabaseProblem) as caught:
            open_sqlite(path, data_dir / "backups")
        assert caught.value.kind is ProblemKind.READ_ONLY
        assert "read-only" in caught.value.advice
        assert "damaged" not in caught.value.advice.replace("not damaged", "")
        db = open_read_only(path, data_dir / "backups")
        try:
            assert db.read_only
            with db.read() as session:
                assert session.scalar(select(func.count()).select_from(Person)) == 3
        finally:
            db.close()
    finally:
        data_dir.chmod(stat.S_IRWXU)


def test_a_read_only_disk_opens_read_only_for_viewing(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    path = source / "eventmate.sqlite3"
    open_sqlite(path, source / "backups").close()  # as the app leaves it: WAL, no -wal
    db = open_sqlite(path, source / "backups")
    with db.write() as session:
        session.add(Person(name="Anna Schmidt"))
    db.close()
    with read_only_view(source, tmp_path / "view") as view:
        seen = view / "eventmate.sqlite3"
        before = digest(seen)
        for writing in (True, False):
            with pytest.raises(DatabaseProblem) as caught:
                preflight(seen, for_writing=writing) if writing else open_sqlite(
                    seen, view / "backups"
                )
            assert caught.value.kind is ProblemKind.READ_ONLY, caught.value
        facts = preflight(seen, for_writing=False)
        assert facts.revision is not None
        db = open_read_only(seen, view / "backups")
        try:
            with db.read() as session:
                assert session.scalars(select(Person.name)).all() == ["Anna Schmidt"]
            with pytest.raises(StorageFailure) as refused, db.write() as session:
                session.add(Person(name="Not stored"))
            assert refused.value.kind is FailureKind.READ_ONLY
        finally:
            db.close()
        assert digest(seen) == before


@pytest.fixture
def app_writing(data_dir: Path) -> Iterator[Path]:
    """A database as the app keeps it (WAL), with another process in the middle of a write."""
    path = data_dir / "eventmate.sqlite3"
    db = open_sqlite(path, data_dir / "backups")
    with db.write() as session:
        session.add_all(Person(name=f"Person {i}") for i in range(5))
    db.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE person SET name = 'changing' WHERE id = 1")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def test_readers_read_while_another_program_writes(
    app_writing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("eventmate.storage.identity.BUSY_TIMEOUT_MS", 200)
    with pytest.raises(DatabaseProblem) as caught:
        preflight(app_writing)  # a writer is told, after waiting as long as a write would
    assert caught.value.kind is ProblemKind.LOCKED
    facts = preflight(app_writing, for_writing=False)
    db = open_sqlite(app_writing, app_writing.parent / "backups", facts, read_only=True)
    try:
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 5
    finally:
        db.close()


def test_opening_for_writing_waits_as_long_as_a_write_would(
    writer_holding_lock: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    real_connect = sqlite3.connect

    def spy(*args: object, **kwargs: object) -> sqlite3.Connection:
        timeout = kwargs.get("timeout")
        if isinstance(timeout, float | int):
            waits.append(float(timeout))
        return real_connect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("eventmate.storage.identity.BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(sqlite3, "connect", spy)
    assert_refused(writer_holding_lock, ProblemKind.LOCKED)
    assert waits
    assert set(waits) == {0.3}
