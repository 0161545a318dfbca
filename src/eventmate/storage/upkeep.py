"""Idle upkeep of the SQLite file: WAL checkpoints and search-index merges, off the Enter path.

Left to itself, SQLite does this housekeeping inside ordinary commits: the commit that fills
the write-ahead log past 1000 pages copies it into the database file (a checkpoint, with its
own flush), and the FTS5 write that tips an index over its merge threshold merges segments.
At 100k people those commits took 35–650 ms instead of ~3 ms, and whichever capture happened
to trigger them paid for it. So the app's connections never checkpoint on their own
(``wal_autocheckpoint = 0``, set in :mod:`eventmate.storage.engine`), the indexes never merge
on their own (``automerge = 0``, migration 0004), and this thread does both with its own
connection once the app has written nothing for :data:`IDLE_SECONDS`. A merge step is small
and stops as soon as the app writes again; a checkpoint is ``PASSIVE``, so it never blocks a
writer. Only if writes never pause (:data:`CHECKPOINT_EVERY` of them in a row) is the log
checkpointed beside them: a checkpoint's own disk flushes, running next to a commit, roughly
double that commit's worst times. A burst of captures (each adds ~160 KB to the log) instead
calls :meth:`Upkeep.checkpoint_if_large` between two captures, in the capturing thread, once the
log passes :data:`LOG_LIMIT_BYTES`: it never runs beside a commit, and the log stays under
~10 MB however long the burst. Idle rounds end with a ``TRUNCATE`` checkpoint, so a quiet app
leaves an empty log. Processes without upkeep (the CLI) rely on SQLite's checkpoint when the
last connection closes.

Upkeep never loses or changes data: checkpoints copy committed pages, merges rewrite an index
into an equivalent one. Any error here (a busy or full disk) is logged and retried later.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from eventmate.storage import keyed
from eventmate.storage.key_file import KeyFileError
from eventmate.storage.keyed import KeyNeeded

log = logging.getLogger(__name__)

#: Upkeep starts once the app has written nothing for this long.
IDLE_SECONDS = 2.0
#: Writes without a pause after which the log is checkpointed anyway (a capture adds ~40
#: pages, so the log stays under ~160 MB however long the burst).
CHECKPOINT_EVERY = 1000
#: Log size past which :meth:`Upkeep.checkpoint_if_large` checkpoints between two captures.
LOG_LIMIT_BYTES = 8_000_000
#: Pages one merge step writes: a few milliseconds, so a capture typed meanwhile hardly waits.
MERGE_PAGES = 32
#: Most merge steps per index in one idle spell (the rest waits for the next one).
MAX_MERGE_STEPS = 200
#: How long upkeep waits for the write lock before trying again later (ms).
LOCK_WAIT_MS = 50
#: The FTS5 indexes (see migrations 0002_search and 0004_search_upkeep).
SEARCH_INDEXES = (
    "search_person",
    "search_fact",
    "search_capture",
    "search_note",
    "search_event",
    "search_reflection",
)


@dataclass(frozen=True, slots=True)
class UpkeepResult:
    """What one round of upkeep did.

    Attributes:
        merge_steps: Merge steps that changed an index.
        checkpointed: Frames of the write-ahead log now in the database file (all of them
            unless a reader still needed older pages).
        interrupted: True when the app wrote meanwhile and the round stopped early.
    """

    merge_steps: int
    checkpointed: int
    interrupted: bool


class Upkeep:
    """A background thread that tidies the database file while the app is idle."""

    def __init__(self, path: Path, idle_seconds: float | None = None) -> None:
        self._path = path
        # Read now, not when this module was loaded: a changed IDLE_SECONDS applies.
        self._idle_seconds = IDLE_SECONDS if idle_seconds is None else idle_seconds
        self._last_write = time.monotonic()
        self._writes = 0  # counts app writes; a change means "stop and come back later"
        self._pending = False
        self._in_round = False
        self._checkpointed_at = 0  # the value of _writes at the last checkpoint
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._log = Path(f"{path}-wal")
        self._direct: sqlite3.Connection | None = None  # for checkpoint_if_large
        self._direct_lock = threading.Lock()

    @property
    def busy(self) -> bool:
        """Whether a round is due or running (it runs once the app is idle)."""
        return self._pending or self._in_round

    def start(self) -> None:
        """Start the thread; its first round tidies what earlier sessions left, once idle."""
        self._pending = True
        self._ensure_thread()

    def wrote(self) -> None:
        """Note that the app just committed a write (called after every commit)."""
        self._last_write = time.monotonic()
        self._writes += 1
        self._pending = True
        self._ensure_thread()

    def checkpoint_if_large(self) -> bool:
        """Checkpoint now, in the caller's thread, if the log has grown past its limit.

        For a burst of writes that never pauses long enough for an idle round: called between
        two units of work (after a capture), never beside a commit. Returns whether it ran.
        """
        try:
            if self._log.stat().st_size < LOG_LIMIT_BYTES:
                return False
        except OSError:
            return False
        with self._direct_lock:
            try:
                if self._direct is None:
                    self._direct = connect(self._path)
                _checkpoint(self._direct, truncate=True)
            except keyed.db_errors_and(KeyNeeded, KeyFileError):
                log.warning("checkpoint of %s failed; retrying later", self._path, exc_info=True)
                return False
        self._checkpointed_at = self._writes
        return True

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stopping.clear()
                self._thread = threading.Thread(
                    target=self._run, name="eventmate-upkeep", daemon=True
                )
                self._thread.start()
        self._wake.set()

    def pause(self) -> None:
        """Stop the thread and close its connection (before the file is closed or moved).

        The next :meth:`wrote` starts it again.
        """
        with self._lock:
            if self._thread is not None:
                self._stopping.set()
                self._wake.set()
                self._thread.join()
                self._thread = None
        with self._direct_lock:
            if self._direct is not None:
                self._direct.close()
                self._direct = None

    def run_once(self, connection: sqlite3.Connection) -> UpkeepResult:
        """Merge the search indexes a step at a time, then checkpoint; stop if the app writes."""
        writes = self._writes
        steps = 0
        interrupted = False
        for name in _present_indexes(connection):
            for _ in range(MAX_MERGE_STEPS):
                if self._writes != writes or self._stopping.is_set():
                    interrupted = True
                    break
                if not _merge_step(connection, name):
                    break
                steps += 1
            if interrupted:
                break
        self._checkpointed_at = writes
        # Idle and done: leave an empty log behind (a write meanwhile keeps it, harmlessly).
        return UpkeepResult(steps, _checkpoint(connection, truncate=not interrupted), interrupted)

    # -- the thread -------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            connection = connect(self._path)
        except keyed.db_errors_and(KeyNeeded, KeyFileError):
            log.warning("upkeep could not open %s", self._path, exc_info=True)
            return  # the next write tries again
        try:
            while not self._stopping.is_set():
                quiet = self._idle_seconds - (time.monotonic() - self._last_write)
                if self._pending and quiet <= 0:
                    self._in_round = True
                    self._pending = False
                    self._round(connection)
                    self._in_round = False
                elif self._writes - self._checkpointed_at >= CHECKPOINT_EVERY:
                    self._checkpoint_now(connection)
                self._wake.wait(timeout=max(quiet, 0.05) if self._pending else None)
                self._wake.clear()
        finally:
            connection.close()

    def _round(self, connection: sqlite3.Connection) -> None:
        try:
            result = self.run_once(connection)
        except keyed.db_errors():
            log.warning("upkeep of %s failed; retrying later", self._path, exc_info=True)
            self._pending = True
            return
        if result.interrupted:
            self._pending = True
        log.debug("upkeep: %s", result)

    def _checkpoint_now(self, connection: sqlite3.Connection) -> None:
        self._checkpointed_at = self._writes
        try:
            _checkpoint(connection)
        except keyed.db_errors():
            log.warning("checkpoint of %s failed; retrying later", self._path, exc_info=True)


def connect(path: Path) -> sqlite3.Connection:
    """A connection for upkeep: never checkpoints by itself, gives up quickly on a busy lock."""
    connection = keyed.connect(path, timeout=LOCK_WAIT_MS / 1000, shared=True)
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    # The app's next durable commit flushes these frames too; an index merge lost to a power
    # cut is only undone, never damaged.
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def _present_indexes(connection: sqlite3.Connection) -> list[str]:
    names = {
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search\\_%' "
            "ESCAPE '\\'"
        )
    }
    return [name for name in SEARCH_INDEXES if name in names]


def _merge_step(connection: sqlite3.Connection, name: str) -> bool:
    """One bounded merge of ``name``; False when there was nothing left worth merging."""
    before = connection.total_changes
    try:
        connection.execute("BEGIN IMMEDIATE")
    except keyed.db_errors() as error:
        if "locked" in str(error) or "busy" in str(error):
            return False  # the app is writing: leave it be
        raise
    try:
        # A positive page count merges only levels holding enough segments to be worth it.
        # name is one of SEARCH_INDEXES (checked against sqlite_master), never user text.
        merge = f"INSERT INTO {name}({name}, rank) VALUES ('merge', {MERGE_PAGES})"  # noqa: S608
        connection.execute(merge)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    # FTS5 documents fewer than two changed rows as "no more work to do".
    return connection.total_changes - before >= 2


def _checkpoint(connection: sqlite3.Connection, *, truncate: bool = False) -> int:
    """Copy the committed log into the database file without blocking writers; frames copied.

    ``truncate``: once every frame is copied, also empty the log file (``TRUNCATE`` waits at
    most :data:`LOCK_WAIT_MS` for readers and writers, else the log is simply kept).
    """
    row = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    copied = int(row[2]) if row and row[2] > 0 else 0
    if truncate and row is not None and row[0] == 0 and row[1] == row[2]:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return copied
