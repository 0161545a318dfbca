"""The command line on a folder as the database, a read-only disk, a full disk, beside a writer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventmate.main import main
from mounts import fill, read_only_view, tmpfs

pytestmark = pytest.mark.sqlite_only(
    "bad places for an SQLite file (a folder, a read-only or full disk)"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def seed(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, _, err = run(
        capsys,
        "--data-dir",
        str(folder),
        "capture",
        "Anna Schmidt (viola) — loves Bartók !send Ligeti",
    )
    assert status == 0, err


def test_a_folder_where_the_database_should_be(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "d" / "eventmate.sqlite3").mkdir(parents=True)
    for command in (["people"], ["check"], ["capture", "Anna"]):
        status, _out, err = run(capsys, "--data-dir", str(tmp_path / "d"), *command)
        assert status == 2
        assert "Traceback" not in err
        assert "IsADirectoryError" not in err
        assert "there is a folder" in err
    assert (tmp_path / "d" / "eventmate.sqlite3").is_dir()


READERS = (
    ["people"],
    ["people", "Anna"],
    ["search", "Ligeti"],
    ["check"],
    ["event", "list"],
    ["followups"],
)


def test_a_read_only_disk_is_read_only_not_damaged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seed(capsys, tmp_path / "d")
    with read_only_view(tmp_path / "d", tmp_path / "ro") as view:
        for command in READERS:
            status, _out, err = run(capsys, "--data-dir", str(view), *command)
            assert status == 0, (command, err)
            assert err == ""
        assert "Anna Schmidt" in run(capsys, "--data-dir", str(view), "people")[1]
        target = tmp_path / "out.json"
        status, _, err = run(
            capsys, "--data-dir", str(view), "export", "--format", "json", "-o", str(target)
        )
        assert status == 0, err
        assert "Anna Schmidt" in target.read_text(encoding="utf-8")
        status, _out, err = run(capsys, "--data-dir", str(view), "capture", "Bob Ray — loves jazz")
        assert status == 2
        assert "read-only" in err
        assert "damaged" not in err.replace("not damaged", "")
        assert "move" not in err
        assert "Bob Ray — loves jazz" in err  # the words come back, to capture again
        assert "Traceback" not in err


@pytest.fixture
def another_writer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Iterator[Path]:
    """A data folder whose database another program is in the middle of writing."""
    folder = tmp_path / "d"
    seed(capsys, folder)
    holder = sqlite3.connect(folder / "eventmate.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE person SET role = 'changing'")
    yield folder
    holder.execute("ROLLBACK")
    holder.close()


def test_readers_read_while_another_program_writes(
    capsys: pytest.CaptureFixture[str], another_writer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("eventmate.storage.identity.BUSY_TIMEOUT_MS", 300)
    for command in READERS:
        status, out, err = run(capsys, "--data-dir", str(another_writer), *command)
        assert status == 0, (command, err)
    out = run(capsys, "--data-dir", str(another_writer), "people")[1]
    assert "viola" in out  # the committed state, not the other program's unfinished write
    status, _, err = run(capsys, "--data-dir", str(another_writer), "capture", "Bob Ray")
    assert status == 2
    assert "Another program" in err
    assert "Bob Ray" in err


def test_disk_full_during_capture_keeps_the_words_and_works_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "small", "4m") as disk:
        folder = disk / "d"
        seed(capsys, folder)
        # Another program keeps the database open (as the app would), so its -shm exists.
        keeper = sqlite3.connect(folder / "eventmate.sqlite3")
        keeper.execute("SELECT count(*) FROM person").fetchall()
        filler = fill(disk)
        words = "Carl Oh — loves " + "long stories " * 3000
        try:
            status, out, err = run(capsys, "--data-dir", str(folder), "capture", words)
            assert status == 2
            assert "disk is full" in err
            assert words in err
            assert "Traceback" not in err
            assert "OperationalError" not in err
            # Reading still works on the full disk.
            status, out, _ = run(capsys, "--data-dir", str(folder), "people")
            assert status == 0
            assert "Anna Schmidt" in out
            keeper.close()
            # Even without anyone keeping it open (no room for a -shm file).
            status, out, err = run(capsys, "--data-dir", str(folder), "people")
            assert status == 0, err
            status, _, err = run(capsys, "--data-dir", str(folder), "capture", "Dora")
            assert status == 2
            assert "disk is full" in err
            assert "damaged" not in err
        finally:
            filler.unlink()
        status, out, err = run(capsys, "--data-dir", str(folder), "capture", words)
        assert status == 0, err
        assert "Carl Oh" in out
        conn = sqlite3.connect(folder / "eventmate.sqlite3")
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM capture").fetchone() == (2,)
        conn.close()


def break_fact_index(folder: Path) -> None:
    conn = sqlite3.connect(folder / "eventmate.sqlite3")
    conn.execute("INSERT INTO search_fact(rowid, text) VALUES (987654, 'ghost words')")
    conn.commit()
    conn.close()


def test_check_thorough_rebuilds_a_damaged_search_index(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    seed(capsys, folder)
    status, out, _ = run(capsys, "--data-dir", str(folder), "check", "--thorough")
    assert status == 0
    assert "search index search_fact: ok" in out
    break_fact_index(folder)
    status, out, _ = run(capsys, "--data-dir", str(folder), "check")
    assert status == 0  # the quick check does not look inside search indexes
    status, out, err = run(capsys, "--data-dir", str(folder), "check", "--thorough")
    assert status == 0, err
    assert "search index search_fact: was damaged; rebuilt from the fact table" in out
    assert out.strip().endswith("healthy")
    status, out, _ = run(capsys, "--data-dir", str(folder), "search", "ghost")
    assert "Nothing found" in out


def test_check_thorough_on_a_read_only_disk_reports_the_damage(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    seed(capsys, folder)
    break_fact_index(folder)
    with read_only_view(folder, tmp_path / "ro") as view:
        status, out, err = run(capsys, "--data-dir", str(view), "check", "--thorough")
    assert status == 1
    assert "search index search_fact: damaged" in out
    assert "not rebuilt" in err
    assert "read-only" in err
    assert "Traceback" not in err
