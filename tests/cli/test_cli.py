"""The command line: --version, check and backup, with clear messages for bad databases."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.stores import Stores

from eventmate import __version__
from eventmate.interop.json_archive import decode_archive
from eventmate.main import main
from eventmate.storage.identity import HEAD_REVISION


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_version_from_the_installed_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eventmate", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"EventMate {__version__}"


def test_check_on_a_new_data_folder_is_healthy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, stores: Stores
) -> None:
    status, out, _ = run(capsys, "--data-dir", str(tmp_path / "new"), "check")
    assert status == 0
    assert out.strip().endswith("healthy")
    assert "people: 0" in out
    assert (tmp_path / "new" / "eventmate.sqlite3").exists() is not stores.server


@pytest.mark.sqlite_only("the file in the data folder")
def test_check_warns_about_a_data_folder_a_sync_app_copies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run(capsys, "--data-dir", str(tmp_path / "Dropbox" / "em"), "check")
    assert status == 0  # a warning, not a failure: the data is fine so far
    assert out.strip().endswith("healthy")
    assert err.startswith("warning: your data is in a Dropbox folder")
    assert "Keep it on this computer" in err
    status, _, err = run(capsys, "--data-dir", str(tmp_path / "music" / "em"), "check")
    assert (status, err) == (0, "")


@pytest.mark.sqlite_only("where the SQLite file goes")
def test_data_dir_from_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTMATE_DATA_DIR", str(tmp_path / "env"))
    status, out, _ = run(capsys, "check")
    assert status == 0
    assert str(tmp_path / "env" / "eventmate.sqlite3") in out


@pytest.mark.sqlite_only("an sqlite:/// URL")
def test_database_url_from_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "elsewhere" / "my.db"
    target.parent.mkdir()
    monkeypatch.setenv("EVENTMATE_DATABASE_URL", f"sqlite:///{target}")
    status, out, _ = run(capsys, "--data-dir", str(tmp_path / "d"), "check")
    assert status == 0
    assert str(target) in out


@pytest.mark.sqlite_only("a garbage SQLite file")
def test_check_on_garbage_fails_with_one_line_and_leaves_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    path = folder / "eventmate.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    status, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert status == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert str(path) in err
    assert "not a database" in err
    assert "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.sqlite_only("an SQLite file from a newer version; a server: test_server_opening.py")
def test_check_on_newer_version_fails_and_leaves_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    assert run(capsys, "--data-dir", str(folder), "check")[0] == 0
    path = folder / "eventmate.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz_newer'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    status, _, err = run(capsys, "--data-dir", str(folder), "check")
    assert status == 2
    assert "newer EventMate" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_backup_prints_a_verified_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(tmp_path / "d"), "backup")
    assert status == 0
    path = Path(out.strip())
    assert path.parent == tmp_path / "d" / "backups"
    assert path.exists()


def test_backup_to_a_chosen_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, stores: Stores
) -> None:
    target = tmp_path / ("mine.json" if stores.server else "mine.sqlite3")
    status, out, _ = run(capsys, "--data-dir", str(tmp_path / "d"), "backup", "-o", str(target))
    assert status == 0
    assert out.strip() == str(target)
    if stores.server:  # a server's backup is the complete JSON archive
        assert decode_archive(target.read_bytes()).schema_revision == HEAD_REVISION
        return
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    conn.close()


def test_backup_to_an_unwritable_place_says_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    status, _, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "backup", "-o", str(blocker / "b.sqlite3")
    )
    assert status == 1
    assert "backup" in err
    assert "Traceback" not in err


LOGS_AN_ERROR = """
import argparse, logging
from eventmate.cli.commands import run_command

def handler(args):
    try:
        raise OSError(28, "No space left on device")
    except OSError:
        logging.getLogger("eventmate.services.capture").exception("capture 3 kept as text only")
    return 0

raise SystemExit(run_command(argparse.Namespace(handler=handler)))
"""


def test_an_error_logged_on_the_way_is_one_line_not_a_traceback() -> None:
    # Found by the torture suite: a full disk between a capture's two writes printed the
    # logged traceback on the terminal (the words were stored; the message is enough).
    done = subprocess.run(
        [sys.executable, "-c", LOGS_AN_ERROR], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stderr == (
        "ERROR eventmate.services.capture: capture 3 kept as text only "
        "([Errno 28] No space left on device)\n"
    )
