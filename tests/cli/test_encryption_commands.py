"""``eventmate encryption`` and every command on encrypted data: passphrase from the environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from encrypted_data import PASSPHRASE
from eventmate.main import main
from eventmate.storage import keyed

pytestmark = pytest.mark.sqlite_only("encryption at rest is of a SQLite file, not a server")

READERS = (["people"], ["search", "Ligeti"], ["check", "--thorough"], ["followups"])


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each command as a new process would run it: no key in memory, no passphrase set."""
    monkeypatch.delenv("EVENTMATE_PASSPHRASE", raising=False)
    keyed.forget_keys()
    yield
    keyed.forget_keys()


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    keyed.forget_keys()
    status = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def encrypted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    folder = tmp_path / "d"
    assert (
        run(capsys, folder, "capture", "Anna Schmidt (viola) — loves Bartók !send Ligeti")[0] == 0
    )
    assert run(capsys, folder, "backup")[0] == 0
    monkeypatch.setenv("EVENTMATE_PASSPHRASE", PASSPHRASE)
    status, out, err = run(capsys, folder, "encryption", "on", "--backups", "encrypt")
    assert status == 0, err
    assert "Your recovery key" in out
    assert "encrypted too: 2" in out
    monkeypatch.delenv("EVENTMATE_PASSPHRASE")
    return folder


def test_every_command_needs_the_passphrase(
    capsys: pytest.CaptureFixture[str], encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for command in (*READERS, ["capture", "Seán O'Brien — oboe"]):
        status, _out, err = run(capsys, encrypted, *command)
        assert status == 2, command
        assert "encrypted" in err
        assert "EVENTMATE_PASSPHRASE" in err
        assert "damaged" not in err
        assert "Traceback" not in err
    monkeypatch.setenv("EVENTMATE_PASSPHRASE", "not the passphrase")
    status, _out, err = run(capsys, encrypted, "people")
    assert status == 2
    assert "does not open your data" in err
    assert "not damaged" in err
    monkeypatch.setenv("EVENTMATE_PASSPHRASE", PASSPHRASE)
    for command in READERS:
        status, out, err = run(capsys, encrypted, *command)
        assert status == 0, (command, err)
    status, out, _err = run(capsys, encrypted, "people")
    assert "Anna Schmidt" in out
    assert run(capsys, encrypted, "capture", "Seán O'Brien — oboe")[0] == 0


def test_status_on_and_off_round_trip(
    capsys: pytest.CaptureFixture[str], encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTMATE_PASSPHRASE", PASSPHRASE)
    status, out, _err = run(capsys, encrypted, "encryption", "status")
    assert status == 0
    assert "data encrypted: yes" in out
    assert "backups and copies not encrypted: 0" in out
    status, out, err = run(capsys, encrypted, "encryption", "off", "--backups", "decrypt")
    assert status == 0, err
    assert "without encryption" in out
    monkeypatch.delenv("EVENTMATE_PASSPHRASE")
    status, out, _err = run(capsys, encrypted, "people")
    assert status == 0
    assert "Anna Schmidt" in out
    assert not keyed.key_file_path(encrypted / "eventmate.sqlite3").exists()
    assert not list((encrypted / "backups").glob("*.key"))


def test_a_script_must_say_what_to_do_with_the_backups(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    assert run(capsys, folder, "capture", "Anna Schmidt")[0] == 0
    assert run(capsys, folder, "backup")[0] == 0
    monkeypatch.setenv("EVENTMATE_PASSPHRASE", PASSPHRASE)
    status, _out, err = run(capsys, folder, "encryption", "on")
    assert status == 1
    assert "--backups encrypt" in err
    assert not keyed.is_encrypted(folder / "eventmate.sqlite3")


def test_an_encrypted_backup_restores_with_its_passphrase(
    capsys: pytest.CaptureFixture[str], encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = sorted((encrypted / "backups").glob("*-manual.sqlite3"))[0]
    status, _out, err = run(capsys, encrypted, "restore", str(backup))
    assert status == 2
    assert "EVENTMATE_PASSPHRASE" in err
    monkeypatch.setenv("EVENTMATE_PASSPHRASE", PASSPHRASE)
    status, out, err = run(capsys, encrypted, "restore", str(backup))
    assert status == 0, err
    assert "restored" in out
    status, out, _err = run(capsys, encrypted, "people")
    assert "Anna Schmidt" in out
