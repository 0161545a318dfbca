"""Opening the database safely: recognise bad files before writing, back up before migrating.

Every check here reads the file through a read-only connection first. A file that is corrupt,
locked, read-only, not ours or from a newer EventMate raises :class:`DatabaseProblem` and is
left byte-for-byte untouched.
"""

from __future__ import annotations

import logging
import os
import stat
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from eventmate.storage import keyed
from eventmate.storage.failures import FailureKind, failure_kind
from eventmate.storage.identity import APPLICATION_ID, HEAD_REVISION
from eventmate.storage.key_errors import KeyFileError
from eventmate.storage.keyed import EncryptionUnavailable, KeyNeeded, db_errors
from eventmate.storage.private_files import create_private_file
from eventmate.storage.problems import DatabaseProblem, ProblemKind, check_key, key_problem
from eventmate.storage.readonly import connect_read_only, folder_writable, on_read_only_disk

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from eventmate.storage.engine import Database

log = logging.getLogger(__name__)

#: DatabaseProblem and ProblemKind live in storage/problems.py; imported from here as before.
__all__ = ["DatabaseProblem", "FileFacts", "ProblemKind", "open_sqlite", "preflight"]

_SQLITE_HEADER = b"SQLite format 3\x00"


class FileFacts(NamedTuple):
    """What a read-only look at an existing database file found."""

    revision: str | None
    is_new: bool = False


