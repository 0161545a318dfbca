"""Checking one parsed VEVENT and normalising it in place before it becomes an event.

An event without a usable DTSTART is refused with a reason; broken DTEND, DURATION,
RDATE, EXDATE and SEQUENCE values are dropped with a warning; a missing UID is made
from the event's content; times get the file's zones; Outlook's midnight-to-midnight
all-day events become date-only; at most one usable end (DTEND or DURATION) is kept.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, time, timedelta, tzinfo

import icalendar

from eventmate.domain.text import clean_line
from eventmate.interop.ics_model import MARK_NO_END, Note
from eventmate.interop.ics_values import (
    date_of,
    date_props,
    duration_of,
    is_broken,
    prop_text,
    start_of,
)
from eventmate.interop.ics_zones import Localizer, Zones, to_utc

_UNREADABLE_LINE = re.compile(r"Content line could not be parsed into parts: '(.*?)'")


def _readable(message: str) -> str:
    """A parser's complaint in a person's words: which line could not be read, if it says."""
    if found := _UNREADABLE_LINE.search(message):
        return f"the line {found.group(1)[:200]!r} could not be read"
    return message[:200]


class Preparer:
    """Checks and normalises the VEVENTs of one file."""

    def __init__(self, note: Note, local_tz: tzinfo | None) -> None:
        self._note = note
        self._local_tz = local_tz
        self._localizer = Localizer(note)

    def prepare(self, event: icalendar.Event, zones: Zones, label: str) -> str | None:
        """Check and normalise one VEVENT in place; return why it must be skipped."""
        start_prop = event.get("DTSTART")
        if start_prop is None or isinstance(start_prop, list):
            errors = "; ".join(
                _readable(str(message))
                for prop, message in event.errors
                if prop == "DTSTART" or "DTSTART" in str(message)
            )
            return "has no start time (DTSTART)" + (f": {errors}" if errors else "")
        if is_broken(start_prop):
            return f"its start time (DTSTART) is not a valid date: {prop_text(start_prop)!r}"
        if not isinstance(start_prop.dt, date):
            return "its start time (DTSTART) is not a date or a date-time"
        if is_broken(event.get("RECURRENCE-ID")) or isinstance(event.get("RECURRENCE-ID"), list):
            return "its RECURRENCE-ID is not a valid date"
        for name in ("DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "SEQUENCE"):
            if is_broken(event.get(name)):
                if name == "RRULE":
                    return f"its repeat rule (RRULE) could not be read: {prop_text(event[name])!r}"
                event.pop(name)
                if name != "SEQUENCE":
                    self._note(label, f"its {name} could not be read and was ignored")
        if zones.uses_implausible(event):
            self._localizer.localize(event, zones)  # before the UID below reads a time
        if not prop_text(event.get("UID")).strip():
            event["UID"] = _made_uid(event)
        else:
            event["UID"] = clean_line(prop_text(event.get("UID"))).text or _made_uid(event)
        self._localizer.localize(event, zones)  # the same again changes nothing
        if prop_text(event.get("X-MICROSOFT-CDO-ALLDAYEVENT")).strip().upper() == "TRUE":
            _midnights_to_dates(event)
        self._check_end(event, label)
        return None

    def _check_end(self, event: icalendar.Event, label: str) -> None:
        """Keep one usable end (DTEND or DURATION) or none; mark timed events without."""
        start = start_of(event)
        end = date_of(event, "DTEND")
        duration = duration_of(event)
        if end is not None and isinstance(start, datetime) != isinstance(end, datetime):
            end = None  # a date end for a timed start, or the reverse: unusable
        if end is not None and to_utc(end, self._local_tz) < to_utc(start, self._local_tz):
            self._note(label, "its end is before its start; the end was ignored")
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
            event[MARK_NO_END] = "1"


def _made_uid(event: icalendar.Event) -> str:
    """A stable UID made from the event's content, for events that have none."""
    start = date_of(event, "DTSTART")
    basis = "\x1f".join(
        [
            *(prop_text(event.get(name)) for name in ("SUMMARY", "DTEND", "LOCATION")),
            start.isoformat() if start is not None else "",
        ]
    )
    return "eventmate-" + hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:32]


def _midnights_to_dates(event: icalendar.Event) -> None:
    """Outlook's all-day flag: midnight-to-midnight date-times become dates."""
    start, end = date_of(event, "DTSTART"), date_of(event, "DTEND")
    if not isinstance(start, datetime) or start.time() != time():
        return
    if end is not None and (not isinstance(end, datetime) or end.time() != time()):
        return
    for item in date_props(event):
        if isinstance(item.dt, datetime) and item.dt.time() == time():
            item.dt = item.dt.date()
