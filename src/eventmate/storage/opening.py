"""Opening the database safely: recognise bad files before writing, back up before migrating.

Every check here reads the file through a read-only connection first. A file that is corrupt,
locked, read-only, not ours or from a newer EventMate raises :class:`DatabaseProblem` and is
left byte-for-byte untouched.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from eventmate.storage.identity import APPLICATION_ID, BUSY_TIMEOUT_MS, HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from eventmate.storage.engine import Database

log = logging.getLogger(__name__)

_SQLITE_HEADER = b"SQLite format 3\x00"


class ProblemKind(StrEnum):
    """Why a database cannot be opened."""

    NOT_A_DATABASE = "not_a_database"
    CORRUPT = "corrupt"
    NOT_OURS = "not_ours"
    NEWER_VERSION = "newer_version"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    UNREACHABLE = "unreachable"
    MIGRATION_FAILED = "migration_failed"


_ADVICE = {
    ProblemKind.NOT_A_DATABASE: (
        "This file is not a database. Move it away (or restore a backup in its place) "
        "and start EventMate again."
    ),
    ProblemKind.CORRUPT: (
        "The database is damaged. Restore the newest backup (eventmate restore PATH), "
        "or move the file away to start afresh; the damaged file has not been changed."
    ),
    ProblemKind.NOT_OURS: (
        "This database belongs to another program. Choose another data folder "
        "(--data-dir) or move the file away."
    ),
    ProblemKind.NEWER_VERSION: (
        "This database was written by a newer EventMate. Update EventMate to open it; "
        "it has not been changed."
    ),
    ProblemKind.LOCKED: (
        "Another program is writing to the database. Close it (or wait) and try again."
    ),
    ProblemKind.READ_ONLY: (
        "EventMate cannot write to the database or its folder. Check the file's permissions "
        "or choose another data folder (--data-dir)."
    ),
    ProblemKind.UNREACHABLE: "The database server could not be reached. Check the address.",
    ProblemKind.MIGRATION_FAILED: (
        "Updating the database to this version failed; nothing was changed and a backup was kept."
    ),
}


class DatabaseProblem(Exception):
    """The database cannot be opened safely; ``kind`` says why, ``advice`` what to do."""

    def __init__(self, kind: ProblemKind, location: str, detail: str = "") -> None:
        self.kind = kind
        self.location = location
        self.detail = detail
        self.advice = _ADVICE[kind]
        super().__init__(f"{location}: {self.advice}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What a read-only look at an existing database file found."""

    revision: str | None
    is_new: bool = False


def check_integrity(path: Path) -> None:
    """Run ``PRAGMA quick_check`` read-only; raise DatabaseProblem (CORRUPT) if it fails.

    It reads every page, so it grows with the database (about 60 ms at 10k people); the app
    runs it beside Home's first paint instead of before it.
    """
    try:
        with closing(
            sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        ) as conn:
            check = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(ProblemKind.CORRUPT, str(path), str(error)) from error
    if check != [("ok",)]:
        raise DatabaseProblem(ProblemKind.CORRUPT, str(path), str(check[:3]))


