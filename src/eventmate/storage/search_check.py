"""Checking the full-text search indexes against their tables, and rebuilding a damaged one.

``PRAGMA integrity_check`` (SQLite 3.40) does not look inside FTS5 indexes. FTS5's own
``integrity-check`` command does; with ``rank`` 1 it also compares an external-content index
with the rows of its table (an index that missed an edit fails only then). A damaged index
never loses data — the text lives in the real tables — and ``rebuild`` re-reads it from them.
``search_reflection`` keeps its own copy of each reflection's text (decoded from JSON), so it
is compared with the reflections and refilled from them.
"""

# Only the fixed index names of INDEXES and constant fragments are put into SQL.
# ruff: noqa: S608

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from eventmate.storage import keyed
from eventmate.storage.failures import FailureKind, failure_kind
from eventmate.storage.readonly import connect_read_only

#: Every FTS5 index (migration 0002_search) → the table whose text it indexes.
INDEXES = {
    "search_person": "person",
    "search_fact": "fact",
    "search_capture": "capture",
    "search_note": "note",
    "search_event": "event",
    "search_reflection": "reflection",
}
# As migration 0002_search indexes a reflection: its answers' text, one per line.
_ANSWERS = (
    "(SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(r.answers) "
    "WHERE type = 'text')"
)
_REFLECTION_MISMATCHES = (
    "SELECT count(*) FROM reflection r LEFT JOIN search_reflection s ON s.rowid = r.id "
    f"WHERE s.rowid IS NULL OR s.body IS NOT r.body OR s.answers IS NOT {_ANSWERS}"
)
_REFLECTION_EXTRA = (
    "SELECT count(*) FROM search_reflection s WHERE s.rowid NOT IN (SELECT id FROM reflection)"
)


@dataclass(frozen=True, slots=True)
class IndexCheck:
    """One search index: whether it matches its table, and what was wrong if not."""

    name: str
    table: str
    ok: bool
    detail: str = ""


def present_indexes(connection: sqlite3.Connection) -> list[str]:
    """The search indexes this database has (none on a database without search)."""
    names = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    return [name for name in INDEXES if name in names]


def check_index(connection: sqlite3.Connection, name: str) -> IndexCheck:
    """Run FTS5's ``integrity-check`` on ``name`` (nothing is changed).

    The command is an INSERT to SQLite, so a read-only connection refuses it and another
    writer makes it wait: :class:`CannotCheckHere` is raised then (see :func:`check_indexes`).
    """
    table = INDEXES[name]
    try:
        connection.execute(f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)")
        if name == "search_reflection":
            stale = connection.execute(_REFLECTION_MISMATCHES).fetchone()[0]
            stale += connection.execute(_REFLECTION_EXTRA).fetchone()[0]
            if stale:
                return IndexCheck(name, table, False, f"{stale} reflections out of step")
    except keyed.db_errors() as error:
        if failure_kind(error) in (FailureKind.READ_ONLY, FailureKind.LOCKED):
            raise CannotCheckHere(str(error)) from error
        return IndexCheck(name, table, False, str(error))
    return IndexCheck(name, table, True)


class CannotCheckHere(Exception):
    """This connection cannot run the check (read-only, or another program is writing)."""


def check_indexes(connection: sqlite3.Connection, path: Path | None) -> list[IndexCheck]:
    """Check every search index; on a read-only or busy database, on a private copy.

    The copy is taken with the backup API (a consistent snapshot, read-only on the live file)
    into the system's temporary folder, and deleted afterwards.
    """
    names = present_indexes(connection)
    try:
        return [check_index(connection, name) for name in names]
    except CannotCheckHere:
        if path is None:
            raise
    with tempfile.TemporaryDirectory(prefix="eventmate-check-") as folder:
        copy_path = Path(folder) / "copy.sqlite3"
        key = keyed.key_for(path)  # the copy of an encrypted database is encrypted too
        with (
            closing(connect_read_only(path)) as source,
            closing(keyed.connect(copy_path, key=key)) as copy,
        ):
            source.backup(copy)
            return [check_index(copy, name) for name in names]


def rebuild_index(connection: sqlite3.Connection, name: str) -> None:
    """Rebuild ``name`` from its table, inside the caller's write transaction."""
    if name not in INDEXES:  # the name goes into SQL: only our own indexes
        raise ValueError(f"not a search index: {name!r}")
    connection.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
    if name == "search_reflection":
        # Its stored copy of the text may be what is wrong: refill it from the reflections.
        connection.execute("DELETE FROM search_reflection")
        connection.execute(
            "INSERT INTO search_reflection(rowid, body, answers) "
            f"SELECT r.id, r.body, {_ANSWERS} FROM reflection r"
        )
