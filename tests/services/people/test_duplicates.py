"""Duplicate suggestions and merges that keep everything and undo exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from eventmate.domain.kinds import ContactKind, ExchangeDirection, IntentionKind
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.services.people.duplicates import DuplicateReason, name_key, normalise_phone
from eventmate.services.people.merge import MergeError
from eventmate.services.records import RecordGone
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


def _uid(services: Services, person_id: int) -> str:
    uid = services.records.uid_of(Kind.PERSON, person_id)
    assert uid is not None
    return uid


def test_name_key_and_phone() -> None:
    assert name_key("Müller, José") == name_key("jose MULLER") == "jose muller"
    # The same fold as search and name suggestions: letters Unicode does not decompose too.
    assert name_key("Łucja Nowak") == name_key("lucja nowak") == "lucja nowak"
    assert name_key("Søren Kierkegaard") == name_key("Soren Kierkegaard")
    assert name_key("Johann Strauß") == name_key("Johann Strauss")
    assert normalise_phone("+44 (20) 7946-0018") == normalise_phone("0044 20 7946 0018")


def test_similar_names_accent_and_order_insensitive(services: Services, database: Database) -> None:
    a, b, c = _people(database, "José Müller", "Muller, Jose", "Jose Mullerr")
    pairs = services.duplicates.suggestions()
    found = {(p.first_id, p.second_id): p.reason for p in pairs}
    assert found[(a, b)] is DuplicateReason.SAME_NAME
    assert found[(a, c)] is DuplicateReason.SIMILAR_NAME


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Łucja Nowak", "Lucja Nowak"),
        ("Søren Kierkegaard", "Soren Kierkegaard"),
        ("Johann Strauß", "Johann Strauss"),
        ("Ærø Hansen", "Aero Hansen"),
    ],
)
def test_names_typed_without_special_letters_are_the_same_name(
    services: Services, database: Database, written: str, typed: str
) -> None:
    a, b = _people(database, written, typed)
    pairs = services.duplicates.suggestions()
    assert [(p.first_id, p.second_id, p.reason) for p in pairs] == [
        (a, b, DuplicateReason.SAME_NAME)
    ]
    assert (pairs[0].first_uid, pairs[0].second_uid) == (_uid(services, a), _uid(services, b))


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
        snapshot: dict[str, object] = {}
        for name in tables:
            result = session.execute(text(f"SELECT * FROM {name}"))
            # Every field comes back; a version only goes up (the undo is a change too).
            kept = [i for i, column in enumerate(result.keys()) if column != "version"]
            snapshot[name] = sorted(tuple(row[i] for i in kept) for row in result.all())
        return snapshot


def _integrity(database: Database) -> None:
    if database.path is None:
        return  # a server's search columns are computed by the server itself; no FTS5 index
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
    keep_uid, gone_uid = _uid(services, keep), _uid(services, gone)
    before = _snapshot(database)
    record = services.merge.merge(keep_uid, gone_uid, {PersonField.NAME: "Zoë Müller-Lang"})
    if database.path is not None:  # a server merge relies on its exact undo (no file to copy)
        assert record.backup is not None
        assert record.backup.exists()
    # Views learn where the person went.
    assert record.changes.merged_into(gone_uid) == keep_uid
    assert record.changes.gone(Kind.PERSON, gone_uid)
    assert (Kind.PERSON, keep_uid) in record.changes.updated
    detail = services.person.get(keep_uid)
    assert detail.name == "Zoë Müller-Lang"
    assert detail.role == "Oboe"  # empty field filled from the other
    assert detail.introduced_by_id == friend
    assert detail.tags == ("choir", "oboe")
    assert [f.text for f in detail.facts] == ["loves Ligeti"]
    assert services.person.get(_uid(services, friend)).introduced_by_id == keep
    with database.read() as session:
        assert session.get(Person, gone) is None
        for model in (Capture, Note, FollowUp, Exchange, ContactMethod, Intention):
            owners = session.scalars(select(model.person_id)).all()
            assert owners == [keep], model
    kinds = {item.kind for item in services.timeline.for_person(keep)}
    assert {"capture", "note", "follow_up", "exchange", "reflection", "intention"} <= kinds
    _integrity(database)
    assert [h.id for h in services.search.search("muller-lang").groups["person"]] == [keep]
    undone = services.merge.undo(record)
    assert (Kind.PERSON, gone_uid) in undone.created  # the same person again, same uid
    after = _snapshot(database)
    for name in before:
        assert after[name] == before[name], (name, repr(after[name]), repr(before[name]))
    _integrity(database)
    assert {h.id for h in services.search.search("zoe").groups["person"]} == {keep, gone}


def test_merge_refuses_nonsense(
    services: Services, pair: tuple[int, int, int], data_dir: Path
) -> None:
    keep, _gone, _friend = pair
    keep_uid = _uid(services, keep)
    with pytest.raises(MergeError):
        services.merge.merge(keep_uid, keep_uid)
    with pytest.raises(RecordGone):
        services.merge.merge(keep_uid, "gone-uid")
    with pytest.raises(RecordGone):
        services.merge.merge("gone-uid", keep_uid)
    with services.merge._db.read() as session:  # nothing moved
        assert session.scalar(select(func.count()).select_from(Person)) == 3
    backups = data_dir / "backups"
    assert not backups.exists() or not any(backups.iterdir())  # no backup for nothing


def test_undo_of_a_merge_whose_kept_person_is_gone_is_refused(
    services: Services, database: Database, pair: tuple[int, int, int]
) -> None:
    keep, gone, _friend = pair
    record = services.merge.merge(_uid(services, keep), _uid(services, gone))
    with database.write() as session:
        session.delete(session.get(Person, keep))
    with pytest.raises(RecordGone):
        services.merge.undo(record)
    with database.read() as session:
        assert session.get(Person, gone) is None  # nothing came back half-way
