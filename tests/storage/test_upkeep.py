"""Idle upkeep: search-index merges and WAL checkpoints, off the Enter path, losing nothing."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eventmate.services.container import Services
from eventmate.storage import upkeep
from eventmate.storage.engine import Database
from eventmate.storage.models import Fact
from eventmate.storage.upkeep import SEARCH_INDEXES, Upkeep

pytestmark = pytest.mark.sqlite_only("WAL checkpoints and FTS5 merges exist on SQLite only")


def _add_facts(services: Services, batches: int) -> int:
    """Capture ``batches`` times (one commit each, so each adds its own index segments)."""
    for i in range(batches):
        services.capture.capture(f"Anna Weber{i} — loves Bartók; grew up in Leipzig{i}")
    return batches


def _wait_until_settled(worker: Upkeep) -> None:
    deadline = time.monotonic() + 30
    while worker.busy and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not worker.busy, "upkeep never finished its round"


def _upkeep_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "eventmate-upkeep" and t.is_alive()]


@pytest.fixture
def connection(database: Database) -> Iterator[sqlite3.Connection]:
    assert database.path is not None
    conn = upkeep.connect(database.path)
    yield conn
    conn.close()


def test_migration_turns_inline_merging_off_for_every_index(database: Database) -> None:
    with database.engine.connect() as conn:
        for name in SEARCH_INDEXES:
            value = conn.exec_driver_sql(
                f"SELECT v FROM {name}_config WHERE k = 'automerge'"
            ).scalar()
            assert value == 0, name


def test_app_connections_never_checkpoint_inside_a_commit(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0


def test_a_round_merges_segments_and_checkpoints_without_changing_search(
    database: Database, services: Services, connection: sqlite3.Connection
) -> None:
    _add_facts(services, 6)
    before = services.search.search("Leipzig3").hits
    worker = Upkeep(database.path)  # type: ignore[arg-type]

    first = worker.run_once(connection)

    assert first.merge_steps > 0
    assert not first.interrupted
    log_frames = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
    assert first.checkpointed > 0
    assert log_frames == 0  # every frame copied, and the log emptied (TRUNCATE)
    for name in SEARCH_INDEXES:  # raises if an index no longer matches its table
        connection.execute(f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)")
    assert services.search.search("Leipzig3").hits == before != ()
    assert worker.run_once(connection).merge_steps == 0  # nothing left worth merging
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Fact)) == 12


def test_a_write_by_the_app_stops_the_round_early(
    database: Database,
    services: Services,
    connection: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_facts(services, 6)
    worker = Upkeep(database.path, idle_seconds=60)  # type: ignore[arg-type]
    real_step = upkeep._merge_step

    def step_then_app_writes(conn: sqlite3.Connection, name: str) -> bool:
        done = real_step(conn, name)
        worker.wrote()  # Enter pressed in the middle of the round
        return done

    monkeypatch.setattr(upkeep, "_merge_step", step_then_app_writes)
    try:
        result = worker.run_once(connection)
    finally:
        worker.pause()

    assert result.interrupted
    assert result.merge_steps <= 1


def test_a_busy_database_is_left_alone_and_nothing_is_lost(
    database: Database, services: Services, connection: sqlite3.Connection
) -> None:
    _add_facts(services, 6)
    assert database.path is not None
    other = sqlite3.connect(database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        result = Upkeep(database.path).run_once(connection)
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert result.merge_steps == 0
    assert services.search.search("Leipzig5").hits != ()


def test_the_thread_tidies_once_idle(
    database: Database, services: Services, connection: sqlite3.Connection
) -> None:
    _add_facts(services, 6)
    assert database.path is not None
    worker = Upkeep(database.path, idle_seconds=0.01)
    worker.wrote()
    try:
        _wait_until_settled(worker)
    finally:
        worker.pause()

    assert Upkeep(database.path).run_once(connection).merge_steps == 0  # already merged
    busy, log_frames, done = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert (busy, done) == (0, log_frames)


def test_closing_stops_the_thread_and_the_next_write_restarts_it(
    database: Database, services: Services
) -> None:
    database.keep_tidy()
    _add_facts(services, 1)
    assert len(_upkeep_threads()) == 1

    database.close()  # as before a restore: nothing may keep the file open
    assert _upkeep_threads() == []

    _add_facts(services, 1)
    assert len(_upkeep_threads()) == 1
    database.close()
    assert _upkeep_threads() == []


def test_upkeep_on_a_missing_file_gives_up_quietly(tmp_path: Path) -> None:
    worker = Upkeep(tmp_path / "gone" / "eventmate.sqlite3", idle_seconds=0.01)
    worker.start()
    deadline = time.monotonic() + 10
    while _upkeep_threads() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _upkeep_threads() == []
    worker.pause()


def test_a_burst_of_writes_without_a_pause_is_checkpointed_beside_it(
    database: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database.path is not None
    copied: list[int] = []
    real_checkpoint = upkeep._checkpoint

    def checkpoint(conn: sqlite3.Connection, *, truncate: bool = False) -> int:
        copied.append(real_checkpoint(conn, truncate=truncate))
        return copied[-1]

    monkeypatch.setattr(upkeep, "_checkpoint", checkpoint)
    monkeypatch.setattr(upkeep, "CHECKPOINT_EVERY", 5)
    worker = Upkeep(database.path, idle_seconds=600)  # never idle during this test
    try:
        for _ in range(upkeep.CHECKPOINT_EVERY - 1):
            _add_facts(services, 1)
            worker.wrote()
        time.sleep(0.2)
        assert copied == []  # not yet: the burst is still short
        _add_facts(services, 1)
        worker.wrote()
        deadline = time.monotonic() + 10
        while not copied and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        worker.pause()
    assert len(copied) == 1
    assert copied[0] > 0


def _log_bytes(database: Database) -> int:
    log = Path(f"{database.path}-wal")
    return log.stat().st_size if log.exists() else 0


def test_an_idle_round_leaves_an_empty_log(
    database: Database, services: Services, connection: sqlite3.Connection
) -> None:
    _add_facts(services, 6)
    assert _log_bytes(database) > 0
    assert database.path is not None
    result = Upkeep(database.path).run_once(connection)
    assert result.checkpointed > 0
    assert _log_bytes(database) == 0
    assert services.search.search("Leipzig5").hits != ()


def test_a_long_burst_of_captures_keeps_the_log_small(
    database: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through a burst with no idle pause, each capture leaves the log about its limit at most.

    A capture adds ~150 kB of log here, and nothing else checkpoints during the burst (the app
    never does inside a commit, upkeep is never idle): without ``checkpoint_if_large`` the
    burst leaves ~15 MB, fifteen times the limit. A reader holding a snapshot keeps older
    pages in use, so no checkpoint can empty the log meanwhile and it grows past the limit;
    the first capture after the reader lets go empties it.
    """
    monkeypatch.setattr(upkeep, "LOG_LIMIT_BYTES", 1_000_000)
    monkeypatch.setattr(upkeep, "IDLE_SECONDS", 600)  # no idle round during this test
    assert database.path is not None
    database.keep_tidy()
    reader = sqlite3.connect(database.path, isolation_level=None)
    try:
        burst = [_capture_and_measure(services, database, i) for i in range(100)]
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM capture").fetchone()  # its snapshot, kept open
        held = [_capture_and_measure(services, database, i) for i in range(100, 110)]
        reader.execute("COMMIT")
        after_reader = _capture_and_measure(services, database, 110)
    finally:
        reader.close()
        database.close()

    written = sum(max(later - earlier, 0) for earlier, later in pairwise([0, *burst]))
    assert written > 10 * upkeep.LOG_LIMIT_BYTES  # the burst wrote far more than the limit …
    # … yet no capture left the log far past it. A moment's reader elsewhere (a busy machine
    # stretches one) can hold a checkpoint back, so one capture may end a frame or two over
    # the limit until the next empties it; without checkpoint_if_large it is ~15 times it.
    assert max(burst) < 2 * upkeep.LOG_LIMIT_BYTES
    assert burst.count(0) >= 5  # emptied again and again, beside the burst
    assert held[-1] > upkeep.LOG_LIMIT_BYTES  # the snapshot held the log: it grew past …
    assert after_reader == 0  # … until the reader let go
    assert services.search.search("Leipzig110").hits != ()


def _capture_and_measure(services: Services, database: Database, i: int) -> int:
    """One capture of the burst; the log's size right after it."""
    services.capture.capture(f"Anna Weber{i} — loves Bartók; grew up in Leipzig{i}")
    return _log_bytes(database)


def test_a_short_burst_leaves_the_log_alone(
    database: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database.path is not None
    worker = Upkeep(database.path, idle_seconds=600)
    _add_facts(services, 2)
    before = _log_bytes(database)
    assert not worker.checkpoint_if_large()
    assert _log_bytes(database) == before
    monkeypatch.setattr(upkeep, "LOG_LIMIT_BYTES", 1)
    assert worker.checkpoint_if_large()
    assert _log_bytes(database) == 0
    worker.pause()
