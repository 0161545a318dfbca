"""People and journal exports read the real database."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from eventmate.services.container import Services
from eventmate.services.data import exports
from eventmate.storage.engine import Database
from eventmate.storage.models import Person


def test_people_csv_has_everyone_with_contacts(services: Services, database: Database) -> None:
    services.sample_data.add()
    data = services.exports.people_csv()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == services.people.count()
    assert all(row["name"] for row in rows)
    assert any("@" in row["emails"] for row in rows)
    # Every row names its person by uid, the identity that never changes.
    with database.read() as session:
        uids = dict(session.execute(select(Person.name, Person.uid)).all())
    assert {row["name"]: row["uid"] for row in rows} == uids


def test_selected_people_only(services: Services) -> None:
    services.sample_data.add()
    first = services.people.page(0, 1)[0]
    rows = list(
        csv.reader(io.StringIO(services.exports.people_csv([first.id]).decode("utf-8-sig")))
    )
    assert [row[0] for row in rows[1:]] == [first.name]


def test_more_selected_people_than_the_database_binds_at_once(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.sample_data.add()
    people = services.people.page(0, 4)
    chosen = [people[3].id, people[0].id, people[2].id]
    small = services.exports.people_csv(chosen)
    monkeypatch.setattr(exports, "MAX_BOUND_IDS", 2)  # three ids: read all, keep the chosen
    large = services.exports.people_csv(chosen)
    assert large == small
    names = [row[0] for row in csv.reader(io.StringIO(large.decode("utf-8-sig")))][1:]
    assert names == [people[0].name, people[2].name, people[3].name]  # in name order
    vcards = services.vcards.export(chosen)
    assert vcards.count(b"BEGIN:VCARD") == 3


def test_selected_people_have_their_own_contacts_and_tags_only(services: Services) -> None:
    services.sample_data.add()
    everyone = list(csv.reader(io.StringIO(services.exports.people_csv().decode("utf-8-sig"))))
    people = services.people.page(0, 4)
    chosen = [people[0].id, people[3].id]
    rows = list(csv.reader(io.StringIO(services.exports.people_csv(chosen).decode("utf-8-sig"))))
    assert rows[0] == everyone[0]
    assert rows[1:] == [row for row in everyone[1:] if row[0] in (people[0].name, people[3].name)]
    assert "@" in rows[1][4]  # the sample's first person has an e-mail address
    assert all(row[8] for row in rows[1:])  # and everyone has a tag


def test_journal_markdown_has_each_reflection(services: Services) -> None:
    services.sample_data.add()
    entries = services.journal.entries()
    assert entries
    text = services.exports.journal_markdown().decode()
    assert text.count("\n---\n") + text.startswith("---\n") >= len(entries)
    for item in entries:
        assert item.event_title.split()[0] in text
