"""vCard import (preview, matches, all-or-nothing) and export (read back by vobject)."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import NOW

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.interop.vcard import VCardContactMethod, VCardFact, VCardPerson, write_vcards
from eventmate.services.container import Services
from eventmate.services.data import bulk, vcard_export, vcard_store
from eventmate.services.data.vcards import CardAction, MatchKind
from eventmate.services.progress import Cancelled, JobControl
from eventmate.storage.engine import Database
from eventmate.storage.models import ContactMethod, Fact, Note, Person, Tag
from eventmate.storage.opening import open_sqlite

VCARDS = Path(__file__).parents[2] / "data" / "vcards"
REALWORLD = sorted(VCARDS.glob("*.vcf"))

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nN:Schmidt;Anna;;;\r\n"
    "EMAIL;TYPE=WORK:anna@lso.example\r\nTEL;TYPE=CELL:+44 20 7946 0958\r\n"
    "ORG:London Symphony Orchestra\r\nTITLE:Violin\r\nCATEGORIES:strings,London\r\n"
    "NOTE:Loves Bartók\\; met at the gala\r\nNICKNAME:Annie\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kwame Mensah\r\nEMAIL:kwame@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Léa Dubois\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEND:VCARD\r\n"
).encode()


def person_with(database: Database, name: str, **contacts: str) -> int:
    with database.write() as session:
        person = Person(name=name, sort_key=name.casefold())
        for kind, value in contacts.items():
            person.contact_methods.append(ContactMethod(kind=ContactKind(kind), value=value))
        session.add(person)
        session.flush()
        return person.id


def uid_of(database: Database, person_id: int) -> str:
    with database.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person.uid


def snapshot(database: Database) -> list[tuple[object, ...]]:
    rows = []
    with database.read() as session:
        from sqlalchemy import select

        for person in session.scalars(select(Person).order_by(Person.name, Person.id)):
            notes = session.scalars(select(Note.text).where(Note.person_id == person.id)).all()
            rows.append(
                (
                    person.name,
                    person.pronunciation,
                    person.role,
                    person.organization,
                    tuple((m.kind, m.value, m.label) for m in person.contact_methods),
                    tuple(sorted(t.name for t in person.tags)),
                    tuple(notes),
                )
            )
    return rows


def test_preview_matches_by_email_phone_and_name(services: Services, database: Database) -> None:
    anna = person_with(database, "Anna Schmidt", phone="020 7946 0958")
    kwame = person_with(database, "K. Mensah", email="KWAME@example.org")
    lea = person_with(database, "lea dubois")
    preview = services.vcards.preview(CARDS)
    by_name = {c.name: c for c in preview.cards}
    assert by_name["Anna Schmidt"].match is MatchKind.SAME_CONTACT
    assert by_name["Anna Schmidt"].match_person_uid == uid_of(database, anna)
    assert by_name["Kwame Mensah"].match_person_uid == uid_of(database, kwame)
    assert by_name["Kwame Mensah"].action is CardAction.ADD_TO_EXISTING
    # A similar name is a suggestion. This card says nothing more than the name lea dubois
    # already has, so it is taken as her (already here); the preview still offers "new".
    assert by_name["Léa Dubois"].match is MatchKind.SIMILAR_NAME
    assert by_name["Léa Dubois"].match_person_uid == uid_of(database, lea)
    assert by_name["Léa Dubois"].action is CardAction.ADD_TO_EXISTING
    assert by_name["Léa Dubois"].already_here
    assert services.people.count() == 3  # nothing written by a preview


def test_a_similar_name_with_something_new_is_a_new_person_by_default(
    services: Services, database: Database
) -> None:
    person_with(database, "lea dubois")
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Léa Dubois\r\nORG:Opéra de Lyon\r\nEND:VCARD\r\n"
    (preview,) = services.vcards.preview(card.encode()).cards
    assert preview.match is MatchKind.SIMILAR_NAME
    assert preview.action is CardAction.CREATE
    assert preview.updates  # what adding it to lea dubois would add


NAME_AND_WORDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Chidi;;;\r\nFN:Chidi Okafor\r\n"
    "ORG:Hallé\r\nTITLE:Cello\r\nCATEGORIES:strings\r\nNOTE:Plays Elgar\\, by heart\r\n"
    "END:VCARD\r\n"
).encode()


@pytest.mark.parametrize(
    "data",
    [
        (VCARDS / "khard__minimal.vcf").read_bytes(),
        (VCARDS / "khard__korean-c.vcf").read_bytes(),
        NAME_AND_WORDS,
    ],
    ids=["name only", "Hangul name", "name, work, tag and note"],
)
def test_a_card_without_uid_imported_twice_adds_nobody(
    services: Services, database: Database, data: bytes
) -> None:
    """Before, every import of a card with no UID, address or number made a new person."""
    first = services.vcards.import_bytes(data)
    assert first.created == 1
    again = services.vcards.import_bytes(data)
    assert (again.created, again.added_to_existing, again.already_here) == (0, 0, 1)
    assert services.people.count() == 1


def test_apply_creates_adds_and_skips_after_a_backup(
    services: Services, database: Database
) -> None:
    kwame = person_with(database, "K. Mensah", email="kwame@example.org")
    preview = services.vcards.preview(CARDS)
    lea = next(c.index for c in preview.cards if c.name == "Léa Dubois")
    preview = preview.with_action(lea, CardAction.SKIP)
    result = services.vcards.apply(preview)
    assert result.created == len(preview.cards) - 2
    # Kwame's card says nothing K. Mensah does not have: already here, nothing written.
    assert (result.added_to_existing, result.already_here) == (0, 1)
    assert result.backup is not None
    assert any("left out by you" in s for s in result.skipped)
    from sqlalchemy import select

    with database.read() as session:
        anna = session.scalars(select(Person).where(Person.name == "Anna Schmidt")).one()
        assert anna.organization == "London Symphony Orchestra"
        assert {t.name for t in anna.tags} == {"strings", "London"}
        assert {f.text for f in anna.facts} == {"Nickname: Annie"}
        assert session.scalars(select(Note.text).where(Note.person_id == anna.id)).one() == (
            "Loves Bartók; met at the gala"
        )
        kw = session.get(Person, kwame)
        assert kw is not None
        assert kw.name == "K. Mensah"  # never overwritten
        assert len(kw.contact_methods) == 1  # the same address is not added twice


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_reimporting_our_own_export_adds_nothing(
    services: Services, database: Database, version: str
) -> None:
    """Before, cards without an address or number became new people on every re-import."""
    services.vcards.import_bytes(CARDS)
    person_with(database, "Léa Dubois")  # a namesake: the uid, not the name, decides
    before = snapshot(database)
    exported = services.vcards.export(version="4.0" if version == "4.0" else "3.0")
    preview = services.vcards.preview(exported)
    assert {c.match for c in preview.cards} == {MatchKind.SAME_UID}
    assert all(c.already_here for c in preview.cards)
    with database.read() as session:
        from sqlalchemy import select

        uids = sorted(session.scalars(select(Person.uid)))
    # Each card found its own person; the namesake is not taken for Léa.
    assert sorted(str(c.match_person_uid) for c in preview.cards) == uids
    result = services.vcards.apply(preview)
    assert (result.created, result.added_to_existing, result.already_here) == (0, 0, len(before))
    assert snapshot(database) == before


def test_cancelled_import_writes_nothing(services: Services) -> None:
    data = b"".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n".encode()
        for i in range(1200)
    )
    control = JobControl(on_progress=lambda done, total: control.cancel())
    with pytest.raises(Cancelled):
        services.vcards.import_bytes(data, control)
    assert services.people.count() == 0


@pytest.mark.parametrize("path", REALWORLD, ids=[p.name for p in REALWORLD])
def test_each_realworld_file_imports_or_is_reported(services: Services, path: Path) -> None:
    preview = services.vcards.preview(path.read_bytes())
    assert preview.cards or preview.skipped
    result = services.vcards.apply(preview)
    assert services.people.count() == result.created
    if path.name == "khard__unparsable.vcf":
        assert result.created == 0
        assert result.skipped


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_reimports_into_an_empty_database_without_loss(
    services: Services, database: Database, tmp_path: Path, version: str
) -> None:
    services.sample_data.add()
    services.vcards.import_bytes(CARDS)
    for path in REALWORLD:
        services.vcards.apply(services.vcards.preview(path.read_bytes()), backup_first=False)
    data = services.vcards.export(version=version)  # type: ignore[arg-type]
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other_db = open_sqlite(other_dir / "eventmate.sqlite3", other_dir / "backups")
    try:
        other = Services(other_db, other_dir / "backups", clock=lambda: NOW)
        result = other.vcards.import_bytes(data)
        assert not result.skipped
        assert snapshot(other_db) == snapshot(database)
    finally:
        other_db.close()


def test_vobject_reads_the_3_0_export(services: Services, database: Database) -> None:
    services.sample_data.add()
    services.vcards.import_bytes(CARDS)
    data = services.vcards.export()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    cards = list(vobject.readComponents(data.decode("utf-8")))
    assert len(cards) == services.people.count()
    anna = next(
        c for c in cards if any(e.value == "anna@lso.example" for e in c.contents.get("email", []))
    )
    assert anna.fn.value == "Anna Schmidt"
    # Facts go into the note for other address books, and into EventMate's own property.
    assert anna.note.value == "Loves Bartók; met at the gala\n\nWhat I know:\nNickname: Annie"
    assert anna.x_eventmate_fact.value == "Nickname: Annie"
    assert anna.uid.value.startswith("urn:uuid:")
    assert anna.org.value == ["London Symphony Orchestra"]


def test_selected_people_only(services: Services, database: Database) -> None:
    first = person_with(database, "Only Me", email="me@example.org")
    person_with(database, "Not Me")
    data = services.vcards.export([first], version="4.0")
    assert b"FN:Only Me" in data
    assert b"Not Me" not in data
    assert b"VERSION:4.0" in data


def test_export_writes_every_stored_field_in_name_order(
    services: Services, database: Database
) -> None:
    # Values as an older version or another tool may have stored them (not cleaned), a comma
    # and a semicolon to escape, two notes, tags, facts, three kinds of contact method, and
    # the UID of the card Zoë came from (Anna's card carries her own uid).
    with database.write() as session:
        zoe = Person(
            name="Zoë  Ødegård ",
            sort_key="zoe odegard",
            pronunciation="zo-AY",
            role="Violin; first desk",
            organization="LSO",
            vcard_uid="F00D-FROM-A-PHONE",
            facts=[
                Fact(kind=FactKind.CARES_ABOUT, text="Bartók, Ligeti"),
                Fact(kind=FactKind.OTHER, text="Nickname: Zo "),
            ],
            contact_methods=[
                ContactMethod(kind=ContactKind.EMAIL, value="zoe@example.org", label="work"),
                ContactMethod(kind=ContactKind.PHONE, value="+44 1", label="Tour manager"),
                ContactMethod(kind=ContactKind.URL, value="https://x.example/a,b", label=""),
            ],
            tags=[Tag(name="strings"), Tag(name="choir")],
        )
        anna = Person(name="Anna Schmidt", sort_key="anna schmidt")
        session.add_all([zoe, anna])
        session.flush()
        session.add_all(
            [Note(person_id=zoe.id, text="first\nline"), Note(person_id=zoe.id, text="then, more")]
        )
        anna_id, anna_uid = anna.id, anna.uid
    expected = [
        VCardPerson("Anna Schmidt", "", "", "", "", "", "", (), (), f"urn:uuid:{anna_uid}", None),
        VCardPerson(
            name="Zoë  Ødegård ",
            pronunciation="zo-AY",
            role="Violin; first desk",
            organization="LSO",
            note="first\nline\n\nthen, more",
            nickname="",
            birthday="",
            contact_methods=(
                VCardContactMethod("email", "zoe@example.org", "work"),
                VCardContactMethod("phone", "+44 1", "Tour manager"),
                VCardContactMethod("url", "https://x.example/a,b", ""),
            ),
            categories=("choir", "strings"),
            uid="F00D-FROM-A-PHONE",
            photo=None,
            facts=(VCardFact("cares_about", "Bartók, Ligeti"), VCardFact("other", "Nickname: Zo")),
        ),
    ]
    for version in ("3.0", "4.0"):
        data = services.vcards.export(version=version)  # type: ignore[arg-type]
        assert data == write_vcards(expected, version=version)  # type: ignore[arg-type]
    assert b"FN:Zo\xc3\xab \xc3\x98deg\xc3\xa5rd\r\n" in data  # cleaned on the way out
    assert services.vcards.export([anna_id]) == write_vcards(expected[:1])


def test_chosen_people_beyond_the_bound_parameter_limit(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.sample_data.add()
    services.vcards.import_bytes(CARDS)  # notes, tags and contact methods to carry along
    with database.read() as session:
        from sqlalchemy import select

        ids = session.scalars(select(Person.id).order_by(Person.id)).all()
    chosen = [ids[-1], ids[0], ids[len(ids) // 2]]
    few = services.vcards.export(chosen)
    assert few.count(b"BEGIN:VCARD") == 3
    assert few == services.vcards.export([*chosen, 10**9])  # a deleted person is left out
    # More ids than SQLite binds at once (32766 in most builds): everyone is read and the
    # chosen kept.
    limit = sqlite3.connect(":memory:").getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    assert services.vcards.export([*chosen, *range(10**8, 10**8 + limit)]) == few
    monkeypatch.setattr(vcard_export, "MAX_BOUND_IDS", 2)
    assert services.vcards.export(chosen) == few


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400) | st.text(max_size=300).map(str.encode))
def test_fuzzed_files_never_traceback_and_import_whole_or_nothing(
    services: Services, data: bytes
) -> None:
    before = services.people.count()
    preview = services.vcards.preview(b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + data)
    result = services.vcards.apply(preview, backup_first=False)
    assert services.people.count() == before + result.created


def test_server_database_path_gives_the_same_people(
    services: Services, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Server databases pick the ids themselves (RETURNING in order says whose is whose).
    services.vcards.import_bytes(CARDS)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other_db = open_sqlite(other_dir / "eventmate.sqlite3", other_dir / "backups")
    try:
        other = Services(other_db, other_dir / "backups", clock=lambda: NOW)
        # Also inserts every table through SQLAlchemy instead of straight to the driver.
        monkeypatch.setattr(bulk, "is_sqlite", lambda _session: False)
        other.vcards.import_bytes(CARDS)
        assert snapshot(other_db) == snapshot(database)
    finally:
        other_db.close()


def test_new_people_follow_the_largest_id_and_are_searchable(
    services: Services, database: Database
) -> None:
    person_with(database, "Here First")
    last = person_with(database, "Here Before")
    data = b"".join(
        f"BEGIN:VCARD\r\nFN:Bulk {i} Ødegård\r\nNOTE:note {i}\r\nEND:VCARD\r\n".encode()
        for i in range(2 * vcard_store.CHUNK + 7)
    )
    result = services.vcards.import_bytes(data)
    assert result.created == 2 * vcard_store.CHUNK + 7
    from sqlalchemy import func, select

    with database.read() as session:
        ids = session.scalars(select(Person.id).where(Person.name.like("Bulk %"))).all()
        assert sorted(ids) == list(range(last + 1, last + 1 + len(ids)))
        assert session.scalar(select(func.count()).select_from(Note)) == len(ids)
    assert [hit.text for hit in services.search.search("bulk 4006").hits] == ["Bulk 4006 Ødegård"]


def test_import_and_export_leave_the_garbage_collector_as_they_found_it(
    services: Services,
) -> None:
    # Both pause it while they build many objects (services.bulk.collector_paused).
    assert gc.isenabled()
    services.vcards.import_bytes(CARDS)
    services.vcards.export()
    assert gc.isenabled()


def test_imported_cards_are_searchable(services: Services) -> None:
    services.vcards.import_bytes(CARDS)
    assert any("Kwame" in hit.text for hit in services.search.search("kwame").hits)
