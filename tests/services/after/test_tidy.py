"""Tidying captures: new person, merge with preview, undo restores exactly."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import NOW
from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.services.after.tidy import TidyError, suggested_name
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, ContactMethod, Event, Fact, Person


def _capture(database: Database, text: str, event: bool = True) -> tuple[int | None, int]:
    with database.write() as session:
        event_id = None
        if event:
            row = Event(title="Gala", starts_at=NOW - timedelta(hours=4))
            session.add(row)
            session.flush()
            event_id = row.id
        capture = Capture(raw_text=text, event_id=event_id, captured_at=NOW - timedelta(hours=3))
        session.add(capture)
        session.flush()
        return event_id, capture.id


def test_suggested_name() -> None:
    assert suggested_name("Anna Schmidt, cello, red scarf") == "Anna Schmidt"
    assert suggested_name("Kwame — oboe") == "Kwame"
    assert suggested_name("") == ""


def test_make_person_and_undo(services: Services, database: Database) -> None:
    event_id, capture_id = _capture(database, "Anna Schmidt, cello, loves Bartók")
    assert [c.id for c in services.tidy.captures(event_id)] == [capture_id]
    step = services.tidy.make_person(
        capture_id,
        "  Anna   Schmidt ",
        recall_cues="red scarf",
        contacts=((ContactKind.EMAIL, "anna@example.com"),),
        facts=((FactKind.CARES_ABOUT, "loves Bartók"),),
    )
    with database.read() as session:
        person = session.get(Person, step.person_id)
        assert person is not None
        assert (person.name, person.sort_key, person.recall_cues) == (
            "Anna Schmidt",
            "anna schmidt",
            "red scarf",
        )
        assert person.met_event_id == event_id
        assert [c.value for c in person.contact_methods] == ["anna@example.com"]
        assert [f.text for f in person.facts] == ["loves Bartók"]
    assert services.tidy.captures(event_id)[0].person_name == "Anna Schmidt"
    services.tidy.undo(step)
    with database.read() as session:
        assert session.get(Person, step.person_id) is None
        assert session.query(Fact).count() == 0
    assert services.tidy.captures(event_id)[0].person_id is None


def test_merge_preview_and_undo_restore_exactly(services: Services, database: Database) -> None:
    _event, capture_id = _capture(database, "Kwame, oboe, new email")
    with database.write() as session:
        kwame = Person(name="Kwame Mensah", sort_key="kwame mensah", recall_cues="tall")
        session.add(kwame)
        session.flush()
        session.add(ContactMethod(person_id=kwame.id, kind=ContactKind.EMAIL, value="k@x.org"))
        session.add(Fact(person_id=kwame.id, text="plays oboe"))
        kwame_id = kwame.id
    contacts = ((ContactKind.EMAIL, "K@x.org"), (ContactKind.PHONE, "+44 20 1234"))
    facts = ((FactKind.OTHER, "Plays oboe"), (FactKind.STORY, "moved from Accra"))
    preview = services.tidy.preview_merge(
        capture_id, kwame_id, recall_cues="glasses", contacts=contacts, facts=facts
    )
    assert preview.person.contacts == ((ContactKind.EMAIL, "k@x.org"),)
    assert preview.adds_contacts == ((ContactKind.PHONE, "+44 20 1234"),)
    assert preview.adds_facts == ((FactKind.STORY, "moved from Accra"),)
    assert preview.adds_recall_cues == "glasses"
    step = services.tidy.merge(
        capture_id, kwame_id, recall_cues="glasses", contacts=contacts, facts=facts
    )
    with database.read() as session:
        person = session.get(Person, kwame_id)
        assert person is not None
        assert person.recall_cues == "tall; glasses"
        assert len(person.contact_methods) == 2
        assert len(person.facts) == 2
        assert person.last_interaction_at == NOW - timedelta(hours=3)
    services.tidy.undo(step)
    with database.read() as session:
        person = session.get(Person, kwame_id)
        assert person is not None
        assert person.recall_cues == "tall"
        assert person.last_interaction_at is None
        assert [c.value for c in person.contact_methods] == ["k@x.org"]
        assert [f.text for f in person.facts] == ["plays oboe"]


def test_captures_without_event_and_errors(services: Services, database: Database) -> None:
    _none, capture_id = _capture(database, "someone from the bar", event=False)
    assert [c.id for c in services.tidy.captures(None)] == [capture_id]
    with pytest.raises(TidyError):
        services.tidy.make_person(capture_id, "   ")
    with pytest.raises(TidyError):
        services.tidy.merge(capture_id, 999)


def test_find_people_by_any_name_word_accent_insensitive(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        for name in ("Zoë Dubois", "Anna Zorn", "Kwame Mensah"):
            session.add(Person(name=name, sort_key=name.lower().replace("ë", "e")))
    assert [p.name for p in services.tidy.find_people("zoe")] == ["Zoë Dubois"]
    assert [p.name for p in services.tidy.find_people("Zo")] == ["Zoë Dubois", "Anna Zorn"]
    assert services.tidy.find_people("%") == ()
