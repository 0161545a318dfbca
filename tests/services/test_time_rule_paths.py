"""Every path reaches the one home of each time rule (``domain.timing``).

The follow-up due default: a capture typed (GUI) or pasted, one from the command line, a
follow-up added on its page, and the date that page proposes. "An event running without an
end": Home's plain SQL (next event, the invitation to reflect), capture mode's current event
and the events list (also the command line's).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from tests.stores import store_env

from conftest import NOW
from eventmate.domain import timing
from eventmate.main import main
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.home_queries import NOT_OVER, OVER
from eventmate.storage.models import Break, Capture, Event, FollowUp
from eventmate.storage.sql import stored_moment as stored

H = timedelta(hours=1)
DAY = timedelta(days=1)
M = timedelta(minutes=1)

#: Events a promise can be made at, as (start, end or None); None: without an event.
EVENTS: dict[str, tuple[datetime, datetime | None] | None] = {
    "no event": None,
    "ended an hour ago": (NOW - 3 * H, NOW - H),
    "no end, started two hours ago": (NOW - 2 * H, None),
    "running until later tonight": (NOW - H, NOW + 3 * H),
    "tomorrow, no end": (NOW + DAY, None),
    "a month ago": (NOW - 30 * DAY, NOW - 30 * DAY + 2 * H),
}


def _add_event(database: Database, starts: datetime, ends: datetime | None) -> tuple[int, str]:
    with database.write() as session:
        event = Event(title="Autumn Gala", starts_at=starts, ends_at=ends)
        session.add(event)
        session.flush()
        return event.id, event.uid


def _due_of_capture(database: Database, capture_uid: str) -> tuple[datetime, datetime]:
    """(due date of the capture's promise, when it was captured)."""
    with database.read() as session:
        row = session.execute(
            select(FollowUp.due_at, Capture.captured_at)
            .join(Capture, Capture.id == FollowUp.capture_id)
            .where(Capture.uid == capture_uid)
        ).one()
    assert row[0] is not None
    return row[0], row[1]


@pytest.mark.parametrize("shape", EVENTS)
def test_every_way_to_make_a_promise_gets_the_same_due_date(
    services: Services,
    database: Database,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    shape: str,
) -> None:
    for key, value in store_env(data_dir).items():  # the command line on the same store
        monkeypatch.setenv(key, value)
    event = EVENTS[shape]
    event_id, event_uid = _add_event(database, *event) if event else (None, None)
    expected = timing.default_due(NOW, event)

    typed = services.capture.capture("Anna Schmidt !send the Ligeti recording", event_uid)
    assert _due_of_capture(database, typed.uid)[0] == expected
    pasted = services.capture.capture_many(["Ben Ode !ask for the score"], event_uid)
    assert _due_of_capture(database, pasted.results[0].uid)[0] == expected
    assert services.followups.add("call Carla", event_uid=event_uid).due_at == expected
    assert services.followups.default_due(event_id) == expected

    # The command line runs in its own process with the real clock: the same rule from then.
    args = ["--data-dir", str(data_dir), "capture", "Dan Wu !send photos"]
    assert main([*args, "--event", event_uid] if event_uid else args) == 0
    with database.read() as session:
        cli_uid = session.scalars(select(Capture.uid).order_by(Capture.id.desc())).first()
    assert cli_uid is not None
    due, captured_at = _due_of_capture(database, cli_uid)
    assert due == timing.default_due(captured_at, event)
    capsys.readouterr()


#: Events relative to NOW, for "running without an end" (start, end or None).
RUNNING: dict[str, tuple[datetime, datetime | None]] = {
    "no end, started an hour ago": (NOW - H, None),
    "no end, started 3 h 59 ago": (NOW - 4 * H + timedelta(minutes=1), None),
    "no end, started five hours ago": (NOW - 5 * H, None),
    "no end, starts in an hour": (NOW + H, None),
    "ends in an hour": (NOW - 2 * H, NOW + H),
    "ended an hour ago": (NOW - 3 * H, NOW - H),
}


@pytest.mark.parametrize("shape", RUNNING)
def test_every_view_agrees_whether_an_event_is_still_on(
    services: Services, database: Database, shape: str
) -> None:
    starts, ends = RUNNING[shape]
    _, uid = _add_event(database, starts, ends)
    over = timing.is_over(starts, ends, NOW)

    summary = services.home.summary()
    # Home: the next (or running) event until it is over, then the invitation to reflect.
    assert (summary.next_event is not None and summary.next_event.uid == uid) is not over
    assert (summary.to_reflect is not None and summary.to_reflect.uid == uid) is (
        over and starts <= NOW
    )
    # The events list (and `eventmate event list`): upcoming while it is not over.
    listed = services.events.list_events()
    assert [row.uid for row in listed.upcoming] == ([] if over else [uid])
    # Capture mode: an event on now is the current one.
    if timing.is_on(starts, ends, NOW):
        current = services.capture.current_event(NOW)
        assert current is not None
        assert current.uid == uid


def test_the_sql_conditions_are_the_rule(database: Database) -> None:
    """Home's SQL states "over" with parameters; on a table of events and moments it agrees."""
    shapes = [
        (NOW + offset, None if length is None else NOW + offset + length)
        for offset in (-6 * H, -4 * H, -H, timedelta(0), H)
        for length in (None, timedelta(0), H, 5 * H)
    ]
    ids = [_add_event(database, *shape)[0] for shape in shapes]
    # As Home passes times: SQLite's stored text, a server's naive UTC.
    convert = stored if database.path is not None else _naive_utc
    with database.read() as session:
        for now in (NOW - H, NOW, NOW + 2 * H, NOW + 4 * H):
            params = {"now": convert(now), "running_since": convert(timing.running_since(now))}
            for condition, want in ((OVER, True), (NOT_OVER, False)):
                query = text(f"SELECT e.id FROM event e WHERE {condition}")
                found = {row[0] for row in session.execute(query, params)}
                expected = {
                    event_id
                    for event_id, (starts, ends) in zip(ids, shapes, strict=True)
                    if timing.is_over(starts, ends, now) is want
                }
                assert found == expected, (condition, now)


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


@pytest.mark.parametrize("since", [-1, 0, 14, 15, 16])
def test_capture_and_capture_mode_agree_whether_a_break_is_on(
    services: Services, database: Database, since: int
) -> None:
    """The interval: a capture made then is filed under it, and capture mode shows it as on."""
    event_id, event_uid = _add_event(database, NOW - 2 * H, NOW + H)
    with database.write() as session:
        session.add(
            Break(event_id=event_id, label="Interval", starts_at=NOW - since * M, minutes=15)
        )
    on = timing.in_break(NOW - since * M, 15, NOW)
    assert on is (0 <= since < 15)

    captured = services.capture.capture("Anna Schmidt (viola)", event_uid)
    with database.read() as session:
        break_id = session.scalars(select(Capture.break_id).where(Capture.uid == captured.uid))
        assert (break_id.one() is not None) is on
    status = services.capture.current_break(event_uid, NOW)
    assert (status is not None and status.is_on) is on
    assert (services.capture.context.break_id_at(event_id, NOW) is not None) is on