def inspect_file(path: Path, known: set[str] | None = None, *, integrity: bool = True) -> FileFacts:
    """Look at an existing database file without changing it; raise DatabaseProblem if bad.

    ``known`` is the set of revisions this version can open; by default only the head is
    assumed known without importing Alembic (an older revision is checked by the migrator).
    ``integrity=False`` leaves out the page-by-page check (see :func:`check_integrity`).
    """
    where = str(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except PermissionError as error:
        raise DatabaseProblem(ProblemKind.READ_ONLY, where, str(error)) from error
    if header != _SQLITE_HEADER:
        raise DatabaseProblem(ProblemKind.NOT_A_DATABASE, where)
    try:
        with closing(
            sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        ) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise DatabaseProblem(ProblemKind.NOT_OURS, where, f"application_id {app_id}")
            if integrity:
                check = conn.execute("PRAGMA quick_check").fetchall()
                if check != [("ok",)]:
                    raise DatabaseProblem(ProblemKind.CORRUPT, where, str(check[:3]))
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = None
            if has_version:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as error:
        message = str(error).lower()
        if "locked" in message or "busy" in message:
            raise DatabaseProblem(ProblemKind.LOCKED, where, str(error)) from error
        kind = ProblemKind.NOT_A_DATABASE if "not a database" in message else ProblemKind.CORRUPT
        raise DatabaseProblem(kind, where, str(error)) from error
    if revision is not None and revision != HEAD_REVISION:
        if known is None:
            from eventmate.storage.migrate import known_revisions

            known = known_revisions()
        if revision not in known:
            raise DatabaseProblem(ProblemKind.NEWER_VERSION, where, f"revision {revision}")
    return FileFacts(revision=revision)


def _check_writable(path: Path) -> None:
    folder = path.parent
    mode = path.stat().st_mode if path.exists() else None
    # Write bits are checked as well as os.access: root may write anything, but a file the
    # user marked read-only is a clear statement that it must not change.
    if mode is not None and (not os.access(path, os.W_OK) or not mode & stat.S_IWUSR):
        raise DatabaseProblem(ProblemKind.READ_ONLY, str(path), "the file is read-only")
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & stat.S_IWUSR:
        raise DatabaseProblem(ProblemKind.READ_ONLY, str(path), f"{folder} is read-only")


def _check_not_locked(path: Path) -> None:
    # A write lock taken and released at once changes nothing in the file, but proves
    # that no other program holds the database for writing.
    try:
        with closing(sqlite3.connect(path, timeout=1.0, isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DatabaseProblem(ProblemKind.LOCKED, str(path), str(error)) from error
        raise DatabaseProblem(ProblemKind.CORRUPT, str(path), str(error)) from error


def preflight(path: Path, *, integrity: bool = True) -> FileFacts:
    """Every check that can be made before writing, through ``sqlite3`` alone (fast).

    Returns what was found; raises :class:`DatabaseProblem` for a file we must not touch.
    A missing or empty file is reported as new (``revision`` None, ``is_new`` True).
    ``integrity=False`` defers the page-by-page check to the caller (:func:`check_integrity`).
    """
    if not path.exists() or path.stat().st_size == 0:
        _check_writable(path)
        return FileFacts(revision=None, is_new=True)
    facts = inspect_file(path, integrity=integrity)
    if facts.revision is None:
        # Stamped with our id but without a schema: an interrupted first start. Treat it
        # as new only if it really holds no tables.
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'")
            if tables.fetchone()[0]:
                raise DatabaseProblem(ProblemKind.CORRUPT, str(path), "no schema revision")
    _check_writable(path)
    _check_not_locked(path)
    return facts


def open_sqlite(path: Path, backups_dir: Path, facts: FileFacts | None = None) -> Database:
    """Open (creating or upgrading if needed) the EventMate database file at ``path``.

    ``facts`` from an earlier :func:`preflight` of the same file skip repeating its checks.
    """
    facts = facts or preflight(path)
    from eventmate.storage.engine import Database, make_engine, sqlite_url

    database = Database(make_engine(sqlite_url(path)), path)
    if facts.revision != HEAD_REVISION:
        _migrate(database, path, backups_dir, facts.revision)
    return database


def _migrate(database: Database, path: Path, backups_dir: Path, revision: str | None) -> None:
    # Imported here: a current file (every normal start) needs neither.
    from eventmate.storage.backup import BackupError, backup_name, take_backup
    from eventmate.storage.migrate import upgrade_to_head

    if revision is not None:
        try:
            info = take_backup(path, backups_dir / backup_name(f"pre-migration-{revision}"))
        except BackupError as error:
            database.close()
            raise DatabaseProblem(ProblemKind.MIGRATION_FAILED, str(path), str(error)) from error
        log.info("backup before migration from %s: %s", revision, info.path)
    try:
        with database.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        upgrade_to_head(database.engine)
    except Exception as error:
        database.close()
        log.exception("migration from %s failed", revision)
        raise DatabaseProblem(ProblemKind.MIGRATION_FAILED, str(path), str(error)) from error
    log.info("database at %s upgraded from %s to %s", path, revision, HEAD_REVISION)


def open_url(url: str | URL) -> Database:
    """Open a database by URL (``EVENTMATE_DATABASE_URL``), upgrading its schema if needed."""
    from sqlalchemy.engine import make_url

    from eventmate.storage.engine import Database, make_engine

    url = make_url(url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database or "").expanduser().resolve()
        return open_sqlite(path, path.parent / "backups")
    from sqlalchemy import exc

    from eventmate.storage.migrate import current_revision, known_revisions, upgrade_to_head

    database = Database(make_engine(url), None)
    try:
        with database.engine.connect() as connection:
            revision = current_revision(connection)
    except exc.OperationalError as error:
        raise DatabaseProblem(
            ProblemKind.UNREACHABLE, url.render_as_string(), str(error)
        ) from error
    if revision is not None and revision not in known_revisions():
        raise DatabaseProblem(ProblemKind.NEWER_VERSION, url.render_as_string(), revision)
    if revision != HEAD_REVISION:
        upgrade_to_head(database.engine)
    return database
