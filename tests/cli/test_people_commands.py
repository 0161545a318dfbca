"""``eventmate search`` and ``eventmate people``: text for people, JSON for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.stores import open_store

from eventmate.domain.kinds import ContactKind
from eventmate.main import main
from eventmate.storage.models import ContactMethod, Fact, Person, Tag


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    database = open_store(folder)
    with database.write() as session:
        zoe = Person(name="Zoë Müller", sort_key="zoe muller", role="Oboe", organization="LSO")
        zoe.tags.append(Tag(name="choir"))
        kwame = Person(name="Kwame O'Brien", sort_key="kwame o'brien")
        session.add_all([zoe, kwame])
        session.flush()
        session.add_all(
            [
                ContactMethod(person_id=zoe.id, kind=ContactKind.EMAIL, value="zoe@example.org"),
                ContactMethod(person_id=zoe.id, kind=ContactKind.PHONE, value="+44 20 7946 0018"),
                Fact(person_id=kwame.id, text="loves Ligeti"),
            ]
        )
    database.close()
    return folder


def _uids(folder: Path) -> dict[str, str]:
    database = open_store(folder)
    try:
        with database.read() as session:
            return {p.name: p.uid for p in session.query(Person)}
    finally:
        database.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_search_json(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(data), "search", "lig", "--json")
    assert status == 0
    rows = json.loads(out)
    assert [(r["kind"], r["text"], r["person"]) for r in rows] == [
        ("fact", "loves Ligeti", "Kwame O'Brien")
    ]
    assert {"kind", "id", "text"} <= set(rows[0])
    # Every record by its stable uid too (the id stays for scripts that used it).
    kwame = _uids(data)["Kwame O'Brien"]
    assert rows[0]["person_uid"] == kwame
    assert len(rows[0]["uid"]) == 36
    assert rows[0]["event_uid"] is None


def test_search_json_names_people_by_uid(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    _status, out, _ = run(capsys, "--data-dir", str(data), "search", "zoe", "--json")
    (zoe,) = json.loads(out)
    assert (zoe["kind"], zoe["uid"], zoe["person_uid"]) == (
        "person",
        _uids(data)["Zoë Müller"],
        _uids(data)["Zoë Müller"],
    )


def test_search_text_groups_by_kind(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(data), "search", "o'brien")
    assert status == 0
    assert out.splitlines()[0] == "People"
    assert "Kwame O'Brien" in out


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "AND", "\x00"])
def test_search_odd_input_is_fine(
    capsys: pytest.CaptureFixture[str], data: Path, query: str
) -> None:
    status, out, _ = run(capsys, "--data-dir", str(data), "search", query, "--json")
    assert status == 0
    assert isinstance(json.loads(out), list)


def test_search_nothing_found(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    _status, out, _ = run(capsys, "--data-dir", str(data), "search", "xylophone")
    assert out.startswith("Nothing found")


def test_people_json_has_contacts_and_tags(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(data), "people", "--json")
    assert status == 0
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["Kwame O'Brien", "Zoë Müller"]
    zoe = rows[1]
    assert zoe["emails"] == ["zoe@example.org"]
    assert zoe["phones"] == ["+44 20 7946 0018"]
    assert zoe["tags"] == ["choir"]
    assert {"id", "uid", "name", "role", "organization"} <= set(zoe)
    assert [r["uid"] for r in rows] == [_uids(data)[r["name"]] for r in rows]


def test_people_query_and_text(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(data), "people", "zoe")
    assert status == 0
    assert "Zoë Müller — Oboe · LSO" in out
    assert "zoe@example.org" in out
    assert "Kwame" not in out
    _status, out, _ = run(capsys, "--data-dir", str(data), "people", "nobody")
    assert out.strip() == "Nobody found."


@pytest.mark.sqlite_only("an FTS5 table dropped, to show which indexes `people QUERY` reads")
def test_people_query_reads_only_the_people_index(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    database = open_store(data)
    with database.write() as session:
        session.execute(text("DROP TABLE search_fact"))
    database.close()
    status, out, _ = run(capsys, "--data-dir", str(data), "people", "zoe")
    assert status == 0
    assert "Zoë Müller — Oboe · LSO" in out


@pytest.mark.sqlite_only("an FTS5 table dropped")
def test_people_query_that_cannot_run_says_so(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    database = open_store(data)
    with database.write() as session:
        session.execute(text("DROP TABLE search_person"))
    database.close()
    status, out, err = run(capsys, "--data-dir", str(data), "people", "zoe")
    assert status == 1
    assert "Nobody found." not in out
    assert "that search could not run" in err
