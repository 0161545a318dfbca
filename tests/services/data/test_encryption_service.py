"""Encryption from the services: on and off with the app's database open, keyring, passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from sqlalchemy import func, select

from conftest import NOW
from encrypted_data import PASSPHRASE, everything, install_memory_keyring
from eventmate.services.container import Services
from eventmate.services.data import unlocking
from eventmate.services.data.encryption import MIN_PASSPHRASE, EncryptionError
from eventmate.services.failures import DatabaseProblem, ProblemKind
from eventmate.storage import keyed
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite, preflight


@pytest.fixture(autouse=True)
def no_keys() -> Iterator[None]:
    keyed.forget_keys()
    yield
    keyed.forget_keys()


@pytest.fixture
def app(data_dir: Path) -> Iterator[Services]:
    database = open_sqlite(data_dir / "eventmate.sqlite3", data_dir / "backups")
    services = Services(
        database, data_dir / "backups", clock=lambda: NOW, config_dir=data_dir / "config"
    )
    services.sample_data.add()
    services.backups.backup_now()
    yield services
    services.close()


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    import keyring

    previous, store = install_memory_keyring()
    yield store.items
    keyring.set_keyring(previous)  # type: ignore[arg-type]


def people(services: Services) -> int:
    with services.backups._db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_turning_it_on_keeps_the_app_working(app: Services, data_dir: Path) -> None:
    live = data_dir / "eventmate.sqlite3"
    before = everything(live)
    status = app.encryption.status()
    assert status.available
    assert not status.encrypted
    assert len(status.plain_copies) == 1
    closed: list[bool] = []
    done = app.encryption.turn_on(
        app.encryption.prepare(PASSPHRASE),
        convert_copies=False,
        on_closed=lambda: closed.append(True),
    )
    assert closed == [True]
    assert done.rows > 0
    assert keyed.is_encrypted(live)
    assert everything(live) == before
    # The same services go on reading and writing, now through SQLCipher.
    count = people(app)
    app.capture.capture("Ilse Berg (horn) — plays natural horn too")
    assert people(app) == count + 1
    status = app.encryption.status()
    assert status.encrypted
    # Two plain copies now: the backup from before, and the one taken before encrypting.
    assert len(status.plain_copies) == 2
    assert app.encryption.encrypt_copies() == (2, ())
    assert app.encryption.status().plain_copies == ()
    assert keyed.is_encrypted(app.backups.backup_now().path)


def test_copies_are_encrypted_when_the_user_agrees(app: Services) -> None:
    done = app.encryption.turn_on(app.encryption.prepare(PASSPHRASE), convert_copies=True)
    assert done.copies_converted == 2
    status = app.encryption.status()
    assert status.plain_copies == ()
    assert len(status.encrypted_copies) == 2


def test_a_short_passphrase_is_refused_with_a_reason(app: Services) -> None:
    with pytest.raises(EncryptionError, match=str(MIN_PASSPHRASE)):
        app.encryption.prepare("short")


def test_turning_it_off_needs_the_passphrase(app: Services, data_dir: Path) -> None:
    live = data_dir / "eventmate.sqlite3"
    new_key = app.encryption.prepare(PASSPHRASE)
    app.encryption.turn_on(new_key, convert_copies=True)
    before = everything(live)
    with pytest.raises(EncryptionError, match="does not open"):
        app.encryption.turn_off("not the passphrase at all", convert_copies=True)
    assert keyed.is_encrypted(live)
    done = app.encryption.turn_off(new_key.recovery_key, convert_copies=True)
    assert done.copies_converted == 3
    assert not keyed.is_encrypted(live)
    assert everything(live) == before
    assert app.encryption.status().encrypted_copies == ()
    assert people(app) > 0


def test_a_new_passphrase_opens_the_data_and_every_backup(app: Services, data_dir: Path) -> None:
    live = data_dir / "eventmate.sqlite3"
    new_key = app.encryption.prepare(PASSPHRASE)
    app.encryption.turn_on(new_key, convert_copies=True)
    app.encryption.change_passphrase(PASSPHRASE, "the second movement, slowly")
    keyed.forget_keys()
    with pytest.raises(DatabaseProblem) as old:
        unlocking.unlock_with(live, PASSPHRASE)
    assert old.value.kind is ProblemKind.WRONG_PASSPHRASE
    for path in [live, *app.encryption.status().encrypted_copies]:
        keyed.forget_keys()
        unlocking.unlock_with(path, "the second movement, slowly")
        keyed.forget_keys()
        unlocking.unlock_with(path, new_key.recovery_key)


def test_the_environment_unlocks_and_a_wrong_one_is_named(
    app: Services, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = data_dir / "eventmate.sqlite3"
    app.encryption.turn_on(app.encryption.prepare(PASSPHRASE), convert_copies=False)
    app.close()
    keyed.forget_keys()
    assert unlocking.is_locked(live)
    monkeypatch.delenv(unlocking.PASSPHRASE_ENV, raising=False)
    assert not unlocking.unlock_without_asking(live, data_dir / "config")
    monkeypatch.setenv(unlocking.PASSPHRASE_ENV, "no, not this one")
    with pytest.raises(DatabaseProblem) as wrong:
        unlocking.unlock_without_asking(live, data_dir / "config")
    assert wrong.value.kind is ProblemKind.WRONG_PASSPHRASE
    monkeypatch.setenv(unlocking.PASSPHRASE_ENV, PASSPHRASE)
    assert unlocking.unlock_without_asking(live, data_dir / "config")
    assert preflight(live).revision is not None


def test_a_key_remembered_here_opens_without_a_passphrase(
    app: Services, data_dir: Path, memory_keyring: dict[tuple[str, str], str]
) -> None:
    live = data_dir / "eventmate.sqlite3"
    new_key = app.encryption.prepare(PASSPHRASE)
    done = app.encryption.turn_on(new_key, convert_copies=False, remember=True)
    assert done.not_remembered == ""
    assert app.encryption.status().remembered
    assert list(memory_keyring.values()) == [new_key.key.raw.hex()]
    keyed.forget_keys()
    assert unlocking.unlock_without_asking(live, data_dir / "config")
    # Forgetting it takes it out of the keyring: the passphrase is needed again.
    assert app.encryption.set_remembered(False) == ""
    assert memory_keyring == {}
    keyed.forget_keys()
    assert not unlocking.unlock_without_asking(live, data_dir / "config")


def test_without_a_keyring_remembering_says_why(app: Services) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        done = app.encryption.turn_on(
            app.encryption.prepare(PASSPHRASE), convert_copies=False, remember=True
        )
    finally:
        keyring.set_keyring(previous)
    assert "no system keyring" in done.not_remembered
    assert not app.encryption.status().remembered


def test_without_sqlcipher_it_says_so_plainly(
    app: Services, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = data_dir / "eventmate.sqlite3"
    app.encryption.turn_on(app.encryption.prepare(PASSPHRASE), convert_copies=False)
    app.close()
    monkeypatch.setattr(keyed, "encryption_available", lambda: False)
    assert not app.encryption.status().available
    with pytest.raises(EncryptionError, match="not available"):
        app.encryption.prepare(PASSPHRASE)
    keyed.forget_keys()
    with pytest.raises(DatabaseProblem) as missing:
        preflight(live)
    assert missing.value.kind is ProblemKind.NO_ENCRYPTION
    assert "sqlcipher3" in missing.value.advice
