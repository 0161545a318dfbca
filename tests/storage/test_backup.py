"""Backups are consistent snapshots, verified before they count."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tests.conftest import people_in_file as count_people

from eventmate.storage.backup import BackupError, take_backup, verify
from eventmate.storage.engine import Database
from eventmate.storage.models import Person

pytestmark = pytest.mark.sqlite_only("the SQLite backup API; a server's: test_server_backup.py")


def test_backup_holds_committed_data_and_passes_its_check(
    database: Database, tmp_path: Path
) -> None:
    with database.write() as session:
        session.add_all(Person(name=f"P{i}") for i in range(20))
    assert database.path is not None
    info = take_backup(database.path, tmp_path / "b" / "copy.sqlite3")
    assert info.path.exists()
    verify(info.path)
    assert count_people(info.path) == 20
    assert not list((tmp_path / "b").glob("*.partial"))


def test_backup_during_writes_is_consistent(database: Database, tmp_path: Path) -> None:
    assert database.path is not None
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            with database.write() as session:
                session.add_all(Person(name="w") for _ in range(10))

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        info = take_backup(database.path, tmp_path / "during.sqlite3")
    finally:
        stop.set()
        writer.join()
    verify(info.path)
    assert count_people(info.path) % 10 == 0


def test_unreadable_source_leaves_no_backup(tmp_path: Path) -> None:
    source = tmp_path / "garbage.sqlite3"
    source.write_bytes(b"not a database" * 100)
    target = tmp_path / "out.sqlite3"
    with pytest.raises(BackupError):
        take_backup(source, target)
    assert not target.exists()
    assert not target.with_name("out.sqlite3.partial").exists()


def test_a_backup_is_not_written_over_a_pipe_or_a_folder(
    database: Database, tmp_path: Path
) -> None:
    """Before, the rename replaced the pipe (and, for root, a device such as /dev/full)."""
    import os
    import stat

    assert database.path is not None
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(BackupError, match="it is not a file"):
        take_backup(database.path, fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(BackupError, match="it is not a file"):
        take_backup(database.path, folder)
    assert list(folder.iterdir()) == []
    assert not list(tmp_path.glob("*.partial"))
