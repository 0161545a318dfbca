"""Tidying captures: new person, merge with preview, undo restores exactly; by uid, and
refused once the capture or the person is gone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from conftest import NOW
from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.services.after.tidy import TidyError, suggested_name
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.records import RecordGone
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, ContactMethod, Event, Fact, Person, change_log


def _capture(database: Database, text: str, event: bool = True) -> tuple[str | None, str]:
    with database.write() as session:
        event_id = event_uid = None
        if event:
            row = Event(title="Gala", starts_at=NOW - timedelta(hours=4))
            session.add(row)
            session.flush()
            event_id, event_uid = row.id, row.uid
        capture = Capture(raw_text=text, event_id=event_id, captured_at=NOW - timedelta(hours=3))
        session.add(capture)
        session.flush()
        return event_uid, capture.uid


def _kwame(database: Database) -> str:
    with database.write() as session:
        kwame = Person(name="Kwame Mensah", sort_key="kwame mensah", recall_cues="tall")
        session.add(kwame)
        session.flush()
        session.add(ContactMethod(person_id=kwame.id, kind=ContactKind.EMAIL, value="k@x.org"))
        session.add(Fact(person_id=kwame.id, text="plays oboe"))
        return kwame.uid


def _log_size(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(change_log)) or 0)


def test_suggested_name() -> None:
    assert suggested_name("Anna Schmidt, cello, red scarf") == "Anna Schmidt"
    assert suggested_name("Kwame — oboe") == "Kwame"
    assert suggested_name("") == ""


def test_make_person_and_undo(services: Services, database: Database) -> None:
    event_uid, capture_uid = _capture(database, "Anna Schmidt, cello, loves Bartók")
    assert [c.uid for c in services.tidy.captures(event_uid)] == [capture_uid]
    step = services.tidy.make_person(
        capture_uid,
        "  Anna   Schmidt ",
        recall_cues="red scarf",
        contacts=((ContactKind.EMAIL, "anna@example.com"),),
        facts=((FactKind.CARES_ABOUT, "loves Bartók"),),
    )
    assert (Kind.PERSON, step.person_uid) in step.changes.created
    assert (Kind.CAPTURE, capture_uid) in step.changes.updated
    with database.read() as session:
        person = session.scalars(select(Person).where(Person.uid == step.person_uid)).one()
        assert (person.name, person.sort_key, person.recall_cues) == (
            "Anna Schmidt",
            "anna schmidt",
            "red scarf",
        )
        assert person.met_event_id == services.records.id_of(Kind.EVENT, event_uid or "")
        assert [c.value for c in person.contact_methods] == ["anna@example.com"]
        assert [f.text for f in person.facts] == ["loves Bartók"]
    (linked,) = services.tidy.captures(event_uid)
    assert (linked.person_name, linked.person_uid) == ("Anna Schmidt", step.person_uid)
    changes = services.tidy.undo(step)
    assert (Kind.PERSON, step.person_uid) in changes.deleted
    assert not services.records.exists(Kind.PERSON, step.person_uid)
    with database.read() as session:
        assert session.query(Fact).count() == 0
    assert services.tidy.captures(event_uid)[0].person_uid is None


def test_merge_preview_and_undo_restore_exactly(services: Services, database: Database) -> None:
    _event, capture_uid = _capture(database, "Kwame, oboe, new email")
    kwame = _kwame(database)
    contacts = ((ContactKind.EMAIL, "K@x.org"), (ContactKind.PHONE, "+44 20 1234"))
    facts = ((FactKind.OTHER, "Plays oboe"), (FactKind.STORY, "moved from Accra"))
    preview = services.tidy.preview_merge(
        capture_uid, kwame, recall_cues="glasses", contacts=contacts, facts=facts
    )
    assert preview.person.uid == kwame
    assert preview.person.contacts == ((ContactKind.EMAIL, "k@x.org"),)
    assert preview.adds_contacts == ((ContactKind.PHONE, "+44 20 1234"),)
    assert preview.adds_facts == ((FactKind.STORY, "moved from Accra"),)
    assert preview.adds_recall_cues == "glasses"
    step = services.tidy.merge(
        capture_uid, kwame, recall_cues="glasses", contacts=contacts, facts=facts
    )
    assert (Kind.PERSON, kwame) in step.changes.updated
    assert len(step.fact_uids) == 1
    with database.read() as session:
        person = session.scalars(select(Person).where(Person.uid == kwame)).one()
        assert person.recall_cues == "tall; glasses"
        assert len(person.contact_methods) == 2
        assert len(person.facts) == 2
        assert person.last_interaction_at == NOW - timedelta(hours=3)
    services.tidy.undo(step)
    with database.read() as session:
        person = session.scalars(select(Person).where(Person.uid == kwame)).one()
        assert person.recall_cues == "tall"
        assert person.last_interaction_at is None
        assert [c.value for c in person.contact_methods] == ["k@x.org"]
        assert [f.text for f in person.facts] == ["plays oboe"]


def test_captures_without_event_and_errors(services: Services, database: Database) -> None:
    _none, capture_uid = _capture(database, "someone from the bar", event=False)
    assert [c.uid for c in services.tidy.captures(None)] == [capture_uid]
    assert services.tidy.captures("no-such-event") == ()
    with pytest.raises(TidyError):
        services.tidy.make_person(capture_uid, "   ")
    with pytest.raises(RecordGone) as gone:
        services.tidy.merge(capture_uid, "no-such-person")
    assert gone.value.kind is Kind.PERSON


def test_a_gone_capture_or_person_is_refused_and_nothing_changes(
    services: Services, database: Database
) -> None:
    _event, capture_uid = _capture(database, "Kwame, oboe")
    kwame = _kwame(database)
    step = services.tidy.merge(capture_uid, kwame, facts=((FactKind.STORY, "from Accra"),))
    with database.write() as session:
        session.execute(delete(Capture).where(Capture.uid == capture_uid))
    before = _log_size(database)
    for write in (
        lambda: services.tidy.undo(step),
        lambda: services.tidy.make_person(capture_uid, "Kwame"),
        lambda: services.tidy.merge(capture_uid, kwame),
        lambda: services.tidy.preview_merge(capture_uid, kwame),
    ):
        with pytest.raises(RecordGone) as gone:
            write()
        assert gone.value.kind is Kind.CAPTURE
    assert _log_size(database) == before
    with database.read() as session:
        assert session.query(Fact).count() == 2  # the merge's fact stays: nothing was undone


def test_undo_of_a_person_merged_away_meanwhile_is_refused(
    services: Services, database: Database
) -> None:
    _event, capture_uid = _capture(database, "Léa Dubois, viola")
    step = services.tidy.make_person(capture_uid, "Léa Dubois")
    with database.write() as session:
        session.execute(delete(Person).where(Person.uid == step.person_uid))
    with pytest.raises(RecordGone) as gone:
        services.tidy.undo(step)
    assert gone.value.kind is Kind.PERSON


def test_find_people_by_any_name_word_accent_insensitive(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        for name in ("Zoë Dubois", "Anna Zorn", "Kwame Mensah"):
            session.add(Person(name=name, sort_key=name.lower().replace("ë", "e")))
    assert [p.name for p in services.tidy.find_people("zoe")] == ["Zoë Dubois"]
    assert [p.name for p in services.tidy.find_people("Zo")] == ["Zoë Dubois", "Anna Zorn"]
    assert all(p.uid for p in services.tidy.find_people("Zo"))
    assert services.tidy.find_people("%") == ()
