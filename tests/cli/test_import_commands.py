"""``eventmate import FILE.ics``: a summary with skipped parts; fails only when unreadable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventmate.cli.import_commands import HANDLERS
from eventmate.main import main

GOOD = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Gala\r\n"
    "DTSTART:20261203T183000Z\r\nDTEND:20261203T210000Z\r\nLOCATION:Wigmore Hall\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Broken\r\n"
    "DTSTART:garbage\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_prints_a_summary_and_skips_with_reasons(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    path = tmp_path / "invite.ics"
    path.write_text(GOOD, encoding="utf-8")
    status, out, err = run(capsys, "--data-dir", data, "import", str(path))
    assert (status, err) == (0, "")
    assert "invite.ics: imported 1 event" in out
    assert "calendar method: REQUEST" in out
    assert "skipped or changed: 1" in out
    assert "Broken" in out
    status, out, _ = run(capsys, "--data-dir", data, "import", str(path))
    assert status == 0
    assert "imported 0 events" in out
    assert "already in EventMate as they are, nothing to change: 1" in out
    status, out, _ = run(capsys, "--data-dir", data, "event", "list", "--json")
    assert [event["title"] for event in json.loads(out)] == ["Gala"]


def test_a_moved_event_is_updated_not_added(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    path = tmp_path / "invite.ics"
    path.write_text(GOOD, encoding="utf-8")
    run(capsys, "--data-dir", data, "import", str(path))
    path.write_text(GOOD.replace("20261203T183000Z", "20261204T183000Z"), encoding="utf-8")
    status, out, _ = run(capsys, "--data-dir", data, "import", "--dry-run", str(path))
    assert "would import 0 events" in out
    assert "would update (known by their UID): 1" in out
    status, out, _ = run(capsys, "--data-dir", data, "import", str(path))
    assert status == 0
    assert "updated (known by their UID): 1" in out
    _, out, _ = run(capsys, "--data-dir", data, "event", "list", "--json")
    [gala] = json.loads(out)
    assert gala["start"].startswith("2026-12-04")


def test_reimporting_our_own_export_adds_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    path = tmp_path / "invite.ics"
    path.write_text(GOOD, encoding="utf-8")
    run(capsys, "--data-dir", data, "import", str(path))
    run(capsys, "--data-dir", data, "event", "add", "Ours", "--start", "2026-12-05 19:30")
    exported = tmp_path / "mine.ics"
    status, _, _ = run(
        capsys, "--data-dir", data, "export", "--format", "ics", "--output", str(exported)
    )
    assert status == 0
    status, out, _ = run(capsys, "--data-dir", data, "import", str(exported))
    assert status == 0
    assert "imported 0 events" in out
    assert "nothing to change: 2" in out
    assert "updated" not in out


def test_a_calendar_with_a_byte_order_mark_imports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = Path(__file__).parents[1] / "data" / "ics" / "thunderbird_bom.ics"
    data = str(tmp_path / "d")
    status, out, err = run(
        capsys, "--data-dir", data, "import", "--from", "2026-11-01", str(source)
    )
    assert (status, err) == (0, "")
    assert "thunderbird_bom.ics: imported 6 events" in out  # the weekly one four times


def test_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    path = tmp_path / "c.ics"
    path.write_text(GOOD, encoding="utf-8")
    status, out, _ = run(capsys, "--data-dir", data, "import", "--dry-run", str(path))
    assert status == 0
    assert "would import 1 event" in out
    run(capsys, "--data-dir", data, "event", "list", "--json")
    _, out, _ = run(capsys, "--data-dir", data, "event", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("garbage.ics", b"<html>not a calendar</html>", "nothing imported"),
        ("empty.ics", b"", "nothing imported"),
        ("notes.txt", b"hello", "cannot import this kind of file"),
    ],
)
def test_unreadable_files_fail_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    status, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import", str(path))
    assert status == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_missing_file_and_bad_range(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "x.ics")
    )
    assert status == 1
    assert "no such file" in err
    path = tmp_path / "c.ics"
    path.write_text(GOOD, encoding="utf-8")
    status, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "d"),
        "import",
        "--from",
        "2027-01-01",
        "--to",
        "2026-01-01",
        str(path),
    )
    assert status == 1
    assert "--to must not be before --from" in err
    status, _, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "import", "--from", "soon", str(path)
    )
    assert status == 1
    assert "--from 'soon' is not a date" in err


def test_handlers_dispatch_by_extension() -> None:
    assert ".ics" in HANDLERS
    assert all(suffix.startswith(".") and suffix == suffix.lower() for suffix in HANDLERS)
