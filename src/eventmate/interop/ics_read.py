"""Reading iCalendar (.ics) files into plain event records.

The reader is built for files as real clients write them (Google, Outlook/Exchange,
Apple, Thunderbird, Fastmail, web sites): several VCALENDARs in one file, byte order
marks, UTF-16, LF-only or CR-only line ends, Windows time zone names, VTIMEZONEs after
the events that use them, unescaped line breaks inside values, broken properties.

It never raises for any input bytes. What it cannot use is reported:

* ``IcsReadResult.fatal`` when nothing at all could be read (empty file, not a calendar,
  garbage, a calendar cut off before ``END:VCALENDAR``);
* ``IcsReadResult.skipped`` for each event left out (no or invalid DTSTART, cancelled,
  unreadable repeat rule) and for warnings about what was imported with a change (an
  unknown time zone read as local time, a repetition cut at :data:`MAX_OCCURRENCES`,
  a shortened text, a duplicate UID, a damaged calendar whose readable events were kept).

Times:

* every ``starts_at``/``ends_at`` is an aware datetime in UTC;
* ``TZID`` is resolved per file: IANA names, Windows names ("W. Europe Standard Time"),
  the file's own VTIMEZONE, Outlook's ``tzone://Microsoft/...``, vendor prefixes
  (``/freeassociation.sourceforge.net/Europe/X``), then a fixed "(UTC+01:00) ..." offset.
  A TZID that cannot be resolved is read like a floating time, with a warning;
* floating times (no TZID, no ``Z``) use the calendar's ``X-WR-TIMEZONE`` when it names
  a known zone, else ``local_tz`` (default: the system's local time). As Google means
  it, X-WR-TIMEZONE also turns UTC times into that zone's wall clock, so a weekly series
  written in UTC keeps its local hour across daylight saving changes;
* all-day events (``VALUE=DATE``, or Outlook's midnight-to-midnight times flagged
  ``X-MICROSOFT-CDO-ALLDAYEVENT:TRUE``) start at midnight in ``local_tz``; ``ends_at``
  is the exclusive end, midnight after the last day (one day when there is no DTEND);
* a timed event without DTEND or DURATION, or whose end is not after its start, has
  ``ends_at`` None.

Recurrence: occurrences of repeating events (RRULE/RDATE/EXDATE, instances overridden or
cancelled by RECURRENCE-ID) are imported only when they start within ``[window_start,
window_end)``; each keeps the series' UID and gets ``recurrence_id``, the occurrence's
original start in ISO form. Events that do not repeat, including a lone overridden
instance whose series is not in the file, are imported whatever their date: the window
applies to recurrence expansion only. Expansion is bounded: SECONDLY and MINUTELY rules,
rules that never match, rules too dense to walk and series beyond a per-file work budget
are refused with a reason; old series are moved forward by whole intervals first, which
leaves their dates unchanged but spares walking decades of occurrences.

Other decisions: METHOD:REQUEST and other invitations are read like any calendar (the
first METHOD is reported); METHOD:CANCEL and STATUS:CANCELLED events are skipped with a
reason; VTODO/VJOURNAL are counted in ``skipped``; an event without UID gets a stable
one made from its content; of events sharing UID and RECURRENCE-ID the highest SEQUENCE
(then the later one) wins; ``city`` stays "" because iCalendar has no field that clearly
names a city (LOCATION is kept whole as ``venue``); Google's invitation footer is removed
from ``notes``.
"""

from __future__ import annotations

import codecs
import hashlib
import math
import re
import warnings
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, cast

import icalendar
import recurring_ical_events  # type: ignore[import-untyped, unused-ignore]
from dateutil.rrule import rrulestr  # type: ignore[import-untyped, unused-ignore]
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from eventmate.domain.text import clean_line, clean_text

#: Most occurrences imported from one repeating event; the rest is reported.
MAX_OCCURRENCES = 500

# Estimated rule iterations (periods x candidates) above which a series is not expanded.
_MAX_RULE_STEPS = 100_000
# Extra span queried around the window so floating and all-day times are never missed.
_SLACK = timedelta(days=2)
# A repetition is expanded in at most this many slices, so the cap stops work early.
_SLICES = 24
# Occurrence rescans allowed for slicing one series (each slice rescans from DTSTART).
_SCAN_BUDGET = 1_000_000
# Estimated work (in rule iterations) allowed for all series of one file together,
# about ten seconds; a real calendar with hundreds of weekly series stays far below.
_FILE_BUDGET = 1_500_000
# How many rule iterations one imported occurrence costs (it is copied and converted).
_YIELD_COST = 50
# How many times cheaper the rule library checks a candidate date than it yields one.
_CHEAP = 50
_MARK_NO_END = "X-EVENTMATE-NO-END"
_KIND = "X-EVENTMATE-KIND"
_DATE_PROPS = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")
_HEADER_PROPS = frozenset({"VERSION", "PRODID", "METHOD", "CALSCALE", "X-WR-TIMEZONE"})
_ZONE_RULE_PARTS = frozenset(
    {"FREQ", "INTERVAL", "UNTIL", "COUNT", "BYMONTH", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "WKST"}
)
_CONTENT_LINE = re.compile(r"[A-Za-z0-9-]+[;:]")
_UTC_OFFSET_NAME = re.compile(r"^\(?\s*(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?")
# Google's invitation footer: a "-::~:~::~..." line, the boilerplate, the same line again.
_GOOGLE_FOOTER = re.compile(r"\n*-::~[:~]{20,}::-\n(?:.*\n)*?-::~[:~]{20,}::-\n?")
_FREQ_SECONDS = {
    "YEARLY": 366 * 86400,
    "MONTHLY": 31 * 86400,
    "WEEKLY": 7 * 86400,
    "DAILY": 86400,
    "HOURLY": 3600,
}
_DAYS_PER_PERIOD = {"YEARLY": 366, "MONTHLY": 31, "WEEKLY": 7}
_DAY_PARTS = ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY")
_STEP_UNITS = {
    "HOURLY": timedelta(hours=1),
    "DAILY": timedelta(days=1),
    "WEEKLY": timedelta(days=7),
}


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """One imported event, or one occurrence of a repeating event.

    Attributes:
        uid: The event's UID (a stable hash of its content when the file has none).
        title: SUMMARY, one line; "" when the event has none.
        starts_at: Start, aware UTC.
        ends_at: Exclusive end, aware UTC; None when the file gives no usable end.
        all_day: True for date-only (``VALUE=DATE``) events.
        venue: LOCATION, kept whole on one line.
        city: Always "" for now: iCalendar has no field that clearly names a city.
        notes: DESCRIPTION, multi-line text.
        host: ORGANIZER's CN, or its address without ``mailto:``.
        categories: CATEGORIES, in file order, without duplicates.
        tzid: The TZID written on DTSTART, "" for UTC, floating and all-day times.
        recurrence_id: "" for a single event; for an occurrence its original start
            (UTC ISO datetime, or ISO date for all-day series).
        kind: EventMate's own ``X-EVENTMATE-KIND`` (written by :func:`write_ics`), or "".
    """

    uid: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    all_day: bool
    venue: str
    city: str
    notes: str
    host: str
    categories: tuple[str, ...]
    tzid: str
    recurrence_id: str
    kind: str = ""


