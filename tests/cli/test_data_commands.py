"""``eventmate import``, ``export`` and ``restore`` from the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.conftest import people_in_file as people
from tests.stores import open_store

from eventmate.main import main
from eventmate.storage.instance_lock import InstanceLock
from eventmate.storage.models import Person


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def people_in(folder: Path) -> int:
    """People in the data folder's store (its file, or its server database)."""
    database = open_store(folder)
    try:
        with database.read() as session:
            return int(session.scalar(select(func.count()).select_from(Person)) or 0)
    finally:
        database.close()


def add_people(folder: Path, n: int) -> None:
    from eventmate.storage.models import Person

    db = open_store(folder)
    with db.write() as session:
        session.add_all(Person(name=f"=Person {i}") for i in range(n))
    db.close()


def test_json_export_then_import_into_a_new_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "a"
    source.mkdir()
    add_people(source, 3)
    archive = tmp_path / "out" / "all.json"
    status, out, _ = run(
        capsys, "--data-dir", str(source), "export", "--format", "json", "-o", str(archive)
    )
    assert status == 0
    assert out.strip() == str(archive)
    assert len(json.loads(archive.read_bytes())["tables"]["person"]) == 3
    status, out, _ = run(capsys, "--data-dir", str(tmp_path / "b"), "import", str(archive))
    assert status == 0
    assert out == f"{archive}: imported 3 people\n"  # in words, not the archive's table names
    assert people_in(tmp_path / "b") == 3
    # Again into the same folder: refused with the reason, nothing doubled.
    status, out, err = run(capsys, "--data-dir", str(tmp_path / "b"), "import", str(archive))
    assert status == 1
    assert "already holds data" in err
    assert out == ""
    assert people_in(tmp_path / "b") == 3


def test_an_archives_rows_are_counted_in_words() -> None:
    from eventmate.cli.import_commands import archive_words

    counts = {"person": 1, "event": 2, "person_tag": 3, "break": 1, "tag": 0, "follow_up": 1}
    assert archive_words(counts) == "1 person, 2 events, 1 follow-up, 4 other records"
    assert archive_words({"tag": 0}) == ""


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_export_into_a_device_writes_into_it_and_prints_no_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import stat

    add_people(tmp_path, 2)
    status, out, err = run(
        capsys, "--data-dir", str(tmp_path), "export", "--format", "csv", "-o", "/dev/null"
    )
    assert (status, out, err) == (0, "", "")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_csv_to_stdout(capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path) -> None:
    add_people(tmp_path, 2)
    assert main(["--data-dir", str(tmp_path), "export", "--format", "csv"]) == 0
    out = capsysbinary.readouterr().out
    rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig"))))
    assert rows[1][0].startswith("'=Person")


def test_markdown_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "journal.md"
    status, _, _ = run(
        capsys,
        "--data-dir",
        str(tmp_path / "d"),
        "export",
        "--format",
        "markdown",
        "-o",
        str(target),
    )
    assert status == 0
    assert target.read_text(encoding="utf-8").startswith("# Journal")


def test_unknown_extension_and_missing_file_are_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("hi")
    status, _, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "notes.txt")
    )
    assert status == 1
    assert "cannot import this kind of file" in err
    status, _, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "gone.json")
    )
    assert status == 1
    assert "no such file" in err


@pytest.mark.sqlite_only("restoring an SQLite file backup")
def test_restore_keeps_the_current_database_aside(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    add_people(folder, 2)
    status, out, _ = run(capsys, "--data-dir", str(folder), "backup")
    backup = Path(out.strip())
    add_people(folder, 5)
    status, out, _ = run(capsys, "--data-dir", str(folder), "restore", str(backup))
    assert status == 0
    assert people(folder / "eventmate.sqlite3") == 2
    aside = next(
        p
        for p in folder.glob("eventmate.sqlite3.before-restore-*")
        if p.name[-4:] not in ("-wal", "-shm")
    )
    assert people(aside) == 7
    assert f"previous database kept as {aside}" in out


@pytest.mark.sqlite_only("restoring an SQLite file backup")
def test_restore_of_a_corrupt_file_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    add_people(folder, 2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    before = (folder / "eventmate.sqlite3").read_bytes()
    status, _, err = run(capsys, "--data-dir", str(folder), "restore", str(bad))
    assert status == 1
    assert "nothing was changed" in err
    assert (folder / "eventmate.sqlite3").read_bytes() == before
    assert not list(folder.glob("*.before-restore-*"))


@pytest.mark.sqlite_only("restoring an SQLite file backup")
def test_restore_refuses_while_the_app_is_open(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    add_people(folder, 1)
    status, out, _ = run(capsys, "--data-dir", str(folder), "backup")
    lock = InstanceLock(folder / "eventmate.lock").acquire()
    try:
        status, _, err = run(capsys, "--data-dir", str(folder), "restore", out.strip())
    finally:
        lock.release()
    assert status == 1
    assert "close it first" in err


def test_vcard_import_lists_skipped_cards_and_export_reads_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nEMAIL:a@x.org\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\n"
    )
    folder = tmp_path / "d"
    status, out, _ = run(capsys, "--data-dir", str(folder), "import", str(cards))
    assert status == 0
    assert "imported 1 new person" in out
    assert "skipped card 2" in out
    assert any("-before-import." in p.name for p in (folder / "backups").iterdir())
    target = tmp_path / "out.vcf"
    status, _, _ = run(
        capsys, "--data-dir", str(folder), "export", "--format", "vcard4", "-o", str(target)
    )
    assert status == 0
    assert b"VERSION:4.0" in target.read_bytes()
    assert b"FN:Anna Schmidt" in target.read_bytes()


@pytest.mark.parametrize("fmt", ["vcard", "vcard4"])
def test_importing_our_own_vcard_export_again_adds_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    folder = str(tmp_path / "d")
    cards = tmp_path / "contacts.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nEMAIL:a@x.org\r\n"
        b"UID:from-a-phone-1\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kwame Mensah\r\nEND:VCARD\r\n"
    )
    assert run(capsys, "--data-dir", folder, "import", str(cards))[0] == 0
    ours = tmp_path / "ours.vcf"
    assert run(capsys, "--data-dir", folder, "export", "--format", fmt, "-o", str(ours))[0] == 0
    assert b"UID:from-a-phone-1\r\n" in ours.read_bytes()  # the phone's card keeps its UID
    assert b"UID:urn:uuid:" in ours.read_bytes()  # Kwame's carries his own
    status, out, _ = run(capsys, "--data-dir", folder, "import", "--dry-run", str(ours))
    assert "would import 0 new people, 0 updated, 2 already here with nothing new" in out
    status, out, _ = run(capsys, "--data-dir", folder, "import", str(ours))
    assert status == 0
    assert "imported 0 new people, 0 updated, 2 already here with nothing new" in out
    status, out, _ = run(capsys, "--data-dir", folder, "people", "--json")
    assert len(json.loads(out)) == 2


def test_ics_export(capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "export", "--format", "ics"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"BEGIN:VCALENDAR\r\n")


def test_several_files_each_whole_or_not_at_all(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "a.vcf"
    good.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n")
    bad = tmp_path / "b.json"
    bad.write_bytes(b"{not json")
    status, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import", str(good), str(bad))
    assert status == 1
    assert "imported 1 new person" in out
    assert "b.json: nothing imported" in err
    assert "1 of 2 files not imported" in err
