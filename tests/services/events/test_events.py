"""Events service: create, read, update, filter, delete and restore exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from conftest import NOW
from eventmate.domain.kinds import EventKind, IntentionKind, MyRole
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.events.events import BreakDraft, EventDraft, EventInvalid
from eventmate.services.records import RecordGone
from eventmate.storage.change_log import last_seq
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    Event,
    FollowUp,
    Note,
    Person,
    Reflection,
    Series,
    Tag,
    reflection_mention,
)

START = datetime(2026, 12, 3, 19, 30, tzinfo=UTC)


def full_draft(**changes: object) -> EventDraft:
    values: dict[str, object] = {
        "title": "  Winter  Gala ",
        "starts_at": START,
        "kind": EventKind.CONCERT,
        "venue": "Wigmore Hall",
        "city": "London",
        "ends_at": START + timedelta(hours=2),
        "my_role": MyRole.PERFORMING,
        "programme": "Bartók 4\nSchubert C major",
        "host": "Wigmore Hall",
        "series": "Thursday chamber series",
        "breaks": (BreakDraft("Intermission", START + timedelta(minutes=75), 20),),
        "tags": ("#strings", "Strings", "donors"),
        "notes": "Bring the Ligeti CD",
    }
    values.update(changes)
    return EventDraft(**values)  # type: ignore[arg-type]


def test_create_then_get_returns_every_field_cleaned(services: Services) -> None:
    saved = services.events.create(full_draft())
    assert (Kind.EVENT, saved.uid) in saved.changes.created
    assert saved.changes.touches(Kind.SERIES, Kind.TAG)
    detail = services.events.get(saved.uid)
    assert detail is not None
    assert detail.uid == saved.uid
    assert detail.title == "Winter Gala"
    assert detail.kind is EventKind.CONCERT
    assert (detail.venue, detail.city, detail.host) == ("Wigmore Hall", "London", "Wigmore Hall")
    assert detail.starts_at == START
    assert detail.ends_at == START + timedelta(hours=2)
    assert detail.my_role is MyRole.PERFORMING
    assert detail.programme == "Bartók 4\nSchubert C major"
    assert detail.series == "Thursday chamber series"
    assert detail.breaks == (BreakDraft("Intermission", START + timedelta(minutes=75), 20),)
    assert detail.tags == ("donors", "strings")  # "#strings" and "Strings" are one tag
    assert detail.notes == "Bring the Ligeti CD"


def test_only_title_and_start_are_required(services: Services) -> None:
    event_uid = services.events.create(EventDraft(title="Rehearsal", starts_at=START)).uid
    detail = services.events.get(event_uid)
    assert detail is not None
    assert detail.kind is EventKind.OTHER
    assert detail.ends_at is None
    assert detail.series == ""


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (EventDraft(title=" \u200b\x00 ", starts_at=START), "needs a title"),
        (EventDraft(title="x", starts_at=START, ends_at=START - timedelta(hours=1)), "ends before"),
        (EventDraft(title="x", starts_at=datetime(2026, 12, 3, 19, 30)), "time zone"),
        (
            EventDraft(title="x", starts_at=START, breaks=(BreakDraft("", START, 0),)),
            "at least one minute",
        ),
    ],
)
def test_invalid_events_are_refused_with_a_reason(
    services: Services, draft: EventDraft, message: str
) -> None:
    with pytest.raises(EventInvalid, match=message):
        services.events.create(draft)
    assert services.events.list_events().upcoming == ()


def test_odd_unicode_and_huge_text_are_cleaned_not_refused(services: Services) -> None:
    event_uid = services.events.create(
        EventDraft(
            title="Cafe\u0301 \u202eevil\u202c concert",
            starts_at=START,
            notes="x" * 200_000,
        )
    ).uid
    detail = services.events.get(event_uid)
    assert detail is not None
    assert detail.title == "Café evil concert"
    assert len(detail.notes) == 100_000


def test_update_replaces_fields_breaks_and_tags_and_reuses_series(services: Services) -> None:
    event_uid = services.events.create(full_draft()).uid
    other = services.events.create(full_draft(title="Other", series="thursday CHAMBER series"))
    changes = services.events.update(
        event_uid, full_draft(title="Renamed", breaks=(), tags=("new",), series="")
    )
    assert changes.changed(Kind.EVENT, event_uid)
    assert not changes.changed(Kind.EVENT, other.uid)
    detail = services.events.get(event_uid)
    assert detail is not None
    assert (detail.title, detail.breaks, detail.tags, detail.series) == (
        "Renamed",
        (),
        ("new",),
        "",
    )
    assert services.events.series_names() == ("Thursday chamber series",)
    assert services.events.get(other.uid) is not None


def test_list_splits_upcoming_and_past_and_filters_by_words(services: Services) -> None:
    services.events.create(full_draft(title="Autumn Gala", starts_at=NOW + timedelta(days=1)))
    services.events.create(full_draft(title="Soon recital", starts_at=NOW + timedelta(hours=1)))
    services.events.create(
        full_draft(
            title="Running now",
            starts_at=NOW - timedelta(hours=1),
            ends_at=NOW + timedelta(hours=1),
        )
    )
    services.events.create(
        EventDraft(title="Zoë's reception", starts_at=NOW - timedelta(days=2), venue="Barbican")
    )
    services.events.create(EventDraft(title="Old rehearsal", starts_at=NOW - timedelta(days=9)))
    listing = services.events.list_events()
    assert [row.title for row in listing.upcoming] == ["Running now", "Soon recital", "Autumn Gala"]
    assert [row.title for row in listing.past] == ["Zoë's reception", "Old rehearsal"]
    found = services.events.list_events("ZOE barb")
    assert [row.title for row in found.past] == ["Zoë's reception"]
    assert found.upcoming == ()
    assert services.events.list_events("concert").upcoming  # the kind matches too


def test_delete_and_restore_bring_back_everything_exactly(
    services: Services, database: Database
) -> None:
    event_uid = services.events.create(full_draft()).uid
    with database.read() as session:
        event_id = session.scalars(select(Event.id).where(Event.uid == event_uid)).one()
    with database.write() as session:
        person = Person(name="Anna Schmidt", sort_key="anna schmidt", met_event_id=event_id)
        session.add(person)
        session.flush()
        event = session.get(Event, event_id)
        assert event is not None
        break_id = event.breaks[0].id
        capture = Capture(raw_text="Anna (viola)", event_id=event_id, break_id=break_id)
        session.add(capture)
        session.add(FollowUp(person_id=person.id, event_id=event_id, text="Send the score"))
        session.add(Note(event_id=event_id, person_id=person.id, text="Talked about Bartók"))
        reflection = Reflection(event_id=event_id, answers={"What went well?": "All"})
        reflection.energy_before = 4
        reflection.mentions.append(person)
        session.add(reflection)
        person_id, person_uid = person.id, person.uid
    services.intentions.add(event_uid, IntentionKind.CONNECT, "Ask about Bartók", person_uid)
    services.intentions.add(event_uid, IntentionKind.MINDSET, "Listen more")
    before = services.events.get(event_uid)
    intentions_before = services.intentions.for_event(event_uid)

    deleted = services.events.delete(event_uid)
    assert deleted.title == "Winter Gala"
    assert deleted.uid == event_uid
    assert deleted.changes.gone(Kind.EVENT, event_uid)
    assert {uid for _, uid in deleted.changes.deleted} >= {r.uid for r in intentions_before}
    assert services.events.get(event_uid) is None
    with database.read() as session:
        assert session.scalar(select(Note.id)) is None
        assert session.scalar(select(Capture.event_id)) is None
        assert session.scalar(select(Capture.break_id)) is None
        assert session.scalar(select(Tag.id).where(Tag.name == "donors")) is not None

    restored = services.events.restore(deleted)
    assert (Kind.EVENT, event_uid) in restored.created  # the same uid: views find it again
    assert services.events.get(event_uid) == before
    assert services.intentions.for_event(event_uid) == intentions_before
    assert services.intentions.energy_before(event_uid) == 4
    with database.read() as session:
        assert session.scalar(select(Capture.event_id)) == event_id
        assert session.scalar(select(Capture.break_id)) == break_id
        assert session.scalar(select(FollowUp.event_id)) == event_id
        assert session.scalar(select(Note.text)) == "Talked about Bartók"
        assert session.scalar(select(Person.met_event_id)) == event_id
        assert session.scalar(select(reflection_mention.c.person_id)) == person_id
    assert not services.events.restore(deleted)  # a second undo is harmless: nothing changes


def test_restore_recreates_a_series_removed_meanwhile(
    services: Services, database: Database
) -> None:
    event_uid = services.events.create(full_draft()).uid
    deleted = services.events.delete(event_uid)
    with database.write() as session:
        for series in session.scalars(select(Series)):
            session.delete(series)
    services.events.restore(deleted)
    detail = services.events.get(event_uid)
    assert detail is not None
    assert detail.series == "Thursday chamber series"


def test_writes_to_a_gone_event_are_refused_and_change_nothing(
    services: Services, database: Database
) -> None:
    gone = services.events.create(full_draft(title="Gone")).uid
    kept = services.events.create(full_draft(title="Kept")).uid
    services.events.delete(gone)
    with database.read() as session:
        seq = last_seq(session)
    with pytest.raises(RecordGone, match="This event no longer exists"):
        services.events.update(gone, full_draft(title="Written to the wrong event?"))
    with pytest.raises(RecordGone):
        services.events.delete(gone)
    with database.read() as session:
        assert last_seq(session) == seq  # not one row changed
    assert [row.title for row in services.events.list_events().upcoming] == ["Kept"]
    assert services.events.get(kept) is not None


def test_rows_read_just_the_named_events(services: Services) -> None:
    one = services.events.create(full_draft(title="One")).uid
    two = services.events.create(full_draft(title="Two")).uid
    rows = services.events.rows([one, "gone-uid"])
    assert list(rows) == [one]
    assert rows[one].title == "One"
    listed = services.events.list_events().upcoming
    assert {row.uid for row in listed} == {one, two}
    assert rows[one] == next(row for row in listed if row.uid == one)  # the same rows


def test_uid_for_accepts_the_listed_id_or_the_uid(services: Services) -> None:
    uid = services.events.create(full_draft()).uid
    row = services.events.list_events().upcoming[0]
    assert services.events.uid_for(str(row.id)) == uid
    assert services.events.uid_for(f" {uid} ") == uid
    assert services.events.uid_for("999") is None
    assert services.events.uid_for("no-such-uid") is None
