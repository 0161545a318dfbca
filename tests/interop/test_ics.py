"""Tests for the iCalendar codec: real client files, edge cases, round trips, fuzzing."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventmate.domain.text import clean_line, clean_text
from eventmate.interop import ics_read
from eventmate.interop.ics import (
    MAX_OCCURRENCES,
    IcsEvent,
    IcsOutEvent,
    IcsReadResult,
    read_ics,
    write_ics,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "ics"
REALWORLD = sorted((DATA / "realworld").glob("*.ics"))
FIXTURES = sorted(p for p in DATA.glob("*.*") if p.is_file())
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
Y2024 = {
    "window_start": datetime(2024, 1, 1, tzinfo=UTC),
    "window_end": datetime(2025, 1, 1, tzinfo=UTC),
}
Y2025 = {
    "window_start": datetime(2025, 1, 1, tzinfo=UTC),
    "window_end": datetime(2026, 1, 1, tzinfo=UTC),
}


def read(data: bytes | str, **kwargs: object) -> IcsReadResult:
    """Read bytes or text (LF lines turned into CRLF) in Berlin time, window 2025."""
    if isinstance(data, str):
        data = data.replace("\n", "\r\n").encode()
    options: dict[str, object] = {**Y2025, "local_tz": BERLIN, **kwargs}
    return read_ics(data, **options)  # type: ignore[arg-type]


def fixture(name: str, **kwargs: object) -> IcsReadResult:
    return read((DATA / name).read_bytes(), **kwargs)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def calendar(*events: str, header: str = "") -> str:
    body = "\n".join(events)
    return (
        f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n{header}{body}\nEND:VCALENDAR\n"
    )


def vevent(uid: str, *lines: str, summary: str = "Gig") -> str:
    inner = "\n".join(lines)
    return (
        f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20250101T000000Z\nSUMMARY:{summary}\n{inner}\nEND:VEVENT"
    )


def reasons(result: IcsReadResult) -> str:
    return " | ".join(f"{p.what}: {p.reason}" for p in result.skipped)


def assert_well_formed(result: IcsReadResult) -> None:
    assert isinstance(result, IcsReadResult)
    # The last-resort handler means an error escaped the per-event handling.
    assert not (result.fatal or "").startswith("The file could not be read"), result.fatal
    if result.fatal is not None:
        assert result.events == ()
        assert result.fatal
    for event in result.events:
        assert isinstance(event, IcsEvent)
        assert event.starts_at.utcoffset() == timedelta(0)
        assert event.ends_at is None or event.ends_at.utcoffset() == timedelta(0)
        assert event.ends_at is None or event.ends_at > event.starts_at
        assert event.uid
        for text in (event.title, event.venue, event.host, event.tzid, *event.categories):
            assert "\n" not in text
            assert "\x00" not in text


# --------------------------------------------------------------------- real client files


@pytest.mark.parametrize("path", REALWORLD, ids=lambda p: p.name)
def test_every_realworld_file_imports_or_reports_clearly(path: Path) -> None:
    result = read_ics(path.read_bytes(), **Y2024, local_tz=BERLIN)  # type: ignore[arg-type]
    assert_well_formed(result)
    assert result.events or result.fatal or result.skipped


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_imports_or_reports_clearly(path: Path) -> None:
    result = read(path.read_bytes())
    assert_well_formed(result)
    assert result.events or result.fatal or result.skipped


def test_realworld_broken_dtstart_skips_the_event_with_a_reason() -> None:
    result = read((DATA / "realworld" / "icalendar__broken_dtstart.ics").read_bytes())
    assert result.events == ()
    assert result.fatal is None
    [problem] = result.skipped
    assert "test-123" in problem.what
    assert "DTSTART" in problem.reason
    assert "INVALID-DATE" in problem.reason


def test_realworld_unparsable_dtstart_line_names_the_event() -> None:
    result = read((DATA / "realworld" / "icalendar__broken_ical.ics").read_bytes())
    assert result.events == ()
    [problem] = result.skipped
    assert '"An Event with too many semicolons"' in problem.what
    # The line that could not be read, not the parser's own words.
    assert problem.reason == (
        "has no start time (DTSTART): "
        "the line 'DTSTART;;VALUE=DATE-TIME:20140409T093000' could not be read"
    )


def test_realworld_google_export_in_utc() -> None:
    result = read_ics(
        (DATA / "realworld" / "icalendar__alarm_google_future.ics").read_bytes(), **Y2024
    )
    [event] = result.events
    assert result.method == "PUBLISH"
    assert (event.title, event.starts_at, event.ends_at) == (
        "event with alarms",
        utc(2024, 10, 4, 18, 15),
        utc(2024, 10, 4, 19, 0),
    )
    assert event.uid == "79fs7pkqvht9m5igs0vjv1sfra@google.com"


def test_realworld_exchange_export_windows_zone_and_all_day_series() -> None:
    data = (DATA / "realworld" / "icalendar__alarm_outlook_closed.ics").read_bytes()
    result = read_ics(data, **Y2024, local_tz=BERLIN)  # type: ignore[arg-type]
    timed = [e for e in result.events if not e.all_day]
    [alarm] = timed
    assert alarm.tzid == "GMT Standard Time"
    assert alarm.starts_at == utc(2024, 10, 4, 17, 30)  # 18:30 British Summer Time
    series = [e for e in result.events if e.uid == "111"]
    # Every other Monday from 1 July, 15 July excluded, until Outlook's local midnight.
    assert [e.recurrence_id for e in series] == ["2024-07-01", "2024-07-29"]
    assert all(e.all_day and e.ends_at - e.starts_at == timedelta(days=7) for e in series)  # type: ignore[operator]
    assert series[0].starts_at == utc(2024, 6, 30, 22)  # Berlin midnight


def test_realworld_thunderbird_custom_and_non_ascii_zones() -> None:
    def one(name: str) -> IcsEvent:
        [event] = read_ics((DATA / "realworld" / name).read_bytes(), **Y2024).events
        return event

    assert one("icalendar__alarm_thunderbird_future.ics").starts_at == utc(2024, 10, 23, 14)
    new_york = one("icalendar__america_new_york.ics")
    assert (new_york.starts_at, new_york.tzid) == (utc(2014, 8, 29, 12), "custom_America/New_York")
    brasilia = one("icalendar__issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics")
    assert (brasilia.starts_at, brasilia.tzid) == (utc(2017, 5, 11, 16, 30), "(UTC-03:00) Brasília")


def test_realworld_unicode_fields_missing_uid_and_missing_start() -> None:
    data = (DATA / "realworld" / "icalendar__created_calendar_with_unicode_fields.ics").read_bytes()
    result = read(data)
    first, second = result.events
    assert first.title == "Non-ASCII Test: ÄÖÜ äöü €"
    assert first.venue == "Tribstrül"
    assert second.title == "åäö"
    assert second.uid.startswith("eventmate-")  # stable made-up UID
    assert read(data).events[1].uid == second.uid
    assert second.ends_at is None
    [problem] = result.skipped
    assert "DTSTART" in problem.reason


def test_realworld_two_calendars_in_one_file_both_reported() -> None:
    result = read(
        (DATA / "realworld" / "icalendar__issue_1050_multiple_calendars.ics").read_bytes()
    )
    assert [p.what for p in result.skipped] == [
        'VEVENT "Event 1" (UID event1@example.com)',
        'VEVENT "Event 2" (UID event2@example.com)',
    ]


def test_realworld_escaped_commas_in_categories() -> None:
    data = (DATA / "realworld" / "icalendar__issue_127_categories_with_commas.ics").read_bytes()
    [event] = read(data).events
    assert event.categories == ("Meeting, John", "Work, Sarah", "Project")


def test_realworld_bom_and_empty_calendar() -> None:
    result = read((DATA / "realworld" / "icalendar__bom_calendar.ics").read_bytes())
    assert result.fatal is None
    assert result.events == ()
    assert "no events" in reasons(result)


def test_realworld_unclosed_calendar_is_fatal() -> None:
    result = read((DATA / "realworld" / "icalendar__big_bad_calendar.ics").read_bytes())
    assert result.fatal is not None
    assert "END:VCALENDAR" in result.fatal


# --------------------------------------------------------------------- hand-written fixtures


def test_google_invite_request_in_london_time() -> None:
    result = fixture("google_invite_request.ics")
    assert result.method == "REQUEST"
    [event] = result.events
    assert event.title == "Prom 1: First Night of the Proms"
    assert event.starts_at == utc(2025, 7, 12, 18, 30)  # 19:30 BST
    assert event.ends_at == utc(2025, 7, 12, 21, 0)
    assert event.tzid == "Europe/London"
    assert event.venue == "Royal Albert Hall, Kensington Gore, South Kensington, London SW7 2AP, UK"
    assert event.city == ""
    assert event.host == "Priya Shah"
    assert event.notes == "Proms 2025 — we meet at the stage door at 19:00."  # footer dropped
    assert event.recurrence_id == ""
    assert result.skipped == ()


def test_outlook_request_with_windows_zone_name() -> None:
    result = fixture("outlook_windows_tzid.ics")
    [event] = result.events
    assert result.method == "REQUEST"
    assert event.tzid == "W. Europe Standard Time"
    assert event.starts_at == utc(2025, 10, 17, 17)  # 19:00 CEST
    assert event.ends_at == utc(2025, 10, 17, 20)
    assert event.host == "Müller, Anna"
    assert event.notes == "Generalprobe mit Solistin.\nBitte Noten mitbringen."
    assert event.venue == "Philharmonie Berlin, Herbert-von-Karajan-Str. 1"


def test_apple_all_day_events() -> None:
    festival, fete = fixture("apple_all_day.ics").events
    assert festival.all_day
    assert fete.all_day
    assert festival.starts_at == utc(2025, 6, 13, 22)  # 14 June, Berlin midnight
    assert festival.ends_at == utc(2025, 6, 15, 22)  # exclusive: after 15 June
    assert festival.venue == "Flugplatz Lärz, Lärz, Germany"
    assert festival.categories == ("Festival", "Travel")
    assert fete.ends_at == fete.starts_at + timedelta(days=1)  # no DTEND: one day
    assert festival.tzid == ""


def test_all_day_dates_follow_local_tz() -> None:
    festival, _ = fixture("apple_all_day.ics", local_tz=NEW_YORK).events
    assert festival.starts_at == utc(2025, 6, 14, 4)


def test_weekly_rehearsal_with_exdate_moved_and_cancelled_instances() -> None:
    result = fixture("weekly_rrule_exdate_override.ics")
    events = result.events
    assert [e.starts_at for e in events] == [
        utc(2025, 3, 4, 18, 30),
        utc(2025, 3, 11, 18, 30),  # 18 March: EXDATE
        utc(2025, 3, 25, 18, 30),
        utc(2025, 4, 2, 17, 0),  # 1 April moved to Wednesday, summer time
        utc(2025, 4, 8, 17, 30),  # 19:30 CEST: the wall clock follows Berlin
        utc(2025, 4, 22, 17, 30),  # 15 April: cancelled
    ]
    assert {e.uid for e in events} == {"rehearsal-series-1@fastmail.example"}
    moved = events[3]
    assert moved.title == "Choir rehearsal (moved: Wednesday, main church)"
    assert moved.venue == "St. Marien, Kirchenschiff"
    assert moved.recurrence_id == "2025-04-01T17:30:00+00:00"
    assert events[0].recurrence_id == "2025-03-04T18:30:00+00:00"
    assert len({e.recurrence_id for e in events}) == len(events)
    assert "2025-04-15" in reasons(result)
    assert "CANCELLED" in reasons(result)


def test_recurrence_window_is_start_inclusive_end_exclusive() -> None:
    result = fixture(
        "weekly_rrule_exdate_override.ics",
        window_start=utc(2025, 3, 11, 18, 30),
        window_end=utc(2025, 4, 8, 17, 30),
    )
    assert [e.starts_at.date() for e in result.events] == [
        date(2025, 3, 11),
        date(2025, 3, 25),
        date(2025, 4, 2),
    ]


def test_series_without_occurrence_in_window_is_reported() -> None:
    result = fixture(
        "weekly_rrule_exdate_override.ics",
        window_start=utc(2026, 1, 1),
        window_end=utc(2027, 1, 1),
    )
    assert result.events == ()
    assert "no occurrence" in reasons(result)


def test_single_events_outside_window_are_still_imported() -> None:
    result = fixture(
        "google_invite_request.ics", window_start=utc(2030, 1, 1), window_end=utc(2030, 2, 1)
    )
    assert len(result.events) == 1


@pytest.mark.parametrize(
    ("zone", "expected"),
    [(BERLIN, utc(2025, 6, 20, 18, 30)), (NEW_YORK, utc(2025, 6, 21, 0, 30))],
)
def test_floating_time_uses_local_tz(zone: ZoneInfo, expected: datetime) -> None:
    [event] = fixture("floating_time.ics", local_tz=zone).events
    assert event.starts_at == expected
    assert event.ends_at == expected + timedelta(hours=3)
    assert event.tzid == ""


def test_floating_time_defaults_to_system_local_time() -> None:
    [event] = read((DATA / "floating_time.ics").read_bytes(), local_tz=None).events
    assert event.starts_at == datetime(2025, 6, 20, 20, 30).astimezone(UTC)


def test_cancel_method_skips_with_reason() -> None:
    result = fixture("google_cancel.ics")
    assert result.method == "CANCEL"
    assert result.events == ()
    assert "METHOD:CANCEL" in reasons(result)
    assert "Prom 1" in result.skipped[0].what


def test_status_cancelled_event_is_skipped_other_kept() -> None:
    result = fixture("status_cancelled.ics")
    assert [e.title for e in result.events] == ["Premiere"]
    [problem] = result.skipped
    assert '"Reception after the premiere"' in problem.what
    assert "CANCELLED" in problem.reason


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("truncated.ics", "cut off"),
        ("empty.ics", "empty"),
        ("not_calendar.html", "not an iCalendar"),
    ],
)
def test_unreadable_files_are_fatal(name: str, words: str) -> None:
    result = fixture(name)
    assert result.events == ()
    assert result.fatal is not None
    assert words in result.fatal


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n", b"\x00" * 64, b"\x89PNG\r\n\x1a\n\x00\x00", "garbage: ünïcode".encode()],
)
def test_garbage_is_fatal(data: bytes) -> None:
    result = read(data)
    assert result.fatal is not None
    assert result.events == ()


def test_vcard_is_named() -> None:
    result = read("BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\n")
    assert result.fatal is not None
    assert "vCard" in result.fatal


def test_too_large_file_is_refused() -> None:
    data = (DATA / "google_invite_request.ics").read_bytes()
    result = read(data, max_bytes=100)
    assert result.fatal is not None
    assert "too large" in result.fatal


def test_naive_window_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        read_ics(
            b"", window_start=datetime(2025, 1, 1), window_end=datetime(2026, 1, 1, tzinfo=UTC)
        )


# --------------------------------------------------------------------- time zones


def test_windows_zone_without_vtimezone_is_mapped() -> None:
    result = read(calendar(vevent("w", "DTSTART;TZID=W. Europe Standard Time:20250115T200000")))
    [event] = result.events
    assert event.starts_at == utc(2025, 1, 15, 19)
    assert event.tzid == "W. Europe Standard Time"
    assert result.skipped == ()


def test_outlook_com_tzone_utc() -> None:
    [event] = read(
        calendar(vevent("t", 'DTSTART;TZID="tzone://Microsoft/Utc":20250115T200000'))
    ).events
    assert event.starts_at == utc(2025, 1, 15, 20)


def test_vendor_prefixed_zone() -> None:
    tzid = "/freeassociation.sourceforge.net/Tzfile/Europe/Vienna"
    [event] = read(calendar(vevent("v", f"DTSTART;TZID={tzid}:20250115T200000"))).events
    assert event.starts_at == utc(2025, 1, 15, 19)


def test_display_name_zone_without_definition_uses_its_offset() -> None:
    tzid = '"(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"'
    [event] = read(calendar(vevent("d", f"DTSTART;TZID={tzid}:20250115T200000"))).events
    assert event.starts_at == utc(2025, 1, 15, 14, 30)


def test_unknown_zone_is_read_as_local_time_with_warning() -> None:
    result = read(calendar(vevent("u", "DTSTART;TZID=Mars/Olympus_Mons:20250115T200000")))
    [event] = result.events
    assert event.starts_at == utc(2025, 1, 15, 19)
    assert event.tzid == "Mars/Olympus_Mons"
    [problem] = result.skipped
    assert "Mars/Olympus_Mons" in problem.what
    assert "local time" in problem.reason


CUSTOM_ZONE = """BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:{offset}
TZOFFSETTO:{offset}
END:STANDARD
END:VTIMEZONE
"""


def test_same_custom_zone_name_in_two_files_does_not_leak() -> None:
    """icalendar caches VTIMEZONEs globally by name; each file must use its own."""
    event = vevent("c", "DTSTART;TZID=Customized Time Zone:20250115T200000")
    plus = read(calendar(event, header=CUSTOM_ZONE.format(offset="+0300"))).events[0]
    minus = read(calendar(event, header=CUSTOM_ZONE.format(offset="-0700"))).events[0]
    assert plus.starts_at == utc(2025, 1, 15, 17)
    assert minus.starts_at == utc(2025, 1, 16, 3)


def test_vtimezone_after_the_event_is_used() -> None:
    text = calendar(
        vevent("f", "DTSTART;TZID=Customized Time Zone:20250115T200000"),
        CUSTOM_ZONE.format(offset="+0300").strip(),
    )
    assert read(text).events[0].starts_at == utc(2025, 1, 15, 17)


def test_x_wr_timezone_applies_to_floating_times_and_utc_series() -> None:
    header = "X-WR-TIMEZONE:America/New_York\n"
    floating = vevent("a", "DTSTART:20250115T200000")
    series = vevent("b", "DTSTART:20250304T230000Z", "RRULE:FREQ=WEEKLY;COUNT=2")
    result = read(calendar(floating, series, header=header))
    first, march4, march11 = result.events
    assert first.starts_at == utc(2025, 1, 16, 1)
    assert march4.starts_at == utc(2025, 3, 4, 23)  # 18:00 EST
    assert march11.starts_at == utc(2025, 3, 11, 22)  # 18:00 EDT: the wall clock is kept


def test_hostile_custom_zone_is_not_used() -> None:
    every_second = (
        "RRULE:FREQ=YEARLY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12;BYMINUTE=0,1,2,3;BYSECOND=0,1\n"
    )
    zone = CUSTOM_ZONE.format(offset="+0300").replace("END:STANDARD", every_second + "END:STANDARD")
    started = time.monotonic()
    result = read(
        calendar(vevent("h", "DTSTART;TZID=Customized Time Zone:20250115T200000"), header=zone)
    )
    assert time.monotonic() - started < 5
    assert result.events[0].starts_at == utc(2025, 1, 15, 19)  # read as Berlin local time
    assert "unknown time zone" in reasons(result)


OUTLOOK_ZONE = """BEGIN:VTIMEZONE
TZID:(UTC-03:00) Brasília
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0200
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=3SA;BYMONTH=2
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0200
{rules}END:DAYLIGHT
END:VTIMEZONE
"""
DAYLIGHT_RULE = "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SA;BYMONTH=10\n"
NO_UID = (
    'BEGIN:VEVENT\nDTSTART;TZID="(UTC-03:00) Brasília":20251115T133000\n'
    'DTEND;TZID="(UTC-03:00) Brasília":20251115T140000\nEND:VEVENT'
)


def test_outlook_zone_since_1601_is_used() -> None:
    """Two yearly rules since 1601 (about 1,000 changes to 2100): the file's own DST."""
    result = read(calendar(NO_UID, header=OUTLOOK_ZONE.format(rules=DAYLIGHT_RULE)))
    assert result.events[0].starts_at == utc(2025, 11, 15, 15, 30)  # -02:00, its summer


