"""The time rules: when an event is on or over, when a promise falls due, what is due soon."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from eventmate.domain import timing
from zones import in_zone

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.mark.parametrize(
    ("starts", "ends", "over", "on", "upcoming"),
    [
        (NOW + H, None, False, False, True),  # tomorrow's, no end
        (NOW + H, NOW + 3 * H, False, False, True),
        (NOW - H, None, False, True, True),  # started an hour ago, no end: running
        (NOW - 4 * H + timedelta(seconds=1), None, False, True, True),
        (NOW - 4 * H, None, True, False, False),  # four hours: over
        (NOW - H, NOW + H, False, True, True),
        (NOW - 2 * H, NOW - H, True, False, False),
        (NOW - H, NOW, True, False, False),  # ends now: over
        (NOW, None, False, True, True),  # starts now
        (NOW, NOW, True, False, True),  # a zero-length event starting now is still to come
    ],
)
def test_an_event_is_on_over_or_upcoming(
    starts: datetime, ends: datetime | None, over: bool, on: bool, upcoming: bool
) -> None:
    assert timing.is_over(starts, ends, NOW) is over
    assert timing.is_on(starts, ends, NOW) is on
    assert timing.is_upcoming(starts, ends, NOW) is upcoming
    # The SQL form: "not over" is a known end after now, or no end and a start after this.
    not_over = (ends is not None and ends > NOW) or (
        ends is None and starts > timing.running_since(NOW)
    )
    assert not_over is not over


def test_an_event_without_an_end_runs_four_hours() -> None:
    assert timing.event_end(NOW, None) == NOW + 4 * H
    assert timing.event_end(NOW, NOW + H) == NOW + H
    assert timing.event_moment(NOW, None) == NOW  # nothing guessed where a date is read
    assert timing.event_moment(NOW, NOW + H) == NOW + H


@pytest.mark.parametrize(
    ("event", "due"),
    [
        (None, NOW + 72 * H),  # no event: 72 hours after now
        ((NOW - 2 * H, NOW - H), NOW - H + 72 * H),  # from the event's end
        ((NOW - 2 * H, None), NOW - 2 * H + 72 * H),  # no end: from its start
        ((NOW - H, NOW + 2 * H), NOW + 2 * H + 72 * H),  # running now: from its end
        ((NOW + 24 * H, None), NOW + 24 * H + 72 * H),  # tomorrow's event
        ((NOW - 30 * 24 * H, None), NOW),  # long past: due now, never before
    ],
)
def test_the_due_default_counts_from_the_event_else_now(
    event: tuple[datetime, datetime | None] | None, due: datetime
) -> None:
    assert timing.default_due(NOW, event) == due


@pytest.mark.parametrize("name", ["UTC", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata"])
def test_due_soon_ends_at_a_local_midnight_after_the_window(name: str) -> None:
    with in_zone(name):
        until = timing.due_soon_until(NOW).astimezone()
        assert (until.hour, until.minute) == (0, 0)
        assert NOW + timing.DUE_SOON < until <= NOW + timing.DUE_SOON + 24 * H


@pytest.mark.parametrize("name", ["UTC", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata"])
def test_promises_made_at_the_event_on_now_are_due_soon_at_any_hour(name: str) -> None:
    """Whatever the hour and the zone, a promise made now without an event, or at an event
    running now (ending later tonight, after midnight, or without an end), is due soon."""
    with in_zone(name):
        for quarter in range(24 * 4):
            now = NOW + quarter * H / 4
            until = timing.due_soon_until(now)
            assert timing.default_due(now) < until
            for event in ((now - H, now + 3 * H), (now - H, now + 4 * H), (now - 2 * H, None)):
                assert timing.default_due(now, event) < until
