"""``eventmate followups``: plain and JSON listing (with uids), ``done`` and ``rest`` by number
or uid, unknown ones; and a follow-up done from the command line leaves the open app's list."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.stores import open_store

from eventmate.main import main
from eventmate.storage.models import FollowUp, Person


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    database = open_store(data)
    now = datetime.now(UTC)
    with database.write() as session:
        anna = Person(name="Anna Schmidt", sort_key="anna schmidt")
        session.add(anna)
        session.flush()
        session.add_all(
            [
                FollowUp(id=1, person_id=anna.id, text="Send the Ligeti", due_at=now),
                FollowUp(
                    id=2,
                    text="Score from Kwame",
                    direction="theirs",
                    kind="ask",
                    due_at=now - timedelta(days=2),
                ),
                FollowUp(id=3, text="done one", status="done", due_at=now),
            ]
        )
    database.close()
    return data


def test_json_lists_open_follow_ups_oldest_first(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    status, out, _ = run(capsys, "--data-dir", str(folder), "followups", "--json")
    assert status == 0
    items = json.loads(out)
    assert [item["id"] for item in items] == [2, 1]
    first = items[1]
    assert set(first) == {
        "id",
        "uid",
        "person",
        "person_uid",
        "text",
        "kind",
        "direction",
        "due",
        "status",
    }
    assert len(first["uid"]) == 36
    assert len(first["person_uid"]) == 36
    assert items[0]["person_uid"] is None
    assert (first["person"], first["kind"], first["direction"], first["status"]) == (
        "Anna Schmidt",
        "give",
        "mine",
        "open",
    )
    assert datetime.fromisoformat(first["due"]).utcoffset() == timedelta(0)
    assert items[0]["person"] is None


def test_plain_listing_and_done(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(folder), "followups")
    assert status == 0
    assert "Send the Ligeti — Anna Schmidt" in out
    assert "they promised, ask" in out
    status, out, _ = run(capsys, "--data-dir", str(folder), "followups", "done", "1")
    assert (status, out.strip()) == (0, "Done: Send the Ligeti")
    _, out, _ = run(capsys, "--data-dir", str(folder), "followups", "--json")
    assert [item["id"] for item in json.loads(out)] == [2]


def test_done_and_rest_accept_a_uid(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    _, out, _ = run(capsys, "--data-dir", str(folder), "followups", "--json")
    uids = {item["id"]: item["uid"] for item in json.loads(out)}
    status, out, _ = run(capsys, "--data-dir", str(folder), "followups", "done", uids[1])
    assert (status, out.strip()) == (0, "Done: Send the Ligeti")
    status, out, _ = run(
        capsys, "--data-dir", str(folder), "followups", "rest", uids[2], "--note", "he is on tour"
    )
    assert (status, out.strip()) == (0, "Resting: Score from Kwame (he is on tour)")
    _, out, _ = run(capsys, "--data-dir", str(folder), "followups", "--json")
    assert json.loads(out) == []


def test_rest_by_number_without_a_note(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(folder), "followups", "rest", "2")
    assert (status, out.strip()) == (0, "Resting: Score from Kwame")
    _, out, _ = run(capsys, "--data-dir", str(folder), "followups", "--json")
    assert [item["id"] for item in json.loads(out)] == [1]


@pytest.mark.parametrize("action", ["done", "rest"])
@pytest.mark.parametrize("bad", ["99", "abc", "0d2c9a0e-8f5e-4b1e-9a55-3b9e3e0c1a77"])
def test_unknown_follow_up_fails_with_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], folder: Path, bad: str, action: str
) -> None:
    status, out, err = run(capsys, "--data-dir", str(folder), "followups", action, bad)
    assert status != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert bad in err
    _, out, _ = run(capsys, "--data-dir", str(folder), "followups", "--json")
    assert [item["id"] for item in json.loads(out)] == [2, 1]


def test_an_empty_id_is_explained(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, err = run(capsys, "--data-dir", str(folder), "followups", "done", " ")
    assert (status, out) == (1, "")
    assert "by its number (as listed) or its uid" in err


@pytest.mark.parametrize("bad", ["99", "abc"])
def test_done_with_unknown_id_fails_with_one_line(
    capsys: pytest.CaptureFixture[str], folder: Path, bad: str
) -> None:
    status, out, err = run(capsys, "--data-dir", str(folder), "followups", "done", bad)
    assert status != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert bad in err


def test_empty_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(tmp_path / "new"), "followups")
    assert (status, out.strip()) == (0, "No open follow-ups.")
