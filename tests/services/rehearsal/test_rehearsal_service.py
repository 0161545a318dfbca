"""Rehearsal decks from the briefing and from last night, answers kept privately, ordering."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest import NOW
from eventmate.domain.kinds import FactKind, IntentionKind
from eventmate.domain.text import fold
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.rehearsal.service import RehearsalService
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    Event,
    Fact,
    Intention,
    NameRehearsal,
    Person,
    Reflection,
)


def add_person(session: Session, name: str, **fields: object) -> int:
    person = Person(name=name, sort_key=fold(name), **fields)
    session.add(person)
    session.flush()
    return person.id


@pytest.fixture
def gala(database: Database) -> dict[str, int]:
    """The Autumn Gala in two days at Wigmore Hall; people met there before; a link."""
    with database.write() as session:
        before = Event(
            title="Spring Recital", venue="Wigmore Hall", starts_at=NOW - timedelta(days=60)
        )
        gala = Event(title="Autumn Gala", venue="Wigmore Hall", starts_at=NOW + timedelta(days=2))
        session.add_all([before, gala])
        session.flush()
        anna = add_person(
            session, "Anna Schmidt", role="Viola", recall_cues="Red glasses", met_event_id=before.id
        )
        sean = add_person(session, "Seán O'Brien", pronunciation="SHAWN", met_event_id=before.id)
        bare = add_person(session, "Nobody Noted")
        session.add(Capture(raw_text="Nobody", event_id=before.id, person_id=bare))
        zoe = add_person(session, "Zoë Ng")
        session.add(Fact(person_id=zoe, kind=FactKind.CARES_ABOUT, text="Students at concerts"))
        session.add(Fact(person_id=zoe, kind=FactKind.STORY, text="Grew up in Lagos"))
        session.add(
            Intention(event_id=gala.id, kind=IntentionKind.CONNECT, text="Zoë", person_id=zoe)
        )
        return {
            "gala": gala.id,
            "before": before.id,
            "anna": anna,
            "sean": sean,
            "zoe": zoe,
            "bare": bare,
        }


def test_deck_for_an_event_holds_the_briefings_people_by_their_cues(
    services: Services, gala: dict[str, int]
) -> None:
    deck = services.rehearsal.for_event(gala["gala"])
    assert deck is not None
    assert deck.event_title == "Autumn Gala"
    by_name = {card.name: card for card in deck.cards}
    # Seán has only a pronunciation, which would give the name away: Met at Spring Recital is
    # his cue. "Nobody Noted" was met there too, and that is a cue as well.
    assert set(by_name) == {"Anna Schmidt", "Seán O'Brien", "Zoë Ng", "Nobody Noted"}
    assert by_name["Anna Schmidt"].role == "Viola"
    assert by_name["Anna Schmidt"].met_at == "Spring Recital"
    assert by_name["Nobody Noted"].met_at == "Spring Recital"
    assert by_name["Zoë Ng"].cares_about == ("Students at concerts",)
    assert by_name["Zoë Ng"].met_at == ""
    assert by_name["Seán O'Brien"].pronunciation == "SHAWN"
    # All new: the briefing's order (linked first) is kept.
    assert deck.cards[0].name == "Zoë Ng"


def test_people_with_nothing_to_recall_them_by_are_left_out_and_named(
    database: Database, services: Services
) -> None:
    with database.write() as session:
        only = add_person(session, "Just A Name")
        cued = add_person(session, "Kwame Mensah", organization="LSO")
    deck = services.rehearsal.for_people([only, cued])
    assert [card.name for card in deck.cards] == ["Kwame Mensah"]
    assert deck.without_cues == ("Just A Name",)


def test_answers_are_kept_and_reorder_the_next_deck(
    database: Database, services: Services, gala: dict[str, int]
) -> None:
    rehearsal = services.rehearsal
    for name in ("zoe", "anna", "sean", "bare"):
        assert rehearsal.record(gala[name], knew=name != "sean", event_id=gala["gala"])
    with database.read() as session:
        rows = session.execute(
            select(NameRehearsal.person_id, NameRehearsal.knew, NameRehearsal.event_id)
        ).all()
    assert len(rows) == 4
    assert {row[2] for row in rows} == {gala["gala"]}
    deck = rehearsal.for_event(gala["gala"])
    assert deck is not None
    # Seán was missed (box 1, due): first. The others are in box 2, not due for a day.
    assert deck.cards[0].name == "Seán O'Brien"
    assert deck.cards[0].state.box == 1
    assert {card.state.box for card in deck.cards[1:]} == {2}
    later = RehearsalService(database, clock=lambda: NOW + timedelta(days=2))
    deck = later.for_event(gala["gala"])
    assert deck is not None
    assert all(card.state.is_due(NOW + timedelta(days=2)) for card in deck.cards)


def test_an_answer_about_someone_gone_is_not_kept(services: Services, gala: dict[str, int]) -> None:
    assert not services.rehearsal.record(999_999, knew=True)
    # An event that is gone is forgotten, the answer kept.
    assert services.rehearsal.record(gala["zoe"], knew=True, event_id=999_999)


def test_history_goes_with_the_person(
    database: Database, services: Services, gala: dict[str, int]
) -> None:
    services.rehearsal.record(gala["anna"], knew=True)
    with database.write() as session:
        session.delete(session.get(Person, gala["anna"]))
    with database.read() as session:
        assert session.scalar(select(NameRehearsal.id)) is None


def test_deck_from_an_event_holds_everyone_met_there(
    database: Database, services: Services
) -> None:
    with database.write() as session:
        party = Event(title="After-party", starts_at=NOW - timedelta(hours=20))
        session.add(party)
        session.flush()
        anna = add_person(session, "Anna", role="Viola", met_event_id=party.id)
        kwame = add_person(session, "Kwame", organization="LSO")
        ingrid = add_person(session, "Ingrid", organization="Nash Ensemble")
        session.add(Capture(raw_text="Kwame", event_id=party.id, person_id=kwame))
        reflection = Reflection(event_id=party.id)
        reflection.mentions.append(session.get(Person, ingrid))
        reflection.mentions.append(session.get(Person, anna))
        session.add(reflection)
        add_person(session, "Elsewhere", role="Horn")
        party_id = party.id
    deck = services.rehearsal.from_event(party_id)
    assert deck is not None
    assert deck.event_title == "After-party"
    assert sorted(card.name for card in deck.cards) == ["Anna", "Ingrid", "Kwame"]


def test_decks_of_events_that_are_gone(services: Services) -> None:
    assert services.rehearsal.for_event(424242) is None
    assert services.rehearsal.from_event(424242) is None


def test_a_merge_keeps_the_rehearsal_history_and_undo_gives_it_back(
    database: Database, services: Services
) -> None:
    with database.write() as session:
        keep = add_person(session, "Anna Schmidt", role="Viola")
        gone = add_person(session, "Anna Schmit", organization="LSO")
    services.rehearsal.record(keep, knew=True)
    services.rehearsal.record(gone, knew=False)
    keep_uid, gone_uid = (services.records.uid_of(Kind.PERSON, i) for i in (keep, gone))
    assert keep_uid is not None
    assert gone_uid is not None
    record = services.merge.merge(keep_uid, gone_uid)  # merges name people by uid
    with database.read() as session:
        assert session.scalars(select(NameRehearsal.person_id)).all() == [keep, keep]
    services.merge.undo(record)
    with database.read() as session:
        owners = session.scalars(select(NameRehearsal.person_id).order_by(NameRehearsal.id))
        assert owners.all() == [keep, gone]