@dataclass(frozen=True, slots=True)
class IcsProblem:
    """Something left out or changed, for the import preview.

    Attributes:
        what: What it is about, e.g. ``VEVENT "Gala" (UID abc)`` or ``time zone "X"``.
        reason: Why, in plain words.
    """

    what: str
    reason: str


@dataclass(frozen=True, slots=True)
class IcsReadResult:
    """Everything :func:`read_ics` found.

    Attributes:
        events: Imported events and occurrences, in file order.
        skipped: Events left out and warnings, in the order they were met.
        method: The first METHOD in the file (e.g. "REQUEST", "PUBLISH"), or "".
        fatal: Set when nothing at all could be read; ``events`` is then empty.
    """

    events: tuple[IcsEvent, ...]
    skipped: tuple[IcsProblem, ...]
    method: str
    fatal: str | None


def read_ics(
    data: bytes,
    *,
    window_start: datetime,
    window_end: datetime,
    local_tz: tzinfo | None = None,
    max_bytes: int = 20_000_000,
) -> IcsReadResult:
    """Read the events of an iCalendar file.

    Args:
        data: The file's bytes, any encoding damage included.
        window_start: Earliest start of an imported occurrence of a repeating event.
        window_end: Exclusive latest start of such an occurrence.
        local_tz: Zone for floating times and all-day dates; None means the system's.
        max_bytes: Larger files are refused with a fatal message.

    Returns:
        The events, the problems and the calendar METHOD; ``fatal`` set when nothing
        could be read. Never raises because of the data.

    Raises:
        ValueError: If ``window_start`` or ``window_end`` is naive (a programming error).
    """
    if window_start.tzinfo is None or window_end.tzinfo is None:
        raise ValueError("window_start and window_end must be timezone-aware")
    if len(data) > max_bytes:
        return IcsReadResult(
            (), (), "", f"The file is too large ({len(data):,} bytes; the limit is {max_bytes:,})."
        )
    reader = _Reader(window_start.astimezone(UTC), window_end.astimezone(UTC), local_tz)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # icalendar's guesses are reported by us instead
            return reader.read(data)
    except Exception as exc:  # a last line of defence: the caller must get a result
        message = f"The file could not be read: {_message(exc)}"
        return IcsReadResult((), tuple(reader.problems), "", message)


# ---------------------------------------------------------------------------- text level


def _decode(data: bytes) -> tuple[str, str | None]:
    """Decode the bytes: BOMs, UTF-8, UTF-16, then Windows-1252 as a fallback."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    for marker, encoding in ((b"B\x00E\x00G\x00", "utf-16-le"), (b"\x00B\x00E\x00G", "utf-16-be")):
        if data.startswith(marker):  # UTF-16 without a BOM
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                break
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "not valid UTF-8; read as Windows-1252"


def _logical_lines(text: str) -> list[str]:
    """Unfold the text into content lines and repair unescaped line breaks.

    A physical line that neither continues a folded line nor starts like a content
    line (``NAME:`` or ``NAME;``) is taken as a raw line break inside the previous
    value, which some generators write; it is joined back as an escaped ``\\n``.
    """
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            continue
        if raw[0] in " \t" and lines:
            lines[-1] += raw[1:]
        elif not lines or _CONTENT_LINE.match(raw):
            lines.append(raw.rstrip() if raw.upper().startswith(("BEGIN:", "END:")) else raw)
        else:
            lines[-1] += "\\n" + raw
    return lines


@dataclass
class _Blocks:
    calendars: list[list[str]] = field(default_factory=list)
    cut_off: int = 0
    stray: int = 0


def _split_calendars(lines: list[str]) -> _Blocks:
    """Split content lines into VCALENDAR blocks; count cut-off blocks and stray lines."""
    found = _Blocks()
    current: list[str] | None = None
    for line in lines:
        key = line.strip().upper()
        if key == "BEGIN:VCALENDAR":
            if current is not None:
                found.cut_off += 1
            current = [line]
        elif current is None:
            found.stray += 1
        else:
            current.append(line)
            if key == "END:VCALENDAR":
                found.calendars.append(current)
                current = None
    if current is not None:
        found.cut_off += 1
    return found


def _sub_blocks(block: list[str]) -> tuple[list[str], list[list[str]]]:
    """Split a VCALENDAR block into its own property lines and its direct components."""
    header: list[str] = []
    parts: list[list[str]] = []
    depth = 0
    for line in block[1:-1]:
        key = line.strip().upper()
        if key.startswith("BEGIN:"):
            if depth == 0:
                parts.append([])
            depth += 1
        if depth:
            parts[-1].append(line)
        else:
            header.append(line)
        if key.startswith("END:") and depth:
            depth -= 1
    return header, parts


def _parse_calendar(lines: list[str]) -> icalendar.Calendar:
    """Parse one VCALENDAR block with icalendar; raise ValueError when it is not one."""
    parsed = icalendar.Calendar.from_ical("\r\n".join(lines) + "\r\n")
    if not isinstance(parsed, icalendar.Calendar):
        raise ValueError("not a VCALENDAR")
    return parsed


def _parse_part(part: list[str]) -> icalendar.Calendar:
    """Parse one component alone; if that fails, once more without its alarms."""
    try:
        return _parse_calendar(["BEGIN:VCALENDAR", *part, "END:VCALENDAR"])
    except Exception:
        own, nested = _sub_blocks(part)
        if not nested:
            raise
        return _parse_calendar(["BEGIN:VCALENDAR", part[0], *own, part[-1], "END:VCALENDAR"])


def _message(error: Exception) -> str:
    """The first line of an error message, shortened, for a problem's reason."""
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else type(error).__name__


