"""Duplicate suggestions and merges that keep everything and undo exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from eventmate.domain.kinds import ContactKind, ExchangeDirection, IntentionKind
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.services.people.duplicates import DuplicateReason, name_key, normalise_phone
from eventmate.services.people.merge import MergeError
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    ContactMethod,
    Event,
    Exchange,
    Fact,
    FollowUp,
    Intention,
    Note,
    Person,
    Reflection,
    Tag,
)

WHEN = datetime(2026, 10, 1, 19, 30, tzinfo=UTC)


def _people(database: Database, *names: str) -> list[int]:
    with database.write() as session:
        people = [Person(name=name, sort_key=name.casefold()) for name in names]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def test_name_key_and_phone() -> None:
    assert name_key("Müller, José") == name_key("jose MULLER") == "jose muller"
    assert normalise_phone("+44 (20) 7946-0018") == normalise_phone("0044 20 7946 0018")


def test_similar_names_accent_and_order_insensitive(services: Services, database: Database) -> None:
    a, b, c = _people(database, "José Müller", "Muller, Jose", "Jose Mullerr")
    pairs = services.duplicates.suggestions()
    found = {(p.first_id, p.second_id): p.reason for p in pairs}
    assert found[(a, b)] is DuplicateReason.SAME_NAME
    assert found[(a, c)] is DuplicateReason.SIMILAR_NAME


def test_short_names_need_an_exact_match(services: Services, database: Database) -> None:
    _people(database, "Li", "Li Wei", "Lia", "Bo Li")
    assert services.duplicates.suggestions() == ()


def test_common_names_are_not_evidence(services: Services, database: Database) -> None:
    _people(database, *["Anna Schmidt"] * 6)
    assert services.duplicates.suggestions() == ()


def test_same_email_or_phone(services: Services, database: Database) -> None:
    a, b, c, d = _people(database, "Zoë Müller", "Z. M.", "Kwame Mensah", "K Mensah")
    with database.write() as session:
        session.add_all(
            [
                ContactMethod(person_id=a, kind=ContactKind.EMAIL, value="Zoe@Example.org"),
                ContactMethod(person_id=b, kind=ContactKind.EMAIL, value="zoe@example.org "),
                ContactMethod(person_id=c, kind=ContactKind.PHONE, value="+44 20 7946 0018"),
                ContactMethod(person_id=d, kind=ContactKind.PHONE, value="0044-20-7946-0018"),
            ]
        )
    reasons = {(p.first_id, p.second_id): p.reason for p in services.duplicates.suggestions()}
    assert reasons == {(a, b): DuplicateReason.SAME_EMAIL, (c, d): DuplicateReason.SAME_PHONE}


def _snapshot(database: Database) -> dict[str, object]:
    with database.read() as session:
        tables = (
            "person",
            "fact",
            "capture",
            "note",
            "follow_up",
            "exchange",
            "contact_method",
            "intention",
            "person_tag",
            "reflection_mention",
        )
        return {
            name: sorted(map(tuple, session.execute(text(f"SELECT * FROM {name}")).all()))
            for name in tables
        }


def _integrity(database: Database) -> None:
    with database.write() as session:
        for name in ("search_person", "search_fact", "search_capture", "search_note"):
            session.execute(text(f"INSERT INTO {name}({name}) VALUES ('integrity-check')"))


@pytest.fixture
def pair(database: Database) -> tuple[int, int, int]:
    keep, gone, friend = _people(database, "Zoë Müller", "Zoe Muller", "Kwame Mensah")
    with database.write() as session:
        event = Event(title="Gala", starts_at=WHEN)
        session.add(event)
        session.flush()
        shared, own = Tag(name="choir"), Tag(name="oboe")
        session.add_all([shared, own])
        session.flush()
        k, g, f = (session.get(Person, i) for i in (keep, gone, friend))
        assert k is not None
        assert g is not None
        assert f is not None
        k.tags.append(shared)
        g.tags.extend([shared, own])
        g.role, g.introduced_by_id, f.introduced_by_id = "Oboe", friend, gone
        g.first_met_at = WHEN
        reflection = Reflection(event_id=event.id, body="Talked")
        reflection.mentions.append(g)
        session.add_all(
            [
                reflection,
                Fact(person_id=gone, text="loves Ligeti"),
                Capture(raw_text="Zoe oboe", person_id=gone, event_id=event.id),
                Note(person_id=gone, text="coffee"),
                FollowUp(person_id=gone, text="send score"),
                Exchange(
                    person_id=gone, direction=ExchangeDirection.GAVE, occurred_on=date(2026, 10, 2)
                ),
                ContactMethod(person_id=gone, kind=ContactKind.EMAIL, value="zoe@example.org"),
                Intention(event_id=event.id, kind=IntentionKind.CONNECT, person_id=gone),
            ]
        )
    return keep, gone, friend


def test_merge_keeps_everything_and_undo_restores_exactly(
    services: Services, database: Database, pair: tuple[int, int, int], data_dir: Path
) -> None:
    keep, gone, friend = pair
    before = _snapshot(database)
    record = services.merge.merge(keep, gone, {PersonField.NAME: "Zoë Müller-Lang"})
    assert record.backup is not None
    assert record.backup.exists()
    detail = services.person.get(keep)
    assert detail.name == "Zoë Müller-Lang"
    assert detail.role == "Oboe"  # empty field filled from the other
    assert detail.introduced_by_id == friend
    assert detail.tags == ("choir", "oboe")
    assert [f.text for f in detail.facts] == ["loves Ligeti"]
    assert services.person.get(friend).introduced_by_id == keep
    with database.read() as session:
        assert session.get(Person, gone) is None
        for model in (Capture, Note, FollowUp, Exchange, ContactMethod, Intention):
            owners = session.scalars(select(model.person_id)).all()
            assert owners == [keep], model
    kinds = {item.kind for item in services.timeline.for_person(keep)}
    assert {"capture", "note", "follow_up", "exchange", "reflection", "intention"} <= kinds
    _integrity(database)
    assert [h.id for h in services.search.search("muller-lang").groups["person"]] == [keep]
    services.merge.undo(record)
    after = _snapshot(database)
    for name in before:
        assert after[name] == before[name], (name, repr(after[name]), repr(before[name]))
    _integrity(database)
    assert {h.id for h in services.search.search("zoe").groups["person"]} == {keep, gone}


def test_merge_refuses_nonsense(services: Services, pair: tuple[int, int, int]) -> None:
    keep, _gone, _friend = pair
    with pytest.raises(MergeError):
        services.merge.merge(keep, keep)
    with pytest.raises(MergeError):
        services.merge.merge(keep, 999)
    with services.merge._db.read() as session:  # nothing moved
        assert session.scalar(select(func.count()).select_from(Person)) == 3
