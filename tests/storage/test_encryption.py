"""Encryption at rest: an encrypted file opens only with its key; on and off are all or nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from encrypted_data import PASSPHRASE, everything, folder_with_data, new_key, uids
from eventmate.services.data import unlocking
from eventmate.storage import encryption, keyed
from eventmate.storage.backup import take_backup
from eventmate.storage.backup_schedule import read_contents
from eventmate.storage.encryption import RewriteError, decrypt_database, encrypt_database
from eventmate.storage.opening import (
    DatabaseProblem,
    ProblemKind,
    check_integrity,
    open_sqlite,
    preflight,
)
from eventmate.storage.restore import restore_file


@pytest.fixture(autouse=True)
def no_keys() -> Iterator[None]:
    keyed.forget_keys()
    yield
    keyed.forget_keys()


@pytest.fixture
def live(tmp_path: Path) -> Path:
    return folder_with_data(tmp_path / "data")


def encrypt(live: Path) -> str:
    """Encrypt ``live``; forget its key (as a new process would); return the recovery key."""
    key, recovery, sealed = new_key()
    encrypt_database(live, live.parent / "backups", key, sealed)
    keyed.forget_keys()
    return recovery


def test_an_encrypted_folder_opens_only_with_its_passphrase(live: Path) -> None:
    before = everything(live)
    encrypt(live)
    raw = live.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for typed in ("Janáček", "Zoë Ng", "Aurora", "the Suk recording"):
        assert typed.encode() not in raw
    with pytest.raises(DatabaseProblem) as locked:
        preflight(live)
    assert locked.value.kind is ProblemKind.NEEDS_PASSPHRASE
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(live).execute("SELECT count(*) FROM person").fetchone()
    unlocking.unlock_with(live, PASSPHRASE)
    assert preflight(live).revision is not None
    assert everything(live) == before


def test_the_recovery_key_opens_it_too(live: Path) -> None:
    before = everything(live)
    recovery = encrypt(live)
    unlocking.unlock_with(live, recovery.lower())
    database = open_sqlite(live, live.parent / "backups")
    database.close()
    assert everything(live) == before


def test_a_wrong_passphrase_is_not_called_damage(live: Path) -> None:
    encrypt(live)
    with pytest.raises(DatabaseProblem) as wrong:
        unlocking.unlock_with(live, "a loud hall before the overture")
    assert wrong.value.kind is ProblemKind.WRONG_PASSPHRASE
    assert "not damaged" in wrong.value.advice
    assert "move" not in wrong.value.advice.lower()
    with pytest.raises(DatabaseProblem) as still:
        preflight(live)
    assert still.value.kind is ProblemKind.NEEDS_PASSPHRASE


def test_a_damaged_encrypted_file_is_called_damaged(live: Path) -> None:
    encrypt(live)
    data = bytearray(live.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(4096)  # a page zeroed: its HMAC no longer matches
    live.write_bytes(bytes(data))
    unlocking.unlock_with(live, PASSPHRASE)  # the key file is fine: the passphrase is right
    with pytest.raises(DatabaseProblem) as damaged:
        check_integrity(live)
    assert damaged.value.kind is ProblemKind.CORRUPT


def test_a_damaged_key_file_is_called_damaged_not_a_wrong_passphrase(live: Path) -> None:
    encrypt(live)
    keyed.key_file_path(live).write_text("{ half a key file", encoding="utf-8")
    with pytest.raises(DatabaseProblem) as damaged:
        preflight(live)
    assert damaged.value.kind is ProblemKind.CORRUPT
    assert "key file" in damaged.value.detail


def test_on_off_on_keeps_every_row_and_uid(live: Path) -> None:
    before, before_uids = everything(live), uids(live)
    assert len(before_uids) > 20
    backups = live.parent / "backups"
    key, _recovery, sealed = new_key()
    encrypt_database(live, backups, key, sealed)
    assert keyed.is_encrypted(live)
    assert everything(live) == before
    assert uids(live) == before_uids
    decrypt_database(live, backups)
    assert not keyed.is_encrypted(live)
    assert not keyed.key_file_path(live).exists()
    assert live.read_bytes().startswith(b"SQLite format 3")
    assert everything(live) == before
    assert uids(live) == before_uids
    key, _recovery, sealed = new_key("another passphrase entirely")
    encrypt_database(live, backups, key, sealed)
    keyed.forget_keys()
    unlocking.unlock_with(live, "another passphrase entirely")
    assert everything(live) == before
    assert uids(live) == before_uids
    database = open_sqlite(live, backups)  # and it is a database EventMate opens as usual
    database.close()


def test_backups_of_an_encrypted_database_are_encrypted(live: Path, tmp_path: Path) -> None:
    before = everything(live)
    encrypt(live)
    unlocking.unlock_with(live, PASSPHRASE)
    info = take_backup(live, tmp_path / "copy.sqlite3")
    assert not info.path.read_bytes().startswith(b"SQLite format 3")
    assert keyed.key_file_path(info.path).exists()
    assert read_contents(info.path) is not None
    keyed.forget_keys()
    assert read_contents(info.path) is None  # locked without the passphrase
    unlocking.unlock_with(info.path, PASSPHRASE)
    assert everything(info.path) == before


def test_an_encrypted_backup_restores_encrypted(live: Path, tmp_path: Path) -> None:
    before = everything(live)
    encrypt(live)
    unlocking.unlock_with(live, PASSPHRASE)
    backup = take_backup(live, tmp_path / "copy.sqlite3").path
    database = open_sqlite(live, live.parent / "backups")
    with database.write() as session:
        from sqlalchemy import text

        session.execute(text("DELETE FROM capture"))
    database.close()
    result = restore_file(backup, live)
    assert keyed.is_encrypted(live)
    assert everything(live) == before
    # The file kept aside keeps its key file, so it still opens.
    aside = result.set_aside[0]
    assert keyed.key_file_path(aside).exists()
    keyed.forget_keys()
    unlocking.unlock_with(aside, PASSPHRASE)
    assert everything(aside)["capture"] == []


def test_another_program_using_the_file_is_refused_with_nothing_changed(live: Path) -> None:
    before_bytes = live.read_bytes()
    key, _recovery, sealed = new_key()
    with closing(sqlite3.connect(live)) as other:
        other.execute("SELECT count(*) FROM person").fetchone()
        with pytest.raises(RewriteError) as busy:
            encrypt_database(live, live.parent / "backups", key, sealed)
    assert busy.value.busy
    assert live.read_bytes() == before_bytes
    assert not keyed.key_file_path(live).exists()


@pytest.mark.parametrize("failing", ["_export", "_verify", "_swap"])
def test_a_failure_during_the_rewrite_leaves_the_original_intact(
    live: Path, failing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = everything(live)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RewriteError("the disk went away")

    monkeypatch.setattr(encryption, failing, fail)
    key, _recovery, sealed = new_key()
    with pytest.raises(RewriteError):
        encrypt_database(live, live.parent / "backups", key, sealed)
    assert not keyed.is_encrypted(live)
    assert everything(live) == before
    assert not Path(f"{live}.rewriting").exists()
    database = open_sqlite(live, live.parent / "backups")
    database.close()


def test_a_check_that_fails_stops_the_swap(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = everything(live)
    real_counts = encryption._counts

    def one_row_short(connection: sqlite3.Connection) -> dict[str, int]:
        counts = real_counts(connection)
        if "person" in counts and connection.execute("PRAGMA cipher_version").fetchone():
            counts["person"] -= 1  # as if the new file had lost a row
        return counts

    monkeypatch.setattr(encryption, "_counts", one_row_short)
    key, _recovery, sealed = new_key()
    with pytest.raises(RewriteError, match="row counts differ in person"):
        encrypt_database(live, live.parent / "backups", key, sealed)
    assert everything(live) == before
    assert not keyed.is_encrypted(live)


def test_backups_are_converted_only_when_asked(live: Path) -> None:
    from eventmate.storage.encryption import convert_copy

    backups = live.parent / "backups"
    plain_backup = take_backup(live, backups / "eventmate-20261101-100000-manual.sqlite3").path
    key, _recovery, sealed = new_key()
    encrypt_database(live, backups, key, sealed)
    assert plain_backup.read_bytes().startswith(b"SQLite format 3")  # not asked: left
    assert convert_copy(plain_backup, key, sealed)
    assert keyed.is_encrypted(plain_backup)
    assert not convert_copy(plain_backup, key, sealed)  # already: nothing to do
    assert convert_copy(plain_backup, None, None)
    assert plain_backup.read_bytes().startswith(b"SQLite format 3")
    assert not keyed.key_file_path(plain_backup).exists()
