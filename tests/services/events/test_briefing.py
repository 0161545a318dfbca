"""Briefing: who may be there (linked first, then most recent), and what I remember of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from eventmate.domain.kinds import Direction, FactKind, FollowUpStatus, IntentionKind
from eventmate.domain.text import fold
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.events.briefing import Why
from eventmate.services.events.events import EventDraft
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Fact, FollowUp, Note, Person

START = datetime(2026, 12, 3, 19, 30, tzinfo=UTC)


class Made(NamedTuple):
    """A record made for a test: its uid (what services take) and id (what rows point at)."""

    uid: str
    id: int


def person(database: Database, name: str, **values: object) -> Made:
    with database.write() as session:
        row = Person(name=name, sort_key=fold(name), **values)
        session.add(row)
        session.flush()
        return Made(row.uid, row.id)


def event(services: Services, draft: EventDraft) -> Made:
    uid = services.events.create(draft).uid
    found = services.records.id_of(Kind.EVENT, uid)
    assert found is not None
    return Made(uid, found)


def test_briefing_of_a_missing_event_is_none(services: Services) -> None:
    assert services.briefing.briefing("no-such-event") is None


def test_linked_people_first_then_people_met_before_by_venue_series_host_org(
    services: Services, database: Database
) -> None:
    gala = event(
        services,
        EventDraft(
            title="Winter Gala",
            starts_at=START,
            venue="Wigmore Hall",
            host="Nash Ensemble",
            series="Thursday series",
        ),
    )
    old_venue = event(
        services,
        EventDraft(
            title="Spring Recital", starts_at=START - timedelta(days=200), venue="wigmore hall"
        ),
    )
    old_series = event(
        services,
        EventDraft(
            title="Series opener",
            starts_at=START - timedelta(days=30),
            venue="Kings Place",
            series="Thursday series",
        ),
    )
    old_host = event(
        services,
        EventDraft(title="Nash party", starts_at=START - timedelta(days=60), host="Nash Ensemble"),
    )
    later = event(
        services,
        EventDraft(title="Next year", starts_at=START + timedelta(days=30), venue="Wigmore Hall"),
    )
    elsewhere = event(
        services,
        EventDraft(title="Elsewhere", starts_at=START - timedelta(days=1), venue="Barbican"),
    )
    anna = person(database, "Anna Schmidt", pronunciation="AH-na", met_event_id=old_venue.id)
    sean = person(database, "Seán O'Brien", met_event_id=old_series.id)
    zoe = person(database, "Zoë Ng", met_event_id=old_host.id)
    org = person(
        database,
        "Ilse Wang",
        organization="nash ensemble",
        last_interaction_at=START - timedelta(days=400),
    )
    captured = person(database, "Mateo García", met_event_id=elsewhere.id)
    person(database, "Not related", met_event_id=elsewhere.id)
    person(database, "Met later", met_event_id=later.id)
    linked = person(database, "Priya Sharma")
    with database.write() as session:
        session.add(Capture(raw_text="Mateo again", event_id=old_series.id, person_id=captured.id))
    services.intentions.add(gala.uid, IntentionKind.CONNECT, "Ask about her quartet", linked.uid)

    briefing = services.briefing.briefing(gala.uid)
    assert briefing is not None
    names = [p.name for p in briefing.people]
    # Linked first; then most recent: the series opener (30 days ago, Seán and Mateo),
    # the Nash party (60), the recital (200), and the host's organisation last.
    assert names[0] == "Priya Sharma"
    assert set(names[1:3]) == {"Seán O'Brien", "Mateo García"}
    assert names[3:] == ["Zoë Ng", "Anna Schmidt", "Ilse Wang"]
    by_name = {p.name: p for p in briefing.people}
    assert by_name["Priya Sharma"].linked
    assert by_name["Priya Sharma"].reasons[0].text == "Ask about her quartet"
    assert by_name["Anna Schmidt"].reasons[0].why is Why.VENUE
    assert by_name["Anna Schmidt"].reasons[0].event_title == "Spring Recital"
    assert by_name["Anna Schmidt"].pronunciation == "AH-na"
    assert by_name["Seán O'Brien"].reasons[0].why is Why.SERIES
    assert by_name["Zoë Ng"].reasons[0].why is Why.HOST
    assert by_name["Ilse Wang"].reasons[0].why is Why.ORGANIZATION
    assert {anna, sean, zoe, org, linked, captured} == {(p.uid, p.id) for p in briefing.people}
    assert briefing.series == "Thursday series"
    assert not briefing.more


def test_facts_last_note_and_open_promises_both_ways(
    services: Services, database: Database
) -> None:
    gala = event(services, EventDraft(title="Gala", starts_at=START))
    anna = person(database, "Anna Schmidt", recall_cues="Red glasses")
    with database.write() as session:
        session.add_all(
            [
                Fact(person_id=anna.id, kind=FactKind.COMMON_GROUND, text="Same teacher"),
                Fact(person_id=anna.id, kind=FactKind.CARES_ABOUT, text="Students at concerts"),
                Fact(person_id=anna.id, kind=FactKind.STORY, text="Grew up in Leipzig"),
                Note(person_id=anna.id, text="Old note", created_at=START - timedelta(days=9)),
                Note(person_id=anna.id, text="Latest note", created_at=START - timedelta(days=1)),
                FollowUp(
                    person_id=anna.id, text="Send the Ligeti recording", direction=Direction.MINE
                ),
                FollowUp(person_id=anna.id, text="She sends the score", direction=Direction.THEIRS),
                FollowUp(person_id=anna.id, text="Done already", status=FollowUpStatus.DONE),
            ]
        )
    services.intentions.add(gala.uid, IntentionKind.CONNECT, "", anna.uid)
    briefing = services.briefing.briefing(gala.uid)
    assert briefing is not None
    (card,) = briefing.people
    assert card.recall_cues == "Red glasses"
    assert card.common_ground == ("Same teacher",)
    assert card.cares_about == ("Students at concerts",)
    assert card.story == ("Grew up in Leipzig",)
    assert card.last_note == "Latest note"
    assert sorted((p.text, p.mine) for p in card.promises) == [
        ("Send the Ligeti recording", True),
        ("She sends the score", False),
    ]


def test_the_list_is_capped_and_says_there_is_more(services: Services, database: Database) -> None:
    gala = event(services, EventDraft(title="Gala", starts_at=START, venue="Hall"))
    for day in range(1, 6):
        old = event(
            services,
            EventDraft(title=f"Old {day}", starts_at=START - timedelta(days=day), venue="Hall"),
        )
        for n in range(3):
            person(database, f"Person {day}-{n}", met_event_id=old.id)
    briefing = services.briefing.briefing(gala.uid, cap=4)
    assert briefing is not None
    assert len(briefing.people) == 4
    assert all(p.name.startswith(("Person 1-", "Person 2-")) for p in briefing.people)
    assert briefing.more


def test_energy_and_intentions_are_part_of_the_briefing(services: Services) -> None:
    gala = event(services, EventDraft(title="Gala", starts_at=START))
    services.intentions.add(gala.uid, IntentionKind.MINDSET, "Listen more than I talk")
    services.intentions.set_energy_before(gala.uid, 3)
    briefing = services.briefing.briefing(gala.uid)
    assert briefing is not None
    assert [i.text for i in briefing.intentions] == ["Listen more than I talk"]
    assert briefing.energy_before == 3
    assert briefing.people == ()
