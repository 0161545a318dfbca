"""The verified backup before a vCard import, taken while the cards are written."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import people_in_file as people

from eventmate.services.container import Services
from eventmate.services.data.backups import BackupError, PendingBackup
from eventmate.storage import backup as backup_module
from eventmate.storage.engine import Database
from eventmate.storage.models import Person
from eventmate.storage.restore import check_backup

pytestmark = pytest.mark.sqlite_only("SQLite file backups; a server's is taken before writing")

CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card {i}\r\nEMAIL:card{i}@example.org\r\nEND:VCARD\r\n"
    for i in range(3)
).encode()


def add_people(database: Database, n: int) -> None:
    with database.write() as session:
        session.add_all(Person(name=f"Known {i}") for i in range(n))


def test_a_backup_copied_after_the_cards_were_written_holds_the_data_before(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(database, 2)
    awaited = threading.Event()
    result_of = PendingBackup.result
    take_backup = backup_module.take_backup

    def awaited_result(pending: PendingBackup) -> backup_module.BackupInfo:
        awaited.set()
        return result_of(pending)

    def take_when_awaited(source: Path, target: Path) -> backup_module.BackupInfo:
        # The copy starts only once the import waits for it: its rows are written by then,
        # and must not be committed before the copy is done.
        assert awaited.wait(timeout=60)
        return take_backup(source, target)

    monkeypatch.setattr(PendingBackup, "result", awaited_result)
    monkeypatch.setattr("eventmate.services.data.backups.take_backup", take_when_awaited)
    result = services.vcards.import_bytes(CARDS)
    assert result.created == 3
    assert result.backup is not None
    backup = Path(result.backup)
    assert people(backup) == 2  # none of the import's people
    assert check_backup(backup) is not None  # a backup a restore accepts
    assert services.people.count() == 5


def damaging(verify: Callable[..., None]) -> Callable[..., None]:
    def damage_then_verify(path: Path, *args: object) -> None:
        with open(path, "r+b") as handle:
            handle.seek(2 * 4096)
            handle.write(b"\xff" * 3 * 4096)
        verify(path, *args)

    return damage_then_verify


def test_a_damaged_backup_is_caught_and_nothing_is_imported(
    services: Services, database: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(database, 2)
    monkeypatch.setattr(backup_module, "verify", damaging(backup_module.verify))
    # A BackupError (what the command line and the GUI explain), not the live database's
    # failure, although the damaged copy's own error is a "malformed database".
    with pytest.raises(BackupError):
        services.vcards.import_bytes(CARDS)
    assert services.people.count() == 2
    assert not any((data_dir / "backups").glob("*before-import*"))  # no half backup left


def test_a_failed_backup_leaves_the_database_writable(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(backup_module, "verify", damaging(backup_module.verify))
        with pytest.raises(BackupError):
            services.vcards.import_bytes(CARDS)
    result = services.vcards.import_bytes(CARDS)
    assert result.created == 3
    assert result.backup is not None
    assert people(Path(result.backup)) == 0
