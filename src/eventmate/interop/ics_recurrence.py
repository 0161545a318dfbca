"""Expanding repeating events into their occurrences in a window, within bounded work.

Only occurrences starting in ``[window_start, window_end)`` are returned, at most
:data:`~eventmate.interop.ics_model.MAX_OCCURRENCES` per series. SECONDLY and MINUTELY
rules, rules whose INTERVAL is not a positive whole number (``INTERVAL=0`` would make the
rule library yield the same date forever), rules that never match, rules too dense to walk
and series beyond the file's work budget are refused with a reason; old series are moved
forward by whole intervals first, which leaves their dates unchanged but spares walking
decades of occurrences.

The estimate is also the limit: each rule handed to the rule library carries a COUNT no
larger than the occurrences the estimate allowed for (up to the end of the queried span), so
the library stops there even if the estimate were wrong.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, cast

import icalendar
import recurring_ical_events  # type: ignore[import-untyped, unused-ignore]
from dateutil.rrule import rrulestr  # type: ignore[import-untyped, unused-ignore]

from eventmate.domain.i18n import _
from eventmate.interop.ics_model import MAX_OCCURRENCES, Note
from eventmate.interop.ics_values import date_of, dates_of, start_of
from eventmate.interop.ics_zones import to_utc

# Estimated rule iterations (periods x candidates) above which a series is not expanded.
_MAX_RULE_STEPS = 100_000
# Extra span queried around the window so floating and all-day times are never missed.
_SLACK = timedelta(days=2)
# A repetition is expanded in at most this many slices, so the cap stops work early.
_SLICES = 24
# Occurrence rescans allowed for slicing one series (each slice rescans from DTSTART).
_SCAN_BUDGET = 1_000_000
# How many rule iterations one imported occurrence costs (it is copied and converted).
_YIELD_COST = 50
# How many times cheaper the rule library checks a candidate date than it yields one.
_CHEAP = 50
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


def recurrence_id_of(component: icalendar.Component, local_tz: tzinfo | None) -> str:
    """The occurrence's original start: UTC ISO date-time, ISO date, or "" for none."""
    prop = component.get("RECURRENCE-ID")
    if prop is None or isinstance(prop, list):
        return ""
    value = prop.dt
    if isinstance(value, datetime):
        return to_utc(value, local_tz).astimezone(UTC).isoformat()
    return value.isoformat() if isinstance(value, date) else ""


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


def _shift(moment: datetime, delta: timedelta) -> datetime:
    try:
        return moment + delta
    except OverflowError:
        return (
            datetime.max.replace(tzinfo=UTC)
            if delta > timedelta(0)
            else datetime.min.replace(tzinfo=UTC)
        )


