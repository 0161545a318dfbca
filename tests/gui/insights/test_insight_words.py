"""Each chart's reading in plain, kind words, for every case that changes the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from eventmate.domain.kinds import EventKind, IntentionKind
from eventmate.gui.insights import words
from eventmate.services.insights import readings
from eventmate.services.insights.periods import Bucket, Granularity


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """QLocale and translations need the application."""


def test_people() -> None:
    assert words.people_reading(readings.PeopleReading(0, 0, None, 0)).startswith("Nobody")
    assert words.people_reading(readings.PeopleReading(40, 25, EventKind.RECEPTION, 18)) == (
        "Receptions are where you met the most people (18 of 40); 25 were first meetings."
    )
    assert words.people_reading(readings.PeopleReading(3, 0, EventKind.MASTERCLASS, 3)) == (
        "Masterclasses are where you met the most people (3 of 3); all were people you "
        "already knew."
    )


def test_promises() -> None:
    none = readings.PromisesReading(0, 0, 0, 0, 0, 0)
    assert words.my_promises_reading(none).startswith("No promises made")
    assert words.their_promises_reading(none) == "No promises made to you noted in this period."
    some = readings.PromisesReading(22, 18, 15, 3, 8, 5)
    assert words.my_promises_reading(some) == (
        "You kept 18 of the 22 promises you made, 15 of them on time; 3 you let rest."
    )
    assert words.their_promises_reading(some) == "5 of the 8 promises made to you came through."


def test_intentions() -> None:
    assert words.intentions_reading(readings.IntentionsReading(0, None, 0, 0)).startswith(
        "After an event"
    )
    assert words.intentions_reading(readings.IntentionsReading(1, None, 0, 0)).startswith(
        "A few more"
    )
    assert words.intentions_reading(readings.IntentionsReading(9, IntentionKind.LEARN, 7, 9)) == (
        "“Learn” intentions were met most often: 7 of 9."
    )


@pytest.mark.parametrize(
    ("reading", "text"),
    [
        (readings.EnergyReading(0, (), ()), "Note your energy before and after an event"),
        (readings.EnergyReading(3, (), (), enough=False), "A few more reflections"),
        (readings.EnergyReading(6, (), (), enough=True), "Your energy is about the same"),
        (
            readings.EnergyReading(
                9, (EventKind.MASTERCLASS,), (EventKind.RECEPTION, EventKind.FUNDRAISER), True
            ),
            "Masterclasses tend to give you energy; receptions and fundraisers tend to cost some.",
        ),
        (
            readings.EnergyReading(4, (), (EventKind.RECEPTION,), True),
            "Receptions tend to cost you some energy.",
        ),
    ],
)
def test_energy(reading: readings.EnergyReading, text: str) -> None:
    assert words.energy_reading(reading).startswith(text)


def test_giving() -> None:
    assert words.giving_reading(readings.GivingReading(0, 0)).startswith("Nothing given")
    assert words.giving_reading(readings.GivingReading(1, 1)) == "You gave once and received once."
    assert words.giving_reading(readings.GivingReading(12, 9)) == (
        "You gave 12 times and received 9 times."
    )


def test_bucket_labels() -> None:
    september = Bucket(date(2026, 9, 1), date(2026, 10, 1), Granularity.MONTH)
    january = Bucket(date(2027, 1, 1), date(2027, 2, 1), Granularity.MONTH)
    season = Bucket(date(2025, 9, 1), date(2026, 9, 1), Granularity.SEASON)
    assert words.bucket_label(september, first=True).endswith("2026")
    assert "2026" not in words.bucket_label(september, first=False)
    assert words.bucket_label(january, first=False).endswith("2027")
    assert words.bucket_label(season, first=False) == "2025–26"
