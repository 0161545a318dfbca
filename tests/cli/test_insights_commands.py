"""``eventmate insights``: every series as JSON, a plain reading, periods, odd input."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.stores import open_store

from eventmate.domain.kinds import EventKind
from eventmate.main import main
from eventmate.storage.models import Event, Person, Reflection


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    database = open_store(data)
    # Yesterday: in this season and in the last 12 months, whatever today is.
    start = datetime.now(UTC) - timedelta(days=1)
    with database.write() as session:
        gala = Event(title="Gala", kind=EventKind.RECEPTION, starts_at=start)
        session.add(gala)
        session.flush()
        session.add(Person(name="Anna", sort_key="anna", met_event_id=gala.id))
        session.add(Reflection(event_id=gala.id, energy_before=4, energy_after=2))
    database.close()
    return data


def test_json_prints_every_series(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, err = run(capsys, "--data-dir", str(folder), "insights", "--json")
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert document["period"] == "season"
    assert set(document) >= {"people_met", "promises", "intentions", "energy", "giving"}
    assert sum(row["by_kind"].get("reception", 0) for row in document["people_met"]) == 1
    assert document["energy"] == [
        {"kind": "reception", "reflections": 1, "before": 4.0, "after": 2.0}
    ]


@pytest.mark.parametrize("period", ["season", "year", "all"])
def test_each_period(capsys: pytest.CaptureFixture[str], folder: Path, period: str) -> None:
    status, out, _ = run(
        capsys, "--data-dir", str(folder), "insights", "--period", period, "--json"
    )
    assert status == 0
    assert json.loads(out)["period"] == period


def test_plain_output_names_each_chart(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(folder), "insights", "--period", "all")
    assert status == 0
    for title in ("People met at events", "Promises", "Intentions", "Energy", "Giving"):
        assert title in out
    assert "reception" in out


def test_an_unknown_period_is_a_clear_message(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(folder), "insights", "--period", "decade"])
    _, err = capsys.readouterr()
    assert stopped.value.code == 2
    assert "invalid choice: 'decade'" in err
    assert "Traceback" not in err


def test_an_empty_data_folder_has_empty_series(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = run(capsys, "--data-dir", str(tmp_path / "new"), "insights", "--json")
    assert status == 0
    assert json.loads(out)["energy"] == []
