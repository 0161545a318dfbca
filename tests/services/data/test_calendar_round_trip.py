"""Own exports round-trip: stable UIDs, known events updated instead of added, BOM files read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from conftest import NOW
from eventmate.domain.kinds import EventKind, IntentionKind
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.data import calendar_match
from eventmate.services.data.calendar_import import Field, Status
from eventmate.services.events.events import BreakDraft, EventDraft
from eventmate.storage.change_log import last_seq
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Tag, event_tag

DATA = Path(__file__).parents[2] / "data" / "ics"
BERLIN = ZoneInfo("Europe/Berlin")


def calendar(*events: str) -> bytes:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp//Calendar//EN\r\n"
    return (head + "".join(events) + "END:VCALENDAR\r\n").encode()


def vevent(uid: str, summary: str, start: str, *extra: str) -> str:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T120000Z", f"SUMMARY:{summary}"]
    return "\r\n".join([*lines, f"DTSTART{start}", *extra, "END:VEVENT"]) + "\r\n"


WEEKLY = vevent(
    "weekly-1@example.org",
    "Choir rehearsal",
    ";TZID=Europe/Berlin:20261202T193000",
    "DTEND;TZID=Europe/Berlin:20261202T213000",
    "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=8",
    "LOCATION:St. Matthäus",
)
GALA = vevent(
    "gala-1@example.org",
    "Autumn Gala concert",
    ";TZID=Europe/Berlin:20261203T193000",
    "DTEND;TZID=Europe/Berlin:20261203T220000",
    "LOCATION:Philharmonie",
    "CATEGORIES:Strings",
    "DESCRIPTION:From the orchestra's calendar",
)
FESTIVAL = vevent(
    "fest-1@example.org", "Festival", ";VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261212"
)


def snapshot(database: Database) -> dict[str, Any]:
    """Every event row and tag link, to show that an import changed nothing."""
    with database.read() as session:
        events = [
            tuple(row) for row in session.execute(select(Event.__table__).order_by(Event.id)).all()
        ]
        tags = sorted(session.execute(select(event_tag.c.event_id, Tag.name).join(Tag)).all())
        return {"events": events, "tags": tags, "seq": last_seq(session)}


def with_native_events(services: Services) -> None:
    """Events made in EventMate: a series, an all-day day and two days, no end, breaks, tags."""
    start = datetime(2026, 12, 3, 19, 30, tzinfo=UTC)
    for week in range(3):
        services.events.create(
            EventDraft(
                title="Thursday chamber series",
                starts_at=start + timedelta(weeks=week),
                ends_at=start + timedelta(weeks=week, hours=2),
                kind=EventKind.CONCERT,
                venue="Kings Place",
                city="London",
                series="Thursday chamber series",
                tags=("chamber", "strings"),
                breaks=(BreakDraft("Intermission", start + timedelta(weeks=week, hours=1), 20),),
                notes="Bring the programme",
            )
        )
    # All-day events start at local midnight, as the event dialog stores them.
    day = datetime(2026, 12, 20).astimezone().astimezone(UTC)
    services.events.create(
        EventDraft(title="Open day", starts_at=day, all_day=True, kind=EventKind.FESTIVAL)
    )
    services.events.create(
        EventDraft(
            title="Weekend course",
            starts_at=day,
            ends_at=(datetime(2026, 12, 21, 23, 59)).astimezone().astimezone(UTC),
            all_day=True,
            kind=EventKind.MASTERCLASS,
        )
    )
    services.events.create(
        EventDraft(title="Reception", starts_at=start - timedelta(days=20), venue="Barbican")
    )


@pytest.mark.parametrize("content", ["sample data", "a repeating series"])
def test_reimporting_our_own_export_adds_nothing_and_changes_nothing(
    services: Services, database: Database, content: str
) -> None:
    if content == "sample data":
        services.sample_data.add()
    else:
        services.calendar_import.commit(
            services.calendar_import.preview(calendar(WEEKLY, GALA, FESTIVAL))
        )
        with_native_events(services)
    before = snapshot(database)
    exported = services.calendar.export()

    # Read where it was written (the export writes all-day dates in the system's zone).
    preview = services.calendar_import.preview(exported)
    assert preview.fatal is None
    assert preview.skipped == ()
    assert len(preview.items) == len(before["events"])
    assert [
        (i.draft.title, i.updates) for i in preview.items if i.status is not Status.UNCHANGED
    ] == []
    assert preview.new == preview.updates == ()
    result = services.calendar_import.commit(preview)
    assert (result.imported, result.updated, result.duplicates) == (0, 0, len(preview.items))
    assert not result.changes
    assert result.backup is None  # nothing to write, nothing to back up
    assert snapshot(database) == before  # not one row, not one change-log entry


def test_export_writes_each_events_own_uid_or_the_other_calendars(
    services: Services, database: Database
) -> None:
    services.calendar_import.commit(services.calendar_import.preview(calendar(WEEKLY, GALA)))
    native = services.events.create(EventDraft(title="Ours", starts_at=NOW + timedelta(days=1)))
    parsed = icalendar.Calendar.from_ical(services.calendar.export())
    by_title: dict[str, list[Any]] = {}
    for component in parsed.walk("VEVENT"):
        by_title.setdefault(str(component["SUMMARY"]), []).append(component)
    assert [str(c["UID"]) for c in by_title["Ours"]] == [native.uid]
    assert [str(c["UID"]) for c in by_title["Autumn Gala concert"]] == ["gala-1@example.org"]
    assert "RECURRENCE-ID" not in by_title["Autumn Gala concert"][0]
    rehearsals = by_title["Choir rehearsal"]
    assert {str(c["UID"]) for c in rehearsals} == {"weekly-1@example.org"}
    # Each occurrence says which one it is, as the other calendar wrote them.
    assert [c.decoded("RECURRENCE-ID") for c in rehearsals] == [
        c.decoded("DTSTART") for c in rehearsals
    ]
    assert len({c.decoded("RECURRENCE-ID") for c in rehearsals}) == len(rehearsals) == 8


def test_reimporting_the_other_calendar_updates_what_it_owns_and_keeps_what_was_typed(
    services: Services, database: Database
) -> None:
    first = services.calendar_import.commit(services.calendar_import.preview(calendar(GALA)))
    (gala_uid,) = first.event_uids
    detail = services.events.get(gala_uid)
    assert detail is not None
    services.events.update(
        gala_uid,
        EventDraft(
            title=detail.title,
            starts_at=detail.starts_at,
            ends_at=detail.ends_at,
            kind=EventKind.RECEPTION,  # the user's own choice
            venue=detail.venue,
            tags=detail.tags,
            notes="My own notes: ask Anna about Bartók",
            programme="Brahms 4",
        ),
    )
    moved = GALA.replace("20261203T193000", "20261204T200000").replace(
        "20261203T220000", "20261204T223000"
    )
    moved = moved.replace("Autumn Gala concert", "Autumn Gala (moved)")
    moved = moved.replace("LOCATION:Philharmonie", "LOCATION:Konzerthaus")
    moved = moved.replace("CATEGORIES:Strings", "CATEGORIES:Strings,Donors")
    preview = services.calendar_import.preview(calendar(moved))
    (item,) = preview.items
    assert item.status is Status.UPDATE
    assert item.event_uid == gala_uid
    assert set(item.updates) == {Field.TITLE, Field.START, Field.END, Field.PLACE, Field.TAGS}
    result = services.calendar_import.commit(preview)
    assert (result.imported, result.updated) == (0, 1)
    assert result.updated_uids == (gala_uid,)
    assert result.changes.changed(Kind.EVENT, gala_uid)
    assert not result.changes.created & {(Kind.EVENT, gala_uid)}
    after = services.events.get(gala_uid)
    assert after is not None
    assert after.title == "Autumn Gala (moved)"
    assert after.starts_at == datetime(2026, 12, 4, 19, 0, tzinfo=UTC)
    assert after.venue == "Konzerthaus"
    assert after.tags == ("Donors", "Strings")
    # What the user wrote in EventMate is never overwritten by a file.
    assert after.notes == "My own notes: ask Anna about Bartók"
    assert after.programme == "Brahms 4"
    assert after.kind is EventKind.RECEPTION
    assert len(services.events.list_events().upcoming) == 1
    again = services.calendar_import.preview(calendar(moved))
    assert [i.status for i in again.items] == [Status.UNCHANGED]


def test_our_export_edited_elsewhere_updates_our_own_event(services: Services) -> None:
    saved = services.events.create(
        EventDraft(
            title="Gala",
            starts_at=datetime(2026, 12, 3, 19, 30, tzinfo=UTC),
            venue="Wigmore Hall",
            city="London",
        )
    )
    exported = services.calendar.export().decode()
    edited = exported.replace("DTSTART:20261203T193000Z", "DTSTART:20261203T200000Z")
    edited = edited.replace("LOCATION:Wigmore Hall\\, London", "LOCATION:Barbican\\, London")
    preview = services.calendar_import.preview(edited.encode())
    (item,) = preview.items
    assert (item.status, item.event_uid) == (Status.UPDATE, saved.uid)
    assert set(item.updates) == {Field.START, Field.PLACE}
    services.calendar_import.commit(preview)
    detail = services.events.get(saved.uid)
    assert detail is not None
    assert detail.starts_at == datetime(2026, 12, 3, 20, 0, tzinfo=UTC)
    assert (detail.venue, detail.city) == ("Barbican", "London")
    assert detail.ical_uid is None  # still our own event, under its own uid


def test_a_deleted_event_comes_back_as_a_new_one_keeping_the_uid_for_next_time(
    services: Services,
) -> None:
    saved = services.events.create(EventDraft(title="Gala", starts_at=NOW + timedelta(days=3)))
    exported = services.calendar.export()
    services.events.delete(saved.uid)
    result = services.calendar_import.commit(services.calendar_import.preview(exported))
    assert result.imported == 1
    (new_uid,) = result.event_uids
    assert new_uid != saved.uid  # uids are never handed out twice
    detail = services.events.get(new_uid)
    assert detail is not None
    assert detail.ical_uid == saved.uid
    again = services.calendar_import.preview(services.calendar.export())
    assert [i.status for i in again.items] == [Status.UNCHANGED]


def test_the_update_is_all_or_nothing(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventmate.services.data.calendar_import as module

    services.calendar_import.commit(services.calendar_import.preview(calendar(GALA)))
    before = snapshot(database)
    moved = GALA.replace("Autumn Gala concert", "Renamed")
    preview = services.calendar_import.preview(calendar(moved, FESTIVAL))
    assert [i.status for i in preview.items] == [Status.UPDATE, Status.NEW]

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(module, "apply_draft", fail)
    with pytest.raises(OSError, match="disk full"):
        services.calendar_import.commit(preview, backup=False)
    assert snapshot(database) == before


def test_intentions_written_into_the_export_do_not_come_back_as_notes(
    services: Services,
) -> None:
    saved = services.events.create(EventDraft(title="Gala", starts_at=NOW + timedelta(days=3)))
    services.intentions.add(saved.uid, IntentionKind.MINDSET, "Listen more than I talk")
    preview = services.calendar_import.preview(services.calendar.export())
    assert [i.status for i in preview.items] == [Status.UNCHANGED]
    detail = services.events.get(saved.uid)
    assert detail is not None
    assert detail.notes == ""


def test_a_thunderbird_file_with_a_byte_order_mark_imports(services: Services) -> None:
    path = DATA / "thunderbird_bom.ics"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    preview = services.calendar_import.preview_file(path, local_tz=BERLIN)
    assert preview.fatal is None
    assert preview.skipped == ()
    titles = [item.draft.title for item in preview.items]
    assert titles == ["Probe: Brahms Requiem", "Festival der Alten Musik", *["Quartettprobe"] * 4]
    rehearsal = preview.items[0].draft
    assert rehearsal.starts_at == datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
    assert rehearsal.venue == "Philharmonie Berlin, Kammermusiksaal"
    assert "Küche" in rehearsal.notes
    result = services.calendar_import.commit(preview)
    assert result.imported == 6
    again = services.calendar_import.preview_file(path, local_tz=BERLIN)
    assert [i.status for i in again.items] == [Status.UNCHANGED] * 6


def test_calendars_joined_with_their_byte_order_marks_read_whole(services: Services) -> None:
    bom = b"\xef\xbb\xbf"
    joined = bom + calendar(GALA) + bom + calendar(FESTIVAL)
    preview = services.calendar_import.preview(joined)
    assert [item.draft.title for item in preview.items] == ["Autumn Gala concert", "Festival"]
    assert preview.skipped == ()


def test_a_long_series_is_matched_by_start_without_scanning_every_stored_occurrence(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found fuzzing (``make torture``): each incoming occurrence was looked for among every
    stored occurrence of its series, start by start, so a series of 500 beside 2,000 stored
    ones compared two million starts (~20 s). Counted here, not timed."""

    def daily(start: str) -> str:
        return vevent(
            "rehearsal-1@example.org",
            "Rehearsal",
            f":20261201T{start}Z",
            "RRULE:FREQ=DAILY;COUNT=300",
        )

    window = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 11, 1, tzinfo=UTC))
    imported = services.calendar_import.preview(calendar(daily("180000")), window=window)
    assert services.calendar_import.commit(imported).imported == 300
    compared = 0
    real_second = calendar_match._second

    def counted(moment: datetime) -> datetime:
        nonlocal compared
        compared += 1
        return real_second(moment)

    monkeypatch.setattr(calendar_match, "_second", counted)
    # The other calendar moved the series half an hour later: no stored occurrence matches.
    moved = services.calendar_import.preview(calendar(daily("183000")), window=window)
    result = services.calendar_import.commit(moved)

    assert (result.imported, result.updated, result.duplicates) == (300, 0, 0)
    # Preview and commit look each occurrence up: a few starts each, not the whole series
    # (before: 720,000, each of 300 compared with all 300 stored, by two starts, twice).
    assert compared < 2 * 10 * 300
