"""Periods and buckets: the concert season, the last 12 months, and everything."""

from __future__ import annotations

from datetime import date

from eventmate.services.insights.periods import (
    Granularity,
    Period,
    bucket_index,
    buckets,
    season_start,
)


def keys(period: Period, today: date, first: date | None = None) -> list[str]:
    return [bucket.key for bucket in buckets(period, today, first)]


def test_a_season_starts_on_the_first_of_september() -> None:
    assert season_start(date(2026, 8, 31)) == date(2025, 9, 1)
    assert season_start(date(2026, 9, 1)) == date(2026, 9, 1)
    assert season_start(date(2027, 1, 15)) == date(2026, 9, 1)


def test_this_season_up_to_this_month() -> None:
    assert keys(Period.SEASON, date(2026, 9, 1)) == ["2026-09"]
    assert keys(Period.SEASON, date(2027, 2, 3)) == [
        "2026-09",
        "2026-10",
        "2026-11",
        "2026-12",
        "2027-01",
        "2027-02",
    ]


def test_the_last_twelve_months_end_with_this_one() -> None:
    assert keys(Period.YEAR, date(2027, 1, 31)) == [
        "2026-02",
        "2026-03",
        "2026-04",
        "2026-05",
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
        "2026-11",
        "2026-12",
        "2027-01",
    ]
    assert keys(Period.YEAR, date(2026, 12, 1))[0] == "2026-01"


def test_all_is_monthly_for_two_years_then_by_season() -> None:
    assert keys(Period.ALL, date(2026, 11, 25), None) == ["2026-11"]
    assert len(keys(Period.ALL, date(2026, 11, 25), date(2024, 12, 3))) == 24
    ten_years = buckets(Period.ALL, date(2026, 11, 25), date(2016, 10, 2))
    assert {bucket.granularity for bucket in ten_years} == {Granularity.SEASON}
    assert [bucket.key for bucket in ten_years][:2] == ["2016-17", "2017-18"]
    assert ten_years[-1].key == "2026-27"
    assert len(ten_years) == 11


def test_a_day_finds_its_bucket() -> None:
    months = buckets(Period.SEASON, date(2026, 11, 25), None)
    assert bucket_index(months, date(2026, 9, 1)) == 0
    assert bucket_index(months, date(2026, 11, 30)) == 2
    assert bucket_index(months, date(2026, 8, 31)) is None
    assert bucket_index(months, date(2026, 12, 1)) is None
    seasons = buckets(Period.ALL, date(2026, 11, 25), date(2016, 10, 2))
    assert bucket_index(seasons, date(2017, 8, 31)) == 0
    assert bucket_index(seasons, date(2017, 9, 1)) == 1
    assert bucket_index(seasons, date(2016, 8, 31)) is None