def _first_value(lines: list[str], name: str) -> str:
    """Return the raw value of the first ``name`` line (for naming unreadable events)."""
    for line in lines:
        head, sep, value = line.partition(":")
        if sep and head.split(";", 1)[0].strip().upper() == name:
            return value.replace("\\,", ",").replace("\\;", ";")
    return ""


# ---------------------------------------------------------------------------- time zones


@lru_cache(maxsize=1)
def _zone_names_folded() -> dict[str, str]:
    try:
        return {name.casefold(): name for name in zoneinfo.available_timezones()}
    except Exception:
        return {}


def _zone(name: str) -> tzinfo | None:
    """Return the IANA zone ``name`` (case-insensitive), or None."""
    name = name.strip()
    if not name or len(name) > 80:
        return None
    iana_like = "/" in name and " " not in name  # only then worth the one-off scan
    folded = _zone_names_folded().get(name.casefold(), "") if iana_like else ""
    for candidate in (name, folded):
        if not candidate:
            continue
        try:
            return zoneinfo.ZoneInfo(candidate)
        except Exception:  # noqa: S112 - not found, or not a valid key at all
            continue
    return None


def _windows_zone(name: str) -> tzinfo | None:
    olson = WINDOWS_TO_OLSON.get(name.strip())
    return _zone(olson) if olson else None


def _offset_zone(name: str) -> tzinfo | None:
    """Read "(UTC+01:00) Amsterdam, ...", "GMT-0500", "UTC+2" as a fixed offset."""
    match = _UTC_OFFSET_NAME.match(name.strip())
    if not match:
        return None
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if match.group(1) == "-" else delta)


def _vtimezone_zone(component: icalendar.Timezone) -> tzinfo | None:
    """Build a zone from a VTIMEZONE, refusing definitions that cannot be real.

    Real zone rules repeat yearly on a month and a weekday or day; anything denser would
    make every offset lookup slow, so such definitions are not used.
    """
    try:
        for sub in component.subcomponents:
            rule: Any = sub.get("RRULE")
            for one in rule if isinstance(rule, list) else [rule] if rule is not None else []:
                if str(one.get("FREQ", [""])[0]).upper() != "YEARLY":
                    return None
                if not set(one.keys()) <= _ZONE_RULE_PARTS:
                    return None
        zone: tzinfo = component.to_tz(lookup_tzid=False)
        zone.utcoffset(datetime(2020, 1, 1, tzinfo=zone))
        zone.utcoffset(datetime(2020, 7, 1, tzinfo=zone))
    except Exception:
        return None
    return zone


class _Zones:
    """Resolves TZIDs for one calendar, with the calendar's own VTIMEZONEs."""

    def __init__(self, calendar: icalendar.Calendar) -> None:
        self._definitions: dict[str, icalendar.Timezone] = {}
        for component in calendar.subcomponents:
            if isinstance(component, icalendar.Timezone):
                tzid = _prop_text(component.get("TZID"))
                self._definitions.setdefault(tzid, component)
        self._cache: dict[str, tzinfo | None] = {}
        wr_timezone = _prop_text(calendar.get("X-WR-TIMEZONE")).strip()
        #: Zone for floating times: X-WR-TIMEZONE when it names a real zone.
        self.default = self.resolve(wr_timezone) if wr_timezone else None

    def resolve(self, tzid: str) -> tzinfo | None:
        """Return the zone for ``tzid``, or None when it cannot be resolved."""
        if tzid not in self._cache:
            self._cache[tzid] = self._lookup(tzid)
        return self._cache[tzid]

    def _lookup(self, tzid: str) -> tzinfo | None:
        name = tzid.strip().strip('"').strip()
        zone = _zone(name) or _windows_zone(name)
        if zone is not None:
            return zone
        definition = self._definitions.get(tzid) or self._definitions.get(name)
        if definition is not None:
            zone = _vtimezone_zone(definition)
            if zone is not None:
                return zone
        lowered = name.lower()
        if lowered.startswith("tzone://microsoft/"):
            rest = name[len("tzone://microsoft/") :]
            return _zone("UTC") if rest.lower() == "utc" else _windows_zone(rest) or _zone(rest)
        if name.startswith("/"):
            parts = name.strip("/").split("/")
            for start in range(1, len(parts)):
                zone = _zone("/".join(parts[start:]))
                if zone is not None:
                    return zone
        return _offset_zone(name)


