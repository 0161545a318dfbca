"""The change log's rows: read since a point (for each write, and for open views), and pruned.

Importable without SQLAlchemy (the GUI follows changes from its first paint on).

Triggers (migration ``0005_identity``) add a row for every change to a record, whoever makes
it. A write reads its own rows before committing (``Database.write``); a watcher reads what
others committed since it last looked (:class:`LogWatch` on SQLite, :class:`EngineLogWatch`
on a server).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from eventmate.storage.readonly import connect_read_only

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

#: Most rows one read returns; more than this many changes at once means "reload everything".
MOST_ROWS = 10_000
#: Rows kept when pruning (a watcher that fell further behind reloads everything).
KEEP_ROWS = 50_000
#: A write whose rows pass a multiple of this prunes the log (about once per 1000 captures).
PRUNE_EVERY = 10_000

LAST_SEQ = "SELECT coalesce(max(seq), 0) FROM change_log"
_AFTER = (
    "SELECT seq, kind, uid, op, detail FROM change_log WHERE seq > ? ORDER BY seq LIMIT "  # noqa: S608
    + str(MOST_ROWS + 1)
)
_ROW = "SELECT seq, kind, uid, op, detail FROM change_log WHERE seq = ?"
#: On a server: only this transaction's rows (others may commit rows numbered after ours
#: while we write; see migration 0005_identity).
_OWN = (
    "SELECT seq, kind, uid, op, detail FROM change_log "  # noqa: S608 - constants only
    "WHERE seq > :seq AND txid = txid_current() ORDER BY seq LIMIT " + str(MOST_ROWS + 1)
)


class ChangeRow(NamedTuple):
    """One change: a record's kind and uid, and what happened (c, u, d, or m = merged)."""

    seq: int
    kind: str
    uid: str
    op: str
    detail: str | None


def rows_since(session: Session, seq: int) -> list[ChangeRow]:
    """The rows ``session``'s transaction wrote after ``seq`` (at most MOST_ROWS + 1).

    ``seq`` is :func:`last_seq` read at the start of the transaction. On SQLite the write
    holds the database's only write lock, so every row after it is this transaction's. On a
    server other transactions commit meanwhile: their rows are told apart by ``txid``.
    """
    from sqlalchemy import text

    sql = _AFTER.replace("?", ":seq") if _is_sqlite(session) else _OWN
    result = session.execute(text(sql), {"seq": seq})
    return [ChangeRow(*row) for row in result]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def last_seq(session: Session) -> int:
    """The newest row's number (0 for an empty log)."""
    from sqlalchemy import text

    return int(session.execute(text(LAST_SEQ)).scalar_one())


def prune_if_due(session: Session, before: int, after: int) -> None:
    """Drop old rows when a write's rows passed a multiple of :data:`PRUNE_EVERY`."""
    from sqlalchemy import text

    if after // PRUNE_EVERY != before // PRUNE_EVERY:
        session.execute(
            text("DELETE FROM change_log WHERE seq <= :old"), {"old": after - KEEP_ROWS}
        )


def log_merge(session: Session, kind: str, uid: str, into: str) -> None:
    """Record that ``uid`` was merged into ``into`` (triggers only see the deletion)."""
    from sqlalchemy import text

    session.execute(
        text("INSERT INTO change_log (kind, uid, op, detail) VALUES (:kind, :uid, 'm', :into)"),
        {"kind": kind, "uid": uid, "into": into},
    )


class LogWatch:
    """Watches an SQLite file for commits by any connection and reads the log since a point.

    ``PRAGMA data_version`` on a connection of its own changes whenever another connection
    (of this process or another) commits: a check costs a few microseconds, so it can run
    several times a second on the GUI thread.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None

    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            # Also on a read-only or full disk (storage.readonly): the app may open read-only.
            connection = connect_read_only(self._path, shared=True)
            self._connection = connection
        return self._connection

    def committed(self) -> bool:
        """Whether anyone committed since the last call (True on the first call)."""
        version = int(self._open().execute("PRAGMA data_version").fetchone()[0])
        changed = version != self._version
        self._version = version
        return changed

    def read(self, after: int) -> tuple[list[ChangeRow], ChangeRow | None]:
        """The rows after ``after``, and the row numbered ``after`` (None if there is none)."""
        connection = self._open()
        connection.execute("BEGIN")
        try:
            rows = [ChangeRow(*r) for r in connection.execute(_AFTER, (after,))]
            found = connection.execute(_ROW, (after,)).fetchone()
        finally:
            connection.execute("COMMIT")
        return rows, ChangeRow(*found) if found else None

    def close(self) -> None:
        """Close the watcher's connection (before the file is replaced by a restore)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
            self._version = None


#: How many other transactions are open in the reading transaction's snapshot (a server).
_OPEN_ELSEWHERE = "SELECT count(*) FROM txid_snapshot_xip(txid_current_snapshot())"


class EngineLogWatch:
    """The same for a server database: every check reads the newest row's number.

    A server hands out sequence numbers when a row is written, not when its transaction
    commits: the transaction that wrote row 10 may commit after the one that wrote row 11.
    So a read (one snapshot) stops before the first missing number while any other
    transaction is open in that snapshot (it may be the one holding the number), and the next
    check says "committed" again until the gap fills or nobody is left who could fill it (a
    rolled-back transaction leaves a gap for good). Rows are never skipped, only held back
    for as long as the writer's transaction lasts.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine.execution_options(isolation_level="REPEATABLE READ")
        self._last: int | None = None
        self._held = False

    def committed(self) -> bool:
        """Whether the log grew (or shrank) since the last call, or rows are held back."""
        from sqlalchemy import text

        with self._engine.connect() as connection:
            last = int(connection.execute(text(LAST_SEQ)).scalar_one())
        changed = last != self._last or self._held
        self._last = last
        return changed

    def read(self, after: int) -> tuple[list[ChangeRow], ChangeRow | None]:
        """The rows after ``after`` up to the first gap that may still fill, and the row
        numbered ``after`` (None if there is none)."""
        from sqlalchemy import text

        with self._engine.connect() as connection, connection.begin():
            rows = [
                ChangeRow(*r)
                for r in connection.execute(text(_AFTER.replace("?", ":seq")), {"seq": after})
            ]
            found = connection.execute(text(_ROW.replace("?", ":seq")), {"seq": after}).first()
            others = int(connection.execute(text(_OPEN_ELSEWHERE)).scalar_one())
        self._held = False
        if others:
            for index, row in enumerate(rows):
                if row.seq != after + 1 + index:
                    rows, self._held = rows[:index], True
                    break
        return rows, ChangeRow(*found) if found else None

    def close(self) -> None:
        """Nothing to release (connections come from the engine's pool)."""
