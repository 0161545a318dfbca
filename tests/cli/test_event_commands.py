"""``eventmate event add`` / ``event list``: local times in, ISO 8601 with offsets out."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from eventmate.main import main


@pytest.fixture(autouse=True)
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # A fixed local zone with DST, so "local time" in the assertions is not the CI machine's.
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_add_prints_the_id_and_list_json_has_offsets(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    status, out, err = run(
        capsys,
        "--data-dir",
        data,
        "event",
        "add",
        "Winter Gala",
        "--start",
        "2026-12-03 19:30",
        "--end",
        "2026-12-03 22:00",
        "--kind",
        "Concert",
        "--venue",
        "Wigmore Hall",
        "--city",
        "London",
    )
    assert (status, err) == (0, "")
    event_id = int(out.strip())
    status, out, _ = run(
        capsys, "--data-dir", data, "event", "add", "Summer", "--start", "2026-07-01 10:00"
    )
    assert status == 0
    status, out, _ = run(capsys, "--data-dir", data, "event", "list", "--json")
    assert status == 0
    events = json.loads(out)
    assert {"id", "uid", "title", "kind", "start", "end", "venue", "city"} <= set(events[0])
    gala = next(e for e in events if e["id"] == event_id)
    assert len({e["uid"] for e in events}) == 2
    # The uid is the event's own: `capture --event` accepts it as well as the id.
    status, out, _ = run(capsys, "--data-dir", data, "capture", "Zoë Ng", "--event", gala["uid"])
    assert (status, f"(event {event_id})" in out) == (0, True)
    assert gala["title"] == "Winter Gala"
    assert gala["kind"] == "concert"
    assert (gala["venue"], gala["city"]) == ("Wigmore Hall", "London")
    assert gala["start"] == "2026-12-03T19:30+01:00"
    assert gala["end"] == "2026-12-03T22:00+01:00"
    assert datetime.fromisoformat(gala["start"]).utcoffset() is not None
    summer = next(e for e in events if e["title"] == "Summer")
    assert summer["start"] == "2026-07-01T10:00+02:00"  # summer time
    assert summer["end"] is None


def test_list_as_text_and_empty(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    status, out, _ = run(capsys, "--data-dir", data, "event", "list")
    assert status == 0
    assert "No events yet" in out
    run(
        capsys,
        "--data-dir",
        data,
        "event",
        "add",
        "Gala",
        "--start",
        "2099-01-01 19:00",
        "--venue",
        "Hall",
    )
    status, out, _ = run(capsys, "--data-dir", data, "event", "list")
    assert status == 0
    assert out.splitlines()[0] == "Upcoming"
    assert "2099-01-01 19:00  Gala — Hall" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--start", "tomorrow"), "--start 'tomorrow' is not a date and time"),
        (("--start", "2026-02-30 19:00"), "is not a date and time"),
        (("--start", "2026-12-03 19:00", "--end", "2026-12-03 18:00"), "ends before it starts"),
        (("--start", "2026-12-03 19:00", "--kind", "party"), "--kind 'party' is not a kind"),
    ],
)
def test_bad_input_gives_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    status, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "event", "add", "Gala", *args)
    assert status == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err
    assert "Traceback" not in err


def test_blank_title_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "d"),
        "event",
        "add",
        " ",
        "--start",
        "2026-12-03 19:00",
    )
    assert status == 1
    assert "needs a title" in err
