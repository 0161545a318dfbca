"""Integrity checks run after every kill and disk-full case: SQLite's, the FTS5 indexes', ours.

:func:`check_database` opens the file with plain ``sqlite3`` (nothing of EventMate's) and runs
``PRAGMA integrity_check``, ``PRAGMA foreign_key_check`` and FTS5's ``integrity-check`` on
every ``search_*`` index (also with ``rank = 1``: consistent with its content table);
:func:`stored_texts` gives every capture's text, to find confirmed ones missing.
:func:`check_copy` checks a copy (database, ``-wal``, ``-shm``) so that the writer that runs
next still finds the log the killed one left behind and has to recover it itself.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

SIDE_FILES = ("-wal", "-shm")


@dataclass
class CheckResult:
    """What the checks found; ``ok`` when nothing is wrong."""

    problems: list[str] = field(default_factory=list)
    fts_tables: tuple[str, ...] = ()
    captures: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def fts_tables(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The FTS5 indexes in the database (``search_person``, ``search_fact``, …)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search\\_%' "
        "ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
    ).fetchall()
    return tuple(name for (name,) in rows)


def check_connection(conn: sqlite3.Connection) -> CheckResult:
    """Run every check on an open connection."""
    result = CheckResult()
    integrity = conn.execute("PRAGMA integrity_check").fetchall()
    if integrity != [("ok",)]:
        result.problems.append(f"integrity_check: {integrity[:5]}")
    foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    if foreign:
        result.problems.append(f"foreign_key_check: {foreign[:5]}")
    result.fts_tables = fts_tables(conn)
    if not result.fts_tables:
        result.problems.append("no search_* FTS5 tables found")
    for table in result.fts_tables:
        # The index on its own, then (rank 1) against its external content table as well:
        # the plain check cannot see a row changed behind the index's back.
        for check in (
            f"INSERT INTO {table}({table}) VALUES('integrity-check')",
            f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)",
        ):
            try:
                conn.execute(check)
            except sqlite3.DatabaseError as error:
                result.problems.append(f"{table} integrity-check: {error}")
                break
    result.captures = conn.execute("SELECT count(*) FROM capture").fetchone()[0]
    return result


def check_database(path: Path) -> CheckResult:
    """Check the database at ``path`` (opening it recovers a log left by a killed writer)."""
    try:
        with closing(sqlite3.connect(path, isolation_level=None, timeout=30)) as conn:
            return check_connection(conn)
    except sqlite3.DatabaseError as error:
        return CheckResult(problems=[f"cannot check {path.name}: {error}"])


def copy_database(path: Path, target: Path) -> Path:
    """Copy the database and its ``-wal``/``-shm`` files (no writer may be running)."""
    target.mkdir(parents=True, exist_ok=True)
    copy = target / path.name
    for suffix in ("", *SIDE_FILES):
        source = path.with_name(path.name + suffix)
        destination = copy.with_name(copy.name + suffix)
        if source.exists():
            shutil.copyfile(source, destination)
        else:
            destination.unlink(missing_ok=True)
    return copy


def check_copy(path: Path, scratch: Path) -> CheckResult:
    """Check a copy of the database, leaving the original exactly as the killed writer left it."""
    return check_database(copy_database(path, scratch))


def stored_texts(path: Path) -> set[str]:
    """Every capture's raw text in ``path``."""
    with closing(sqlite3.connect(path, isolation_level=None, timeout=30)) as conn:
        return {text for (text,) in conn.execute("SELECT raw_text FROM capture")}
