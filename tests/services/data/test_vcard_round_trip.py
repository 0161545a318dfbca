"""Own vCard exports round-trip: UIDs name people, re-importing adds and changes nothing.

A card whose UID EventMate knows updates that person (only adds, never overwrites); a card
from another client keeps its UID, and goes back with it.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from eventmate.domain.kinds import ContactKind
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.data import vcard_match
from eventmate.services.data.vcards import Addition, CardAction, MatchKind, PersonGone
from eventmate.storage.change_log import last_seq
from eventmate.storage.engine import Database
from eventmate.storage.models import ContactMethod, Fact, Note, Person, Tag, person_tag
from varied_people import add_varied_people

VERSIONS = ["3.0", "4.0"]


def everything(database: Database) -> dict[str, Any]:
    """Every person with every column, and all that hangs off them; and the change log's end."""
    tables = {
        "person": select(Person.__table__).order_by(Person.id),
        "contact": select(ContactMethod.__table__).order_by(ContactMethod.id),
        "fact": select(Fact.__table__).order_by(Fact.id),
        "note": select(Note.__table__).order_by(Note.id),
        "tag": select(Tag.__table__).order_by(Tag.id),
        "person_tag": select(person_tag).order_by(person_tag.c.person_id, person_tag.c.tag_id),
    }
    with database.read() as session:
        rows = {
            name: [tuple(row) for row in session.execute(query)] for name, query in tables.items()
        }
        return {**rows, "log": last_seq(session)}


def reimport(services: Services, data: bytes) -> Any:
    preview = services.vcards.preview(data)
    return preview, services.vcards.apply(preview)


@pytest.mark.parametrize("version", VERSIONS)
def test_reimporting_the_sample_data_export_adds_and_changes_nothing(
    services: Services, database: Database, version: str
) -> None:
    services.sample_data.add()
    before = everything(database)
    preview, result = reimport(services, services.vcards.export(version=version))  # type: ignore[arg-type]
    assert {card.match for card in preview.cards} == {MatchKind.SAME_UID}
    assert all(card.already_here for card in preview.cards)
    assert (result.created, result.added_to_existing, result.backup) == (0, 0, None)
    assert result.already_here == len(preview.cards) == services.people.count()
    assert not result.changes
    assert everything(database) == before


@pytest.mark.parametrize("version", VERSIONS)
def test_reimporting_an_export_of_1000_varied_people_adds_and_changes_nothing(
    services: Services, database: Database, version: str
) -> None:
    count = add_varied_people(database)
    before = everything(database)
    data = services.vcards.export(version=version)  # type: ignore[arg-type]
    assert data.count(b"BEGIN:VCARD") == count
    preview, result = reimport(services, data)
    assert not preview.skipped
    news = [(c.name, c.updates) for c in preview.cards if not c.already_here]
    assert news == []
    assert {card.match for card in preview.cards} == {MatchKind.SAME_UID}
    assert (result.created, result.added_to_existing, result.already_here) == (0, 0, count)
    assert not result.changes
    assert everything(database) == before
    # Each card found its own person, even where several share a name or an address.
    with database.read() as session:
        uids = set(session.scalars(select(Person.uid)))
    assert {card.match_person_uid for card in preview.cards} == uids


