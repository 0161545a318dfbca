"""Intentions: add, edit, reorder, remove and restore; energy check-in; name completion."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from eventmate.domain.kinds import IntentionKind
from eventmate.domain.text import fold
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.events.events import EventDraft
from eventmate.services.events.intentions import IntentionInvalid
from eventmate.services.records import RecordGone
from eventmate.storage.change_log import last_seq
from eventmate.storage.engine import Database
from eventmate.storage.models import Person

START = datetime(2026, 12, 3, 19, 30, tzinfo=UTC)


@pytest.fixture
def event_id(services: Services) -> str:
    """The uid of an event to set intentions for."""
    return services.events.create(EventDraft(title="Winter Gala", starts_at=START)).uid


def add_people(database: Database, *names: str) -> list[str]:
    with database.write() as session:
        people = [Person(name=name, sort_key=fold(name)) for name in names]
        session.add_all(people)
        session.flush()
        return [person.uid for person in people]


def seq(database: Database) -> int:
    with database.read() as session:
        return last_seq(session)


def test_add_edit_and_order(services: Services, database: Database, event_id: str) -> None:
    (anna,) = add_people(database, "Anna Schmidt")
    added = services.intentions.add(event_id, IntentionKind.CONNECT, "Hear about Bartók", anna)
    assert (Kind.INTENTION, added.uid) in added.changes.created
    assert added.changes.changed(Kind.EVENT, event_id)  # its event is told too
    first = added.row
    second = services.intentions.add(event_id, IntentionKind.LEARN, "How the series is funded").row
    third = services.intentions.add(event_id, IntentionKind.MINDSET, "Listen more than I talk").row
    assert (first.person_name, first.person_uid, first.event_uid) == (
        "Anna Schmidt",
        anna,
        event_id,
    )
    assert [row.position for row in (first, second, third)] == [0, 1, 2]
    edited = services.intentions.edit(second.uid, IntentionKind.OFFER, "  my Ligeti recording ")
    assert (edited.row.kind, edited.row.text) == (IntentionKind.OFFER, "my Ligeti recording")
    assert edited.changes.changed(Kind.INTENTION, second.uid)
    assert services.intentions.move(third.uid, -1)
    assert services.intentions.move(third.uid, -1)
    assert not services.intentions.move(third.uid, -1)  # at the top: nothing changes
    assert [row.uid for row in services.intentions.for_event(event_id)] == [
        third.uid,
        first.uid,
        second.uid,
    ]
    assert services.intentions.move(third.uid, 2)
    assert [row.uid for row in services.intentions.for_event(event_id)] == [
        first.uid,
        second.uid,
        third.uid,
    ]


def test_a_person_only_sticks_to_connect_intentions(
    services: Services, database: Database, event_id: str
) -> None:
    (anna,) = add_people(database, "Anna Schmidt")
    row = services.intentions.add(event_id, IntentionKind.LEARN, "about violas", anna).row
    assert row.person_uid is None
    connect = services.intentions.add(event_id, IntentionKind.CONNECT, "the new principal oboe")
    assert connect.row.person_uid is None
    assert connect.row.text == "the new principal oboe"


def test_empty_or_dangling_intentions_are_refused(
    services: Services, database: Database, event_id: str
) -> None:
    with pytest.raises(IntentionInvalid, match="few words"):
        services.intentions.add(event_id, IntentionKind.LEARN, " \n\x00 ")
    before = seq(database)
    with pytest.raises(RecordGone) as person_gone:
        services.intentions.add(event_id, IntentionKind.CONNECT, "x", person_uid="gone")
    assert person_gone.value.kind is Kind.PERSON
    with pytest.raises(RecordGone) as event_gone:
        services.intentions.add("gone", IntentionKind.LEARN, "x")
    assert event_gone.value.kind is Kind.EVENT
    assert services.intentions.for_event(event_id) == ()
    assert seq(database) == before


def test_writes_to_a_gone_intention_or_event_are_refused_and_change_nothing(
    services: Services, database: Database, event_id: str
) -> None:
    kept = services.intentions.add(event_id, IntentionKind.LEARN, "kept").row
    gone = services.intentions.add(event_id, IntentionKind.LEARN, "gone").row
    services.intentions.remove(gone.uid)
    before = seq(database)
    for write in (
        lambda: services.intentions.edit(gone.uid, IntentionKind.OFFER, "lands elsewhere?"),
        lambda: services.intentions.move(gone.uid, -1),
        lambda: services.intentions.remove(gone.uid),
    ):
        with pytest.raises(RecordGone, match="This intention no longer exists"):
            write()
    services.events.delete(event_id)
    before = seq(database)
    with pytest.raises(RecordGone, match="This event no longer exists"):
        services.intentions.restore(kept)
    with pytest.raises(RecordGone):
        services.intentions.set_energy_before(event_id, 3)
    assert seq(database) == before


def test_remove_and_restore_keep_uid_and_place(services: Services, event_id: str) -> None:
    rows = [
        services.intentions.add(event_id, IntentionKind.LEARN, text).row for text in ("a", "b", "c")
    ]
    removed = services.intentions.remove(rows[1].uid)
    assert removed.changes.gone(Kind.INTENTION, rows[1].uid)
    assert [row.text for row in services.intentions.for_event(event_id)] == ["a", "c"]
    restored = services.intentions.restore(removed.row)
    assert (Kind.INTENTION, rows[1].uid) in restored.created
    assert [row.text for row in services.intentions.for_event(event_id)] == ["a", "b", "c"]
    assert services.intentions.for_event(event_id)[1] == rows[1]
    assert not services.intentions.restore(removed.row)  # twice: nothing more changes


def test_energy_before_is_stored_changed_and_cleared(services: Services, event_id: str) -> None:
    assert services.intentions.energy_before(event_id) is None
    assert not services.intentions.set_energy_before(event_id, None)  # nothing to clear
    services.intentions.set_energy_before(event_id, 2)
    changed = services.intentions.set_energy_before(event_id, 5)
    assert changed.changed(Kind.EVENT, event_id)
    assert services.intentions.energy_before(event_id) == 5
    assert not services.intentions.set_energy_before(event_id, 5)  # the same: nothing written
    services.intentions.set_energy_before(event_id, None)
    assert services.intentions.energy_before(event_id) is None
    with pytest.raises(IntentionInvalid):
        services.intentions.set_energy_before(event_id, 6)


def test_people_matching_prefix_and_later_words_accent_insensitive(
    services: Services, database: Database
) -> None:
    add_people(database, "Zoë Ng", "Zoltan Kodály", "Anna Zoellner", "Seán O'Brien", "100%_Jazz")
    assert [p.name for p in services.intentions.people_matching("zoe")] == [
        "Zoë Ng",
        "Anna Zoellner",
    ]
    assert [p.name for p in services.intentions.people_matching("ZO", limit=2)] == [
        "Zoë Ng",
        "Zoltan Kodály",
    ]
    assert [p.name for p in services.intentions.people_matching("sean o")] == ["Seán O'Brien"]
    assert [p.name for p in services.intentions.people_matching("%_")] == []
    assert services.intentions.people_matching("   ") == ()
    zoe = services.intentions.people_matching("zoe")[0]
    with database.read() as session:
        assert zoe.uid == session.scalar(select(Person.uid).where(Person.name == "Zoë Ng"))
