"""Resolving an iCalendar file's time zones and turning its times into UTC moments.

A TZID is tried as an IANA name, a Windows name ("W. Europe Standard Time"), the
calendar's own VTIMEZONE, Outlook's ``tzone://Microsoft/...``, a vendor prefix
(``/freeassociation.sourceforge.net/Europe/X``), then a fixed "(UTC+01:00) ..." offset.
Floating times use the calendar's ``X-WR-TIMEZONE`` when it names a known zone, else
the reader's ``local_tz``.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from eventmate.domain.i18n import _
from eventmate.domain.text import clean_line
from eventmate.interop.ics_model import DATE_PROPS, Note
from eventmate.interop.ics_values import prop_text

_ZONE_RULE_PARTS = frozenset(
    {"FREQ", "INTERVAL", "UNTIL", "COUNT", "BYMONTH", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "WKST"}
)
#: Most zone changes a VTIMEZONE's rules may produce up to :data:`_ZONE_HORIZON`. Each offset
#: lookup walks them from the rule's start (dateutil), so hundreds of rules since 1601 cost
#: seconds; an Outlook zone (two rules since 1601) makes about 1,000, one since year 1 4,200.
_ZONE_CHANGES_BUDGET = 5_000
_ZONE_HORIZON = 2100
_UTC_OFFSET_NAME = re.compile(r"^\(?\s*(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?")


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

    Real zone rules repeat yearly on a month and a weekday or day, one rule per observance;
    anything denser, or more rules than a zone's history needs (:data:`_ZONE_CHANGES_BUDGET`),
    would make every offset lookup slow, so such definitions are not used.
    """
    try:
        if not _plausible(component):
            return None
        zone: tzinfo = component.to_tz(lookup_tzid=False)
        zone.utcoffset(datetime(2020, 1, 1, tzinfo=zone))
        zone.utcoffset(datetime(2020, 7, 1, tzinfo=zone))
    except Exception:
        return None
    return zone


def _plausible(component: icalendar.Timezone) -> bool:
    """True when the VTIMEZONE's rules are yearly and few enough to look offsets up in."""
    try:
        changes = 0
        for sub in component.subcomponents:
            rule: Any = sub.get("RRULE")
            start: Any = sub.get("DTSTART")
            for one in rule if isinstance(rule, list) else [rule] if rule is not None else []:
                if str(one.get("FREQ", [""])[0]).upper() != "YEARLY":
                    return False
                if not set(one.keys()) <= _ZONE_RULE_PARTS:
                    return False
                changes += _yearly_changes(one, start.dt.year if start is not None else 1601)
                if changes > _ZONE_CHANGES_BUDGET:
                    return False
    except Exception:
        return False
    return True


def _yearly_changes(rule: Any, first_year: int) -> int:
    """At most how many changes a YEARLY zone rule makes from ``first_year`` to the horizon."""
    months = len(rule.get("BYMONTH", ()))
    # A weekday without an ordinal ("SU") is every such day: up to five a month.
    per_month = len(rule.get("BYMONTHDAY", ())) or sum(
        1 if re.match(r"^[+-]?\d", str(day)) else 5 for day in rule.get("BYDAY", ())
    )
    if rule.get("BYYEARDAY"):
        per_year = len(rule["BYYEARDAY"])
    elif per_month:
        per_year = (months or 12) * per_month
    else:
        per_year = months or 1
    interval = max(1, int(rule.get("INTERVAL", [1])[0]))
    last_year = _ZONE_HORIZON
    until = rule.get("UNTIL")
    if until:
        last_year = min(last_year, until[0].year)
    years = max(1, (last_year - first_year) // interval + 1)
    changes = per_year * years
    count = rule.get("COUNT")
    return min(changes, int(count[0])) if count else changes


class Zones:
    """Resolves TZIDs for one calendar, with the calendar's own VTIMEZONEs."""

    def __init__(self, calendar: icalendar.Calendar) -> None:
        self._definitions: dict[str, icalendar.Timezone] = {}
        #: TZIDs of VTIMEZONEs too dense to use (icalendar puts them on the times it parses).
        self._implausible: set[str] = set()
        for component in calendar.subcomponents:
            if isinstance(component, icalendar.Timezone):
                tzid = prop_text(component.get("TZID"))
                self._definitions.setdefault(tzid, component)
                if not _plausible(component):
                    self._implausible.add(tzid)
        self._cache: dict[str, tzinfo | None] = {}
        wr_timezone = prop_text(calendar.get("X-WR-TIMEZONE")).strip()
        #: Zone for floating times: X-WR-TIMEZONE when it names a real zone.
        self.default = self.resolve(wr_timezone) if wr_timezone else None

    def uses_implausible(self, event: icalendar.Event) -> bool:
        """True when a time of ``event`` carries icalendar's zone from an implausible VTIMEZONE.

        Every offset lookup in such a zone walks all its rules since their start (seconds for
        hundreds of rules), so those times must get this file's zones before anything reads
        them.
        """
        if not self._implausible:
            return False
        for name in DATE_PROPS:
            value: Any = event.get(name)
            for prop in value if isinstance(value, list) else [value]:
                params = getattr(prop, "params", None) or {}
                items = getattr(prop, "dts", None) or [prop]
                for item in items:
                    tzid = getattr(item, "params", {}).get("TZID") or params.get("TZID")
                    if tzid is not None and str(tzid) in self._implausible:
                        return True
        return False

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


class Localizer:
    """Attaches the resolved zones to an event's times; reports each unknown TZID once."""

    def __init__(self, note: Note) -> None:
        self._note = note
        self._warned_zones: set[str] = set()

    def localize(self, event: icalendar.Event, zones: Zones) -> None:
        """Re-attach zones from the TZID parameters, per file (icalendar caches globally)."""
        for name in DATE_PROPS:
            value: Any = event.get(name)
            for prop in value if isinstance(value, list) else [value]:
                if prop is None:
                    continue
                items = getattr(prop, "dts", None)
                params = getattr(prop, "params", {})
                for item in items if items is not None else [prop]:
                    tzid = item.params.get("TZID") or params.get("TZID")
                    item.dt = self._wall(item.dt, item.params, tzid, zones)

    def _wall(self, value: Any, params: Any, tzid: str | None, zones: Zones) -> Any:
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

    def _warn_zone(self, tzid: str, zones: Zones) -> None:
        if tzid in self._warned_zones:
            return
        self._warned_zones.add(tzid)
        if zones.default is not None:
            reason = _("unknown time zone; its times were read as the calendar's time zone")
        else:
            reason = _("unknown time zone; its times were read as local time")
        self._note(f'time zone "{clean_line(tzid, limit=80).text}"', reason)


def to_utc(value: date, local_tz: tzinfo | None) -> datetime:
    """Return the moment as aware UTC: floating times and dates in ``local_tz``.

    A ``local_tz`` of None means the system's local time.
    """
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return value.astimezone(UTC)
        return _wall_to_utc(value.replace(tzinfo=None), local_tz)
    return _wall_to_utc(datetime.combine(value, time()), local_tz)


def _wall_to_utc(naive: datetime, local_tz: tzinfo | None) -> datetime:
    if local_tz is not None:
        return naive.replace(tzinfo=local_tz).astimezone(UTC)
    try:
        return naive.astimezone(UTC)  # the system's local time, DST included
    except (OverflowError, OSError, ValueError):
        offset = datetime.now().astimezone().utcoffset() or timedelta(0)
        return (naive - offset).replace(tzinfo=UTC)
