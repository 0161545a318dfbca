"""Ways out of a bad database: the newest backup that verifies, and a salvage export."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from conftest import NOW
from eventmate.services.container import Services
from eventmate.services.data.recovery import newest_verified_backup, salvage_archive
from eventmate.storage.backup import backup_name
from eventmate.storage.engine import Database
from eventmate.storage.models import Person

pytestmark = pytest.mark.sqlite_only("recovering a damaged SQLite file")


def test_the_newest_backup_that_verifies_is_offered(services: Services, data_dir: Path) -> None:
    services.sample_data.add()
    older = services.maintenance.backup(reason="manual")
    newest = data_dir / "backups" / backup_name("automatic", NOW.replace(year=2030))
    newest.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))  # damaged
    entry = newest_verified_backup(data_dir / "backups")
    assert entry is not None
    assert entry.path == older.path
    assert entry.people == 4
    assert entry.events == 3
    assert newest_verified_backup(data_dir / "nowhere") is None


def test_salvage_of_a_healthy_database_is_complete_and_private(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    services.sample_data.add()
    target = tmp_path / "out" / "salvaged.json"
    report = salvage_archive(data_dir / "eventmate.sqlite3", target)
    assert report.complete
    assert report.people == 4
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["tables"]["person"]) == 4
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_salvage_reads_around_damaged_pages(
    database: Database, data_dir: Path, tmp_path: Path
) -> None:
    with database.write() as session:
        session.add_all(
            Person(name=f"Person {i}", sort_key=f"person {i}", recall_cues="cue " * 200)
            for i in range(600)
        )
    database.close()
    path = data_dir / "eventmate.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'person' AND pagetype = 'leaf' ORDER BY pageno"
    ).fetchall()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    damaged = pages[len(pages) // 2][0]
    offset = (damaged - 1) * page_size
    data[offset : offset + page_size] = os.urandom(page_size)
    path.write_bytes(bytes(data))

    report = salvage_archive(path, tmp_path / "salvaged.json")
    assert not report.complete
    assert 400 < report.people < 600
    assert report.unreadable.get("person", 0) + report.people >= 590
