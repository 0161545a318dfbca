"""Complete JSON archives: export, import into an empty database, export again: same document."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from tests.conftest import NOW

from eventmate.domain.kinds import ContactKind, ExchangeDirection, IntentionKind
from eventmate.services.container import Services
from eventmate.services.data.archive import ArchiveError, archive_tables
from eventmate.services.progress import Cancelled, JobControl
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    ContactMethod,
    Event,
    Exchange,
    Intention,
    Person,
    Reflection,
    ReflectionTemplate,
    Tag,
)
from eventmate.storage.opening import open_sqlite


def fill(services: Services, database: Database) -> None:
    services.sample_data.add()
    with database.write() as session:
        tag = Tag(name='quartet; "odd" tag')
        event = Event(title="Late =SUM(1) recital", starts_at=NOW, tags=[tag])
        session.add(event)
        session.flush()
        # Introduced by someone added later: a forward self-reference.
        later = Person(name="Zoë Ødegård", sort_key="zoe odegard")
        first = Person(name="Seán Ó Briain\nsecond line", tags=[tag])
        session.add_all([first, later])
        session.flush()
        first.introduced_by_id = later.id
        first.contact_methods.append(ContactMethod(kind=ContactKind.EMAIL, value="s@x.ie"))
        session.add(Intention(event_id=event.id, kind=IntentionKind.LEARN, text="listen 🎻"))
        session.add(
            Exchange(
                person_id=later.id,
                direction=ExchangeDirection.GAVE,
                text="score",
                occurred_on=date(2026, 11, 1),
            )
        )
        template = ReflectionTemplate(name="Short", prompts={"prompts": ["What moved you?"]})
        session.add(template)
        session.flush()
        session.add(
            Reflection(
                event_id=event.id,
                template_id=template.id,
                answers={"What moved you?": "The slow movement"},
                energy_before=2,
                created_at=NOW - timedelta(microseconds=7),
            )
        )


def new_services(folder: Path) -> tuple[Services, Database]:
    folder.mkdir(parents=True, exist_ok=True)
    db = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
    return Services(db, folder / "backups", clock=lambda: NOW), db


def test_export_import_export_gives_the_same_bytes(
    services: Services, database: Database, tmp_path: Path
) -> None:
    fill(services, database)
    first = services.archive.export_bytes()
    other, other_db = new_services(tmp_path / "other")
    try:
        counts = other.archive.import_bytes(first)
        assert counts["person"] == 6
        again = other.archive.export_bytes()
    finally:
        other_db.close()
    assert again == first
    body = json.loads(first)
    assert body["format"] == "eventmate-archive"
    assert set(body["tables"]) == {t.name for t in archive_tables()}
    assert not any(name.startswith("search_") for name in body["tables"])
    assert any(e["starts_at"] == "2026-11-25T18:00:00+00:00" for e in body["tables"]["event"])
    assert any(
        r["created_at"] == "2026-11-25T17:59:59.999993+00:00" for r in body["tables"]["reflection"]
    )
    assert "learn" in {r["kind"] for r in body["tables"]["intention"]}
    assert all(isinstance(r["is_sample"], bool) for r in body["tables"]["person"])


def test_the_archive_carries_every_uid_and_brings_them_back(
    services: Services, database: Database, tmp_path: Path
) -> None:
    fill(services, database)
    with database.write() as session:
        # A person imported from another client's card keeps that card's UID.
        someone = session.scalars(select(Person).order_by(Person.id)).first()
        assert someone is not None
        someone.vcard_uid = "phone-contact-7F3A@example.com"
    with_uid = [t for t in archive_tables() if "uid" in t.columns]
    assert {"person", "event", "fact", "note", "tag", "reflection"} <= {t.name for t in with_uid}

    def uids(db: Database) -> dict[str, set[str]]:
        with db.read() as session:
            return {t.name: set(session.scalars(select(t.c.uid))) for t in with_uid}

    def card_uids(db: Database) -> set[tuple[str, str | None]]:
        with db.read() as session:
            return set(session.execute(select(Person.uid, Person.vcard_uid)).all())

    body = json.loads(services.archive.export_bytes())
    here = uids(database)
    assert {t: {row["uid"] for row in body["tables"][t]} for t in here} == here
    assert any(here.values())
    other, other_db = new_services(tmp_path / "other")
    try:
        other.archive.import_bytes(json.dumps(body).encode())
        assert uids(other_db) == here
        assert card_uids(other_db) == card_uids(database)
    finally:
        other_db.close()


def test_import_into_a_database_with_data_is_refused_and_changes_nothing(
    services: Services, database: Database
) -> None:
    fill(services, database)
    data = services.archive.export_bytes()
    before = services.maintenance.check().counts
    with pytest.raises(ArchiveError, match="already holds data"):
        services.archive.import_bytes(data)
    assert services.maintenance.check().counts == before


def test_a_bad_value_deep_in_the_archive_imports_nothing(
    services: Services, database: Database, tmp_path: Path
) -> None:
    fill(services, database)
    body = json.loads(services.archive.export_bytes())
    body["tables"]["reflection"][0]["energy_before"] = "lots"
    other, other_db = new_services(tmp_path / "other")
    try:
        with pytest.raises(ArchiveError, match=r"reflection, row 1, energy_before"):
            other.archive.import_bytes(json.dumps(body).encode())
        assert other.maintenance.check().counts["people"] == 0
    finally:
        other_db.close()


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**400], ids=["2^63", "-2^63-1", "1e400"])
def test_a_number_sqlite_cannot_hold_is_refused_not_a_traceback(
    services: Services, database: Database, tmp_path: Path, number: int
) -> None:
    # Found by the torture fuzz harness: this was an OverflowError from the driver.
    fill(services, database)
    body = json.loads(services.archive.export_bytes())
    body["tables"]["reflection"][0]["energy_before"] = number
    other, other_db = new_services(tmp_path / "other")
    try:
        with pytest.raises(ArchiveError, match=r"reflection, row 1, energy_before.*too large"):
            other.archive.import_bytes(json.dumps(body).encode())
        assert other.maintenance.check().counts["people"] == 0
    finally:
        other_db.close()


def test_dangling_reference_is_refused_as_a_whole(
    services: Services, database: Database, tmp_path: Path
) -> None:
    fill(services, database)
    body = json.loads(services.archive.export_bytes())
    body["tables"]["contact_method"][0]["person_id"] = 999_999
    other, other_db = new_services(tmp_path / "other")
    try:
        with pytest.raises(ArchiveError, match="do not fit together"):
            other.archive.import_bytes(json.dumps(body).encode())
        assert other.maintenance.check().counts == dict.fromkeys(
            other.maintenance.check().counts, 0
        )
    finally:
        other_db.close()


def test_cancel_leaves_nothing_imported(
    services: Services, database: Database, tmp_path: Path
) -> None:
    fill(services, database)
    data = services.archive.export_bytes()
    other, other_db = new_services(tmp_path / "other")
    control = JobControl(on_progress=lambda done, total: control.cancel())
    try:
        with pytest.raises(Cancelled):
            other.archive.import_bytes(data, control)
        assert other.maintenance.check().counts["people"] == 0
    finally:
        other_db.close()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[1, 2]", "not an EventMate archive"),
        (b'{"format": "eventmate-archive", "format_version": 99}', "newer EventMate"),
        (b'{"format": "eventmate-archive", "format_version": 1}', "schema revision"),
        (b"[" * 100_000, "not valid JSON"),
    ],
)
def test_non_archives_are_reported(services: Services, data: bytes, message: str) -> None:
    with pytest.raises(ArchiveError, match=message):
        services.archive.import_bytes(data)


def test_unknown_table_or_newer_schema_is_refused(services: Services) -> None:
    body = json.loads(services.archive.export_bytes())
    body["tables"]["spaceship"] = []
    with pytest.raises(ArchiveError, match="spaceship"):
        services.archive.import_bytes(json.dumps(body).encode())
    body["tables"].pop("spaceship")
    body["schema_revision"] = "9999_future"
    with pytest.raises(ArchiveError, match="newer EventMate"):
        services.archive.import_bytes(json.dumps(body).encode())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(table=st.sampled_from(["person", "event", "tag", "reflection"]), row=json_values)
def test_fuzzed_rows_never_traceback_or_half_import(
    services: Services, table: str, row: object
) -> None:
    body = json.loads(services.archive.export_bytes())
    body["tables"]["tag"] = [{"id": 1, "name": "kept only if all is well", "is_sample": False}]
    body["tables"][table] = [*body["tables"].get(table, []), row]
    with pytest.raises(ArchiveError):
        # No fuzzed value is a complete row of these tables, so each must be refused whole.
        services.archive.import_bytes(json.dumps(body).encode())
    assert services.maintenance.check().counts["people"] == 0
    assert "kept only if all is well" not in services.archive.export_bytes().decode()


def test_imported_archive_is_searchable(
    services: Services, database: Database, tmp_path: Path
) -> None:
    # The search index is built from the data (triggers), never carried in the archive.
    fill(services, database)
    other, other_db = new_services(tmp_path / "other")
    try:
        other.archive.import_bytes(services.archive.export_bytes())
        assert any("Zoë" in hit.text for hit in services.search.search("zoe").hits)
        assert any("Zoë" in hit.text for hit in other.search.search("zoe").hits)
    finally:
        other_db.close()


def test_times_read_the_same_whether_sqlite_or_python_writes_them(
    services: Services, database: Database
) -> None:
    # On SQLite the archive re-cuts stored times in SQL; they must read as Python writes them.
    fill(services, database)
    with database.read() as session:
        expected = {
            row.id: (row.created_at.isoformat(), row.updated_at.isoformat())
            for row in session.query(Reflection)
        }
    document = services.archive.export_document()
    found = {
        row["id"]: (row["created_at"], row["updated_at"]) for row in document.tables["reflection"]
    }
    assert found == expected
    assert any(".999993+00:00" in created for created, _updated in found.values())
    assert all(value.endswith("+00:00") for pair in found.values() for value in pair)


def test_the_archive_has_one_row_per_line(services: Services, database: Database) -> None:
    fill(services, database)
    text = services.archive.export_bytes().decode("utf-8")
    people = json.loads(text)["tables"]["person"]
    lines = [line for line in text.splitlines() if line.startswith('   {"id": ')]
    assert len(lines) >= len(people)
    assert all(json.loads(line.rstrip(",")) for line in lines)
