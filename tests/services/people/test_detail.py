"""Editing one person field by field, and their timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from eventmate.domain.kinds import ContactKind, ExchangeDirection, FactKind, PersonStatus
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField, PersonNotFound
from eventmate.services.people.timeline import TimelineKind
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    Event,
    Exchange,
    FollowUp,
    Note,
    Person,
    Reflection,
)

WHEN = datetime(2026, 10, 1, 19, 30, tzinfo=UTC)


@pytest.fixture
def person_id(database: Database) -> int:
    with database.write() as session:
        person = Person(name="Zoë Müller", sort_key="zoe muller")
        session.add(person)
        session.flush()
        return person.id


def test_every_field_round_trips(services: Services, person_id: int) -> None:
    values = {
        PersonField.NAME: "Zoe Lang",
        PersonField.PRONUNCIATION: "ZO-ee",
        PersonField.RECALL_CUES: "red scarf\nquiet",
        PersonField.ROLE: "Oboe",
        PersonField.ORGANIZATION: "LSO",
        PersonField.MET_HOW: "After the Brahms",
        PersonField.STATUS: PersonStatus.RESTING,
        PersonField.STATUS_NOTE: "Touring until spring",
        PersonField.CADENCE_DAYS: 30,
    }
    for field, value in values.items():
        services.person.set_field(person_id, field, value)
    detail = services.person.get(person_id)
    for field, value in values.items():
        assert detail.value(field) == value
    assert services.people.page(0, 1)[0].sort_key == "zoe lang"


def test_set_field_returns_the_old_value_and_cleans(services: Services, person_id: int) -> None:
    old = services.person.set_field(person_id, PersonField.NAME, "  Zoë\u202e \x00Lang ")
    assert old == "Zoë Müller"
    assert services.person.get(person_id).name == "Zoë Lang"


@pytest.mark.parametrize(
    ("field", "value"),
    [(PersonField.NAME, "   "), (PersonField.CADENCE_DAYS, 0)],
)
def test_bad_values_are_refused(
    services: Services, person_id: int, field: PersonField, value: object
) -> None:
    with pytest.raises(ValueError, match=r"name|cadence"):
        services.person.set_field(person_id, field, value)
    assert services.person.get(person_id).name == "Zoë Müller"


def test_cannot_be_introduced_by_themself(services: Services, person_id: int) -> None:
    with pytest.raises(ValueError, match="introduce"):
        services.person.set_field(person_id, PersonField.INTRODUCED_BY, person_id)


def test_missing_person(services: Services) -> None:
    with pytest.raises(PersonNotFound):
        services.person.get(999)


def test_contacts_tags_and_facts_can_be_removed_and_restored(
    services: Services, person_id: int
) -> None:
    contact = services.person.add_contact(person_id, ContactKind.EMAIL, "zoe@example.org")
    fact = services.person.add_fact(person_id, FactKind.COMMON_GROUND, "Both love Ligeti")
    assert services.person.add_tag(person_id, "choir")
    assert not services.person.add_tag(person_id, "choir")
    removed_contact = services.person.remove_contact(contact)
    removed_fact = services.person.remove_fact(fact)
    assert services.person.remove_tag(person_id, "choir")
    detail = services.person.get(person_id)
    assert (detail.contacts, detail.facts, detail.tags) == ((), (), ())
    services.person.restore_contact(person_id, removed_contact)
    services.person.restore_fact(person_id, removed_fact)
    detail = services.person.get(person_id)
    assert detail.contacts == (removed_contact,)
    assert detail.facts[0].text == "Both love Ligeti"
    assert detail.facts[0].id == fact
    old = services.person.edit_fact(fact, FactKind.STORY, "Loves Kurtág")
    assert old.text == "Both love Ligeti"
    assert services.search.search("kurtag").groups


def test_timeline_has_everything_newest_first(
    services: Services, database: Database, person_id: int
) -> None:
    with database.write() as session:
        event = Event(title="Gala", starts_at=WHEN)
        session.add(event)
        session.flush()
        person = session.get(Person, person_id)
        assert person is not None
        person.met_event_id = event.id
        person.first_met_at = WHEN
        session.add_all(
            [
                Capture(
                    raw_text="oboe, Ligeti",
                    person_id=person_id,
                    event_id=event.id,
                    captured_at=datetime(2026, 10, 1, 20, 45, tzinfo=UTC),
                ),
                Note(
                    person_id=person_id, text="Coffee", created_at=datetime(2026, 11, 2, tzinfo=UTC)
                ),
                FollowUp(
                    person_id=person_id,
                    text="Send score",
                    created_at=datetime(2026, 10, 3, tzinfo=UTC),
                ),
                Exchange(
                    person_id=person_id,
                    direction=ExchangeDirection.GAVE,
                    text="Recording",
                    occurred_on=date(2026, 10, 20),
                ),
            ]
        )
        reflection = Reflection(event_id=event.id, body="Good talk with Zoë")
        reflection.mentions.append(person)
        session.add(reflection)
    kinds = [item.kind for item in services.timeline.for_person(person_id)]
    assert kinds == [
        TimelineKind.NOTE,
        TimelineKind.EXCHANGE,
        TimelineKind.FOLLOW_UP,
        TimelineKind.CAPTURE,
        TimelineKind.REFLECTION,
        TimelineKind.MET,
    ] or kinds == [
        TimelineKind.NOTE,
        TimelineKind.EXCHANGE,
        TimelineKind.FOLLOW_UP,
        TimelineKind.CAPTURE,
        TimelineKind.MET,
        TimelineKind.REFLECTION,
    ]
