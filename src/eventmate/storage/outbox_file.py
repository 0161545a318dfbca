"""The outbox file: captures kept on this computer while the server cannot be reached.

A small SQLite file in the data folder (``outbox.sqlite3``, 0600 like every data file), written
with ``synchronous=FULL``: a capture kept here is on disk when Enter returns. Rows are sent in
``seq`` order and deleted only once the server holds them (by uid). A row the server refused
for a reason other than being away keeps its reason and stays. One connection per process,
opened on first use and used under a lock (capture mode and the app's sender thread take
turns); another process (the command line) has its own, and WAL lets them take turns too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from sqlite3 import Connection

from eventmate.storage import keyed
from eventmate.storage.private_files import create_private_file, database_files, make_all_private

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS waiting ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " uid TEXT NOT NULL UNIQUE,"
    " raw_text TEXT NOT NULL,"
    " event_uid TEXT,"
    " person_uid TEXT,"
    " captured_at TEXT NOT NULL,"
    " refused TEXT)"
)


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """One capture waiting to be sent (``captured_at``: ISO 8601, UTC)."""

    uid: str
    raw_text: str
    event_uid: str | None
    captured_at: str
    #: The person picked from the suggestions before the server went away, if any.
    person_uid: str | None = None
    #: Why the server refused it the last time (None: not refused, only waiting).
    refused: str | None = None


class OutboxFile:
    """The rows of the outbox file at ``path`` (created, private, on the first capture kept)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    def add(self, rows: Sequence[OutboxRow]) -> None:
        """Append ``rows`` in one durable transaction (all or none)."""
        with self._connection(create=True) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO waiting (uid, raw_text, event_uid, person_uid, captured_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(r.uid, r.raw_text, r.event_uid, r.person_uid, r.captured_at) for r in rows],
            )
            conn.execute("COMMIT")

    def rows(self) -> list[OutboxRow]:
        """Every row, oldest first."""
        if not self.path.exists():
            return []
        with self._connection() as conn:
            found = conn.execute(
                "SELECT uid, raw_text, event_uid, captured_at, person_uid, refused "
                "FROM waiting ORDER BY seq"
            ).fetchall()
        return [OutboxRow(*row) for row in found]

    def counts(self) -> tuple[int, int]:
        """How many rows wait to be sent, and how many of them the server refused."""
        if not self.path.exists():
            return 0, 0
        with self._connection() as conn:
            row = conn.execute(
                "SELECT count(*), count(refused) FROM waiting",
            ).fetchone()
        return int(row[0]), int(row[1])

    def remove(self, uid: str) -> None:
        """Delete the row ``uid`` (the server holds it now)."""
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM waiting WHERE uid = ?", (uid,))
            conn.execute("COMMIT")

    def refuse(self, uid: str, reason: str | None) -> None:
        """Note (or, with None, clear) why the server refused the row ``uid``; it stays."""
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE waiting SET refused = ? WHERE uid = ?", (reason, uid))
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close the connection (the next call opens it again)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @contextmanager
    def _connection(self, *, create: bool = False) -> Iterator[Connection]:
        with self._lock:
            if self._conn is None:
                self._conn = self._open(create)
            conn = self._conn
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _open(self, create: bool) -> Connection:
        if create:
            create_private_file(self.path)
        conn = keyed.connect(self.path, shared=True, key=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # kept means on disk
            conn.execute(_SCHEMA)
        except BaseException:
            conn.close()
            raise
        make_all_private(database_files(self.path))  # the -wal and -shm files too
        return conn
