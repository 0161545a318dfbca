"""People and journal exports read the real database."""

from __future__ import annotations

import csv
import io

from eventmate.services.container import Services


def test_people_csv_has_everyone_with_contacts(services: Services) -> None:
    services.sample_data.add()
    data = services.exports.people_csv()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == services.people.count()
    assert all(row["name"] for row in rows)
    assert any("@" in row["emails"] for row in rows)


def test_selected_people_only(services: Services) -> None:
    services.sample_data.add()
    first = services.people.page(0, 1)[0]
    rows = list(
        csv.reader(io.StringIO(services.exports.people_csv([first.id]).decode("utf-8-sig")))
    )
    assert [row[0] for row in rows[1:]] == [first.name]


def test_journal_markdown_has_each_reflection(services: Services) -> None:
    services.sample_data.add()
    entries = services.journal.entries()
    assert entries
    text = services.exports.journal_markdown().decode()
    assert text.count("\n---\n") + text.startswith("---\n") >= len(entries)
    for item in entries:
        assert item.event_title.split()[0] in text
