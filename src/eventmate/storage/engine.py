"""The SQLAlchemy engine, SQLite pragmas for durability, and read/write units of work."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from eventmate.storage import change_log, identity, keyed
from eventmate.storage.change_log import ChangeRow
from eventmate.storage.failures import FailureKind, StorageFailure, as_failure
from eventmate.storage.upkeep import Upkeep

if TYPE_CHECKING:
    from eventmate.storage.change_notify import ChangeListener

#: Backstop for huge pastes: SQLite refuses any single value above this many bytes.
MAX_VALUE_BYTES = 50_000_000

_WRITE = "eventmate_write"
#: Where a write's session keeps the change log rows it made (see ``written``).
_CHANGES = "eventmate_changes"
#: A write whose commit need not be on disk before returning (see ``Database.write``).
_QUICK = "eventmate_quick"
#: A bulk write (see ``Database.write``), and the page cache it gets, in KiB: enough for what
#: an import of 10,000 people into 100,000 changes (every table, index and search index), so
#: SQLite does not spill half-written pages to the log and read them back before the commit.
_BULK = "eventmate_bulk"
#: A pooled connection's note of the file generation it was opened on.
_GENERATION = "eventmate_generation"
BULK_CACHE_KIB = 131_072
#: Where a connection keeps its own page cache size while it has the bulk one.
_CACHE_BEFORE = "eventmate_cache_before"


def sqlite_url(path: Path, *, read_only_uri: str | None = None) -> URL:
    """The SQLAlchemy URL of the SQLite database file at ``path``.

    ``read_only_uri`` (from :func:`eventmate.storage.readonly.read_only_uri`) opens the
    file read-only instead.
    """
    if read_only_uri is not None:
        return URL.create("sqlite+pysqlite", database=read_only_uri, query={"uri": "true"})
    return URL.create("sqlite+pysqlite", database=str(path))


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control away from the sqlite3 module (its legacy mode makes DDL
    # non-transactional and SELECTs transaction-less); BEGIN is emitted in _on_begin.
    dbapi_connection.isolation_level = None
    if isinstance(dbapi_connection, sqlite3.Connection):  # SQLCipher's has no setlimit
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {identity.BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a capture confirmed with Enter survives a power cut, not just a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # Checkpoints happen at idle (storage.upkeep) or when the last connection closes,
        # never inside the commit of whoever happened to fill the log.
        cursor.execute("PRAGMA wal_autocheckpoint = 0")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    # Writes take the write lock up front (BEGIN IMMEDIATE) so they never fail half-way with
    # SQLITE_BUSY when upgrading a read transaction; reads use a plain deferred BEGIN.
    options = connection.get_execution_options()
    if options.get(_WRITE):
        # Set per transaction so a quick write never leaves a pooled connection non-durable.
        level = "NORMAL" if options.get(_QUICK) else "FULL"
        if connection.info.get("synchronous", "FULL") != level:  # FULL since _on_connect
            connection.exec_driver_sql(f"PRAGMA synchronous = {level}")
            connection.info["synchronous"] = level
        if options.get(_BULK) and _CACHE_BEFORE not in connection.info:
            before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            connection.info[_CACHE_BEFORE] = before
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def _on_checkin(dbapi_connection: Any, record: Any) -> None:
    # After a bulk write the connection gives its pages back as it returns to the pool (a
    # smaller cache_size frees them at once), so an idle connection never holds 128 MiB.
    before = record.info.pop(_CACHE_BEFORE, None) if record is not None else None
    if before is not None and dbapi_connection is not None:
        dbapi_connection.execute(f"PRAGMA cache_size = {int(before)}")


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    # A read-only connection sets nothing that would write (the journal mode is the file's).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {identity.BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def file_engine(path: Path, *, read_only: bool = False) -> Engine:
    """The engine of the SQLite file at ``path``: every connection from :func:`keyed.connect`.

    An encrypted file's connections come from SQLCipher (keyed with the key unlocked in this
    process), and the dialect is told so, so that its errors are wrapped like ``sqlite3``'s.
    ``read_only`` opens each connection read-only and sets nothing that writes.
    """
    encrypted = keyed.key_for(path) is not None
    module = keyed.cipher_module() if encrypted else sqlite3
    engine = create_engine(
        sqlite_url(path),
        module=module,
        creator=lambda: keyed.connect(path, read_only=read_only, shared=True),
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "checkin", _on_checkin)
    return engine


def make_engine(url: URL | str, *, read_only: bool = False) -> Engine:
    """Create the engine for ``url``; SQLite files get WAL, FULL sync, foreign keys and timeouts.

    ``hide_parameters``: a failing statement is logged without its values, so no name, phone
    number or note ever reaches the log. ``read_only`` (SQLite) sets nothing that writes.
    """
    url = make_url(url)
    if url.get_backend_name() == "postgresql":
        # TLS unless local, the keyring's password, a time-out (storage.server).
        from eventmate.storage.passwords import with_saved_password
        from eventmate.storage.server import connect_args, parse

        url = with_saved_password(parse(url))
        return create_engine(
            url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args(url)
        )
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    engine = create_engine(
        url, connect_args={"timeout": identity.BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
    )
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "checkin", _on_checkin)
    return engine


class Database:
    """An open EventMate database: hands out short sessions, one per unit of work."""

    def __init__(self, engine: Engine, path: Path | None, *, read_only: bool = False) -> None:
        #: The SQLite file, or None for a server database.
        self.path = path
        #: Opened for reading only (a read-only disk, or the user chose to): writes are refused.
        self.read_only = read_only
        self._upkeep: Upkeep | None = None
        self._listeners: list[Callable[[list[ChangeRow]], None]] = []
        #: Held while the file is replaced (see :meth:`replacing`).
        self._replacing = threading.RLock()
        #: How many times the file was replaced: a connection older than that is not used.
        self._generation = 0
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        self.engine = engine
        event.listen(engine, "connect", self._stamp)
        event.listen(engine, "checkout", self._check_current)
        self._reads = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(
            engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )
        self._quick_writes = sessionmaker(
            engine.execution_options(**{_WRITE: True, _QUICK: True}), expire_on_commit=False
        )
        self._bulk_writes = sessionmaker(
            engine.execution_options(**{_WRITE: True, _BULK: True}), expire_on_commit=False
        )

    @contextmanager
    def replacing(self) -> Iterator[None]:
        """Replace the file within this block (a restore, encryption turned on or off).

        Every pooled connection is closed first. Meanwhile a connection asked for on another
        thread (a timer reading names for capture mode, an autosave) waits until the block
        ends; one opened in the meantime would hold the old file (the one set aside), so
        after the block no connection opened before its end is used again.
        """
        with self._replacing:
            self.close()
            try:
                yield
            finally:
                self._generation += 1

    def _stamp(self, _dbapi_connection: object, record: Any) -> None:
        record.info[_GENERATION] = self._generation

    def _check_current(self, _dbapi_connection: object, record: Any, _proxy: object) -> None:
        with self._replacing:  # waits while another thread replaces the file
            if record.info.get(_GENERATION) != self._generation:
                # The pool drops this connection and opens a fresh one on the file in place.
                raise DisconnectionError("opened before the database file was replaced")

    def reconnect(self) -> None:
        """Close every connection and open the file afresh, as it is now.

        After encryption was turned on or off the connections come from the other library.
        """
        self.close()
        if self.path is not None:
            self._use(file_engine(self.path, read_only=self.read_only))

    def keep_tidy(self) -> None:
        """Checkpoint and merge search indexes in the background while idle (the app does this).

        Without it (the CLI, tests) the log is checkpointed when the last connection closes.
        """
        if self.path is not None and self._upkeep is None and not self.read_only:
            self._upkeep = Upkeep(self.path)
            self._upkeep.start()

    def checkpoint_if_large(self) -> None:
        """Between two units of a burst (captures): checkpoint now if the log grew large."""
        if self._upkeep is not None:
            self._upkeep.checkpoint_if_large()

    @property
    def upkeep_busy(self) -> bool:
        """Whether background upkeep has work due or under way (benchmarks wait for it)."""
        return self._upkeep is not None and self._upkeep.busy

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closing it ends the transaction (objects stay loaded).

        A disk or lock failure comes out as :class:`StorageFailure`.
        """
        try:
            with self._reads() as session:
                yield session
        except StorageFailure:
            raise
        except Exception as error:
            failure = as_failure(error)
            if failure is None:
                raise
            raise failure from error

    @contextmanager
    def write(self, *, durable: bool = True, bulk: bool = False) -> Iterator[Session]:
        """A session for one write: committed durably on success, rolled back on any error.

        ``durable=False`` is for autosaves while typing: the commit survives an app crash but
        skips the disk flush (WAL with synchronous=NORMAL), so it may be lost on power failure
        until the next durable write, whose flush covers every earlier commit too.
        ``bulk=True`` (always durable) is for imports of thousands of rows: on SQLite the
        connection has a page cache of :data:`BULK_CACHE_KIB` until the write ends.

        A full disk, a read-only file, a writer holding the lock past ``busy_timeout`` or a
        damaged file raise :class:`StorageFailure` after the rollback: nothing of the write
        is stored, and the next write works again once the cause is gone.
        """
        if self.read_only:
            raise StorageFailure(FailureKind.READ_ONLY, "opened read-only")
        try:
            sessions = (
                self._bulk_writes if bulk else self._writes if durable else self._quick_writes
            )
            with sessions() as session:
                try:
                    # The first statement begins the transaction (and takes the write lock).
                    before = change_log.last_seq(session)
                    yield session
                    rows = change_log.rows_since(session, before)
                    if rows:
                        change_log.prune_if_due(session, before, rows[-1].seq)
                    session.commit()
                except BaseException:
                    _rollback(session)
                    raise
                session.info[_CHANGES] = rows
        except StorageFailure:
            raise
        except Exception as error:
            failure = as_failure(error)
            if failure is None:
                raise
            raise failure from error
        if self._upkeep is not None:
            self._upkeep.wrote()
        if rows:
            for listener in self._listeners:
                listener(rows)

    def on_write(self, listener: Callable[[list[ChangeRow]], None]) -> None:
        """Call ``listener`` with each committed write's change rows (from the writing thread)."""
        self._listeners.append(listener)

    def off_write(self, listener: Callable[[list[ChangeRow]], None]) -> None:
        """Stop calling ``listener`` (a window that follows changes is closing)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def watch(self) -> change_log.LogWatch | change_log.EngineLogWatch:
        """Something that notices commits by anyone and reads the change log since a point."""
        if self.path is not None:
            return change_log.LogWatch(self.path)
        return change_log.EngineLogWatch(self.engine)

    def listen(self, on_notify: Callable[[], None]) -> ChangeListener | None:
        """On a server: something that calls ``on_notify`` (from its own thread) whenever
        anyone's write grows the change log; start it with ``start()``. None for a file
        (``watch().committed()`` costs microseconds there)."""
        if self.path is not None:
            return None
        from eventmate.storage.change_notify import ChangeListener

        return ChangeListener(self.engine, on_notify)

    def close(self) -> None:
        """Close every pooled connection (needed before backup restores and at exit).

        Background upkeep stops too; the next write starts it again.
        """
        if self._upkeep is not None:
            self._upkeep.pause()
        self.engine.dispose()


def _rollback(session: Session) -> None:
    # SQLITE_FULL and IOERR "may or may not" roll back by themselves: always roll back, and
    # never let a failing rollback hide the error that caused it.
    with suppress(Exception):  # the original error is re-raised by the caller
        session.rollback()


def written(session: Session) -> list[ChangeRow]:
    """The change log rows a finished ``Database.write()`` session committed."""
    rows: list[ChangeRow] = session.info.get(_CHANGES, [])
    return rows
