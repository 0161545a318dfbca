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

The work is shared out: :mod:`.ics_decode` turns bytes into calendars,
:mod:`.ics_zones` resolves time zones, :mod:`.ics_prepare` checks and normalises each
VEVENT, :mod:`.ics_recurrence` expands repetitions; this module maps the results to
:class:`~eventmate.interop.ics_model.IcsEvent` records.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

import icalendar

from eventmate.domain.i18n import _
from eventmate.domain.local_format import number as local_number
from eventmate.domain.text import clean_line, clean_text
from eventmate.interop.ics_decode import calendar_blocks, error_message, parse_block
from eventmate.interop.ics_model import (
    KIND,
    MARK_NO_END,
    MAX_FILE_BYTES,
    IcsEvent,
    IcsProblem,
    IcsReadResult,
)
from eventmate.interop.ics_prepare import Preparer
from eventmate.interop.ics_recurrence import Expander, recurrence_id_of
from eventmate.interop.ics_values import (
    date_of,
    duration_of,
    event_label,
    is_broken,
    prop_text,
    sequence_of,
    start_of,
)
from eventmate.interop.ics_zones import Zones, to_utc

# Estimated work (in rule iterations) allowed for all series of one file together,
# about ten seconds; a real calendar with hundreds of weekly series stays far below.
_FILE_BUDGET = 1_500_000
# Google's invitation footer: a "-::~:~::~..." line, the boilerplate, the same line again.
_GOOGLE_FOOTER = re.compile(r"\n*-::~[:~]{20,}::-\n(?:.*\n)*?-::~[:~]{20,}::-\n?")


