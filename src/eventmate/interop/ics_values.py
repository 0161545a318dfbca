"""Reading single property values out of parsed iCalendar components without raising."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import icalendar

from eventmate.domain.text import clean_line
from eventmate.interop.ics_model import DATE_PROPS


def prop_text(value: Any) -> str:
    """Return a property's text ("" when absent or unreadable)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return ""
    try:
        return str(value).replace("\ufeff", "")  # stray byte order marks from joined files
    except Exception:
        return ""


def date_of(component: icalendar.Component, name: str) -> date | None:
    """The date or date-time of a single property; None when absent or of another type."""
    prop: Any = component.get(name)
    value = getattr(prop, "dt", None) if not isinstance(prop, list) else None
    return value if isinstance(value, date) else None


def start_of(component: icalendar.Component) -> date:
    """The DTSTART of a checked component (see :meth:`.ics_prepare.Preparer.prepare`)."""
    value = date_of(component, "DTSTART")
    if value is None:
        raise ValueError("no start time (DTSTART)")
    return value


def dates_of(component: icalendar.Component, name: str) -> list[date]:
    """All dates of a list property such as RDATE or EXDATE (period starts included)."""
    found: list[date] = []
    value: Any = component.get(name)
    for prop in value if isinstance(value, list) else [value] if value is not None else []:
        for item in getattr(prop, "dts", []):
            moment = item.dt[0] if isinstance(item.dt, tuple) else item.dt
            if isinstance(moment, date):
                found.append(moment)
    return found


def duration_of(component: icalendar.Component) -> timedelta | None:
    """The DURATION of a component; None when absent or not a duration."""
    prop: Any = component.get("DURATION")
    value = getattr(prop, "dt", None) if not isinstance(prop, list) else None
    return value if isinstance(value, timedelta) else None


def date_props(event: icalendar.Component) -> Iterator[Any]:
    """Every single date value (vDDDTypes) of the event's date properties."""
    for name in DATE_PROPS:
        value: Any = event.get(name)
        for prop in value if isinstance(value, list) else [value]:
            if prop is not None:
                items = getattr(prop, "dts", None)
                yield from items if items is not None else [prop]


def is_broken(value: Any) -> bool:
    """Whether icalendar could not parse the property (or one of a list of them)."""
    if isinstance(value, list):
        return any(is_broken(item) for item in value)
    return isinstance(value, icalendar.vBroken)


def sequence_of(component: icalendar.Component) -> int:
    """The SEQUENCE number; 0 when absent or unreadable."""
    try:
        return int(component.get("SEQUENCE", 0))
    except Exception:
        return 0


def event_label(component: icalendar.Component, position: int) -> str:
    """Name a VEVENT for the preview by its title and UID, else its position in the file."""
    title = clean_line(prop_text(component.get("SUMMARY")), limit=80).text
    uid = clean_line(prop_text(component.get("UID")), limit=120).text
    parts = ["VEVENT"]
    if title:
        parts.append(f'"{title}"')
    if uid:
        parts.append(f"(UID {uid})")
    if not title and not uid:
        parts.append(f"#{position}")
    return " ".join(parts)
