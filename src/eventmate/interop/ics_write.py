"""Writing events as an iCalendar (.ics) file that other calendars import.

The output is one VCALENDAR (VERSION 2.0, PRODID, CALSCALE) with one VEVENT per event:
UID, DTSTAMP, SUMMARY, DTSTART/DTEND in UTC (``...Z``) or as ``VALUE=DATE`` for all-day
events, RECURRENCE-ID for an occurrence of another calendar's repeating event, LOCATION,
DESCRIPTION, CATEGORIES and EventMate's own ``X-EVENTMATE-KIND``.
Lines end in CRLF and are folded at 75 octets by icalendar, which never splits a
UTF-8 character. Times are written to the second (microseconds are dropped).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

import icalendar

from eventmate.domain.text import LINE_MAX, clean_line, clean_text
from eventmate.interop.ics_model import KIND


def _escape(text: str) -> str:
    """Escape TEXT as RFC 5545 section 3.3.11 says, keeping every backslash.

    icalendar 7.3's own escaping first turns a literal backslash-N into a line break,
    so a Windows path such as ``C:\\New`` would come back changed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


class _Text(icalendar.vText):
    """A TEXT value written with :func:`_escape`."""

    def to_ical(self) -> bytes:
        return _escape(str(self)).encode("utf-8")


class _Categories(icalendar.vCategory):
    """A CATEGORIES value whose items are written with :func:`_escape`."""

    def to_ical(self) -> bytes:
        return ",".join(_escape(str(item)) for item in self.cats).encode("utf-8")


@dataclass(frozen=True, slots=True)
class IcsOutEvent:
    """One event to export.

    Attributes:
        uid: Stable identifier; a content hash is used when empty.
        title: SUMMARY.
        starts_at: Start; aware (naive is taken as UTC).
        ends_at: Exclusive end, or None. For all-day events the local date of
            ``ends_at`` is the exclusive DTEND date (None means one day).
        all_day: Write dates (``VALUE=DATE``) in ``local_tz`` instead of UTC times.
        location: LOCATION ("" leaves it out).
        description: DESCRIPTION ("" leaves it out).
        categories: CATEGORIES (empty leaves it out).
        kind: EventMate's event kind, written as ``X-EVENTMATE-KIND`` ("" leaves it out).
        recurrence_id: For one occurrence of a repeating event (several events sharing
            ``uid``): its start, written as RECURRENCE-ID (a date for all-day events).
    """

    uid: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    all_day: bool
    location: str
    description: str
    categories: tuple[str, ...]
    kind: str
    recurrence_id: datetime | None = None


def write_ics(
    events: Iterable[IcsOutEvent],
    *,
    prodid: str = "-//EventMate//EventMate//EN",
    local_tz: tzinfo | None = None,
    dtstamp: datetime | None = None,
) -> bytes:
    """Serialise events as an iCalendar file.

    Args:
        events: The events to write, in order.
        prodid: The PRODID naming the writing program.
        local_tz: Zone in which all-day events' dates are taken; None means the system's.
        dtstamp: DTSTAMP for every event (default: now), for reproducible output.

    Returns:
        The file's bytes (UTF-8, CRLF line ends).
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", _line(prodid) or "-//EventMate//EventMate//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = _utc(dtstamp if dtstamp is not None else datetime.now(UTC))
    for event in events:
        calendar.add_component(_vevent(event, stamp, local_tz))
    result: bytes = calendar.to_ical()
    return result


def _line(text: str, limit: int = LINE_MAX) -> str:
    """One-line text as stored, without stray byte order marks (icalendar drops them)."""
    return clean_line(text.replace("\ufeff", ""), limit=limit).text


def _vevent(event: IcsOutEvent, stamp: datetime, local_tz: tzinfo | None) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", _Text(_line(event.uid) or _made_uid(event)))
    component.add("dtstamp", stamp)
    component.add("summary", _Text(_line(event.title)))
    if event.all_day:
        first = _local_date(event.starts_at, local_tz)
        component.add("dtstart", first)
        if event.ends_at is not None:
            last = _local_date(event.ends_at, local_tz)
            component.add("dtend", last if last > first else first + timedelta(days=1))
    else:
        start = _utc(event.starts_at)
        component.add("dtstart", start)
        if event.ends_at is not None and _utc(event.ends_at) > start:
            component.add("dtend", _utc(event.ends_at))
    if event.recurrence_id is not None:
        original = event.recurrence_id
        component.add(
            "recurrence-id",
            _local_date(original, local_tz) if event.all_day else _utc(original),
        )
    location = _line(event.location)
    if location:
        component.add("location", _Text(location))
    description = clean_text(event.description.replace("\ufeff", "")).text.strip()
    if description:
        component.add("description", _Text(description))
    categories = [t for t in (_line(c, limit=100) for c in event.categories) if t]
    if categories:
        component.add("categories", _Categories(list(dict.fromkeys(categories))))
    kind = _line(event.kind)
    if kind:
        component.add(KIND, _Text(kind))
    return component


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def _local_date(moment: datetime, local_tz: tzinfo | None) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment.astimezone(local_tz) if local_tz is not None else moment.astimezone()).date()


def _made_uid(event: IcsOutEvent) -> str:
    basis = "\x1f".join((event.title, event.starts_at.isoformat(), event.location))
    return "eventmate-" + hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:32]