# ---------------------------------------------------------------------------- values


def _prop_text(value: Any) -> str:
    """Return a property's text ("" when absent or unreadable)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return ""
    try:
        return str(value).replace("\ufeff", "")  # stray byte order marks from joined files
    except Exception:
        return ""


def _when(component: icalendar.Component, name: str) -> date | None:
    """The date or date-time of a single property; None when absent or of another type."""
    prop: Any = component.get(name)
    value = getattr(prop, "dt", None) if not isinstance(prop, list) else None
    return value if isinstance(value, date) else None


def _start(component: icalendar.Component) -> date:
    """The DTSTART of a checked component (see ``_Reader._prepare``)."""
    value = _when(component, "DTSTART")
    if value is None:
        raise ValueError("no start time (DTSTART)")
    return value


def _dates(component: icalendar.Component, name: str) -> list[date]:
    """All dates of a list property such as RDATE or EXDATE (period starts included)."""
    found: list[date] = []
    value: Any = component.get(name)
    for prop in value if isinstance(value, list) else [value] if value is not None else []:
        for item in getattr(prop, "dts", []):
            moment = item.dt[0] if isinstance(item.dt, tuple) else item.dt
            if isinstance(moment, date):
                found.append(moment)
    return found


def _duration(component: icalendar.Component) -> timedelta | None:
    prop: Any = component.get("DURATION")
    value = getattr(prop, "dt", None) if not isinstance(prop, list) else None
    return value if isinstance(value, timedelta) else None


def _date_props(event: icalendar.Component) -> Iterator[Any]:
    """Every single date value (vDDDTypes) of the event's date properties."""
    for name in _DATE_PROPS:
        value: Any = event.get(name)
        for prop in value if isinstance(value, list) else [value]:
            if prop is not None:
                items = getattr(prop, "dts", None)
                yield from items if items is not None else [prop]


def _midnights_to_dates(event: icalendar.Event) -> None:
    """Outlook's all-day flag: midnight-to-midnight date-times become dates."""
    start, end = _when(event, "DTSTART"), _when(event, "DTEND")
    if not isinstance(start, datetime) or start.time() != time():
        return
    if end is not None and (not isinstance(end, datetime) or end.time() != time()):
        return
    for item in _date_props(event):
        if isinstance(item.dt, datetime) and item.dt.time() == time():
            item.dt = item.dt.date()


def _days_per_period(rule: Any, freq: str) -> float:
    """At most how many days of one period a rule yields (each BY part only restricts)."""
    if freq not in _DAYS_PER_PERIOD:
        return 1.0
    yearly, monthly = freq == "YEARLY", freq == "MONTHLY"
    if not any(rule.get(part) for part in _DAY_PARTS):
        return float(len(rule.get("BYMONTH", [])) or 1) if yearly else 1.0
    bounds = [float(_DAYS_PER_PERIOD[freq])]
    if rule.get("BYDAY"):
        bounds.append(len(rule["BYDAY"]) * (53.0 if yearly else 5.0 if monthly else 1.0))
    if rule.get("BYMONTHDAY"):
        bounds.append(len(rule["BYMONTHDAY"]) * (12.0 if yearly else 1.0))
    if rule.get("BYYEARDAY"):
        bounds.append(float(len(rule["BYYEARDAY"])))
    if rule.get("BYWEEKNO"):
        bounds.append(len(rule["BYWEEKNO"]) * 7.0)
    return min(bounds)


def _is_broken(value: Any) -> bool:
    if isinstance(value, list):
        return any(_is_broken(item) for item in value)
    return isinstance(value, icalendar.vBroken)


def _utc_iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _shift(moment: datetime, delta: timedelta) -> datetime:
    try:
        return moment + delta
    except OverflowError:
        return (
            datetime.max.replace(tzinfo=UTC)
            if delta > timedelta(0)
            else datetime.min.replace(tzinfo=UTC)
        )


def _label(component: icalendar.Component, position: int) -> str:
    title = clean_line(_prop_text(component.get("SUMMARY")), limit=80).text
    uid = clean_line(_prop_text(component.get("UID")), limit=120).text
    parts = ["VEVENT"]
    if title:
        parts.append(f'"{title}"')
    if uid:
        parts.append(f"(UID {uid})")
    if not title and not uid:
        parts.append(f"#{position}")
    return " ".join(parts)


def _sequence(component: icalendar.Component) -> int:
    try:
        return int(component.get("SEQUENCE", 0))
    except Exception:
        return 0


# ---------------------------------------------------------------------------- the reader


@dataclass
class _Series:
    masters: list[tuple[int, icalendar.Event]] = field(default_factory=list)
    overrides: list[tuple[int, icalendar.Event]] = field(default_factory=list)


@dataclass
class _Found:
    event: IcsEvent
    sequence: int
    label: str


