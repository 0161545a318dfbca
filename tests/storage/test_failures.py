"""Disk full, read-only and locked are recognised in one place, from any error that carries them."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from eventmate.storage.engine import Database
from eventmate.storage.failures import FailureKind, StorageFailure, as_failure, failure_kind
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite
from mounts import fill, tmpfs

pytestmark = pytest.mark.sqlite_only("SQLite's own error codes (disk full, read-only, locked)")


def sqlite_error(code: int, message: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite_error(13, "database or disk is full"), FailureKind.DISK_FULL),
        (sqlite_error(8 | (3 << 8), "attempt to write a readonly database"), FailureKind.READ_ONLY),
        (sqlite_error(5, "database is locked"), FailureKind.LOCKED),
        (sqlite_error(11, "database disk image is malformed"), FailureKind.DAMAGED),
        (sqlite3.OperationalError("database or disk is full"), FailureKind.DISK_FULL),
        (OSError(errno.ENOSPC, "No space left on device"), FailureKind.DISK_FULL),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), FailureKind.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), FailureKind.READ_ONLY),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), FailureKind.NOT_A_FILE),
        (
            OperationalError("INSERT …", {}, sqlite_error(13, "database or disk is full")),
            FailureKind.DISK_FULL,
        ),
    ],
)
def test_each_cause_is_recognised(error: BaseException, kind: FailureKind) -> None:
    assert failure_kind(error) is kind
    failure = as_failure(error)
    assert failure is not None
    assert failure.kind is kind
    assert failure.message


def test_other_errors_are_not_storage_failures() -> None:
    assert failure_kind(ValueError("no")) is None
    assert failure_kind(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert failure_kind(OSError(errno.ENOENT, "No such file")) is None


def test_a_failing_write_logs_no_parameters(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    # The app logs unexpected errors with their traceback; SQL parameters would put the
    # user's words (names, phone numbers) into eventmate.log.
    secret = "Anna Secretname +44 7700 900123"
    with database.write() as session:
        session.add(Person(name="Somebody"))
    insert = "INSERT INTO fact (person_id, kind, text, created_at) VALUES (999, :k, :t, :c)"
    with (
        caplog.at_level(logging.ERROR),
        pytest.raises(IntegrityError) as caught,
        database.write() as session,
    ):
        session.execute(text(insert), {"k": "other", "t": secret, "c": "2026-01-01"})
    logging.getLogger("eventmate.test").exception("uncaught", exc_info=caught.value)
    assert "IntegrityError" in caplog.text  # the failure is logged, without its values
    assert "7700" not in caplog.text
    assert "Secretname" not in caplog.text
    assert secret not in str(caught.value)


def test_disk_full_write_fails_cleanly_and_works_again_once_space_is_freed(
    tmp_path: Path,
) -> None:
    with tmpfs(tmp_path / "small", "3m") as disk:
        db = open_sqlite(disk / "eventmate.sqlite3", disk / "backups")
        try:
            with db.write() as session:
                session.add(Person(name="Before"))
            filler = fill(disk)
            with pytest.raises(StorageFailure) as caught, db.write() as session:
                session.add_all(Person(name=f"P{i}", recall_cues="x" * 2000) for i in range(200))
            assert caught.value.kind is FailureKind.DISK_FULL
            assert "disk is full" in caught.value.message
            filler.unlink()
            with db.write() as session:
                session.add(Person(name="After"))
            with db.read() as session:
                names = session.scalars(select(Person.name).order_by(Person.id)).all()
                assert names == ["Before", "After"]
                assert session.scalar(select(func.count()).select_from(Person)) == 2
        finally:
            db.close()
        conn = sqlite3.connect(disk / "eventmate.sqlite3")
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
