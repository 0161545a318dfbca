"""Editing one person field by field (by uid, refused once they are gone), and their timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from eventmate.domain.kinds import ContactKind, ExchangeDirection, FactKind, PersonStatus
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.services.people.timeline import TimelineKind
from eventmate.services.records import RecordGone
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    ContactMethod,
    Event,
    Exchange,
    FollowUp,
    Note,
    Person,
    Reflection,
    Tag,
)

WHEN = datetime(2026, 10, 1, 19, 30, tzinfo=UTC)


@pytest.fixture
def person_id(database: Database) -> int:
    with database.write() as session:
        person = Person(name="Zoë Müller", sort_key="zoe muller")
        session.add(person)
        session.flush()
        return person.id


@pytest.fixture
def uid(services: Services, person_id: int) -> str:
    found = services.records.uid_of(Kind.PERSON, person_id)
    assert found is not None
    return found


def test_every_field_round_trips(services: Services, uid: str) -> None:
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
        changes = services.person.set_field(uid, field, value).changes
        assert changes.updated == {(Kind.PERSON, uid)}
    detail = services.person.get(uid)
    for field, value in values.items():
        assert detail.value(field) == value
    assert services.people.page(0, 1)[0].sort_key == "zoe lang"


def test_set_field_returns_the_old_value_and_cleans(services: Services, uid: str) -> None:
    old = services.person.set_field(uid, PersonField.NAME, "  Zoë\u202e \x00Lang ").value
    assert old == "Zoë Müller"
    assert services.person.get(uid).name == "Zoë Lang"


@pytest.mark.parametrize(
    ("field", "value"),
    [(PersonField.NAME, "   "), (PersonField.CADENCE_DAYS, 0)],
)
def test_bad_values_are_refused(
    services: Services, uid: str, field: PersonField, value: object
) -> None:
    with pytest.raises(ValueError, match=r"name|cadence"):
        services.person.set_field(uid, field, value)
    assert services.person.get(uid).name == "Zoë Müller"


def test_cannot_be_introduced_by_themself(services: Services, uid: str) -> None:
    with pytest.raises(ValueError, match="introduce"):
        services.person.set_field(uid, PersonField.INTRODUCED_BY, uid)


def test_missing_person(services: Services) -> None:
    with pytest.raises(RecordGone, match="no longer exists"):
        services.person.get("not-a-uid")


def test_links_are_set_and_read_by_uid(services: Services, database: Database, uid: str) -> None:
    with database.write() as session:
        event = Event(title="Gala", starts_at=WHEN)
        kwame = Person(name="Kwame Mensah", sort_key="kwame mensah")
        session.add_all([event, kwame])
        session.flush()
        event_uid, kwame_uid = event.uid, kwame.uid
    assert services.person.set_field(uid, PersonField.MET_EVENT, event_uid).value is None
    assert services.person.set_field(uid, PersonField.INTRODUCED_BY, kwame_uid).value is None
    detail = services.person.get(uid)
    assert detail.value(PersonField.MET_EVENT) == event_uid
    assert (detail.met_event_title, detail.introduced_by_name) == ("Gala", "Kwame Mensah")
    # Undo gives back what was replaced, as a uid too.
    assert services.person.set_field(uid, PersonField.INTRODUCED_BY, None).value == kwame_uid
    assert services.person.people_named("kwa") == ((kwame_uid, "Kwame Mensah"),)


def test_linking_a_record_that_is_gone_is_refused(services: Services, uid: str) -> None:
    with pytest.raises(RecordGone, match="event no longer exists"):
        services.person.set_field(uid, PersonField.MET_EVENT, "gone-event")
    assert services.person.get(uid).met_event_id is None


def test_contacts_tags_and_facts_can_be_removed_and_restored(services: Services, uid: str) -> None:
    contact = services.person.add_contact(uid, ContactKind.EMAIL, "zoe@example.org")
    assert contact.changes.updated == {(Kind.PERSON, uid)}
    added = services.person.add_fact(uid, FactKind.COMMON_GROUND, "Both love Ligeti")
    fact = added.value
    assert (Kind.FACT, fact) in added.changes.created
    assert services.person.add_tag(uid, "choir").value
    assert not services.person.add_tag(uid, "choir").value
    removed_contact = services.person.remove_contact(uid, contact.value).value
    removed_fact = services.person.remove_fact(fact)
    assert removed_fact.changes.deleted == {(Kind.FACT, fact)}
    assert services.person.remove_tag(uid, "choir").value
    detail = services.person.get(uid)
    assert (detail.contacts, detail.facts, detail.tags) == ((), (), ())
    services.person.restore_contact(uid, removed_contact)
    services.person.restore_fact(uid, removed_fact.value)
    detail = services.person.get(uid)
    assert detail.contacts == (removed_contact,)
    assert detail.facts[0].text == "Both love Ligeti"
    assert detail.facts[0].uid == fact  # the same fact again, not a new one
    old = services.person.edit_fact(fact, FactKind.STORY, "Loves Kurtág").value
    assert old.text == "Both love Ligeti"
    assert services.search.search("kurtag").groups


def test_every_write_to_a_person_who_is_gone_is_refused_and_changes_nothing(
    services: Services, database: Database, uid: str, person_id: int
) -> None:
    fact = services.person.add_fact(uid, FactKind.STORY, "Studied in Vienna").value
    with database.write() as session:
        session.delete(session.get(Person, person_id))
    # The next person made gets the next id, never the old one: but uids are what writes name.
    with database.write() as session:
        session.add(Person(name="Someone new", sort_key="someone new"))
    with database.read() as session:
        before = session.execute(select(Person.name, Person.role, Person.updated_at)).all()
    attempts = [
        lambda: services.person.set_field(uid, PersonField.ROLE, "Oboe"),
        lambda: services.person.add_contact(uid, ContactKind.EMAIL, "zoe@example.org"),
        lambda: services.person.add_tag(uid, "choir"),
        lambda: services.person.remove_tag(uid, "choir"),
        lambda: services.person.add_fact(uid, FactKind.STORY, "x"),
        lambda: services.person.edit_fact(fact, FactKind.STORY, "y"),
        lambda: services.person.remove_fact(fact),
    ]
    for attempt in attempts:
        with pytest.raises(RecordGone):
            attempt()
    with database.read() as session:
        assert session.execute(select(Person.name, Person.role, Person.updated_at)).all() == before
        assert session.scalar(select(func.count()).select_from(Tag)) == 0
        assert session.scalar(select(func.count()).select_from(ContactMethod)) == 0


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
        event_uid = event.uid
    items = services.timeline.for_person(person_id)
    assert {item.event_uid for item in items if item.event_id is not None} == {event_uid}
    kinds = [item.kind for item in items]
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