def test_zone_with_hundreds_of_rules_is_never_looked_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by the torture fuzzer: 300 copies of a rule since 1601 made every offset lookup
    in icalendar's zone walk ~126,000 changes (seconds per event). Such a zone is not used,
    its times get the offset its name says, and nothing looks an offset up in it."""
    from dateutil.tz.tz import _tzicalvtz

    lookups: list[object] = []
    real = _tzicalvtz.utcoffset

    def counted(self: _tzicalvtz, dt: datetime | None) -> timedelta | None:
        lookups.append(dt)
        return real(self, dt)

    monkeypatch.setattr(_tzicalvtz, "utcoffset", counted)
    zone = OUTLOOK_ZONE.format(rules=DAYLIGHT_RULE * 300)
    [event] = read(calendar(NO_UID, header=zone)).events
    assert event.starts_at == utc(2025, 11, 15, 16, 30)  # "(UTC-03:00)": no summer time
    assert event.uid.startswith("eventmate-")  # the made UID reads the times safely
    assert lookups == []


def test_outlook_all_day_flag_on_midnight_times() -> None:
    lines = (
        "DTSTART;TZID=W. Europe Standard Time:20250705T000000",
        "DTEND;TZID=W. Europe Standard Time:20250707T000000",
        "RRULE:FREQ=WEEKLY;COUNT=3",
        "EXDATE;TZID=W. Europe Standard Time:20250712T000000",
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
    )
    result = read(calendar(vevent("owa", *lines)), local_tz=NEW_YORK)
    assert [(e.all_day, e.recurrence_id) for e in result.events] == [
        (True, "2025-07-05"),
        (True, "2025-07-19"),
    ]
    assert result.events[0].starts_at == utc(2025, 7, 5, 4)  # New York midnight
    assert result.events[0].ends_at == utc(2025, 7, 7, 4)
    assert result.events[0].tzid == ""


# --------------------------------------------------------------------- damaged content


def test_raw_line_breaks_inside_a_description_are_kept() -> None:
    text = calendar(
        vevent(
            "n",
            "DTSTART:20250115T200000Z",
            "DESCRIPTION:Doors open 19h",
            "bring the scores",
            "and a pencil",
        )
    )
    [event] = read(text).events
    assert event.notes == "Doors open 19h\nbring the scores\nand a pencil"


def test_damaged_calendar_keeps_readable_events() -> None:
    good = vevent("good", "DTSTART:20250115T200000Z", summary="Good")
    alarm = ("BEGIN:VALARM", "TRIGGER;;X=1:-PT5M", "ACTION:DISPLAY", "END:VALARM")
    bad_alarm = vevent("alarm", "DTSTART:20250116T200000Z", *alarm, summary="Bad alarm")
    text = calendar(good, bad_alarm, header="X-BROKEN;;PARAM:1\n")
    result = read(text)
    assert [e.title for e in result.events] == ["Good", "Bad alarm"]
    assert "partly damaged" in reasons(result)


def test_unclosed_alarm_is_dropped_not_the_event() -> None:
    good = vevent("good", "DTSTART:20250115T200000Z", summary="Good")
    bad = vevent("bad", "DTSTART:20250116T200000Z", "BEGIN:VALARM", "TRIGGER:-PT5M", summary="Bad")
    result = read(calendar(good, bad))
    assert [e.title for e in result.events] == ["Good", "Bad"]
    assert "partly damaged" in reasons(result)


def test_second_calendar_cut_off_is_reported() -> None:
    first = calendar(vevent("one", "DTSTART:20250115T200000Z"))
    result = read(first + "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:two\n")
    assert len(result.events) == 1
    assert "cut off" in reasons(result)


def test_event_without_vcalendar_is_read() -> None:
    result = read(vevent("bare", "DTSTART:20250115T200000Z") + "\n")
    assert len(result.events) == 1


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: ("\ufeff" + text).encode("utf-16"),
        lambda text: b"\xef\xbb\xbf" + text.encode(),
        lambda text: text.replace("\r\n", "\r").encode(),
        lambda text: text.replace("\r\n", "\n").encode(),
        lambda text: text.encode("utf-16-le"),
    ],
    ids=["utf16", "utf8-bom", "cr", "lf", "utf16-no-bom"],
)
def test_encodings_and_line_ends(encode: object) -> None:
    text = calendar(vevent("e", "DTSTART:20250115T200000Z", "LOCATION:Gürzenich\\, Köln")).replace(
        "\n", "\r\n"
    )
    [event] = read(encode(text)).events  # type: ignore[operator]
    assert event.venue == "Gürzenich, Köln"


def test_calendars_joined_with_their_byte_order_marks_are_read_whole() -> None:
    bom = b"\xef\xbb\xbf"
    first = calendar(vevent("a", "DTSTART:20250115T200000Z")).replace("\n", "\r\n").encode()
    second = calendar(vevent("b", "DTSTART:20250116T200000Z")).replace("\n", "\r\n").encode()
    result = read(bom + first + bom + second)  # `cat a.ics b.ics` of two Thunderbird exports
    assert [event.uid for event in result.events] == ["a", "b"]
    assert result.skipped == ()


def test_windows_1252_bytes_are_read_with_a_note() -> None:
    data = calendar(vevent("c", "DTSTART:20250115T200000Z", "LOCATION:Gürzenich")).encode("cp1252")
    result = read(data)
    assert result.events[0].venue == "Gürzenich"
    assert "Windows-1252" in reasons(result)


def test_control_and_bidi_characters_are_cleaned() -> None:
    text = calendar(vevent("x", "DTSTART:20250115T200000Z", summary="Evil\u202eTitle\x07"))
    assert read(text).events[0].title == "EvilTitle"


def test_dates_out_of_range_only_skip_their_event() -> None:
    good = vevent("good", "DTSTART:20250115T200000Z", summary="Good")
    year_one = vevent("old", "DTSTART;TZID=Europe/Berlin:00010101T000000", summary="Year one")
    override = vevent(
        "o", "DTSTART:20250101T000000Z", "RECURRENCE-ID;TZID=Asia/Tokyo:00010101T000000"
    )
    result = read(calendar(good, year_one, override))
    assert result.fatal is None
    assert "Good" in [e.title for e in result.events]
    assert '"Year one"' in reasons(result)


def test_end_before_start_is_dropped_with_note() -> None:
    result = read(calendar(vevent("e", "DTSTART:20250115T200000Z", "DTEND:20250115T100000Z")))
    assert result.events[0].ends_at is None
    assert "end is before its start" in reasons(result)


def test_duration_gives_the_end() -> None:
    [event] = read(calendar(vevent("d", "DTSTART:20250115T200000Z", "DURATION:PT2H30M"))).events
    assert event.ends_at == utc(2025, 1, 15, 22, 30)


def test_all_day_with_equal_dtend_lasts_one_day() -> None:
    [event] = read(
        calendar(vevent("a", "DTSTART;VALUE=DATE:20250115", "DTEND;VALUE=DATE:20250115"))
    ).events
    assert event.ends_at == event.starts_at + timedelta(days=1)


def test_organizer_without_name_gives_the_address() -> None:
    [event] = read(
        calendar(vevent("o", "DTSTART:20250115T200000Z", "ORGANIZER:MAILTO:box@venue.example"))
    ).events
    assert event.host == "box@venue.example"


def test_duplicate_uid_keeps_highest_sequence() -> None:
    old = vevent("dup", "DTSTART:20250115T200000Z", "SEQUENCE:2", summary="Newer")
    new = vevent("dup", "DTSTART:20250115T210000Z", "SEQUENCE:1", summary="Older")
    result = read(calendar(old) + calendar(new))
    assert [e.title for e in result.events] == ["Newer"]
    assert "more than once" in reasons(result)


def test_lone_override_of_an_unknown_series_is_imported() -> None:
    text = calendar(vevent("inst", "RECURRENCE-ID:20250115T200000Z", "DTSTART:20250116T200000Z"))
    [event] = read(text).events
    assert event.recurrence_id == "2025-01-15T20:00:00+00:00"
    assert event.starts_at == utc(2025, 1, 16, 20)


def test_rdate_and_until_as_date() -> None:
    text = calendar(
        vevent(
            "r",
            "DTSTART;TZID=Europe/Berlin:20250106T190000",
            "RRULE:FREQ=WEEKLY;UNTIL=20250113",
            "RDATE;TZID=Europe/Berlin:20250110T190000",
        )
    )
    assert [e.starts_at for e in read(text).events] == [
        utc(2025, 1, 6, 18),
        utc(2025, 1, 10, 18),
    ]


def test_long_series_is_capped_with_a_warning() -> None:
    result = read(
        calendar(vevent("daily", "DTSTART:20240101T090000Z", "RRULE:FREQ=DAILY")),
        window_end=utc(2027, 1, 1),
    )
    assert len(result.events) == MAX_OCCURRENCES
    assert result.events[0].starts_at == utc(2025, 1, 1, 9)
    assert f"more than {MAX_OCCURRENCES}" in reasons(result)


@pytest.mark.parametrize(
    ("start", "rule"),
    [
        ("DTSTART;TZID=Europe/Berlin:20010304T193000", "FREQ=DAILY;INTERVAL=3"),
        ("DTSTART;TZID=Europe/Berlin:20100104T193000", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"),
        ("DTSTART:20240101T013000Z", "FREQ=HOURLY;INTERVAL=7;BYHOUR=1,8,15,22"),
        ("DTSTART;VALUE=DATE:19990101", "FREQ=DAILY;INTERVAL=10"),
        ("DTSTART;TZID=America/New_York:19950105T200000", "FREQ=WEEKLY;UNTIL=20250601T000000Z"),
        ("DTSTART;TZID=Europe/London:19800331T193000", "FREQ=MONTHLY;INTERVAL=5"),
        ("DTSTART;TZID=Europe/London:19800105T193000", "FREQ=MONTHLY;BYDAY=-1FR,2SA;BYSETPOS=1"),
        ("DTSTART;VALUE=DATE:17700216", "FREQ=YEARLY;INTERVAL=3;BYMONTH=2,3;BYDAY=SU"),
        ("DTSTART:19960229T180000Z", "FREQ=YEARLY;BYMONTH=2,3;BYMONTHDAY=1,28,29"),
        ("DTSTART;TZID=Europe/Berlin:19900101T100000", "FREQ=YEARLY;BYWEEKNO=8,14;BYDAY=MO"),
    ],
)
def test_old_series_give_the_same_dates_as_the_rule_library(start: str, rule: str) -> None:
    """DTSTART is moved forward for speed; the occurrences must not change."""
    import recurring_ical_events

    duration = "DURATION:P1D" if "VALUE=DATE" in start else "DURATION:PT1H"
    text = calendar(vevent("old", start, f"RRULE:{rule}", duration))
    window = {"window_start": utc(2025, 2, 1), "window_end": utc(2025, 5, 1)}
    started = time.monotonic()
    got = [e.starts_at for e in read(text, **window).events]
    assert time.monotonic() - started < 2
    parsed = icalendar.Calendar.from_ical(text.replace("\n", "\r\n"))
    expected = []
    for component in recurring_ical_events.of(parsed).between(utc(2025, 1, 25), utc(2025, 5, 8)):
        moment = component["DTSTART"].dt
        if not isinstance(moment, datetime):
            moment = datetime.combine(moment, datetime.min.time(), BERLIN)
        moment = moment.astimezone(UTC)
        if window["window_start"] <= moment < window["window_end"]:
            expected.append(moment)
    assert got == sorted(expected)[:MAX_OCCURRENCES]
    assert got


def test_old_dense_series_are_fast() -> None:
    started = time.monotonic()
    result = read(calendar(vevent("h", "DTSTART:20050101T000000Z", "RRULE:FREQ=HOURLY")))
    assert time.monotonic() - started < 3
    assert len(result.events) == MAX_OCCURRENCES


def test_many_dense_series_stop_at_the_file_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ics_read, "_FILE_BUDGET", 100_000)
    twice_daily = "RRULE:FREQ=DAILY;BYHOUR=9,21"
    events = [vevent(f"s{i}", "DTSTART:19900101T090000Z", twice_daily) for i in range(8)]
    result = read(calendar(*events))
    assert "too many repeating events" in reasons(result)
    assert result.events  # the first series were expanded


def test_a_busy_real_calendar_fits_the_budget() -> None:
    weekly = [
        vevent(
            f"w{i}",
            f"DTSTART;TZID=Europe/Berlin:2015{i % 12 + 1:02d}0{i % 9 + 1}T190000",
            f"RRULE:FREQ=WEEKLY;BYDAY={['MO', 'TU', 'WE', 'TH', 'FR'][i % 5]}",
        )
        for i in range(120)
    ]
    result = read(calendar(*weekly))
    assert "too many" not in reasons(result)
    assert len({e.uid for e in result.events}) == 120


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY;INTERVAL=1",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31;COUNT=3",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
    ],
)
def test_hostile_rules_are_refused_quickly(rule: str) -> None:
    started = time.monotonic()
    result = read(calendar(vevent("h", "DTSTART:20000101T000000Z", f"RRULE:{rule}")))
    assert time.monotonic() - started < 5
    assert result.events == ()
    assert "VEVENT" in result.skipped[0].what


def test_unreadable_rrule_skips_the_event() -> None:
    result = read(calendar(vevent("bad-rule", "DTSTART:20250115T200000Z", "RRULE:FREQ=SOMETIMES")))
    assert result.events == ()
    assert "RRULE" in reasons(result)


def test_unreadable_exdate_is_ignored_with_note() -> None:
    text = calendar(
        vevent("x", "DTSTART:20250115T200000Z", "RRULE:FREQ=DAILY;COUNT=2", "EXDATE:soon")
    )
    result = read(text)
    assert len(result.events) == 2
    assert "EXDATE" in reasons(result)


def test_todos_are_reported_not_imported() -> None:
    todo = "BEGIN:VTODO\nUID:t\nSUMMARY:Buy strings\nEND:VTODO"
    result = read(calendar(todo, vevent("e", "DTSTART:20250115T200000Z")))
    assert len(result.events) == 1
    assert "VTODO" in reasons(result)


# --------------------------------------------------------------------- writing


def out(**changes: object) -> IcsOutEvent:
    base: dict[str, object] = {
        "uid": "em-1@eventmate",
        "title": "Mahler 2 — Résurrection 🎻",
        "starts_at": utc(2025, 11, 20, 18, 30),
        "ends_at": utc(2025, 11, 20, 21, 0),
        "all_day": False,
        "location": "Konzerthaus; Großer Saal, Wien",
        "description": "Line one\nLine two, with comma; and semicolon \\ backslash",
        "categories": ("concert", "orchestra, symphonic"),
        "kind": "concert",
    }
    base.update(changes)
    return IcsOutEvent(**base)  # type: ignore[arg-type]


SAMPLES = [
    out(),
    out(uid="em-2", all_day=True, starts_at=utc(2025, 6, 13, 22), ends_at=utc(2025, 6, 15, 22)),
    out(uid="em-3", ends_at=None, location="", description="", categories=(), kind=""),
    out(uid="em-4", title="ة" * 60 + " 😀" * 40),
]


def test_write_then_read_gives_equal_fields() -> None:
    data = write_ics(SAMPLES, local_tz=BERLIN)
    result = read(data)
    assert result.skipped == ()
    assert len(result.events) == len(SAMPLES)
    for written, got in zip(SAMPLES, result.events, strict=True):
        assert got.uid == written.uid
        assert got.title == written.title
        assert got.starts_at == written.starts_at
        assert got.ends_at == written.ends_at
        assert got.all_day == written.all_day
        assert got.venue == written.location
        assert got.notes == written.description
        assert got.categories == written.categories
        assert got.kind == written.kind


def test_written_file_reads_back_with_icalendar() -> None:
    data = write_ics(SAMPLES, local_tz=BERLIN, dtstamp=utc(2025, 1, 1))
    parsed = icalendar.Calendar.from_ical(data)
    assert str(parsed["VERSION"]) == "2.0"
    assert str(parsed["PRODID"]) == "-//EventMate//EventMate//EN"
    events = parsed.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [s.uid for s in SAMPLES]
    first, all_day = events[0], events[1]
    assert first["DTSTART"].dt == SAMPLES[0].starts_at
    assert first["DTEND"].dt == SAMPLES[0].ends_at
    assert str(first["SUMMARY"]) == SAMPLES[0].title
    assert str(first["LOCATION"]) == SAMPLES[0].location
    assert str(first["DESCRIPTION"]) == SAMPLES[0].description
    assert [str(c) for c in first["CATEGORIES"].cats] == list(SAMPLES[0].categories)
    assert first["DTSTAMP"].dt == utc(2025, 1, 1)
    assert all_day["DTSTART"].dt == date(2025, 6, 14)
    assert all_day["DTEND"].dt == date(2025, 6, 16)
    assert all_day["DTSTART"].params.get("VALUE") == "DATE"


def test_written_file_is_folded_crlf_utf8() -> None:
    data = write_ics(SAMPLES, local_tz=BERLIN)
    assert data.endswith(b"\r\n")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # never a split character
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"DTSTART:20251120T183000Z" in data


def test_write_is_reproducible_with_dtstamp() -> None:
    first = write_ics(SAMPLES, dtstamp=utc(2025, 1, 1), local_tz=BERLIN)
    assert first == write_ics(SAMPLES, dtstamp=utc(2025, 1, 1), local_tz=BERLIN)


def test_write_cleans_and_fills_in() -> None:
    odd = out(
        uid="",
        title="Bad\x00\x07 title",
        ends_at=utc(2025, 11, 20, 18),
        starts_at=utc(2025, 11, 20, 18, 30, 0, 999),
    )
    [event] = read(write_ics([odd])).events
    assert event.uid.startswith("eventmate-")
    assert event.title == "Bad title"
    assert event.starts_at == utc(2025, 11, 20, 18, 30)  # microseconds dropped
    assert event.ends_at is None  # an end before the start is not written


def test_write_nothing_is_a_valid_empty_calendar() -> None:
    data = write_ics([])
    assert isinstance(icalendar.Calendar.from_ical(data), icalendar.Calendar)
    result = read(data)
    assert result.fatal is None
    assert result.events == ()


# --------------------------------------------------------------------- fuzzing

VALID = [p.read_bytes() for p in [*FIXTURES, *REALWORLD] if p.suffix == ".ics" and p.stat().st_size]
TOKENS = [
    b"BEGIN:VEVENT",
    b"END:VEVENT",
    b"BEGIN:VCALENDAR",
    b"END:VCALENDAR",
    b"BEGIN:VTIMEZONE",
    b"DTSTART:20250101T000000Z",
    b"DTSTART;TZID=Nowhere:20250101T000000",
    b"DTSTART;VALUE=DATE:2025",
    b"DTEND:19000101T000000Z",
    b"RRULE:FREQ=MINUTELY",
    b"RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    b"RRULE:FREQ=WEEKLY;UNTIL=2",
    b"RECURRENCE-ID:20250101",
    b"EXDATE:x",
    b"RDATE;VALUE=PERIOD:20250101T000000Z/PT1H",
    b"DURATION:-P1D",
    b"STATUS:CANCELLED",
    b"METHOD:CANCEL",
    b"X-WR-TIMEZONE:Europe/Berlin",
    b"SEQUENCE:x",
    b'ORGANIZER;CN="unterminated:mailto:x',
    b" folded",
    b"\xff\xfe",
    b"\x00",
    b";;::",
]


@st.composite
def mutated_calendars(draw: st.DrawFn) -> bytes:
    lines = draw(st.sampled_from(VALID)).split(b"\n")
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.integers(0, max(0, len(lines) - 1)))
        action = draw(st.sampled_from(["drop", "dup", "token", "junk", "cut", "swap", "flip"]))
        if action == "drop" and lines:
            del lines[index]
        elif action == "dup" and lines:
            lines.insert(index, lines[index])
        elif action == "token":
            lines.insert(index, draw(st.sampled_from(TOKENS)))
        elif action == "junk":
            lines.insert(index, draw(st.binary(max_size=40)))
        elif action == "cut":
            lines = lines[:index]
        elif action == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "flip" and lines and lines[index]:
            line = bytearray(lines[index])
            line[draw(st.integers(0, len(line) - 1))] = draw(st.integers(0, 255))
            lines[index] = bytes(line)
    return b"\n".join(lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    assert_well_formed(read(data))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_calendars())
def test_mutated_calendars_never_raise(data: bytes) -> None:
    assert_well_formed(read(data))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            out,
            uid=st.from_regex(r"[A-Za-z0-9@._-]{1,30}", fullmatch=True),
            title=st.text(max_size=80),
            location=st.text(max_size=80),
            description=st.text(max_size=300),
            categories=st.lists(st.text(max_size=20), max_size=4).map(tuple),
            starts_at=st.datetimes(
                min_value=datetime(1900, 1, 2),
                max_value=datetime(2100, 1, 1),
                timezones=st.just(UTC),
            ),
            ends_at=st.none(),
            all_day=st.booleans(),
        ),
        max_size=4,
        unique_by=lambda event: event.uid,
    )
)
def test_any_written_file_reads_back(events: list[IcsOutEvent]) -> None:
    result = read(write_ics(events, local_tz=BERLIN))
    assert result.fatal is None
    assert_well_formed(result)
    assert [e.uid for e in result.events] == [e.uid for e in events]

    def line(text: str, limit: int = 500) -> str:
        return clean_line(text.replace("\ufeff", ""), limit=limit).text  # BOMs are dropped

    for written, got in zip(events, result.events, strict=True):
        assert got.title == line(written.title)
        assert got.venue == line(written.location)
        assert got.notes == clean_text(written.description.replace("\ufeff", "")).text.strip()
        expected = [line(c, limit=100) for c in written.categories]
        assert got.categories == tuple(dict.fromkeys(c for c in expected if c))
        if written.all_day:
            assert (
                got.starts_at.astimezone(BERLIN).date()
                == written.starts_at.astimezone(BERLIN).date()
            )
        else:
            assert got.starts_at == written.starts_at.replace(microsecond=0)
