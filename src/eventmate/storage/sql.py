"""Plain SQL through ``sqlite3`` alone, or through SQLAlchemy on a server database.

The command line's quick reads (search, people, follow-ups, events) and its captures run
portable SQL with ``:name`` parameters. On a SQLite file they go straight through the standard
library (SQLCipher when the file is encrypted: :func:`eventmate.storage.keyed.connect`), so a
command never pays for importing SQLAlchemy (~0.3 s of CPU); on a server the same
statements run through the engine. Either way the caller gets plain tuples and binds times with
``moment()``. Writes (:class:`SqlWriter`) run inside one durable ``BEGIN IMMEDIATE``
transaction, with the same pragmas as the engine's connections (:mod:`eventmate.storage.engine`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from eventmate.storage import keyed
from eventmate.storage.failures import as_failure
from eventmate.storage.identity import BUSY_TIMEOUT_MS
from eventmate.storage.readonly import connect_read_only

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from eventmate.storage.engine import Database

#: Runs one statement with named parameters inside a read transaction; returns its rows.
Execute = Callable[[str, dict[str, Any]], list[tuple[Any, ...]]]


class SqlError(Exception):
    """A statement could not run (a lock held too long, a query the search index refuses)."""


class SqlReader(Protocol):
    """Somewhere plain SQL can be read from, in one transaction per ``read()``."""

    #: The SQL dialect ("sqlite", "postgresql", ...): SQLite has the search indexes.
    dialect: str

    @contextmanager
    def read(self) -> Iterator[Execute]:
        """A read transaction: yields a function that runs a statement and returns its rows."""
        yield _never  # pragma: no cover - protocol

    def moment(self, value: datetime) -> Any:
        """``value`` (aware) as this database compares stored times."""

    def write(self) -> AbstractContextManager[SqlWriter]:
        """One durable write transaction: committed on success, rolled back on any error."""


class SqlWriter(Protocol):
    """Statements inside one write transaction."""

    def rows(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run one statement (``INSERT … RETURNING id`` too) and return its rows."""

    def many(self, sql: str, params: Sequence[Mapping[str, Any]]) -> None:
        """Run one statement once per parameter set."""

    def moment(self, value: datetime) -> Any:
        """``value`` (aware) as this database stores times."""


class _DriverWriter:
    """Writes through a ``sqlite3`` connection inside a transaction someone else began."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection

    def rows(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, params).fetchall()

    def many(self, sql: str, params: Sequence[Mapping[str, Any]]) -> None:
        self._conn.executemany(sql, params)

    def moment(self, value: datetime) -> str:
        return stored_moment(value)


class _SessionWriter:
    """Writes through a SQLAlchemy session's transaction (server databases)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def rows(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        result = self._session.connection().execute(text(sql), params)
        # An UPDATE without RETURNING has no rows (sqlite3 gives [], SQLAlchemy would raise).
        return [tuple(row) for row in result.all()] if result.returns_rows else []

    def many(self, sql: str, params: Sequence[Mapping[str, Any]]) -> None:
        from sqlalchemy import text

        self._session.execute(text(sql), list(params))

    def moment(self, value: datetime) -> Any:
        return value.astimezone(UTC).replace(tzinfo=None)


def session_writer(session: Session) -> SqlWriter:
    """Plain SQL inside ``session``'s write transaction.

    On SQLite the statements go straight to the driver's connection (the transaction the
    session began), skipping SQLAlchemy's per-statement work: a capture is on disk sooner.
    """
    if session.get_bind().dialect.name == "sqlite":
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, keyed.driver_connection_types())  # SQLCipher's when encrypted
        return _DriverWriter(cast("sqlite3.Connection", raw))
    return _SessionWriter(session)


def _never(_sql: str, _params: dict[str, Any]) -> list[tuple[Any, ...]]:  # pragma: no cover
    raise NotImplementedError


def db_errors() -> tuple[type[Exception], ...]:
    """What a plain SQL statement on a file may raise: ``sqlite3``'s errors, and SQLCipher's."""
    return keyed.db_errors()


def _failure(error: Exception) -> Exception:
    """A read's error as a storage failure (disk, lock, damage), else as :class:`SqlError`."""
    failure = as_failure(error)
    if failure is not None:
        return failure
    if type(error).__name__ == "OperationalError":  # sqlite3's or SQLCipher's
        return SqlError(str(error))
    return error


def stored_moment(value: datetime) -> str:
    """An aware time in the text SQLAlchemy stores on SQLite (naive UTC), so comparisons hold."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def aware(value: Any) -> datetime | None:
    """A stored time (text from ``sqlite3``, a datetime from a server) as aware UTC, or None."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class SqliteReader:
    """Reads a SQLite file through the standard library (one short connection per read)."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def read(self) -> Iterator[Execute]:
        """One read transaction on a fresh read-only connection (safe from any thread).

        Read-only: it never waits for a writer, and reads a read-only disk too. A full disk,
        a lock or a damaged page raises :class:`~eventmate.storage.failures.StorageFailure`;
        a statement SQLite refuses otherwise (a search the index cannot take),
        :class:`SqlError`.
        """
        try:
            conn = connect_read_only(self.path, shared=True)
        except keyed.db_errors() as error:
            raise _failure(error) from error
        with closing(conn):
            conn.execute("BEGIN")

            def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
                try:
                    return conn.execute(sql, params).fetchall()
                except keyed.db_errors() as error:
                    raise _failure(error) from error

            try:
                yield execute
            finally:
                conn.execute("ROLLBACK")

    def moment(self, value: datetime) -> str:
        """Times compare as SQLAlchemy stores them on SQLite."""
        return stored_moment(value)

    @contextmanager
    def write(self) -> Iterator[SqlWriter]:
        """One durable write on a fresh connection, with the engine's pragmas."""
        with closing(keyed.connect(self.path, shared=True)) as conn:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")  # Enter survives a power cut
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield _DriverWriter(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except keyed.db_errors() as error:
                # Disk full, read-only, locked, damaged: nothing of this write was stored.
                failure = as_failure(error)
                if failure is None:
                    raise
                raise failure from error


class EngineReader:
    """Reads through SQLAlchemy (server databases, and SQLite opened in memory by tests)."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self.dialect = database.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Execute]:
        """One read transaction in a session of ``database``."""
        from sqlalchemy import text
        from sqlalchemy.exc import OperationalError

        with self._db.read() as session:

            def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
                try:
                    return [tuple(row) for row in session.execute(text(sql), params).all()]
                except OperationalError as error:
                    raise SqlError(str(error)) from error

            yield execute

    def moment(self, value: datetime) -> Any:
        """On SQLite, the stored text; elsewhere the driver binds the naive UTC datetime."""
        if self._db.engine.dialect.name == "sqlite":
            return stored_moment(value)
        return value.astimezone(UTC).replace(tzinfo=None)

    @contextmanager
    def write(self) -> Iterator[SqlWriter]:
        """One durable write in a session of ``database``."""
        with self._db.write() as session:
            yield session_writer(session)


def reader_for(database: Database) -> SqlReader:
    """Plain SQL reads of ``database``: straight through ``sqlite3`` when it is a file."""
    if database.path is not None:
        return SqliteReader(database.path)
    return EngineReader(database)