def check_integrity(path: Path) -> None:
    """Run ``PRAGMA quick_check`` read-only; raise DatabaseProblem (CORRUPT) if it fails.

    It reads every page, so it grows with the database (about 60 ms at 10k people); the app
    runs it beside Home's first paint instead of before it.
    """
    try:
        with closing(connect_read_only(path)) as conn:
            check = conn.execute("PRAGMA quick_check").fetchall()
    except (KeyNeeded, KeyFileError, EncryptionUnavailable) as error:
        raise key_problem(error, path) from error
    except db_errors() as error:
        kind = failure_kind(error)
        if kind is FailureKind.LOCKED:
            raise DatabaseProblem(ProblemKind.LOCKED, str(path), str(error)) from error
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
    _check_is_file(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise _os_problem(error, where) from error
    encrypted = header != _SQLITE_HEADER and keyed.key_file_path(path).exists()
    if header != _SQLITE_HEADER and not encrypted:
        raise DatabaseProblem(ProblemKind.NOT_A_DATABASE, where)
    if encrypted:
        check_key(path)
    try:
        with closing(connect_read_only(path)) as conn:
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
    except (KeyNeeded, KeyFileError, EncryptionUnavailable) as error:
        raise key_problem(error, path) from error
    except db_errors() as error:
        message = str(error).lower()
        if "locked" in message or "busy" in message:
            raise DatabaseProblem(ProblemKind.LOCKED, where, str(error)) from error
        if "unable to open" in message and not folder_writable(path.parent):
            # A -wal file with changes but no -shm on a read-only disk: SQLite cannot read it.
            raise DatabaseProblem(ProblemKind.READ_ONLY, where, str(error)) from error
        if failure_kind(error) is FailureKind.DISK_FULL:
            raise DatabaseProblem(ProblemKind.DISK_FULL, where, str(error)) from error
        # With its key checked against the key file, an encrypted file that does not read
        # as a database is damaged (a wrong passphrase never gets this far).
        plain_not_db = "not a database" in message and not encrypted
        kind = ProblemKind.NOT_A_DATABASE if plain_not_db else ProblemKind.CORRUPT
        raise DatabaseProblem(kind, where, str(error)) from error
    if revision is not None and revision != HEAD_REVISION:
        if known is None:
            from eventmate.storage.migrate import known_revisions

            known = known_revisions()
        if revision not in known:
            raise DatabaseProblem(ProblemKind.NEWER_VERSION, where, f"revision {revision}")
    return FileFacts(revision=revision)


def _check_is_file(path: Path) -> None:
    """Refuse a directory (or a device, a socket…) where the database file should be."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise _os_problem(error, str(path)) from error
    if stat.S_ISDIR(mode):
        raise DatabaseProblem(ProblemKind.NOT_A_FILE, str(path), "it is a folder")
    if not stat.S_ISREG(mode):
        raise DatabaseProblem(ProblemKind.NOT_A_FILE, str(path), "it is not a regular file")


_PROBLEM_OF_FAILURE = {
    FailureKind.READ_ONLY: ProblemKind.READ_ONLY,
    FailureKind.DISK_FULL: ProblemKind.DISK_FULL,
    FailureKind.NOT_A_FILE: ProblemKind.NOT_A_FILE,
    FailureKind.LOCKED: ProblemKind.LOCKED,
    FailureKind.DAMAGED: ProblemKind.CORRUPT,
}


def _os_problem(error: OSError, where: str) -> DatabaseProblem:
    # Anything else (an I/O error of a failing disk) means the file cannot be read: damaged.
    kind = failure_kind(error)
    problem = _PROBLEM_OF_FAILURE[kind] if kind is not None else ProblemKind.CORRUPT
    return DatabaseProblem(problem, where, error.strerror or str(error))


def _check_writable(path: Path) -> None:
    folder = path.parent
    if on_read_only_disk(folder):
        raise DatabaseProblem(ProblemKind.READ_ONLY, str(path), "it is on a read-only disk")
    mode = path.stat().st_mode if path.exists() else None
    # Write bits are checked as well as os.access: root may write anything, but a file the
    # user marked read-only is a clear statement that it must not change.
    if mode is not None and (not os.access(path, os.W_OK) or not mode & stat.S_IWUSR):
        raise DatabaseProblem(ProblemKind.READ_ONLY, str(path), "the file is read-only")
    if not folder_writable(folder):
        raise DatabaseProblem(ProblemKind.READ_ONLY, str(path), f"{folder} is read-only")


def _check_not_locked(path: Path) -> None:
    # A write lock taken and released at once changes nothing in the file, but proves that
    # no other program holds the database for writing. It waits as long as any write would
    # (busy_timeout), so opening and writing agree on what "locked" means.
    try:
        with closing(keyed.connect(path, shared=True)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
    except db_errors() as error:
        kind = failure_kind(error)
        if kind is FailureKind.LOCKED:
            raise DatabaseProblem(ProblemKind.LOCKED, str(path), str(error)) from error
        if kind is FailureKind.DISK_FULL:
            raise DatabaseProblem(ProblemKind.DISK_FULL, str(path), str(error)) from error
        if kind is FailureKind.READ_ONLY:
            raise DatabaseProblem(ProblemKind.READ_ONLY, str(path), str(error)) from error
        raise DatabaseProblem(ProblemKind.CORRUPT, str(path), str(error)) from error


def preflight(path: Path, *, integrity: bool = True, for_writing: bool = True) -> FileFacts:
    """Every check that can be made before writing, through raw connections alone (fast).

    Returns what was found; raises :class:`DatabaseProblem` for a file we must not touch.
    A missing or empty file is reported as new (``revision`` None, ``is_new`` True).
    ``integrity=False`` defers the page-by-page check to the caller (:func:`check_integrity`).
    ``for_writing=False`` (a reader) neither needs write permission nor waits for another
    program's write lock: WAL lets readers read while someone writes.
    """
    _check_is_file(path)
    if not path.exists() or path.stat().st_size == 0:
        _check_writable(path)
        return FileFacts(revision=None, is_new=True)
    facts = inspect_file(path, integrity=integrity)
    if facts.revision is None:
        # Stamped with our id but without a schema: an interrupted first start. Treat it
        # as new only if it really holds no tables.
        with closing(connect_read_only(path)) as conn:  # inspect_file read it: key known
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'")
            if tables.fetchone()[0]:
                raise DatabaseProblem(ProblemKind.CORRUPT, str(path), "no schema revision")
    if for_writing or facts.revision != HEAD_REVISION:
        # An older schema must be upgraded before anything can read it: that is a write.
        _check_writable(path)
        _check_not_locked(path)
    return facts


def open_sqlite(
    path: Path, backups_dir: Path, facts: FileFacts | None = None, *, read_only: bool = False
) -> Database:
    """Open (creating or upgrading if needed) the EventMate database file at ``path``.

    ``facts`` from an earlier :func:`preflight` of the same file skip repeating its checks.
    ``read_only`` opens a current database for reading only: no write permission needed, no
    waiting for another writer, and every write refused with ``StorageFailure``. A new or
    older database is created or upgraded first (a write) even then.
    """
    facts = facts or preflight(path, for_writing=not read_only)
    from eventmate.storage.engine import Database, file_engine

    if read_only and not facts.is_new and facts.revision == HEAD_REVISION:
        return Database(file_engine(path, read_only=True), path, read_only=True)
    if facts.is_new:
        try:
            create_private_file(path)  # SQLite would create it readable by everyone
        except OSError as error:
            raise _os_problem(error, str(path)) from error
    database = Database(file_engine(path), path)
    if facts.revision != HEAD_REVISION:
        _migrate(database, path, backups_dir, facts.revision)
    return database


def open_read_only(path: Path, backups_dir: Path) -> Database:
    """Open a database that cannot (or must not) be written, for viewing, search and export.

    Unlike ``open_sqlite(read_only=True)`` nothing is ever created or upgraded: a database
    that would need it is refused with :class:`DatabaseProblem` (READ_ONLY).
    """
    _check_is_file(path)
    if not path.exists() or path.stat().st_size == 0:
        raise DatabaseProblem(ProblemKind.READ_ONLY, str(path), "there is no database yet")
    facts = inspect_file(path)
    if facts.revision != HEAD_REVISION:
        raise DatabaseProblem(
            ProblemKind.READ_ONLY, str(path), "it must be updated before it can be read"
        )
    return open_sqlite(path, backups_dir, facts, read_only=True)


def _migrate(database: Database, path: Path, backups_dir: Path, revision: str | None) -> None:
    # Imported here: a current file (every normal start) needs neither.
    from eventmate.storage.backup import BackupError, backup_name, take_backup
    from eventmate.storage.migrate import upgrade_to_head

    if revision is not None:
        try:
            info = take_backup(path, backups_dir / backup_name(f"pre-migration-{revision}"))
        except BackupError as error:
            database.close()
            kind = ProblemKind.DISK_FULL if error.disk_full else ProblemKind.MIGRATION_FAILED
            raise DatabaseProblem(kind, str(path), str(error)) from error
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
        failure = failure_kind(error)
        kind = ProblemKind.MIGRATION_FAILED
        if failure is not None and failure is not FailureKind.DAMAGED:
            kind = _PROBLEM_OF_FAILURE[failure]
        raise DatabaseProblem(kind, str(path), str(error).splitlines()[0]) from error
    log.info("database at %s upgraded from %s to %s", path, revision, HEAD_REVISION)


def open_url(url: str | URL) -> Database:
    """Open a database by URL (``EVENTMATE_DATABASE_URL``), upgrading its schema if needed.

    A server is checked first (``storage.server.check_server``): a connection that fails
    raises :class:`DatabaseProblem` naming what failed (unreachable, wrong password, no such
    database, too old, TLS required). Its upgrade is one transaction (PostgreSQL's DDL is
    transactional), so a failed one leaves the database as it was; no file backup is taken.
    """
    from sqlalchemy.engine import make_url

    from eventmate.storage.engine import Database, make_engine

    url = make_url(url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database or "").expanduser().resolve()
        return open_sqlite(path, path.parent / "backups")
    from sqlalchemy import exc

    from eventmate.storage.migrate import current_revision, known_revisions, upgrade_to_head
    from eventmate.storage.server import ServerProblem, check_server, is_server_url

    where = url.render_as_string()
    if is_server_url(url):
        try:
            check_server(url)
            engine = make_engine(url)
        except ServerProblem as problem:
            raise DatabaseProblem(ProblemKind(problem.kind.value), where, problem.detail) from None
    else:
        engine = make_engine(url)
    database = Database(engine, None)
    try:
        with database.engine.connect() as connection:
            revision = current_revision(connection)
    except exc.OperationalError as error:
        database.close()
        raise DatabaseProblem(ProblemKind.UNREACHABLE, where, str(error)) from error
    if revision is not None and revision not in known_revisions():
        database.close()
        raise DatabaseProblem(ProblemKind.NEWER_VERSION, where, revision)
    if revision != HEAD_REVISION:
        try:
            upgrade_to_head(database.engine)
        except Exception as error:
            database.close()
            log.exception("migration of the server database from %s failed", revision)
            raise DatabaseProblem(
                ProblemKind.MIGRATION_FAILED, where, str(error).splitlines()[0]
            ) from error
    return database
