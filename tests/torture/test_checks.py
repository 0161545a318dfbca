"""The harnesses can fail: each check catches the damage it exists for, and a lost capture.

A torture suite that always passes proves nothing; these break a database (or the runner's
record) on purpose and expect the checks to say so.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from kill_runner import Runner
from torture_checks import check_database
from torture_writers import Writer

from eventmate.services.container import Services
from eventmate.storage.engine import Database


@pytest.fixture
def path(services: Services, database: Database) -> Path:
    """A real database with a capture that made a person, a fact, a tag and a promise."""
    services.capture.capture("Anna Schmidt (viola, LSO) — loves Bartók #strings !send a score")
    assert database.path is not None
    database.close()
    return database.path


def test_a_healthy_database_passes(path: Path) -> None:
    result = check_database(path)
    assert result.ok, result.problems
    assert "search_person" in result.fts_tables
    assert result.captures == 1


def test_an_index_out_of_step_with_its_table_is_found(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TRIGGER search_person_au")
        conn.execute("UPDATE person SET name = 'Someone Else'")
        conn.commit()
    problems = check_database(path).problems
    assert any(problem.startswith("search_person integrity-check") for problem in problems)


def test_a_dangling_reference_is_found(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE fact SET person_id = 9999")
        conn.commit()
    assert any(p.startswith("foreign_key_check") for p in check_database(path).problems)


def test_damaged_pages_are_found(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // page_size, 3):  # scribble over every third page
        data[page * page_size + 100 : page * page_size + 400] = b"\xa5" * 300
    path.write_bytes(bytes(data))
    assert not check_database(path).ok


def test_the_runner_notices_a_confirmed_capture_that_is_missing(path: Path, tmp_path: Path) -> None:
    runner = Runner(path.parent, tmp_path / "scratch", seed=1)
    writer = Writer("cli")
    for line in ("SENT Anna Schmidt — a capture never stored", "COMMIT", "Saved capture 99: …"):
        writer.line(line)
    writer.exit_status = -9
    runner._collect(writer)
    runner._check()
    assert runner.summary.lost == ["Anna Schmidt — a capture never stored"]


def test_a_batch_stored_in_part_is_noticed(path: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        (stored,) = conn.execute("SELECT raw_text FROM capture").fetchone()
    runner = Runner(path.parent, tmp_path / "scratch", seed=1)
    writer = Writer("cli")
    for line in ("BATCH 2", f"SENT {stored}", "SENT a second line that never made it"):
        writer.line(line)
    writer.exit_status = -9
    runner._collect(writer)
    runner._check()
    assert runner.summary.batch_violations == [f"1 of 2: {stored}"]
