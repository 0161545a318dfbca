"""Periods an insight covers (this season, the last 12 months, everything) and their buckets.

A **season** is the concert season: 1 September to 31 August, named by its two years
("2025–26"). Orchestras, opera houses and conservatoires plan by it, so a musician's year does
too. "This season" runs from the 1st of September before today up to today.

Charts over time count by calendar month (local time). "All" counts by month while that fits
two years; beyond, by season, so ten years read as ten bars rather than 120 slivers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

#: The month a season starts in (September).
SEASON_START_MONTH = 9
#: "All" is shown month by month up to this many months, by season beyond.
MAX_MONTH_BUCKETS = 24


class Period(StrEnum):
    """Which stretch of time the insights look at."""

    SEASON = "season"
    YEAR = "year"
    ALL = "all"


class Granularity(StrEnum):
    """How long one bucket of a chart over time is."""

    MONTH = "month"
    SEASON = "season"


@dataclass(frozen=True, slots=True, order=True)
class Bucket:
    """One bar's stretch of time: ``start`` (inclusive) to ``end`` (exclusive), local dates."""

    start: date
    end: date
    granularity: Granularity

    @property
    def key(self) -> str:
        """A stable name: ``2026-09`` for a month, ``2025-26`` for a season."""
        if self.granularity is Granularity.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return f"{self.start.year:04d}-{(self.start.year + 1) % 100:02d}"


def month_start(day: date) -> date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def season_start(day: date) -> date:
    """The 1st of September on or before ``day``: the start of its concert season."""
    year = day.year if day.month >= SEASON_START_MONTH else day.year - 1
    return date(year, SEASON_START_MONTH, 1)


def period_start(period: Period, today: date, first_day: date | None) -> date:
    """The first local day ``period`` covers (``first_day``: the earliest day with data)."""
    if period is Period.SEASON:
        return season_start(today)
    if period is Period.YEAR:
        # The twelve calendar months ending with this one.
        months = today.year * 12 + today.month - 1 - 11
        return date(months // 12, months % 12 + 1, 1)
    return month_start(min(first_day or today, today))


def buckets(period: Period, today: date, first_day: date | None) -> tuple[Bucket, ...]:
    """The buckets of ``period`` up to and including today's month (or season)."""
    start = period_start(period, today, first_day)
    months: list[date] = []
    cursor = start
    while cursor <= today:
        months.append(cursor)
        cursor = next_month(cursor)
    if period is Period.ALL and len(months) > MAX_MONTH_BUCKETS:
        seasons: list[Bucket] = []
        cursor = season_start(start)
        while cursor <= today:
            following = date(cursor.year + 1, SEASON_START_MONTH, 1)
            seasons.append(Bucket(cursor, following, Granularity.SEASON))
            cursor = following
        return tuple(seasons)
    return tuple(Bucket(month, next_month(month), Granularity.MONTH) for month in months)


def bucket_index(all_buckets: tuple[Bucket, ...], day: date) -> int | None:
    """The position of the bucket holding ``day`` (None if outside them all)."""
    if not all_buckets or day < all_buckets[0].start or day >= all_buckets[-1].end:
        return None
    if all_buckets[0].granularity is Granularity.MONTH:
        first = all_buckets[0].start
        return (day.year - first.year) * 12 + day.month - first.month
    return season_start(day).year - all_buckets[0].start.year