def read_ics(
    data: bytes,
    *,
    window_start: datetime,
    window_end: datetime,
    local_tz: tzinfo | None = None,
    max_bytes: int = MAX_FILE_BYTES,
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
            (),
            (),
            "",
            _("The file is too large ({size} bytes; the limit is {limit}).").format(
                size=local_number(len(data)), limit=local_number(max_bytes)
            ),
        )
    reader = _Reader(window_start.astimezone(UTC), window_end.astimezone(UTC), local_tz)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # icalendar's guesses are reported by us instead
            return reader.read(data)
    except Exception as exc:  # a last line of defence: the caller must get a result
        message = _("The file could not be read: {reason}").format(reason=error_message(exc))
        return IcsReadResult((), tuple(reader.problems), "", message)


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
        self._position = 0
        self._preparer = Preparer(self.note, local_tz)
        self._expander = Expander(
            window_start, window_end, local_tz, float(_FILE_BUDGET), self.note
        )

    def note(self, what: str, reason: str) -> None:
        self.problems.append(IcsProblem(what, reason))

    # ----- file

    def read(self, data: bytes) -> IcsReadResult:
        blocks = calendar_blocks(data, self.note)
        if isinstance(blocks, str):
            return self._fatal(blocks)
        readable = 0
        for number, block in enumerate(blocks, start=1):
            calendar = parse_block(block, number, len(blocks), self.note)
            if calendar is not None:
                readable += 1
                self._read_calendar(calendar)
        if readable and not self._position:
            self.note("file", _("the calendar contains no events"))
        if not readable:
            reasons = "; ".join(p.reason for p in self.problems if p.what.startswith("calendar"))
            return self._fatal(
                _("The calendar could not be read: {reasons}").format(
                    reasons=reasons or _("unknown error")
                )
            )
        return IcsReadResult(tuple(self._deduplicated()), tuple(self.problems), self.method, None)

    def _fatal(self, message: str) -> IcsReadResult:
        return IcsReadResult((), tuple(self.problems), self.method, message)

    # ----- calendar

    def _read_calendar(self, calendar: icalendar.Calendar) -> None:
        method = prop_text(calendar.get("METHOD")).strip().upper()
        if method and not self.method:
            self.method = method
        zones = Zones(calendar)
        ignored: dict[str, int] = {}
        events: list[tuple[int, icalendar.Event]] = []
        for component in calendar.subcomponents:
            if isinstance(component, icalendar.Event):
                self._position += 1
                events.append((self._position, component))
            elif component.name in {"VTODO", "VJOURNAL", "VFREEBUSY"}:
                ignored[component.name] = ignored.get(component.name, 0) + 1
        for name, count in ignored.items():
            self.note(f"{count} {name}", _("only events (VEVENT) are imported"))
        if method == "CANCEL":
            for position, event in events:
                self.note(
                    event_label(event, position),
                    _("cancelled by the organiser (METHOD:CANCEL); not imported"),
                )
            return
        series: dict[str, _Series] = {}
        for position, event in events:
            label = event_label(event, position)
            try:
                reason = self._preparer.prepare(event, zones, label)
            except Exception as exc:
                reason = _("could not be read: {reason}").format(reason=error_message(exc))
            if reason:
                self.note(label, reason)
                continue
            uid = prop_text(event.get("UID"))
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
                self.note(
                    event_label(event, position),
                    _("could not be read: {reason}").format(reason=error_message(exc)),
                )

    # ----- series

    def _read_series(self, group: _Series) -> None:
        masters = sorted(group.masters, key=lambda item: (sequence_of(item[1]), item[0]))
        for position, duplicate in masters[:-1]:
            self.note(
                event_label(duplicate, position),
                _("appears more than once in the file; the newest version was kept"),
            )
        master = masters[-1] if masters else None
        if master is None or not ("RRULE" in master[1] or "RDATE" in master[1]):
            for position, event in [*(masters[-1:]), *group.overrides]:
                self._emit(event, event_label(event, position), sequence_of(event))
            return
        position, event = master
        label = event_label(event, position)
        if prop_text(event.get("STATUS")).strip().upper() == "CANCELLED":
            self.note(label, _("cancelled (STATUS:CANCELLED); not imported"))
            return
        try:
            occurrences = self._expander.expand(event, [o for _, o in group.overrides], label)
        except Exception as exc:
            self.note(
                label,
                _("its repetition could not be worked out: {reason}").format(
                    reason=error_message(exc)
                ),
            )
            return
        if occurrences is None:
            return
        if not occurrences:
            self.note(
                label,
                _("repeats, but no occurrence starts between {start} and {end}").format(
                    start=self.window_start.date().isoformat(),
                    end=self.window_end.date().isoformat(),
                ),
            )
        for occurrence in occurrences:
            self._emit(occurrence, label, sequence_of(occurrence), series=True)

    def _instant(self, value: date) -> datetime:
        return to_utc(value, self.local_tz)

    def _emit(
        self, component: icalendar.Component, label: str, sequence: int, *, series: bool = False
    ) -> None:
        what = label
        try:
            recurrence_id = recurrence_id_of(component, self.local_tz)
            what = f"{label} on {recurrence_id[:10]}" if series and recurrence_id else label
            if prop_text(component.get("STATUS")).strip().upper() == "CANCELLED":
                self.note(what, _("cancelled (STATUS:CANCELLED); not imported"))
                return
            event = self._event(component, recurrence_id, what)
        except Exception as exc:
            self.note(what, _("could not be read: {reason}").format(reason=error_message(exc)))
            return
        self.found.append(_Found(event, sequence, what))

    def _event(self, component: icalendar.Component, recurrence_id: str, what: str) -> IcsEvent:
        start = start_of(component)
        all_day = not isinstance(start, datetime)
        starts_at = self._instant(start)
        ends_at: datetime | None = None
        if MARK_NO_END not in component:
            end = date_of(component, "DTEND")
            duration = duration_of(component)
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
        title = clean_line(prop_text(component.get("SUMMARY")))
        notes = clean_text(_GOOGLE_FOOTER.sub("\n", prop_text(component.get("DESCRIPTION"))))
        if title.truncated or notes.truncated:
            self.note(what, _("a long title or description was shortened"))
        return IcsEvent(
            uid=prop_text(component.get("UID")),
            title=title.text,
            starts_at=starts_at,
            ends_at=ends_at,
            all_day=all_day,
            venue=_venue(prop_text(component.get("LOCATION"))),
            city="",
            notes=notes.text.strip(),
            host=_host(component.get("ORGANIZER")),
            categories=_categories(component.get("CATEGORIES")),
            tzid=tzid,
            recurrence_id=recurrence_id,
            kind=clean_line(prop_text(component.get(KIND)), limit=60).text,
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
                _("appears more than once in the file; the newest version was kept"),
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
    if value is None or is_broken(value):
        return ""
    params = getattr(value, "params", {})
    name = clean_line(str(params.get("CN", "") or "")).text.strip('"').strip()
    if name:
        return name
    address = prop_text(value).strip()
    if address.lower().startswith("mailto:"):
        address = address[len("mailto:") :]
    return clean_line(address).text


def _categories(value: Any) -> tuple[str, ...]:
    found: list[str] = []
    for prop in value if isinstance(value, list) else [value] if value is not None else []:
        items = getattr(prop, "cats", None)
        for item in items if items is not None else prop_text(prop).split(","):
            text = clean_line(prop_text(item), limit=100).text
            if text and text not in found:
                found.append(text)
    return tuple(found)
