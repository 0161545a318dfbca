"""Plain SQL read through ``sqlite3`` alone, or through SQLAlchemy on a server database.

The command line's quick reads (search, people, follow-ups, events) and Home run portable SQL
with ``:name`` parameters. On a SQLite file they go straight through the standard library, so a
command never pays for importing SQLAlchemy (~0.3 s of CPU); on a server the same statements
run through the engine. Either way the caller gets plain tuples and binds times with
:meth:`SqlReader.moment`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from eventmate.storage.identity import BUSY_TIMEOUT_MS

if TYPE_CHECKING:
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


def _never(_sql: str, _params: dict[str, Any]) -> list[tuple[Any, ...]]:  # pragma: no cover
    raise NotImplementedError


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
        """One read transaction on a fresh connection (safe from any thread)."""
        with closing(
            sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        ) as conn:
            conn.execute("BEGIN")

            def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
                try:
                    return conn.execute(sql, params).fetchall()
                except sqlite3.OperationalError as error:
                    raise SqlError(str(error)) from error

            try:
                yield execute
            finally:
                conn.execute("ROLLBACK")

    def moment(self, value: datetime) -> str:
        """Times compare as SQLAlchemy stores them on SQLite."""
        return stored_moment(value)


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


def reader_for(database: Database) -> SqlReader:
    """Plain SQL reads of ``database``: straight through ``sqlite3`` when it is a file."""
    if database.path is not None:
        return SqliteReader(database.path)
    return EngineReader(database)
