"""Home's fast plain-SQL reads held equal to the rules they share with the services.

"Last interaction": Home's reconnects (plain ``sqlite3``) against the keep-in-touch service
(SQLAlchemy) and a reference computed here from the rows, on varied data. "Recently met":
people met at an event or captured, newest meeting first, against a reference built from the
same definition of "met at an event" the rehearsal uses. And the two defects found on Home:
contacts just imported from a vCard file listed as "Recently met", and "Promised, due soon"
empty while promises were due within days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from tests.stores import store_env

from conftest import NOW
from eventmate.domain import timing
from eventmate.domain.kinds import FollowUpStatus
from eventmate.main import main
from eventmate.services.clock import system_clock
from eventmate.services.container import Services
from eventmate.storage import recently_met
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    Event,
    FollowUp,
    Note,
    Person,
    Reflection,
    reflection_mention,
)
from zones import in_zone

DATA = Path(__file__).parents[1] / "data" / "vcards"
DAY = timedelta(days=1)
H = timedelta(hours=1)

#: Moments as hours from NOW (mostly past; a few ahead: clocks and typed dates vary).
hours = st.integers(min_value=-24 * 120, max_value=24)


def _at(offset: int) -> datetime:
    return NOW + offset * H


def _wipe(database: Database) -> None:
    with database.write() as session:
        for table in (
            "reflection_mention",
            "reflection",
            "follow_up",
            "note",
            "capture",
            "person",
            "event",
        ):
            session.execute(text(f"DELETE FROM {table}"))


# -- last interaction ------------------------------------------------------------------------


@dataclass(frozen=True)
class Interactions:
    stored: int | None
    captures: list[int]
    notes: list[int]
    follow_ups: list[tuple[int, bool]]  # (done or created at, done?)
    mentions: list[tuple[int, int | None]]  # the event's (start, length in hours or None)
    cadence: int


interactions = st.builds(
    Interactions,
    stored=st.none() | hours,
    captures=st.lists(hours, max_size=3),
    notes=st.lists(hours, max_size=3),
    follow_ups=st.lists(st.tuples(hours, st.booleans()), max_size=3),
    mentions=st.lists(st.tuples(hours, st.none() | st.integers(0, 6)), max_size=3),
    cadence=st.integers(1, 90),
)


def _expected_last(case: Interactions) -> datetime | None:
    moments = [_at(h) for h in case.captures + case.notes]
    moments += [_at(h) for h, done in case.follow_ups if done]
    moments += [
        timing.event_moment(_at(start), None if length is None else _at(start + length))
        for start, length in case.mentions
    ]
    if case.stored is not None:
        moments.append(_at(case.stored))
    return max(moments, default=None)


def _store_interactions(database: Database, case: Interactions) -> tuple[int, str]:
    with database.write() as session:
        person = Person(
            name="Anna Schmidt",
            cadence_days=case.cadence,
            last_interaction_at=None if case.stored is None else _at(case.stored),
        )
        session.add(person)
        session.flush()
        for offset in case.captures:
            session.add(Capture(raw_text="Anna", person_id=person.id, captured_at=_at(offset)))
        for offset in case.notes:
            session.add(Note(person_id=person.id, text="a note", created_at=_at(offset)))
        for offset, done in case.follow_ups:
            session.add(
                FollowUp(
                    person_id=person.id,
                    text="send the score",
                    status=FollowUpStatus.DONE if done else FollowUpStatus.OPEN,
                    done_at=_at(offset) if done else None,
                    created_at=_at(offset),
                )
            )
        for start, length in case.mentions:
            event = Event(
                title="Gala",
                starts_at=_at(start),
                ends_at=None if length is None else _at(start + length),
            )
            session.add(event)
            session.flush()
            reflection = Reflection(event_id=event.id, body="Talked with @Anna Schmidt")
            session.add(reflection)
            session.flush()
            session.execute(
                reflection_mention.insert().values(reflection_id=reflection.id, person_id=person.id)
            )
        return person.id, person.uid


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=interactions)
def test_home_and_the_service_agree_on_the_last_interaction(
    services: Services, database: Database, case: Interactions
) -> None:
    _wipe(database)
    person_id, uid = _store_interactions(database, case)
    expected = _expected_last(case)

    assert services.keep_in_touch.get(person_id).last_interaction_at == expected
    reconnect = services.home.summary().reconnect
    due = expected is None or expected <= NOW - timedelta(days=case.cadence)
    assert [person.uid for person in reconnect] == ([uid] if due else [])
    if due:
        assert reconnect[0].last_interaction_at == expected


# -- recently met ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Meetings:
    captured: list[int]  # captures of this person, hours from NOW
    first_met_at: int | None  # the start of the event where we first met
    mentioned_at: list[int]  # starts of events whose reflection mentions them


meetings = st.builds(
    Meetings,
    captured=st.lists(hours, max_size=6),
    first_met_at=st.none() | hours,
    mentioned_at=st.lists(hours, max_size=2),
)


def _store_meetings(database: Database, people: list[Meetings]) -> list[int]:
    ids = []
    with database.write() as session:
        for index, person_meetings in enumerate(people):
            person = Person(name=f"Person {index}")
            if person_meetings.first_met_at is not None:
                event = Event(title="Met", starts_at=_at(person_meetings.first_met_at))
                session.add(event)
                session.flush()
                person.met_event_id = event.id
            session.add(person)
            session.flush()
            ids.append(person.id)
            for offset in person_meetings.captured:
                session.add(Capture(raw_text="x", person_id=person.id, captured_at=_at(offset)))
            for offset in person_meetings.mentioned_at:
                event = Event(title="Reflected", starts_at=_at(offset))
                session.add(event)
                session.flush()
                reflection = Reflection(event_id=event.id, body="@Person")
                session.add(reflection)
                session.flush()
                session.execute(
                    reflection_mention.insert().values(
                        reflection_id=reflection.id, person_id=person.id
                    )
                )
        # Someone imported, never met: never listed.
        session.add(Person(name="From my address book"))
    return ids


def _expected_recent(ids: list[int], people: list[Meetings], limit: int) -> list[int]:
    newest: dict[int, datetime] = {}
    for person_id, person_meetings in zip(ids, people, strict=True):
        moments = [_at(h) for h in person_meetings.captured]
        moments += [
            _at(h)
            for h in [person_meetings.first_met_at, *person_meetings.mentioned_at]
            if h is not None and _at(h) <= NOW
        ]
        if moments:
            newest[person_id] = max(moments)
    ranked = sorted(newest, key=lambda pid: (newest[pid], pid), reverse=True)
    return ranked[:limit]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(people=st.lists(meetings, max_size=9), scan=st.sampled_from([1, 4]))
def test_recently_met_is_who_was_met_newest_meeting_first(
    services: Services, database: Database, people: list[Meetings], scan: int
) -> None:
    _wipe(database)
    ids = _store_meetings(database, people)
    # A scan of one row per person wanted makes the reads grow (one person met many times).
    with mock.patch.object(recently_met, "SCAN_PER_PERSON", scan):
        recent = services.home.summary(people_limit=5).recent_people
    assert [person.id for person in recent] == _expected_recent(ids, people, 5)


def test_contacts_just_imported_are_not_recently_met(
    services: Services, database: Database
) -> None:
    """The defect: "text birthday" and "with photo v4", imported from vCards, were listed."""
    with database.write() as session:
        gala = Event(title="Autumn Gala", starts_at=NOW - 3 * DAY)
        session.add(gala)
        session.flush()
        session.add(Person(name="Seán O'Brien", met_event_id=gala.id, created_at=NOW - 3 * DAY))
    services.capture.capture("Anna Schmidt (viola) — loves Bartók")
    for name in ("khard__text-bday.vcf", "khard__photov4.vcf"):
        services.vcards.apply(services.vcards.preview((DATA / name).read_bytes()))
    with database.read() as session:
        imported = session.scalars(
            select(Person.name).where(Person.name.not_in(["Anna Schmidt", "Seán O'Brien"]))
        ).all()
    assert len(imported) == 2  # the import did make two people
    recent = [person.name for person in services.home.summary().recent_people]
    assert recent == ["Anna Schmidt", "Seán O'Brien"]


# -- promised, due soon ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["UTC", "Pacific/Auckland", "America/Los_Angeles"])
def test_promises_made_at_tonights_event_are_due_soon_in_any_time_zone(
    database: Database,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    """The defect: Home said nothing was waiting while three promises were due within days.

    Promises are due 72 hours after the event; Home looked 72 hours ahead of the moment it
    was read, so promises made at an event not over yet (from the command line or capture
    mode) fell just outside, and stayed out of sight until the evening they were due.
    """
    for key, value in store_env(data_dir).items():  # the command line on the same store
        monkeypatch.setenv(key, value)
    with in_zone(name):
        now = system_clock()
        services = Services(database, data_dir / "backups", clock=system_clock)
        with database.write() as session:
            gala = Event(title="Autumn Gala", starts_at=now - H, ends_at=now + 3 * H)
            session.add(gala)
            session.flush()
            gala_uid = gala.uid
        for line in (
            "Anna !send the Ligeti recording",
            "Ben !ask for the score",
            "Carla !catch up",
        ):
            args = ["--data-dir", str(data_dir), "capture", "--event", gala_uid, line]
            assert main(args) == 0
        assert main(["--data-dir", str(data_dir), "capture", "Dan !send photos"]) == 0
        capsys.readouterr()

        due = services.home.summary().due
        assert sorted(item.text for item in due) == [
            "ask for the score",
            "catch up",
            "send photos",
            "send the Ligeti recording",
        ]
        # The Follow-ups service's "due soon" is the same rule.
        assert {item.uid for item in services.followups.due()} == {item.uid for item in due}


def test_a_promise_for_tomorrows_event_is_due_soon_once_it_is_near(
    database: Database, data_dir: Path
) -> None:
    tomorrow = NOW + DAY

    def home_at(moment: datetime) -> list[str]:
        services = Services(database, data_dir / "backups", clock=lambda: moment)
        return [item.text for item in services.home.summary().due]

    services = Services(database, data_dir / "backups", clock=lambda: NOW)
    with database.write() as session:
        event = Event(title="Chamber series", starts_at=tomorrow)
        session.add(event)
        session.flush()
        event_uid = event.uid
    services.capture.capture("Anna !send the Ligeti recording", event_uid)
    with database.read() as session:
        due_at = session.scalars(select(FollowUp.due_at)).one()
    assert due_at == tomorrow + timing.DUE_AFTER_EVENT
    assert home_at(NOW) == []  # four days ahead: not yet
    assert home_at(tomorrow) == ["send the Ligeti recording"]


def test_a_far_promise_is_not_due_soon(services: Services) -> None:
    services.followups.add("next month", due_at=NOW + 30 * DAY)
    services.followups.add("in three days", due_at=NOW + 3 * DAY)
    assert [item.text for item in services.home.summary().due] == ["in three days"]


def test_the_summary_says_when_it_was_read(services: Services) -> None:
    assert services.home.summary().now == NOW.astimezone(UTC)
