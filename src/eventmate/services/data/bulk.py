"""Bulk work on many rows: multi-row INSERT statements, and the garbage collector paused.

Importing or exporting 100k people makes millions of objects that all stay alive until the
operation ends. Each automatic collection walks every one of them again (the oldest
generation is collected whenever it has grown by a quarter), which cost an export of 100k
people over a second. These objects form no reference cycles, so reference counting frees
them as usual; the collector resumes when the last bulk operation ends.

Inserting one row per statement makes SQLite's FTS5 indexes flush after every row (each
statement is a savepoint for them), and SQLAlchemy's per-row parameter handling costs more
than SQLite's own work, so thousands of rows go a few hundred per statement.
"""

from __future__ import annotations

import gc
import itertools
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, Connection, Dialect, Table, func, insert, select, text
from sqlalchemy.orm import Session

#: Most rows in one INSERT statement (more gains nothing measurable).
ROWS_PER_STATEMENT = 500
#: Most ids bound in one IN list; with more, everyone is read and the chosen kept (one bound
#: parameter per id would pass SQLite's limit, 32766 in most builds, and PostgreSQL's).
MAX_BOUND_IDS = 5000

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable automatic garbage collection inside the block (nests, and is thread-safe).

    The collector is enabled again when the outermost block ends, in any thread, and only if
    it was enabled when the first block began.
    """
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT ``rows`` (mappings with the same keys) into ``table``, many per statement.

    Columns left out get their default (``default=""``, or a new uid for each row); one that
    has no default
    and is neither nullable nor the primary key is an error. On SQLite the statements go to
    the driver directly, each value passed through its column type's bind processor (once
    per distinct value); other databases get SQLAlchemy's multi-row "insertmanyvalues".
    """
    if not rows:
        return
    for column in table.c:
        default = column.default
        if column.name in rows[0] or column.nullable or column.primary_key:
            continue
        if default is None or not (default.is_scalar or column.name == "uid"):
            # The same on every database (a server would fill callable defaults itself).
            raise ValueError(f"{table.name}.{column.name} needs a value")
    if not is_sqlite(session):
        # With RETURNING, SQLAlchemy sends executemany as multi-row INSERTs; without it, one
        # statement per row. The returned keys are not needed.
        session.execute(insert(table).returning(*table.primary_key.columns), rows)
        return
    connection = session.connection()
    names = list(rows[0])
    columns = [
        _stored([row[name] for row in rows], table.c[name], connection.dialect) for name in names
    ]
    for column in table.c:
        if column.name in names:
            continue
        default = column.default
        if default is not None and default.is_scalar:
            value = default.arg  # type: ignore[attr-defined]
            names.append(column.name)
            columns.append(_stored([value] * len(rows), column, connection.dialect))
        elif column.name == "uid" and default is not None and default.is_callable:
            # A new identity for each row (other callable defaults, such as the time a row
            # was made, are left to the caller so that one import has one time).
            make = default.arg  # type: ignore[attr-defined]
            names.append(column.name)
            columns.append(_stored([make(None) for _ in rows], column, connection.dialect))
    preparer = connection.dialect.identifier_preparer
    # Only names from the schema, quoted by the dialect; every value is a bound parameter.
    head = (
        f"INSERT INTO {preparer.format_table(table)} "  # noqa: S608
        f"({', '.join(preparer.format_column(table.c[name]) for name in names)}) VALUES "
    )
    one = "(" + ", ".join(["?"] * len(names)) + ")"
    per = max(1, min(ROWS_PER_STATEMENT, _max_variables(connection) // len(names)))
    values = list(zip(*columns, strict=True))
    for start in range(0, len(values), per):
        chunk = values[start : start + per]
        params = tuple(itertools.chain.from_iterable(chunk))
        connection.exec_driver_sql(head + ", ".join([one] * len(chunk)), params)


def next_id(session: Session, table: Table) -> int:
    """The id SQLite gives the next row of ``table`` (AUTOINCREMENT: never one used before)."""
    used = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = :name"), {"name": table.name}
    ).scalar()
    largest = session.execute(select(func.max(table.c.id))).scalar()
    return max(used or 0, largest or 0) + 1


def is_sqlite(session: Session) -> bool:
    """Whether the session's database is SQLite (rows then go straight to its driver)."""
    return session.get_bind().dialect.name == "sqlite"


def _stored(values: list[Any], column: Column[Any], dialect: Dialect) -> list[Any]:
    """``values`` as the driver stores them for ``column`` (enums as text, aware UTC times)."""
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    if processor is None:
        return values
    # Few distinct values (a kind, one timestamp per import): each is processed once.
    memo: dict[Any, Any] = {}
    return [memo[v] if v in memo else memo.setdefault(v, processor(v)) for v in values]


def _max_variables(connection: Connection) -> int:
    driver = connection.connection.driver_connection
    if isinstance(driver, sqlite3.Connection):
        return driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return 999  # SQLite's smallest default