@pytest.mark.parametrize("version", VERSIONS)
def test_a_card_edited_elsewhere_updates_just_what_changed(
    services: Services, database: Database, version: str
) -> None:
    services.sample_data.add()
    data = services.vcards.export(version=version)  # type: ignore[arg-type]
    cards = data.split(b"END:VCARD\r\n")
    edited = next(i for i, card in enumerate(cards) if b"FN:Anna Schmidt" in card)
    # Another client adds a phone number (and rewrites the card its own way).
    cards[edited] = cards[edited].replace(b"\r\nUID:", b"\r\nTEL;TYPE=cell:+49 30 1234567\r\nUID:")
    before = everything(database)
    preview, result = reimport(services, b"END:VCARD\r\n".join(cards))
    changed = [card for card in preview.cards if not card.already_here]
    assert [(c.name, c.updates) for c in changed] == [("Anna Schmidt", (Addition.PHONE,))]
    assert (result.created, result.added_to_existing) == (0, 1)
    assert result.backup is not None
    anna_uid = changed[0].match_person_uid
    assert result.changes.updated == {(Kind.PERSON, anna_uid)}
    assert not result.changes.created
    assert not result.changes.deleted
    after = everything(database)
    with database.read() as session:
        anna_id = session.scalars(select(Person.id).where(Person.uid == anna_uid)).one()
    # Just the number was added; nothing else changed, Anna's own row included.
    added = [row for row in after["contact"] if row not in before["contact"]]
    assert [row[1:] for row in added] == [(anna_id, ContactKind.PHONE, "+49 30 1234567", "cell")]
    assert {k: v for k, v in after.items() if k not in ("contact", "log")} == {
        k: v for k, v in before.items() if k not in ("contact", "log")
    }
    # Importing the edited file again: nothing new.
    preview, again = reimport(services, b"END:VCARD\r\n".join(cards))
    assert all(card.already_here for card in preview.cards)
    assert not again.changes


PHONE_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "FN:Ngozi Okafor\r\nN:Okafor;Ngozi;;;\r\nEMAIL;TYPE=INTERNET:ngozi@example.org\r\n"
    "UID:8A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D\r\n{extra}END:VCARD\r\n"
)


def test_a_card_from_another_client_keeps_its_uid_and_goes_back_with_it(
    services: Services, database: Database
) -> None:
    result = services.vcards.import_bytes(PHONE_CARD.format(extra="").encode())
    assert result.created == 1
    (created,) = [uid for kind, uid in result.changes.created if kind is Kind.PERSON]
    with database.read() as session:
        person = session.scalars(select(Person).where(Person.uid == created)).one()
        assert person.vcard_uid == "8A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D"
    exported = services.vcards.export()
    assert b"UID:8A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D\r\n" in exported
    assert b"urn:uuid:" not in exported
    # The phone's own file again, with a new address since: the same person, updated.
    changed = PHONE_CARD.format(extra="EMAIL;TYPE=WORK:ngozi@orchestra.example\r\n")
    preview = services.vcards.preview(changed.replace("ngozi@example.org", "n@x.org").encode())
    (card,) = preview.cards
    assert (card.match, card.match_person_uid) == (MatchKind.SAME_UID, created)
    assert card.updates == (Addition.EMAIL, Addition.EMAIL)
    services.vcards.apply(preview, backup_first=False)
    assert services.people.count() == 1


