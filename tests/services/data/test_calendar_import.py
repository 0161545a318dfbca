"""Calendar import: preview, known events by UID, the range for repeats, all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import NOW
from eventmate.domain.kinds import EventKind
from eventmate.services.container import Services
from eventmate.storage.engine import Database

DATA = Path(__file__).parents[2] / "data" / "ics"
REALWORLD = sorted((DATA / "realworld").glob("*.ics"))
BERLIN = ZoneInfo("Europe/Berlin")


def calendar(*events: str, method: str = "") -> bytes:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    if method:
        head += f"METHOD:{method}\r\n"
    return (head + "".join(events) + "END:VCALENDAR\r\n").encode()


def vevent(uid: str, summary: str, start: str, *extra: str) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T120000Z",
        f"SUMMARY:{summary}",
        f"DTSTART{start}",
        *extra,
        "END:VEVENT",
    ]
    return "\r\n".join(lines) + "\r\n"


GALA = vevent(
    "gala-1@example.org",
    "Autumn Gala concert",
    ";TZID=Europe/Berlin:20261203T193000",
    "DTEND;TZID=Europe/Berlin:20261203T220000",
    "LOCATION:Philharmonie",
    "CATEGORIES:Strings,Donors",
    "DESCRIPTION:Bring the score\\nand a pencil",
)
ALL_DAY = vevent(
    "fest-1@example.org", "Festival", ";VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261212"
)
WEEKLY = vevent(
    "weekly-1@example.org",
    "Choir rehearsal",
    ";TZID=Europe/Berlin:20261202T193000",
    "DTEND;TZID=Europe/Berlin:20261202T213000",
    "RRULE:FREQ=WEEKLY;BYDAY=WE",
)
BROKEN = vevent("broken-1@example.org", "Broken start", ":not-a-date")


def test_preview_reads_times_all_day_and_kinds(services: Services) -> None:
    preview = services.calendar_import.preview(calendar(GALA, ALL_DAY), local_tz=BERLIN)
    assert preview.fatal is None
    gala, festival = (item.draft for item in preview.items)
    assert gala.title == "Autumn Gala concert"
    assert gala.starts_at == datetime(2026, 12, 3, 18, 30, tzinfo=UTC)
    assert gala.ends_at == datetime(2026, 12, 3, 21, 0, tzinfo=UTC)
    assert gala.kind is EventKind.CONCERT
    assert gala.venue == "Philharmonie"
    assert gala.tags == ("Strings", "Donors")
    assert gala.notes == "Bring the score\nand a pencil"
    assert festival.all_day
    assert festival.kind is EventKind.FESTIVAL
    assert festival.starts_at == datetime(2026, 12, 9, 23, 0, tzinfo=UTC)  # Berlin midnight
    assert festival.ends_at is not None
    assert festival.ends_at < datetime(2026, 12, 11, 23, 0, tzinfo=UTC)  # inclusive last minute
    assert [item.duplicate for item in preview.items] == [False, False]


def test_import_then_reimport_adds_nothing_twice(services: Services) -> None:
    data = calendar(GALA, ALL_DAY)
    first = services.calendar_import.commit(services.calendar_import.preview(data))
    assert (first.imported, first.duplicates) == (2, 0)
    again = services.calendar_import.preview(data)
    assert again.duplicates == 2
    assert again.new == ()
    second = services.calendar_import.commit(again)
    assert second.imported == 0
    listing = services.events.list_events()
    assert len(listing.upcoming) == 2
    detail = services.events.get(first.event_uids[0])
    assert detail is not None
    assert detail.ical_uid == "gala-1@example.org"
    assert detail.tags == ("Donors", "Strings")


def test_the_same_preview_committed_twice_imports_once(services: Services) -> None:
    preview = services.calendar_import.preview(calendar(GALA))
    assert services.calendar_import.commit(preview).imported == 1
    result = services.calendar_import.commit(preview)
    assert (result.imported, result.duplicates) == (0, 1)


def test_recurring_events_follow_the_chosen_range(services: Services) -> None:
    default = services.calendar_import.preview(calendar(WEEKLY))
    assert default.window_start == NOW
    assert default.window_end - default.window_start == timedelta(days=183)
    assert 20 <= len(default.items) <= 28  # about six months of Wednesdays
    start = datetime(2026, 12, 1, tzinfo=UTC)
    two_weeks = services.calendar_import.preview(
        calendar(WEEKLY), window=(start, start + timedelta(days=14))
    )
    starts = [item.draft.starts_at for item in two_weeks.items]
    assert starts == [
        datetime(2026, 12, 2, 18, 30, tzinfo=UTC),
        datetime(2026, 12, 9, 18, 30, tzinfo=UTC),
    ]
    assert {item.uid for item in two_weeks.items} == {"weekly-1@example.org"}
    assert all(item.recurrence_id for item in two_weeks.items)
    with pytest.raises(ValueError, match="end after"):
        services.calendar_import.preview(calendar(WEEKLY), window=(start, start))


def test_invitations_are_imported_and_reported(services: Services) -> None:
    preview = services.calendar_import.preview(calendar(GALA, method="REQUEST"))
    assert preview.method == "REQUEST"
    assert len(preview.new) == 1


def test_a_broken_component_is_skipped_with_a_reason_and_the_rest_imported(
    services: Services,
) -> None:
    preview = services.calendar_import.preview(calendar(GALA, BROKEN))
    assert [item.draft.title for item in preview.items] == ["Autumn Gala concert"]
    assert len(preview.skipped) >= 1
    assert any("Broken start" in problem.what for problem in preview.skipped)
    assert all(problem.reason for problem in preview.skipped)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, not a calendar",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEV",
        b"\xff\xfe\x00",
    ],
)
def test_unreadable_files_are_fatal_with_a_message(services: Services, data: bytes) -> None:
    preview = services.calendar_import.preview(data)
    assert preview.fatal
    assert preview.items == ()


def test_missing_and_huge_files(services: Services, tmp_path: Path) -> None:
    missing = services.calendar_import.preview_file(tmp_path / "nope.ics")
    assert missing.fatal is not None
    assert "Cannot read it" in missing.fatal
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as handle:
        handle.truncate(20_000_001)
    assert "too large" in (services.calendar_import.preview_file(huge).fatal or "")


def test_import_is_all_or_nothing(
    services: Services, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventmate.services.data.calendar_import as module

    preview = services.calendar_import.preview(calendar(GALA, ALL_DAY))
    calls = {"n": 0}
    real = module.apply_draft

    def fail_on_second(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "apply_draft", fail_on_second)
    with pytest.raises(OSError, match="disk full"):
        services.calendar_import.commit(preview)
    listing = services.events.list_events()
    assert listing.upcoming == ()
    assert listing.past == ()


def test_a_backup_is_taken_before_importing(services: Services, data_dir: Path) -> None:
    result = services.calendar_import.commit(services.calendar_import.preview(calendar(GALA)))
    assert result.backup is not None
    assert result.backup.exists()
    assert result.backup.parent == data_dir / "backups"


def test_untitled_events_get_a_title(services: Services) -> None:
    event = vevent("u@x", "", ":20261203T193000Z").replace("SUMMARY:\r\n", "")
    preview = services.calendar_import.preview(calendar(event))
    assert preview.items[0].draft.title == "Untitled event"


@pytest.mark.parametrize("path", REALWORLD, ids=[p.name for p in REALWORLD])
def test_real_world_files_preview_and_import_cleanly(services: Services, path: Path) -> None:
    preview = services.calendar_import.preview_file(path)
    if preview.fatal is not None:
        assert preview.items == ()
        return
    for problem in preview.skipped:
        assert problem.what
        assert problem.reason
    result = services.calendar_import.commit(preview, backup=False)
    assert result.imported == len(preview.new)
    again = services.calendar_import.preview_file(path)
    assert again.new == ()  # everything is recognised as already imported
