"""Intentions: add, edit, reorder, remove and restore; energy check-in; name completion."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from eventmate.domain.kinds import IntentionKind
from eventmate.domain.text import fold
from eventmate.services.container import Services
from eventmate.services.events.events import EventDraft
from eventmate.services.events.intentions import IntentionInvalid
from eventmate.storage.engine import Database
from eventmate.storage.models import Person

START = datetime(2026, 12, 3, 19, 30, tzinfo=UTC)


@pytest.fixture
def event_id(services: Services) -> int:
    return services.events.create(EventDraft(title="Winter Gala", starts_at=START))


def add_people(database: Database, *names: str) -> list[int]:
    with database.write() as session:
        people = [Person(name=name, sort_key=fold(name)) for name in names]
        session.add_all(people)
        session.flush()
        return [person.id for person in people]


def test_add_edit_and_order(services: Services, database: Database, event_id: int) -> None:
    (anna,) = add_people(database, "Anna Schmidt")
    first = services.intentions.add(event_id, IntentionKind.CONNECT, "Hear about Bartók", anna)
    second = services.intentions.add(event_id, IntentionKind.LEARN, "How the series is funded")
    third = services.intentions.add(event_id, IntentionKind.MINDSET, "Listen more than I talk")
    assert first.person_name == "Anna Schmidt"
    assert [row.position for row in (first, second, third)] == [0, 1, 2]
    edited = services.intentions.edit(second.id, IntentionKind.OFFER, "  my Ligeti recording ")
    assert edited is not None
    assert (edited.kind, edited.text) == (IntentionKind.OFFER, "my Ligeti recording")
    assert services.intentions.move(third.id, -1)
    assert services.intentions.move(third.id, -1)
    assert not services.intentions.move(third.id, -1)
    assert [row.id for row in services.intentions.for_event(event_id)] == [
        third.id,
        first.id,
        second.id,
    ]
    assert services.intentions.move(third.id, 2)
    assert [row.id for row in services.intentions.for_event(event_id)] == [
        first.id,
        second.id,
        third.id,
    ]


def test_a_person_only_sticks_to_connect_intentions(
    services: Services, database: Database, event_id: int
) -> None:
    (anna,) = add_people(database, "Anna Schmidt")
    row = services.intentions.add(event_id, IntentionKind.LEARN, "about violas", anna)
    assert row.person_id is None
    connect = services.intentions.add(event_id, IntentionKind.CONNECT, "the new principal oboe")
    assert connect.person_id is None
    assert connect.text == "the new principal oboe"


def test_empty_or_dangling_intentions_are_refused(services: Services, event_id: int) -> None:
    with pytest.raises(IntentionInvalid, match="few words"):
        services.intentions.add(event_id, IntentionKind.LEARN, " \n\x00 ")
    with pytest.raises(IntentionInvalid, match="no longer"):
        services.intentions.add(event_id, IntentionKind.CONNECT, "x", person_id=999)
    with pytest.raises(IntentionInvalid, match="event"):
        services.intentions.add(999, IntentionKind.LEARN, "x")
    assert services.intentions.for_event(event_id) == ()


def test_remove_and_restore_keep_id_and_place(services: Services, event_id: int) -> None:
    rows = [
        services.intentions.add(event_id, IntentionKind.LEARN, text) for text in ("a", "b", "c")
    ]
    removed = services.intentions.remove(rows[1].id)
    assert removed is not None
    assert [row.text for row in services.intentions.for_event(event_id)] == ["a", "c"]
    services.intentions.restore(removed)
    assert [row.text for row in services.intentions.for_event(event_id)] == ["a", "b", "c"]
    assert services.intentions.for_event(event_id)[1].id == rows[1].id
    assert services.intentions.remove(rows[1].id + 100) is None


def test_energy_before_is_stored_changed_and_cleared(services: Services, event_id: int) -> None:
    assert services.intentions.energy_before(event_id) is None
    services.intentions.set_energy_before(event_id, None)  # nothing to clear: no row made
    services.intentions.set_energy_before(event_id, 2)
    services.intentions.set_energy_before(event_id, 5)
    assert services.intentions.energy_before(event_id) == 5
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
