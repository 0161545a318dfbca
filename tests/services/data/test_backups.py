"""Automatic backups, the backup list, and restore (from the running app and from a file)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from tests.conftest import NOW
from tests.conftest import people_in_file as people

from eventmate.services.container import Services
from eventmate.services.data.backups import BackupError, BackupsService, restore_database
from eventmate.storage.backup import backup_name
from eventmate.storage.engine import Database
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite

pytestmark = pytest.mark.sqlite_only("SQLite file backups; a server's: test_server_backup.py")


def add_people(database: Database, n: int, name: str = "P") -> None:
    with database.write() as session:
        session.add_all(Person(name=f"{name}{i}") for i in range(n))


def test_automatic_backup_only_when_data_changed(services: Services, database: Database) -> None:
    add_people(database, 3)
    first = services.backups.backup_if_changed()
    assert first is not None
    assert services.backups.backup_if_changed() is None
    add_people(database, 1)
    second = services.backups.backup_if_changed()
    assert second is not None
    assert second.path != first.path
    assert people(second.path) == 4


def test_restart_after_a_backup_does_not_back_up_unchanged_data(
    services: Services, database: Database, data_dir: Path
) -> None:
    add_people(database, 2)
    database.close()  # checkpoints the WAL into the file, as at exit
    services.backups.backup_now()
    again = BackupsService(database, data_dir / "backups", clock=lambda: NOW)
    assert again.backup_if_changed() is None


def test_list_shows_dates_reasons_and_counts(services: Services, database: Database) -> None:
    services.sample_data.add()
    services.backups.backup_before("import")
    (
        services.backups.list()[0].path.parent / backup_name("automatic", NOW - timedelta(hours=1))
    ).write_bytes(b"damaged" * 100)
    entries = services.backups.list()
    assert [e.reason for e in entries] == ["before-import", "automatic"]
    good, broken = entries
    assert not broken.readable
    assert broken.people is None
    assert good.readable
    assert (good.people, good.events) == (4, 3)
    assert good.taken_at == NOW


def test_new_backup_prunes_by_schedule_only_after_it_verified(
    services: Services, data_dir: Path
) -> None:
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    services.backups.backup_now()
    template = services.backups.list()[0].path.read_bytes()
    for days in range(1, 40):
        (folder / backup_name("automatic", NOW - timedelta(days=days, hours=3))).write_bytes(
            template
        )
    services.backups.prune()
    left = services.backups.list()
    assert len(left) < 40
    assert left[0].taken_at == NOW
    # Pruning never runs when the new backup fails: nothing is removed.
    before = {e.path for e in services.backups.list()}
    for path in before:
        path.chmod(0o644)
    blocker = data_dir / "not-a-folder"
    blocker.write_text("x")
    broken = BackupsService(services.archive._db, blocker, clock=lambda: NOW + timedelta(days=400))
    with pytest.raises(BackupError):
        broken.backup_now()
    assert {e.path for e in services.backups.list()} == before


def test_restore_brings_back_the_backup_and_keeps_the_current_database_aside(
    services: Services, database: Database, data_dir: Path
) -> None:
    add_people(database, 5)
    info = services.backups.backup_now()
    add_people(database, 7, "after")
    result = services.backups.restore(info.path)
    assert database.path is not None
    assert people(database.path) == 5
    # The same services keep working on the restored file.
    assert services.people.count() == 5
    main_aside = result.set_aside[0]
    assert main_aside.name.startswith("eventmate.sqlite3.before-restore-")
    assert people(main_aside) == 12
    # A backup of the current data was taken first, too.
    assert any(e.reason == "before-restore" and e.people == 12 for e in services.backups.list())
    # Automatic backups pause until restart.
    add_people(database, 1)
    assert services.backups.backup_if_changed() is None


def test_a_read_during_the_restore_does_not_keep_the_old_file_open(
    services: Services, database: Database
) -> None:
    """A timer that reads while the file is replaced (capture mode warming its names) opened
    a connection on the file about to be set aside; pooled, every later read went there."""
    add_people(database, 5)
    info = services.backups.backup_now()
    add_people(database, 7, "after")
    during: list[int] = []
    services.backups.restore(info.path, on_closed=lambda: during.append(services.people.count()))
    assert during == [12]  # read before the file was replaced, on this thread
    assert services.people.count() == 5


def test_another_thread_reading_during_the_restore_waits_for_the_restored_file(
    services: Services, database: Database
) -> None:
    add_people(database, 5)
    info = services.backups.backup_now()
    add_people(database, 7, "after")
    counted: list[int] = []
    reader = threading.Thread(target=lambda: counted.append(services.people.count()))
    services.backups.restore(info.path, on_closed=reader.start)
    reader.join(30)
    assert counted == [5]


def test_restore_moves_wal_and_shm_with_the_database(tmp_path: Path, data_dir: Path) -> None:
    live = data_dir / "eventmate.sqlite3"
    db = open_sqlite(live, data_dir / "backups")
    add_people(db, 2)
    backup = Services(db, data_dir / "backups").backups.backup_now().path
    add_people(db, 3)
    # Simulate a crash: copy the live files while the WAL still holds the last commit.
    raw = sqlite3.connect(live)
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    raw.execute(
        "INSERT INTO person (uid, name, sort_key, pronunciation, recall_cues, role, "
        "organization, met_how, status, status_note, is_sample, created_at, updated_at) "
        "VALUES ('u1', 'in wal', '', '', '', '', '', '', 'active', '', 0, '2026-01-01', "
        "'2026-01-01')"
    )
    raw.commit()
    db.close()
    assert Path(f"{live}-wal").exists()
    result = restore_database(backup, live, data_dir / "backups", NOW)
    raw.close()
    names = sorted(p.name for p in result.set_aside)
    assert any(n.endswith("-wal") for n in names)
    assert people(live) == 2
    # The aside copy, opened with its WAL, still has every committed row.
    assert people(result.set_aside[0]) == 6


def test_backup_taken_during_writes_restores_to_a_consistent_state(
    services: Services, database: Database
) -> None:
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            add_people(database, 10, "w")

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        info = services.backups.backup_now()
    finally:
        stop.set()
        writer.join()
    services.backups.restore(info.path)
    assert services.people.count() % 10 == 0
    assert services.maintenance.check().healthy


@pytest.mark.parametrize("damage", ["garbage", "truncated", "not_ours", "missing"])
def test_a_damaged_backup_is_refused_and_nothing_changes(
    services: Services, database: Database, data_dir: Path, tmp_path: Path, damage: str
) -> None:
    add_people(database, 4)
    good = services.backups.backup_now().path
    bad = tmp_path / "bad.sqlite3"
    if damage == "garbage":
        bad.write_bytes(b"this is not a database" * 200)
    elif damage == "truncated":
        bad.write_bytes(good.read_bytes()[:6000])
    elif damage == "not_ours":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE person (id INTEGER)")
        conn.commit()
        conn.close()
    assert database.path is not None
    before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(BackupError, match=r"bad\.sqlite3"):
        services.backups.restore(bad)
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert services.people.count() == 4


def test_restore_needs_room(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(database, 1)
    info = services.backups.backup_now()
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10, 10, 0))
    with pytest.raises(BackupError, match="not enough free space"):
        services.backups.restore(info.path)
    assert services.people.count() == 1