def test_a_card_found_by_its_address_remembers_its_uid(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        session.add(
            Person(
                name="N. Okafor",
                sort_key="n okafor",
                contact_methods=[ContactMethod(kind=ContactKind.EMAIL, value="NGOZI@example.org")],
            )
        )
    preview = services.vcards.preview(PHONE_CARD.format(extra="").encode())
    (card,) = preview.cards
    assert card.match is MatchKind.SAME_CONTACT
    assert card.updates == (Addition.CARD_UID,)
    result = services.vcards.apply(preview, backup_first=False)
    assert result.added_to_existing == 1
    with database.read() as session:
        person = session.scalars(select(Person)).one()
        assert (person.name, person.vcard_uid) == (
            "N. Okafor",
            "8A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D",
        )
    again = services.vcards.preview(PHONE_CARD.format(extra="").encode())
    assert again.cards[0].match is MatchKind.SAME_UID
    assert again.cards[0].already_here


def test_a_known_card_never_overwrites_what_the_user_wrote(
    services: Services, database: Database
) -> None:
    services.sample_data.add()
    data = services.vcards.export()
    with database.write() as session:
        anna = session.scalars(select(Person).where(Person.name == "Anna Schmidt")).one()
        anna.role, anna.organization, anna.pronunciation = "Principal viola", "", ""
        anna.facts = [f for f in anna.facts if f.kind.value != "story"]
        anna_uid = anna.uid
    preview = services.vcards.preview(data)
    card = next(c for c in preview.cards if c.match_person_uid == anna_uid)
    # The card's organisation and story come back; its older role does not replace hers.
    assert card.updates == (Addition.ORGANIZATION, Addition.FACT)
    services.vcards.apply(preview, backup_first=False)
    with database.read() as session:
        anna = session.scalars(select(Person).where(Person.uid == anna_uid)).one()
        assert (anna.role, anna.organization) == ("Principal viola", "London Symphony Orchestra")
        assert {(f.kind.value, f.text) for f in anna.facts} >= {("story", "Grew up in Leipzig")}


def test_what_was_written_since_the_preview_stays(services: Services, database: Database) -> None:
    services.sample_data.add()
    data = services.vcards.export()
    with database.write() as session:
        anna = session.scalars(select(Person).where(Person.name == "Anna Schmidt")).one()
        anna.organization = ""
        anna_uid = anna.uid
    preview = services.vcards.preview(data)
    with database.write() as session:  # typed in the person page while the preview is open
        session.scalars(select(Person).where(Person.uid == anna_uid)).one().organization = "LPO"
    services.vcards.apply(preview, backup_first=False)
    with database.read() as session:
        assert session.scalars(select(Person.organization).where(Person.uid == anna_uid)).one() == (
            "LPO"
        )


def test_someone_removed_since_the_preview_refuses_the_whole_import(
    services: Services, database: Database
) -> None:
    services.sample_data.add()
    data = services.vcards.export()
    with database.write() as session:
        anna = session.scalars(select(Person).where(Person.name == "Anna Schmidt")).one()
        anna.organization = ""
    cards = data + PHONE_CARD.format(extra="").encode()
    preview = services.vcards.preview(cards)
    assert preview.count(CardAction.CREATE) == 1
    assert preview.count(CardAction.ADD_TO_EXISTING) == 1
    gone = next(c for c in preview.cards if c.updates).match_person_uid
    with database.write() as session:  # removed meanwhile (merged away, or a restore)
        session.delete(session.scalars(select(Person).where(Person.uid == gone)).one())
    before = everything(database)
    with pytest.raises(PersonGone, match="Anna Schmidt no longer exists; nothing was imported"):
        services.vcards.apply(preview, backup_first=False)
    assert everything(database) == before


def test_uids_are_looked_up_a_chunk_at_a_time(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_varied_people(database, count=120, seed=3)
    data = services.vcards.export()
    monkeypatch.setattr(vcard_match, "CHUNK", 50)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        preview = services.vcards.preview(data)
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    assert len(preview.cards) == 120
    chunks = math.ceil(120 / 50)
    by_uid = [s for s in statements if "person.uid IN" in s or "person.vcard_uid IN" in s]
    assert len(by_uid) <= 2 * chunks + chunks  # own uids, other clients' UIDs, the people
    # Every card is named by its UID: nobody's addresses are read to match them.
    assert not any("FROM contact_method" in s and "IN" not in s for s in statements)
    assert len(statements) < 10 * chunks


def test_a_file_naming_one_new_uid_twice_makes_two_people_the_first_keeps_it(
    services: Services, database: Database
) -> None:
    twice = PHONE_CARD.format(extra="") + PHONE_CARD.format(extra="").replace(
        "ngozi@example.org", "other@example.org"
    ).replace("Ngozi Okafor", "Someone Else")
    result = services.vcards.import_bytes(twice.encode())
    assert result.created == 2
    with database.read() as session:
        uids = {p.name: p.vcard_uid for p in session.scalars(select(Person))}
    assert uids == {"Ngozi Okafor": "8A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D", "Someone Else": None}


def test_export_of_a_person_carries_uid_and_facts_for_other_address_books(
    services: Services, database: Database, tmp_path: Path
) -> None:
    import vobject

    services.sample_data.add()
    with database.read() as session:
        anna = session.scalars(select(Person).where(Person.name == "Anna Schmidt")).one()
        uid, facts = anna.uid, [f.text for f in anna.facts]
    card = next(
        c
        for c in vobject.readComponents(services.vcards.export(version="3.0").decode())
        if c.fn.value == "Anna Schmidt"
    )
    assert card.uid.value == f"urn:uuid:{uid}"
    assert "What I know:" in card.note.value
    assert all(text in card.note.value for text in facts)
    assert len(card.contents["x-eventmate-fact"]) == len(facts)
    with database.read() as session:
        assert session.scalar(select(Fact.id).limit(1)) is not None
