"""Capturing during a break: every parsed piece lands in its table, undo removes exactly that."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from conftest import NOW
from eventmate.domain.kinds import Direction, FactKind, FollowUpKind
from eventmate.domain.text import TEXT_MAX
from eventmate.domain.timing import DUE_AFTER_EVENT as DEFAULT_DUE
from eventmate.services.capture.capture import NothingToCapture
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.records import RecordGone
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Break,
    Capture,
    ContactMethod,
    Event,
    Fact,
    FollowUp,
    Note,
    Person,
    Tag,
    person_tag,
)

ANNA = (
    "Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig #chamber-music "
    "!send my Ligeti recording"
)


def add_event(database: Database, *, hours_from_now: float = -1.0, length: float = 2.5) -> str:
    """An event with an intermission at NOW; returns its uid."""
    start = NOW + timedelta(hours=hours_from_now)
    with database.write() as session:
        event = Event(title="Autumn Gala", starts_at=start, ends_at=start + timedelta(hours=length))
        session.add(event)
        session.flush()
        session.add(Break(event_id=event.id, label="Intermission", starts_at=NOW, minutes=20))
        return event.uid


def event_id_of(database: Database, uid: str) -> int:
    with database.read() as session:
        return int(session.scalars(select(Event.id).where(Event.uid == uid)).one())


def counts(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Capture, Person, Fact, Note, FollowUp, Tag)
        } | {"person_tag": session.scalar(select(func.count()).select_from(person_tag)) or 0}


def test_every_piece_lands_in_its_table(services: Services, database: Database) -> None:
    event_uid = add_event(database)
    event_id = event_id_of(database, event_uid)
    result = services.capture.capture(ANNA, event_uid=event_uid)
    assert result.person_created
    assert not result.kept_to_tidy
    assert (result.event_uid, result.event_gone) == (event_uid, False)
    with database.read() as session:
        capture = session.get(Capture, result.capture_id)
        assert capture is not None
        assert capture.uid == result.uid
        assert capture.raw_text == ANNA
        assert capture.event_id == event_id
        assert capture.break_id is not None  # NOW is inside the intermission
        assert capture.captured_at == NOW
        person = session.get(Person, result.person_id)
        assert person is not None
        assert person.uid == result.person_uid
        assert (person.name, person.role, person.organization) == ("Anna Schmidt", "viola", "LSO")
        assert person.sort_key == "anna schmidt"
        assert person.met_event_id == event_id
        assert person.first_met_at == NOW
        assert person.last_interaction_at == NOW
        facts = session.execute(select(Fact.kind, Fact.text, Fact.capture_id)).all()
        assert facts == [
            (FactKind.CARES_ABOUT, "loves Bartók", result.capture_id),
            (FactKind.STORY, "grew up in Leipzig", result.capture_id),
        ]
        assert [t.name for t in person.tags] == ["chamber-music"]
        follow = session.scalars(select(FollowUp)).one()
        assert (follow.direction, follow.kind, follow.text) == (
            Direction.MINE,
            FollowUpKind.GIVE,
            "send my Ligeti recording",
        )
        assert follow.person_id == person.id
        assert follow.capture_id == result.capture_id
        event = session.get(Event, event_id)
        assert event is not None
        assert event.ends_at is not None
        assert follow.due_at == event.ends_at + DEFAULT_DUE
    # What changed: the capture and the person made, each with its uid.
    assert (Kind.CAPTURE, result.uid) in result.changes.created
    assert (Kind.PERSON, result.person_uid) in result.changes.created
    assert result.changes.touches(Kind.FACT, Kind.FOLLOW_UP, Kind.TAG)


def test_note_text_becomes_a_note_on_the_person(services: Services, database: Database) -> None:
    result = services.capture.capture("Seán O'Brien: oboe !send score #lso then coffee")
    with database.read() as session:
        note = session.scalars(select(Note)).one()
        assert note.person_id == result.person_id
        assert note.capture_id == result.capture_id
        assert note.text == "then coffee"
        follow = session.scalars(select(FollowUp)).one()
        assert follow.due_at == NOW + DEFAULT_DUE  # no event: 72 hours after now


def test_descriptor_stays_an_unlinked_capture(services: Services, database: Database) -> None:
    result = services.capture.capture(
        "cellist, red scarf — studied in Vienna !ask about the quartet"
    )
    assert result.kept_to_tidy
    assert result.person_id is None
    assert result.descriptor == "cellist, red scarf"
    c = counts(database)
    assert (c["capture"], c["person"], c["fact"], c["tag"]) == (1, 0, 0, 0)
    with database.read() as session:
        follow = session.scalars(select(FollowUp)).one()  # a promise is never left behind
        assert follow.person_id is None
        assert follow.kind is FollowUpKind.ASK


def test_picked_person_gets_the_facts_and_no_duplicate_is_made(
    services: Services, database: Database
) -> None:
    first = services.capture.capture("Anna Schmitt (violin) — loves Ligeti")
    second = services.capture.capture(
        "Anna Schmitt (viola, LSO) — has a new baby #friends",
        person_uid=first.person_uid,
    )
    assert second.person_id == first.person_id
    assert second.person_uid == first.person_uid
    assert second.changes.changed(Kind.PERSON, str(first.person_uid))
    assert not second.person_created
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1
        person = session.get(Person, first.person_id)
        assert person is not None
        assert person.role == "violin"  # never overwritten
        assert person.organization == "LSO"  # empty before: filled
        texts = session.scalars(select(Fact.text).order_by(Fact.id)).all()
        assert texts == ["loves Ligeti", "has a new baby"]
        note = session.scalars(select(Note.text)).one()
        assert note == "(viola)"  # a different role is kept as a note, not merged


def test_a_gone_person_is_refused_and_nothing_is_stored(
    services: Services, database: Database
) -> None:
    with pytest.raises(RecordGone) as refused:
        services.capture.capture("Anna", person_uid="no-such-person")
    assert refused.value.kind is Kind.PERSON
    assert counts(database)["capture"] == 0


def test_a_gone_event_keeps_the_words_with_no_event(services: Services, database: Database) -> None:
    event_uid = add_event(database)
    services.events.delete(event_uid)
    result = services.capture.capture("Anna Schmidt — viola !send the score", event_uid)
    assert result.event_gone
    assert (result.event_id, result.event_uid) == (None, None)
    assert result.person_name == "Anna Schmidt"  # nothing typed is lost
    with database.read() as session:
        assert session.scalars(select(Capture.event_id)).one() is None
        assert session.scalars(select(Person.met_event_id)).one() is None
        assert session.scalars(select(FollowUp.event_id)).one() is None
    assert not result.changes.touches(Kind.EVENT)  # nothing written to the gone event


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", "\x00\x07"])
def test_empty_input_does_nothing(services: Services, database: Database, text: str) -> None:
    with pytest.raises(NothingToCapture):
        services.capture.capture(text)
    assert counts(database)["capture"] == 0


def test_undo_removes_exactly_what_the_capture_made(services: Services, database: Database) -> None:
    existing = services.capture.capture("Zoë Ng (flute) #lso")
    before = counts(database)
    result = services.capture.capture(ANNA)
    linked = services.capture.capture(
        "Zoë Ng — both love Ligeti #lso #new-tag", person_uid=existing.person_uid
    )
    undone = services.capture.undo_last()
    assert undone is not None
    assert undone.capture_id == linked.capture_id
    assert undone.uid == linked.uid
    assert undone.changes.gone(Kind.CAPTURE, linked.uid)
    assert undone.changes.changed(Kind.PERSON, str(existing.person_uid))
    assert undone.person_removed is None
    assert undone.facts == 1
    assert undone.tag_links == 1
    assert undone.raw_text == "Zoë Ng — both love Ligeti #lso #new-tag"
    with database.read() as session:
        zoe = session.get(Person, existing.person_id)
        assert zoe is not None
        assert [t.name for t in zoe.tags] == ["lso"]
        assert session.scalar(select(Tag).where(Tag.name == "new-tag")) is None
    undone = services.capture.undo_last()
    assert undone is not None
    assert undone.capture_id == result.capture_id
    assert undone.person_removed == "Anna Schmidt"
    assert (undone.facts, undone.follow_ups, undone.tag_links) == (2, 1, 1)
    assert undone.changes.gone(Kind.PERSON, str(result.person_uid))
    assert counts(database) == before
    assert services.capture.undo_last() is not None  # the first capture
    assert services.capture.undo_last() is None
    assert counts(database) == dict.fromkeys(before, 0)


def test_undo_keeps_a_person_something_else_refers_to(
    services: Services, database: Database
) -> None:
    result = services.capture.capture("Kwame Mensah — horn")
    with database.write() as session:
        session.add(ContactMethod(person_id=result.person_id, kind="email", value="k@example.org"))
    undone = services.capture.undo(result.uid)
    assert undone.person_removed is None
    assert undone.facts == 1
    assert counts(database)["person"] == 1
    assert counts(database)["capture"] == 0
    with pytest.raises(RecordGone):
        services.capture.undo(result.uid)
    assert counts(database)["person"] == 1  # refused: nothing else changed


def test_undo_of_a_capture_from_an_earlier_session(
    services: Services, database: Database, data_dir: object
) -> None:
    result = services.capture.capture(ANNA)
    fresh = Services(database, None, clock=lambda: NOW)  # a new session: no undo record
    assert not fresh.capture.can_undo
    undone = fresh.capture.undo(result.uid)
    assert undone.person_removed == "Anna Schmidt"
    assert counts(database) == dict.fromkeys(counts(database), 0)


def test_paste_of_many_lines_is_one_unit(services: Services, database: Database) -> None:
    event_uid = add_event(database)
    batch = services.capture.capture_many(
        ["Anna Schmidt — viola", "", "cellist, red scarf", "Tomás Núñez (tenor)"], event_uid
    )
    results = batch.results
    assert [r.person_name for r in results] == ["Anna Schmidt", None, "Tomás Núñez"]
    assert all(r.event_uid == event_uid for r in results)
    assert all(r.event_id == event_id_of(database, event_uid) for r in results)
    assert batch.changes.uids(Kind.CAPTURE) == {r.uid for r in results}
    assert counts(database)["capture"] == 3
    with pytest.raises(NothingToCapture):
        services.capture.capture_many(["", "  "])
    assert counts(database)["capture"] == 3


def test_a_paste_for_a_gone_event_keeps_every_line_with_no_event(
    services: Services, database: Database
) -> None:
    event_uid = add_event(database)
    services.events.delete(event_uid)
    batch = services.capture.capture_many(["Léa Dubois", "Lars Larsen"], event_uid)
    assert batch.event_gone
    assert [r.event_uid for r in batch.results] == [None, None]
    assert counts(database)["capture"] == 2


def test_assign_event_later(services: Services, database: Database) -> None:
    made = services.capture.capture("Ingrid Åberg — harp !send the programme")
    event_uid = add_event(database)
    event_id = event_id_of(database, event_uid)
    assigned = services.capture.assign_event([made.uid], event_uid)
    assert assigned.count == 1
    assert assigned.changes.changed(Kind.CAPTURE, made.uid)
    again = services.capture.assign_event([made.uid], event_uid)
    assert (again.count, bool(again.changes)) == (0, False)
    with database.read() as session:
        capture = session.get(Capture, made.capture_id)
        person = session.get(Person, made.person_id)
        assert capture is not None
        assert capture.event_id == event_id
        assert person is not None
        assert person.met_event_id == event_id
        assert session.scalars(select(FollowUp.event_id)).one() == event_id
    services.events.delete(event_uid)
    later = services.capture.capture("Kwame Mensah — horn")
    with pytest.raises(RecordGone):
        services.capture.assign_event([later.uid], event_uid)
    with database.read() as session:
        assert session.scalar(select(Capture.event_id).where(Capture.uid == later.uid)) is None


def test_very_long_paste_is_capped_and_the_rest_handed_back(services: Services) -> None:
    text = "Anna — " + "x" * (TEXT_MAX + 1234)
    result = services.capture.capture(text)
    assert result.truncated
    assert len(result.raw_text) == TEXT_MAX
    assert result.raw_text + result.remainder == text


@pytest.mark.parametrize(
    ("typed", "stored", "name"),
    [
        ("Aiko 🎻 Tanaka — loves 🎶", "Aiko 🎻 Tanaka — loves 🎶", "Aiko Tanaka"),
        ("أحمد الحسن — عازف عود", "أحمد الحسن — عازف عود", "أحمد الحسن"),
        ("Zoe\u0308 Ng — flute", "Zoë Ng — flute", "Zoë Ng"),  # combining → NFC
        ("Lars\x00 Larsen\x1b — bass", "Lars Larsen — bass", "Lars Larsen"),
        ("\u202eMei Chen\u202c — piano", "\u202eMei Chen\u202c — piano", "Mei Chen"),
    ],
)
def test_odd_unicode_is_normalised_and_kept(
    services: Services, typed: str, stored: str, name: str | None
) -> None:
    result = services.capture.capture(typed)
    assert result.raw_text == stored
    assert result.person_name == name


def test_recent_lists_newest_first(services: Services) -> None:
    services.capture.capture("Anna Schmidt")
    services.capture.capture("cellist, red scarf")
    recent = services.capture.recent(5)
    assert [r.raw_text for r in recent] == ["cellist, red scarf", "Anna Schmidt"]
    assert recent[1].person_name == "Anna Schmidt"
    assert recent[1].person_uid is not None
    assert recent[0].person_name is None
    assert len({r.uid for r in recent}) == 2


def test_the_words_are_committed_before_what_they_mean_is_written(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from eventmate.services.capture import store as capture_module

    seen_from_outside: list[tuple[str, object]] = []
    real_meaning = capture_module.store_meaning

    def meaning(*args: object, **kwargs: object) -> object:
        # Another process would see exactly this (a connection of its own).
        if database.path is not None:
            other = sqlite3.connect(database.path)
            seen_from_outside.extend(other.execute("SELECT raw_text, person_id FROM capture"))
            other.close()
        else:
            with database.engine.connect() as connection:
                rows = connection.exec_driver_sql("SELECT raw_text, person_id FROM capture")
                seen_from_outside.extend(tuple(row) for row in rows)
        return real_meaning(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(capture_module, "store_meaning", meaning)
    result = services.capture.capture(ANNA)

    assert seen_from_outside == [(ANNA, None)]
    assert result.person_name == "Anna Schmidt"
    with database.read() as session:
        assert session.scalar(select(Capture.person_id)) == result.person_id


def test_a_failure_after_enter_keeps_the_words_to_tidy_later(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from eventmate.services.capture import store as capture_module

    def disk_full(*_args: object, **_kwargs: object) -> object:
        raise OperationalError("INSERT INTO person", {}, Exception("database or disk is full"))

    monkeypatch.setattr(capture_module, "store_meaning", disk_full)
    result = services.capture.capture(ANNA)

    assert result.kept_to_tidy
    assert result.person_id is None
    assert result.raw_text == ANNA
    assert counts(database)["capture"] == 1
    assert counts(database)["person"] == 0
    assert services.capture.recent(1)[0].raw_text == ANNA
    services.capture.undo_last()  # Ctrl+Z still takes it back
    assert counts(database)["capture"] == 0


def test_a_picked_person_deleted_meanwhile_keeps_the_words(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventmate.services.capture import store as capture_module
    from eventmate.services.capture.store import store_meaning

    made = services.capture.capture("Anna Schmidt")
    anna = made.person_id
    assert anna is not None

    def deleted_first(session: object, *args: object) -> object:
        with database.write() as other:
            other.execute(Person.__table__.delete().where(Person.id == anna))
        return store_meaning(session, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(capture_module, "store_meaning", deleted_first)
    result = services.capture.capture("— plays in a quartet", person_uid=made.person_uid)

    assert result.kept_to_tidy
    assert result.person_id is None
    assert services.capture.recent(1)[0].raw_text == "— plays in a quartet"


# -- issue 12: caps and a full disk between the two writes ---------------------------------------


def test_a_line_of_promises_makes_at_most_ten_follow_ups(
    services: Services, database: Database
) -> None:
    line = "!x " * 33_333
    result = services.capture.capture(line)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(FollowUp)) == 10
        stored = session.scalars(select(Capture.raw_text)).one()
    assert len(result.follow_ups) == 10
    assert stored == line[:TEXT_MAX]  # the words themselves, verbatim


def test_disk_full_after_the_words_keeps_them_and_does_not_fail(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventmate.services.capture import store as module
    from eventmate.storage.failures import FailureKind, StorageFailure

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageFailure(FailureKind.DISK_FULL)

    monkeypatch.setattr(module, "store_meaning", full)
    result = services.capture.capture("Anna Schmidt — loves Bartók")
    assert result.person_name is None  # kept as text, to tidy later
    with database.read() as session:
        assert session.scalars(select(Capture.raw_text)).all() == ["Anna Schmidt — loves Bartók"]
