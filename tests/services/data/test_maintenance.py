"""Health checks and manual backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from eventmate.interop.json_archive import decode_archive
from eventmate.services.container import Services
from eventmate.storage.backup import verify
from eventmate.storage.engine import Database


def test_check_on_a_new_database_is_healthy(services: Services) -> None:
    report = services.maintenance.check()
    assert report.healthy
    assert report.reason == "healthy"
    assert report.counts["people"] == 0


def test_check_counts_rows(services: Services) -> None:
    services.sample_data.add()
    report = services.maintenance.check()
    assert report.counts["people"] == 4
    assert report.counts["events"] == 3


def test_backup_goes_to_the_backups_folder_and_verifies(
    services: Services, data_dir: Path, database: Database
) -> None:
    services.sample_data.add()
    info = services.maintenance.backup()
    assert info.path.parent == data_dir / "backups"
    if database.path is not None:
        assert info.path.name.endswith("-manual.sqlite3")
        verify(info.path)
    else:  # a server's backup is the complete JSON archive
        assert info.path.name.endswith("-manual.json")
        assert decode_archive(info.path.read_bytes()).tables["person"]


# -- the thorough check and search-index repair (issue 12) ---------------------------------


def damage_search_indexes(path: Path) -> None:
    """Put the fact index and the reflection copy out of step with their tables."""
    conn = sqlite3.connect(path)
    # Index entries for a fact that does not exist (as a lost trigger or a torn write leaves).
    conn.execute("INSERT INTO search_fact(rowid, text) VALUES (987654, 'ghost words')")
    conn.execute("DELETE FROM search_reflection")
    conn.commit()
    conn.close()


@pytest.mark.sqlite_only("FTS5 integrity-check and rebuild")
def test_thorough_check_finds_and_rebuilds_a_damaged_search_index(
    services: Services, data_dir: Path
) -> None:
    services.sample_data.add()
    assert services.maintenance.check(thorough=True).healthy
    damage_search_indexes(data_dir / "eventmate.sqlite3")
    quick = services.maintenance.check()
    assert quick.healthy  # PRAGMA integrity_check does not look inside FTS5 indexes
    report = services.maintenance.check(thorough=True)
    assert not report.healthy
    assert {index.name for index in report.damaged_indexes} == {
        "search_fact",
        "search_reflection",
    }
    assert "search indexes damaged" in report.reason

    repaired = services.maintenance.check_and_repair()
    assert set(repaired.rebuilt) == {"search_fact", "search_reflection"}
    assert repaired.healthy
    assert list((data_dir / "backups").glob("*before-check*"))
    # Search finds the reflections again, and no longer the ghost.
    assert not services.search.search("ghost", 5).groups
    assert services.maintenance.check(thorough=True).healthy


@pytest.mark.sqlite_only("a read-only SQLite file")
def test_thorough_check_of_a_read_only_database_reports_without_changing(
    services: Services, data_dir: Path
) -> None:
    from eventmate.storage.opening import open_read_only

    services.sample_data.add()
    path = data_dir / "eventmate.sqlite3"
    damage_search_indexes(path)
    services.close()
    database = open_read_only(path, data_dir / "backups")
    try:
        reader = Services(database, data_dir / "backups")
        report = reader.maintenance.check_and_repair()
        assert {index.name for index in report.damaged_indexes} == {
            "search_fact",
            "search_reflection",
        }
        assert report.rebuilt == ()
    finally:
        database.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM search_reflection").fetchone() == (0,)
    conn.close()


@pytest.mark.server_only
def test_a_server_check_finds_a_lost_trigger_and_a_lost_index(
    services: Services, database: Database
) -> None:
    report = services.maintenance.check(thorough=True)
    assert report.healthy, report.reason
    assert {index.name for index in report.indexes} >= {
        "ix_person_search_name",
        "ix_fact_search_text",
    }
    with database.write() as session:
        session.execute(text('DROP TRIGGER change_fact_person ON "fact"'))
        session.execute(text("DROP INDEX ix_fact_search_text"))
    report = services.maintenance.check(thorough=True)
    assert "change_fact_person" in report.integrity
    assert not report.healthy
    repaired = services.maintenance.check_and_repair()
    assert repaired.rebuilt == ("ix_fact_search_text",)
    assert all(index.ok for index in repaired.indexes)
    with database.read() as session:
        options = session.execute(
            text("SELECT reloptions FROM pg_class WHERE relname = 'ix_fact_search_text'")
        ).scalar()
    assert options == ["fastupdate=off"]  # rebuilt as 0016_search3 left it


@pytest.mark.server_only
def test_a_server_check_finds_private_rows_left_unguarded(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        session.execute(text("ALTER TABLE reflection NO FORCE ROW LEVEL SECURITY"))
        session.execute(text("ALTER TABLE change_log DISABLE ROW LEVEL SECURITY"))
    report = services.maintenance.check()
    assert "row-level security off on: reflection, change_log" in report.integrity
    assert not report.healthy


@pytest.mark.server_only
def test_a_server_check_finds_others_rows_left_unguarded(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        session.execute(text("ALTER TABLE event DISABLE TRIGGER keep_others_rows"))
    report = services.maintenance.check()
    assert "others' private rows unguarded on: event" in report.integrity
    assert not report.healthy