class Expander:
    """Expands the repeating events of one file, sharing one work budget among them."""

    def __init__(
        self,
        window_start: datetime,
        window_end: datetime,
        local_tz: tzinfo | None,
        budget: float,
        note: Note,
    ) -> None:
        self.window_start = window_start
        self.window_end = window_end
        self._local_tz = local_tz
        self._budget = budget
        self._note = note

    def _instant(self, value: date) -> datetime:
        return to_utc(value, self._local_tz)

    def expand(
        self, master: icalendar.Event, overrides: list[icalendar.Event], label: str
    ) -> list[icalendar.Component] | None:
        """Return the occurrences starting in the window, or None when refused."""
        starts = [start_of(master), *dates_of(master, "RDATE"), *map(start_of, overrides)]
        if min(self._instant(start) for start in starts) >= self.window_end:
            return []  # nothing can start in the window: no need to run the rules
        low = _shift(self.window_start, -_SLACK)
        high = _shift(self.window_end, _SLACK)
        if high <= low:
            return []
        refusal = _unusable_interval(master)
        if refusal is not None:
            self._note(label, refusal)
            return None
        self._fast_forward(master, low)
        plan = self._plan(master, high)
        if isinstance(plan, str):
            self._note(label, plan)
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
                start = self._instant(start_of(component))
                key = (recurrence_id_of(component, self._local_tz), start.isoformat())
                if key in seen or not self.window_start <= start < self.window_end:
                    continue
                seen.add(key)
                kept.append((start, component))
            slice_start = slice_end
        kept.sort(key=lambda item: item[0])
        if len(kept) > MAX_OCCURRENCES:
            self._note(
                label,
                _(
                    "repeats more than {n} times in the chosen period; "
                    "only the first {n} were imported"
                ).format(n=MAX_OCCURRENCES),
            )
        return [component for _, component in kept[:MAX_OCCURRENCES]]

    def _plan(self, master: icalendar.Event, high: datetime) -> int | str:
        """Return in how many slices to expand the window, or why the rules are refused.

        The cost of a rule is estimated from its frequency, interval and BY parts as the
        dates the rule library walks from DTSTART to the window's end, plus the dearer
        occurrences inside the window. Rules that are too dense, that never match, or
        that exceed the file's budget are refused. The window is queried in one go
        unless it may hold more than :data:`MAX_OCCURRENCES`; slices then let the cap
        stop early, but each rescans the occurrences since DTSTART, so dense rules get
        few. Each rule is then capped (:func:`_cap_count`) at what was estimated up to
        ``high``, so the estimate bounds the real work.
        """
        rules: Any = master.get("RRULE")
        start = start_of(master)
        first = self._instant(start)
        steps = 0.0
        in_window = float(len(dates_of(master, "RDATE")))
        span = (self.window_end - self.window_start).total_seconds()
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            freq = str(rule.get("FREQ", [""])[0]).upper()
            if freq in {"SECONDLY", "MINUTELY"}:
                return _("repeats {frequency}, which no event calendar means; not imported").format(
                    frequency=freq.lower()
                )
            if freq not in _FREQ_SECONDS:
                return _("its repeat rule has an unknown frequency {frequency!r}").format(
                    frequency=freq
                )
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
                return _(
                    "repeats too often ({frequency} since {day}) "
                    "to be expanded safely; not imported"
                ).format(frequency=freq.lower(), day=first.date().isoformat())
            if not self._rule_matches(rule, start):
                return _("its repeat rule never produces a date; not imported")
            span_end = high if not rule.get("UNTIL") else min(high, until)
            allowed = (max(0.0, (span_end - first).total_seconds()) / period + 2) * occurrences
            _cap_count(rule, int(allowed) + MAX_OCCURRENCES)
        in_window = min(in_window, 1.5 * MAX_OCCURRENCES)  # slices stop near the cap
        self._budget -= steps + _YIELD_COST * in_window
        if self._budget < 0:
            return _("the file has too many repeating events to expand; not imported")
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
        start = start_of(master)
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
        end = date_of(master, "DTEND")
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
            for _occurrence in rrulestr(text, dtstart=first):
                return True
        except Exception:
            return True  # let the real expansion report what is wrong
        return False


def _rules(master: icalendar.Event) -> list[Any]:
    rules: Any = master.get("RRULE")
    return rules if isinstance(rules, list) else [rules] if rules is not None else []


def _unusable_interval(master: icalendar.Event) -> str | None:
    """Why a rule's INTERVAL cannot be used (RFC 5545: a positive integer), or None.

    Checked before the rule library sees the rule: with ``INTERVAL=0`` it yields the same
    date forever (memory growing until the process dies), with a negative one it walks
    backwards through the centuries.
    """
    for rule in _rules(master):
        values = rule.get("INTERVAL")
        if values is None:
            continue
        value = values[0] if isinstance(values, list) and values else values
        try:
            interval = int(value)
        except (TypeError, ValueError):
            return _("its repeat interval {value!r} is not a number; not imported").format(
                value=str(value)[:20]
            )
        if interval < 1:
            return _("its repeat interval ({interval}) must be 1 or more; not imported").format(
                interval=interval
            )
    return None


def _cap_count(rule: Any, cap: int) -> None:
    """Give ``rule`` a COUNT of at most ``cap`` (keeping a smaller one it has).

    A rule with UNTIL gets none (RFC 5545 forbids both, and the rule library warns): UNTIL
    bounds it already, and its dates were part of the estimate.
    """
    if rule.get("UNTIL"):
        return
    try:
        current = int(rule["COUNT"][0]) if rule.get("COUNT") else None
    except (TypeError, ValueError):
        current = None
    rule["COUNT"] = [max(1, cap if current is None else min(current, cap))]
