"""Numbers, days and times written the way the user's language writes them (English, German).

A small table instead of Babel or ``locale``: the command line prints dates on its start-up
path, and these two languages are all the catalogue has. A language without a row is written
as English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from eventmate.domain.i18n import current_language

__all__ = ["day", "day_and_time", "decimal", "number", "weekday_day"]


@dataclass(frozen=True, slots=True)
class _Style:
    thousands: str
    decimal: str
    weekdays: tuple[str, ...]  # Monday first, as date.weekday() counts
    months: tuple[str, ...]
    day: str  # fields: {wd} weekday, {d} day, {m} month number, {mon} month name, {y} year
    numeric_day: str


_STYLES = {
    "en": _Style(
        thousands=",",
        decimal=".",
        weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        day="{wd} {d:02} {mon} {y}",
        numeric_day="{wd} {y}-{m:02}-{d:02}",
    ),
    "de": _Style(
        thousands=".",
        decimal=",",
        weekdays=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
        months=(
            "Jan.",
            "Feb.",
            "März",
            "Apr.",
            "Mai",
            "Juni",
            "Juli",
            "Aug.",
            "Sept.",
            "Okt.",
            "Nov.",
            "Dez.",
        ),
        day="{wd}, {d}. {mon} {y}",
        numeric_day="{wd} {d:02}.{m:02}.{y}",
    ),
}


def _style() -> _Style:
    return _STYLES.get(current_language().split("_")[0], _STYLES["en"])


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the language's grouping and decimal mark: 12,345.5 or 12.345,5."""
    style = _style()
    text = f"{value:,.{decimals}f}"
    return text.translate({ord(","): style.thousands, ord("."): style.decimal})


def decimal(value: float | str) -> str:
    """``value`` as Python writes it (3.25, 4.0, or as already formatted: f"{x:g}"), with the
    language's decimal mark (3,25)."""
    return str(value).replace(".", _style().decimal)


def day(moment: date) -> str:
    """A day with its weekday and month name: "Sat 05 Dec 2026", "Sa, 5. Dez. 2026"."""
    style = _style()
    return style.day.format(
        wd=style.weekdays[moment.weekday()],
        d=moment.day,
        m=moment.month,
        mon=style.months[moment.month - 1],
        y=moment.year,
    )


def weekday_day(moment: date) -> str:
    """A day in numbers, weekday first: "Sat 2026-12-05", "Sa 05.12.2026"."""
    style = _style()
    return style.numeric_day.format(
        wd=style.weekdays[moment.weekday()], d=moment.day, m=moment.month, y=moment.year
    )


def day_and_time(moment: datetime) -> str:
    """:func:`weekday_day` and the 24-hour time: "Sat 2026-12-05 19:30", "Sa 05.12.2026 19:30"."""
    return f"{weekday_day(moment)} {moment:%H:%M}"