class _Reader:
    def __init__(self, window_start: datetime, window_end: datetime, local_tz: tzinfo | None):
        self.window_start = window_start
        self.window_end = window_end
        self.local_tz = local_tz
        self.problems: list[IcsProblem] = []
        self.found: list[_Found] = []
        self.method = ""
        self._warned_zones: set[str] = set()
        self._position = 0
        self._budget = float(_FILE_BUDGET)

    def note(self, what: str, reason: str) -> None:
        self.problems.append(IcsProblem(what, reason))

    # ----- file

    def read(self, data: bytes) -> IcsReadResult:
        text, encoding_note = _decode(data)
        if encoding_note:
            self.note("file", encoding_note)
        if not text.strip():
            return self._fatal("The file is empty.")
        lines = _logical_lines(text.lstrip("\ufeff"))
        upper = [line.strip().upper() for line in lines]
        if "BEGIN:VCALENDAR" not in upper:
            if "BEGIN:VEVENT" in upper:
                self.note("file", "events without a surrounding VCALENDAR; read anyway")
                lines = ["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]
            elif "BEGIN:VCARD" in upper:
                return self._fatal("This is a contact file (vCard), not a calendar.")
            else:
                return self._fatal("This is not an iCalendar file: BEGIN:VCALENDAR is missing.")
        blocks = _split_calendars(lines)
        if not blocks.calendars:
            return self._fatal(
                "The file is cut off: its calendar never ends (END:VCALENDAR is missing)."
            )
        if blocks.cut_off:
            self.note(
                "file", f"{blocks.cut_off} calendar(s) cut off before END:VCALENDAR; not read"
            )
        if blocks.stray:
            self.note("file", f"{blocks.stray} line(s) outside any calendar ignored")
        readable = 0
        for number, block in enumerate(blocks.calendars, start=1):
            calendar = self._parse_block(block, number, len(blocks.calendars))
            if calendar is not None:
                readable += 1
                self._read_calendar(calendar)
        if readable and not self._position:
            self.note("file", "the calendar contains no events")
        if not readable:
            reasons = "; ".join(p.reason for p in self.problems if p.what.startswith("calendar"))
            return self._fatal(f"The calendar could not be read: {reasons or 'unknown error'}")
        return IcsReadResult(tuple(self._deduplicated()), tuple(self.problems), self.method, None)

    def _fatal(self, message: str) -> IcsReadResult:
        return IcsReadResult((), tuple(self.problems), self.method, message)

    def _parse_block(self, block: list[str], number: int, count: int) -> icalendar.Calendar | None:
        """Parse a block; when that fails, rescue its events one by one."""
        name = f"calendar {number}" if count > 1 else "calendar"
        try:
            return _parse_calendar(block)
        except Exception as exc:
            error = _message(exc)
        header, parts = _sub_blocks(block)
        kept = [
            line
            for line in header
            if line.split(":", 1)[0].split(";", 1)[0].upper() in _HEADER_PROPS
        ]
        try:
            rescued = _parse_calendar(["BEGIN:VCALENDAR", *kept, "END:VCALENDAR"])
        except Exception:
            rescued = icalendar.Calendar()
        any_event = False
        for part in parts:
            kind = part[0].strip().upper()[len("BEGIN:") :]
            try:
                piece = _parse_part(part)
            except Exception as exc:
                if kind == "VEVENT":
                    title = clean_line(_first_value(part, "SUMMARY"), limit=80).text
                    uid = clean_line(_first_value(part, "UID"), limit=120).text
                    what = (
                        "VEVENT"
                        + (f' "{title}"' if title else "")
                        + (f" (UID {uid})" if uid else "")
                    )
                    self.note(what, f"could not be read: {_message(exc)}")
                continue
            for component in piece.subcomponents:
                rescued.add_component(component)
                any_event = any_event or kind == "VEVENT"
        if not any_event:
            self.note(name, f"could not be read: {error}")
            return None
        self.note(name, f"partly damaged ({error}); the readable events were kept")
        return rescued

    # ----- calendar

    def _read_calendar(self, calendar: icalendar.Calendar) -> None:
        method = _prop_text(calendar.get("METHOD")).strip().upper()
        if method and not self.method:
            self.method = method
        zones = _Zones(calendar)
        ignored: dict[str, int] = {}
        events: list[tuple[int, icalendar.Event]] = []
        for component in calendar.subcomponents:
            if isinstance(component, icalendar.Event):
                self._position += 1
                events.append((self._position, component))
            elif component.name in {"VTODO", "VJOURNAL", "VFREEBUSY"}:
                ignored[component.name] = ignored.get(component.name, 0) + 1
        for name, count in ignored.items():
            self.note(f"{count} {name}", "only events (VEVENT) are imported")
        if method == "CANCEL":
            for position, event in events:
                self.note(
                    _label(event, position),
                    "cancelled by the organiser (METHOD:CANCEL); not imported",
                )
            return
        series: dict[str, _Series] = {}
        for position, event in events:
            label = _label(event, position)
            try:
                reason = self._prepare(event, zones, label)
            except Exception as exc:
                reason = f"could not be read: {_message(exc)}"
            if reason:
                self.note(label, reason)
                continue
            uid = _prop_text(event.get("UID"))
            group = series.setdefault(uid, _Series())
            if "RECURRENCE-ID" in event:
                group.overrides.append((position, event))
            else:
                group.masters.append((position, event))
        for group in series.values():
            try:
                self._read_series(group)
            except Exception as exc:
                position, event = (group.masters or group.overrides)[0]
                self.note(_label(event, position), f"could not be read: {_message(exc)}")

    def _prepare(self, event: icalendar.Event, zones: _Zones, label: str) -> str | None:
        """Check and normalise one VEVENT in place; return why it must be skipped."""
        start_prop = event.get("DTSTART")
        if start_prop is None or isinstance(start_prop, list):
            errors = "; ".join(
                str(message)[:200]
                for prop, message in event.errors
                if prop == "DTSTART" or "DTSTART" in str(message)
            )
            return "has no start time (DTSTART)" + (f": {errors}" if errors else "")
        if _is_broken(start_prop):
            return f"its start time (DTSTART) is not a valid date: {_prop_text(start_prop)!r}"
        if not isinstance(start_prop.dt, date):
            return "its start time (DTSTART) is not a date or a date-time"
        if _is_broken(event.get("RECURRENCE-ID")) or isinstance(event.get("RECURRENCE-ID"), list):
            return "its RECURRENCE-ID is not a valid date"
        for name in ("DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "SEQUENCE"):
            if _is_broken(event.get(name)):
                if name == "RRULE":
                    return f"its repeat rule (RRULE) could not be read: {_prop_text(event[name])!r}"
                event.pop(name)
                if name != "SEQUENCE":
                    self.note(label, f"its {name} could not be read and was ignored")
        if not _prop_text(event.get("UID")).strip():
            event["UID"] = self._made_uid(event)
        else:
            event["UID"] = clean_line(_prop_text(event.get("UID"))).text or self._made_uid(event)
        self._localize(event, zones)
        if _prop_text(event.get("X-MICROSOFT-CDO-ALLDAYEVENT")).strip().upper() == "TRUE":
            _midnights_to_dates(event)
        self._check_end(event, label)
        return None

    def _made_uid(self, event: icalendar.Event) -> str:
        start = _when(event, "DTSTART")
        basis = "\x1f".join(
            [
                *(_prop_text(event.get(name)) for name in ("SUMMARY", "DTEND", "LOCATION")),
                start.isoformat() if start is not None else "",
            ]
        )
        return "eventmate-" + hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:32]

    def _localize(self, event: icalendar.Event, zones: _Zones) -> None:
        """Re-attach zones from the TZID parameters, per file (icalendar caches globally)."""
        for name in _DATE_PROPS:
            value: Any = event.get(name)
            for prop in value if isinstance(value, list) else [value]:
                if prop is None:
                    continue
                items = getattr(prop, "dts", None)
                params = getattr(prop, "params", {})
                for item in items if items is not None else [prop]:
                    tzid = item.params.get("TZID") or params.get("TZID")
                    item.dt = self._wall(item.dt, item.params, tzid, zones)

    def _wall(self, value: Any, params: Any, tzid: str | None, zones: _Zones) -> Any:
        if isinstance(value, tuple):
            return tuple(self._wall(part, params, tzid, zones) for part in value)
        if not isinstance(value, datetime):
            return value
        if str(params.get("VALUE", "")).upper() == "DATE" and value.time() == time():
            return value.date()
        if tzid is not None:
            zone = zones.resolve(str(tzid))
            if zone is None:
                self._warn_zone(str(tzid), zones)
                zone = zones.default
            return value.replace(tzinfo=zone)
        if value.tzinfo is None:
            return value if zones.default is None else value.replace(tzinfo=zones.default)
        if zones.default is not None and value.utcoffset() == timedelta(0):
            return value.astimezone(zones.default)  # X-WR-TIMEZONE, as Google means it
        return value

    def _warn_zone(self, tzid: str, zones: _Zones) -> None:
        if tzid in self._warned_zones:
            return
        self._warned_zones.add(tzid)
        where = "the calendar's time zone" if zones.default is not None else "local time"
        self.note(
            f'time zone "{clean_line(tzid, limit=80).text}"',
            f"unknown time zone; its times were read as {where}",
        )

    def _check_end(self, event: icalendar.Event, label: str) -> None:
        """Keep one usable end (DTEND or DURATION) or none; mark timed events without."""
        start = _start(event)
        end = _when(event, "DTEND")
        duration = _duration(event)
        if end is not None and isinstance(start, datetime) != isinstance(end, datetime):
            end = None  # a date end for a timed start, or the reverse: unusable
        if end is not None and self._instant(end) < self._instant(start):
            self.note(label, "its end is before its start; the end was ignored")
            end = None
        if end is not None and end == start and not isinstance(start, datetime):
            end = None  # all-day with DTEND = DTSTART: one day, as RFC 5545 reads no DTEND
        if end is not None or (duration is not None and duration < timedelta(0)):
            duration = None
        if end is None:
            event.pop("DTEND", None)
        if duration is None:
            event.pop("DURATION", None)
        if end is None and duration is None and isinstance(start, datetime):
            event[_MARK_NO_END] = "1"

    # ----- series

    def _read_series(self, group: _Series) -> None:
        masters = sorted(group.masters, key=lambda item: (_sequence(item[1]), item[0]))
        for position, duplicate in masters[:-1]:
            self.note(
                _label(duplicate, position),
                "appears more than once in the file; the newest version was kept",
            )
        master = masters[-1] if masters else None
        if master is None or not ("RRULE" in master[1] or "RDATE" in master[1]):
            for position, event in [*(masters[-1:]), *group.overrides]:
                self._emit(event, _label(event, position), _sequence(event))
            return
        position, event = master
        label = _label(event, position)
        if _prop_text(event.get("STATUS")).strip().upper() == "CANCELLED":
            self.note(label, "cancelled (STATUS:CANCELLED); not imported")
            return
        try:
            occurrences = self._expand(event, [o for _, o in group.overrides], label)
        except Exception as exc:
            self.note(label, f"its repetition could not be worked out: {_message(exc)}")
            return
        if occurrences is None:
            return
        if not occurrences:
            self.note(
                label,
                "repeats, but no occurrence starts between "
                f"{self.window_start.date().isoformat()} and {self.window_end.date().isoformat()}",
            )
        for occurrence in occurrences:
            self._emit(occurrence, label, _sequence(occurrence), series=True)

    def _expand(
        self, master: icalendar.Event, overrides: list[icalendar.Event], label: str
    ) -> list[icalendar.Component] | None:
        """Return the occurrences starting in the window, or None when refused."""
        starts = [_start(master), *_dates(master, "RDATE"), *map(_start, overrides)]
        if min(self._instant(start) for start in starts) >= self.window_end:
            return []  # nothing can start in the window: no need to run the rules
        low = _shift(self.window_start, -_SLACK)
        high = _shift(self.window_end, _SLACK)
        if high <= low:
            return []
        self._fast_forward(master, low)
        plan = self._plan(master)
        if isinstance(plan, str):
            self.note(label, plan)
            return None
        calendar = icalendar.Calendar()
        calendar.add_component(master)
        for override in overrides:
            calendar.add_component(override)
        query = recurring_ical_events.of(calendar)
        step = max((high - low) / plan, timedelta(days=1))
        seen: set[tuple[str, str]] = set()
        kept: list[tuple[datetime, icalendar.Component]] = []
        slice_start = low
        while slice_start < high and len(kept) <= MAX_OCCURRENCES:
            slice_end = min(_shift(slice_start, step), high)
            found = query.between(slice_start, slice_end)
            for component in found:
                start = self._instant(_start(component))
                key = (self._recurrence_id(component), start.isoformat())
                if key in seen or not self.window_start <= start < self.window_end:
                    continue
                seen.add(key)
                kept.append((start, component))
            slice_start = slice_end
        kept.sort(key=lambda item: item[0])
        if len(kept) > MAX_OCCURRENCES:
            self.note(
                label,
                f"repeats more than {MAX_OCCURRENCES} times in the chosen period; "
                f"only the first {MAX_OCCURRENCES} were imported",
            )
        return [component for _, component in kept[:MAX_OCCURRENCES]]

    def _plan(self, master: icalendar.Event) -> int | str:
        """Return in how many slices to expand the window, or why the rules are refused.

        The cost of a rule is estimated from its frequency, interval and BY parts as the
        dates the rule library walks from DTSTART to the window's end, plus the dearer
        occurrences inside the window. Rules that are too dense, that never match, or
        that exceed the file's budget are refused. The window is queried in one go
        unless it may hold more than :data:`MAX_OCCURRENCES`; slices then let the cap
        stop early, but each rescans the occurrences since DTSTART, so dense rules get
        few.
        """
        rules: Any = master.get("RRULE")
        start = _start(master)
        first = self._instant(start)
        steps = 0.0
        in_window = float(len(_dates(master, "RDATE")))
        span = (self.window_end - self.window_start).total_seconds()
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            freq = str(rule.get("FREQ", [""])[0]).upper()
            if freq in {"SECONDLY", "MINUTELY"}:
                return f"repeats {freq.lower()}, which no event calendar means; not imported"
            if freq not in _FREQ_SECONDS:
                return f"its repeat rule has an unknown frequency {freq!r}"
            try:
                interval = max(1, int(rule.get("INTERVAL", [1])[0]))
            except (TypeError, ValueError):
                interval = 1
            until = self.window_end
            if rule.get("UNTIL"):
                until = min(until, self._instant(rule["UNTIL"][0]))
            period = _FREQ_SECONDS[freq] * interval
            periods = max(0.0, (until - first).total_seconds()) / period
            if rule.get("COUNT"):
                periods = min(periods, float(int(rule["COUNT"][0])) * 400)
            times = 1.0
            for by in ("BYHOUR", "BYMINUTE", "BYSECOND"):
                times *= max(1, len(rule.get(by, [])))
            occurrences = _days_per_period(rule, freq) * times  # at most, per period
            candidates = _DAYS_PER_PERIOD.get(freq, 1) * times  # dates the library checks
            steps += (periods + 1) * (occurrences + candidates / _CHEAP)
            in_window += (min(periods, span / period) + 1) * occurrences
            if steps > _MAX_RULE_STEPS:
                return (
                    f"repeats too often ({freq.lower()} since {first.date().isoformat()}) "
                    "to be expanded safely; not imported"
                )
            if not self._rule_matches(rule, start):
                return "its repeat rule never produces a date; not imported"
        in_window = min(in_window, 1.5 * MAX_OCCURRENCES)  # slices stop near the cap
        self._budget -= steps + _YIELD_COST * in_window
        if self._budget < 0:
            return "the file has too many repeating events to expand; not imported"
        if in_window <= MAX_OCCURRENCES:
            return 1
        return int(min(_SLICES, max(1.0, _SCAN_BUDGET / max(steps, 1.0))))

    def _fast_forward(self, master: icalendar.Event, low: datetime) -> None:
        """Move an old series' DTSTART forward by whole intervals to before ``low``.

        Without COUNT, the dates a rule yields do not depend on how many intervals ago
        it started: periods stay aligned when DTSTART moves by whole intervals (whole
        years for MONTHLY and YEARLY, so the day of the month stays valid). This spares
        the rule library from walking every occurrence since a distant DTSTART. DTEND
        moves along. The new DTSTART, always an occurrence itself, stays before the
        window.
        """
        rule: Any = master.get("RRULE")
        if isinstance(rule, list) or rule is None or rule.get("COUNT"):
            return
        freq = str(rule.get("FREQ", [""])[0]).upper()
        start = _start(master)
        try:
            interval = max(1, int(rule.get("INTERVAL", [1])[0]))
            if freq in {"MONTHLY", "YEARLY"}:
                every = interval if freq == "YEARLY" else math.lcm(interval, 12) // 12
                years = ((low.year - start.year) // every - 2) * every
                moved = start.replace(year=start.year + years) if years > 0 else start
            else:
                unit = _STEP_UNITS[freq]
                if not isinstance(start, datetime) and unit < timedelta(days=1):
                    return
                step = unit * interval
                moved = start + step * max(0, int((low - self._instant(start)) / step) - 2)
        except (KeyError, TypeError, ValueError, OverflowError):
            return  # another frequency, or 29 February in a common year: leave it
        if moved == start:
            return
        end = _when(master, "DTEND")
        cast(Any, master["DTSTART"]).dt = moved
        if end is not None:
            cast(Any, master["DTEND"]).dt = moved + (end - start)

    @staticmethod
    def _rule_matches(rule: Any, start: date) -> bool:
        """Whether the rule yields any date at all, tried near year 9999 to stay cheap."""
        probe = icalendar.vRecur({k: v for k, v in rule.items() if k not in {"UNTIL", "COUNT"}})
        year = 9960 + start.year % 4
        moment = start if isinstance(start, datetime) else datetime.combine(start, time())
        try:
            first = moment.replace(year=year, tzinfo=None)
            text = bytes(cast(Any, probe).to_ical()).decode("ascii", "replace")
            for _ in rrulestr(text, dtstart=first):
                return True
        except Exception:
            return True  # let the real expansion report what is wrong
        return False

    # ----- output

    def _instant(self, value: date) -> datetime:
        """Return the moment as aware UTC: floating and dates in ``local_tz``."""
        if isinstance(value, datetime):
            if value.tzinfo is not None and value.utcoffset() is not None:
                return value.astimezone(UTC)
            return self._wall_to_utc(value.replace(tzinfo=None))
        return self._wall_to_utc(datetime.combine(value, time()))

    def _wall_to_utc(self, naive: datetime) -> datetime:
        if self.local_tz is not None:
            return naive.replace(tzinfo=self.local_tz).astimezone(UTC)
        try:
            return naive.astimezone(UTC)  # the system's local time, DST included
        except (OverflowError, OSError, ValueError):
            offset = datetime.now().astimezone().utcoffset() or timedelta(0)
            return (naive - offset).replace(tzinfo=UTC)

    def _recurrence_id(self, component: icalendar.Component) -> str:
        prop = component.get("RECURRENCE-ID")
        if prop is None or isinstance(prop, list):
            return ""
        value = prop.dt
        if isinstance(value, datetime):
            return _utc_iso(self._instant(value))
        return value.isoformat() if isinstance(value, date) else ""

    def _emit(
        self, component: icalendar.Component, label: str, sequence: int, *, series: bool = False
    ) -> None:
        what = label
        try:
            recurrence_id = self._recurrence_id(component)
            what = f"{label} on {recurrence_id[:10]}" if series and recurrence_id else label
            if _prop_text(component.get("STATUS")).strip().upper() == "CANCELLED":
                self.note(what, "cancelled (STATUS:CANCELLED); not imported")
                return
            event = self._event(component, recurrence_id, what)
        except Exception as exc:
            self.note(what, f"could not be read: {_message(exc)}")
            return
        self.found.append(_Found(event, sequence, what))

    def _event(self, component: icalendar.Component, recurrence_id: str, what: str) -> IcsEvent:
        start = _start(component)
        all_day = not isinstance(start, datetime)
        starts_at = self._instant(start)
        ends_at: datetime | None = None
        if _MARK_NO_END not in component:
            end = _when(component, "DTEND")
            duration = _duration(component)
            if end is not None:
                ends_at = self._instant(end)
            elif duration is not None:
                ends_at = self._instant(start + duration)
            elif all_day:
                ends_at = self._instant(start + timedelta(days=1))
        if ends_at is not None and ends_at <= starts_at:
            ends_at = None
        start_prop: Any = component.get("DTSTART")
        tzid = "" if all_day else str(start_prop.params.get("TZID") or "")
        tzid = clean_line(tzid).text
        title = clean_line(_prop_text(component.get("SUMMARY")))
        notes = clean_text(_GOOGLE_FOOTER.sub("\n", _prop_text(component.get("DESCRIPTION"))))
        if title.truncated or notes.truncated:
            self.note(what, "a long title or description was shortened")
        return IcsEvent(
            uid=_prop_text(component.get("UID")),
            title=title.text,
            starts_at=starts_at,
            ends_at=ends_at,
            all_day=all_day,
            venue=_venue(_prop_text(component.get("LOCATION"))),
            city="",
            notes=notes.text.strip(),
            host=_host(component.get("ORGANIZER")),
            categories=_categories(component.get("CATEGORIES")),
            tzid=tzid,
            recurrence_id=recurrence_id,
            kind=clean_line(_prop_text(component.get(_KIND)), limit=60).text,
        )

    def _deduplicated(self) -> Iterator[IcsEvent]:
        best: dict[tuple[str, str], int] = {}
        for index, found in enumerate(self.found):
            key = (found.event.uid, found.event.recurrence_id)
            previous = best.get(key)
            if previous is None:
                best[key] = index
                continue
            older, newer = sorted((previous, index), key=lambda i: (self.found[i].sequence, i))
            best[key] = newer
            self.note(
                self.found[older].label,
                "appears more than once in the file; the newest version was kept",
            )
        keep = set(best.values())
        return (found.event for index, found in enumerate(self.found) if index in keep)


def _venue(location: str) -> str:
    """LOCATION on one line; Apple's "name\\naddress" lines are joined with commas."""
    parts = (clean_line(part).text for part in location.replace("\r", "\n").split("\n"))
    return clean_line(", ".join(part for part in parts if part)).text


def _host(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or _is_broken(value):
        return ""
    params = getattr(value, "params", {})
    name = clean_line(str(params.get("CN", "") or "")).text.strip('"').strip()
    if name:
        return name
    address = _prop_text(value).strip()
    if address.lower().startswith("mailto:"):
        address = address[len("mailto:") :]
    return clean_line(address).text


def _categories(value: Any) -> tuple[str, ...]:
    found: list[str] = []
    for prop in value if isinstance(value, list) else [value] if value is not None else []:
        items = getattr(prop, "cats", None)
        for item in items if items is not None else _prop_text(prop).split(","):
            text = clean_line(_prop_text(item), limit=100).text
            if text and text not in found:
                found.append(text)
    return tuple(found)
