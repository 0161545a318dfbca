"""The plain records the iCalendar reader returns, and the constants its modules share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

#: Largest calendar file imported, in bytes (a decade of a busy calendar is a few MB).
MAX_FILE_BYTES = 20_000_000
#: Most occurrences imported from one repeating event; the rest is reported.
MAX_OCCURRENCES = 500

#: EventMate's own property for an event's kind, read back and written by the codec.
KIND = "X-EVENTMATE-KIND"
#: Internal mark on a timed VEVENT that has no usable end (never written to a file).
MARK_NO_END = "X-EVENTMATE-NO-END"
#: The properties holding dates or date-times that a time zone applies to.
DATE_PROPS = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")

#: Reports a problem for the import preview: what it is about, and why.
Note = Callable[[str, str], None]


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
