"""A write naming the version the user edited is refused once anyone changed the record since."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.stores import Stores

from conftest import NOW
from eventmate.domain.kinds import EventKind
from eventmate.services.changes import Kind, StaleEdit, three_way
from eventmate.services.container import Services
from eventmate.services.events.events import EventDraft, draft_fields
from eventmate.services.people.detail import PersonField
from eventmate.services.records import RecordGone

WHEN = datetime(2026, 12, 1, 19, 30, tzinfo=UTC)


def _made(services: Services) -> str:
    with services.database.write() as session:
        session.execute(
            text(
                "INSERT INTO person (uid, name, sort_key, pronunciation, recall_cues, role, "
                "organization, met_how, status, status_note, could_offer, is_sample, "
                "created_at, updated_at) VALUES ('p-1', 'Zoë Ng', 'zoe ng', '', '', 'Viola', '', "
                "'', 'active', '', '', false, :now, :now)"
            ),
            {"now": NOW},
        )
    return "p-1"


def test_three_way_merges_what_only_one_side_changed() -> None:
    base = {"name": "Zoë", "role": "Viola", "city": "Wien"}
    mine = {"name": "Zoë Ng", "role": "Viola", "city": "Graz"}
    theirs = {"name": "Zoë", "role": "Oboe", "city": "Linz"}
    merged, conflicts = three_way(base, mine, theirs)
    assert merged == {"name": "Zoë Ng", "role": "Oboe", "city": "Graz"}
    assert conflicts == ("city",)
    _same, none = three_way(base, {"city": "Linz"}, theirs)  # both typed the same
    assert none == ()


def test_a_person_changed_since_the_version_edited_is_not_written(services: Services) -> None:
    uid = _made(services)
    seen = services.person.get(uid)
    assert seen.version == 1
    services.person.set_field(uid, PersonField.ROLE, "Cello")  # elsewhere: no version named
    with pytest.raises(StaleEdit) as refused:
        services.person.set_field(uid, PersonField.ROLE, "Oboe", version=seen.version)
    stale = refused.value
    assert (stale.kind, stale.uid) == (Kind.PERSON, uid)
    assert (stale.my_version, stale.their_version) == (1, 2)
    assert stale.mine == {"role": "Oboe"}
    assert stale.theirs["role"] == "Cello"
    assert stale.theirs["name"] == "Zoë Ng"
    assert services.person.get(uid).role == "Cello"  # nothing written
    services.person.set_field(uid, PersonField.ROLE, "Oboe", version=stale.their_version)
    now = services.person.get(uid)
    assert (now.role, now.version) == ("Oboe", 3)


def test_every_writer_counts_plain_sql_too(services: Services) -> None:
    uid = _made(services)
    seen = services.person.get(uid)
    with services.database.write() as session:  # the capture store's way of writing
        session.execute(text("UPDATE person SET role = 'Harp' WHERE uid = :u"), {"u": uid})
    with pytest.raises(StaleEdit):
        services.person.set_field(uid, PersonField.NAME, "Zoe", version=seen.version)


def test_a_gone_person_is_gone_before_stale(services: Services) -> None:
    with pytest.raises(RecordGone):
        services.person.set_field("nobody", PersonField.ROLE, "Oboe", version=1)


def test_an_event_changed_since_the_version_edited_is_not_written(services: Services) -> None:
    saved = services.events.create(EventDraft(title="Gala", starts_at=WHEN))
    seen = services.events.get(saved.uid)
    assert seen is not None
    assert seen.version == 1
    theirs = EventDraft(title="Gala", starts_at=WHEN, venue="Musikverein", tags=("strings",))
    services.events.update(saved.uid, theirs)
    mine = EventDraft(title="Autumn Gala", starts_at=WHEN, kind=EventKind.CONCERT)
    with pytest.raises(StaleEdit) as refused:
        services.events.update(saved.uid, mine, version=seen.version)
    stale = refused.value
    assert stale.mine == draft_fields(mine)
    assert (stale.theirs["venue"], stale.theirs["tags"]) == ("Musikverein", ("strings",))
    assert services.events.get(saved.uid).venue == "Musikverein"  # type: ignore[union-attr]
    merged, conflicts = three_way(draft_fields(seen), stale.mine, stale.theirs)
    assert conflicts == ()
    services.events.update(saved.uid, EventDraft(**merged), version=stale.their_version)
    stored = services.events.get(saved.uid)
    assert stored is not None
    assert (stored.title, stored.venue, stored.tags) == ("Autumn Gala", "Musikverein", ("strings",))


def test_changing_only_tags_or_breaks_counts_as_a_change(services: Services) -> None:
    saved = services.events.create(EventDraft(title="Gala", starts_at=WHEN))
    seen = services.events.get(saved.uid)
    assert seen is not None
    services.events.update(saved.uid, EventDraft(title="Gala", starts_at=WHEN, tags=("x",)))
    with pytest.raises(StaleEdit):
        services.events.update(saved.uid, EventDraft(title="Gala!", starts_at=WHEN), version=1)


@pytest.mark.server_only
def test_two_devices_saving_the_same_version_at_once_one_is_refused(
    services: Services, stores: Stores, data_dir: Path
) -> None:
    """The row is locked while a versioned save checks it: the second waits, then is refused."""
    uid = _made(services)
    other = stores.open(data_dir)
    try:
        there = Services(other, data_dir / "backups", clock=lambda: NOW)
        results: list[str] = []

        def save(where: Services, role: str) -> None:
            try:
                where.person.set_field(uid, PersonField.ROLE, role, version=1)
                results.append(role)
            except StaleEdit:
                results.append("refused")

        threads = [
            threading.Thread(target=save, args=(services, "Oboe")),
            threading.Thread(target=save, args=(there, "Cello")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        other.close()
    assert sorted(results).count("refused") == 1
    assert services.person.get(uid).role in results
