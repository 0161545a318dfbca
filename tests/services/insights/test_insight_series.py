"""Insights on known data: every series counts exactly what its definition says."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy.orm import Session

from conftest import NOW
from eventmate.domain.kinds import (
    Direction,
    EventKind,
    ExchangeDirection,
    FollowUpStatus,
    IntentionKind,
    IntentionOutcome,
)
from eventmate.domain.text import fold
from eventmate.services.insights import readings
from eventmate.services.insights.periods import Period
from eventmate.services.insights.series import OUTCOMES, to_json
from eventmate.services.insights.service import InsightsService
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    Event,
    Exchange,
    FollowUp,
    Intention,
    Person,
    Reflection,
)


def at(year: int, month: int, day: int, hour: int = 19) -> datetime:
    return datetime(year, month, day, hour, 30, tzinfo=UTC)


def event(session: Session, title: str, kind: EventKind, starts: datetime) -> Event:
    row = Event(title=title, kind=kind, starts_at=starts, ends_at=starts + timedelta(hours=2))
    session.add(row)
    session.flush()
    return row


def person(session: Session, name: str, met: Event | None = None) -> Person:
    row = Person(
        name=name,
        sort_key=fold(name),
        met_event_id=met.id if met else None,
        first_met_at=met.starts_at if met else None,
    )
    session.add(row)
    session.flush()
    return row


@pytest.fixture
def service(database: Database) -> InsightsService:
    return InsightsService(database, clock=lambda: NOW, zone=UTC)


@pytest.fixture
def known(database: Database) -> dict[str, int]:
    """A season (from 1 Sept 2026) and some of the one before; now is 25 Nov 2026."""
    with database.write() as session:
        gala = event(session, "Autumn Gala", EventKind.CONCERT, at(2026, 9, 12))
        drinks = event(session, "Donor drinks", EventKind.RECEPTION, at(2026, 10, 3))
        class_ = event(session, "Masterclass", EventKind.MASTERCLASS, at(2026, 10, 20))
        spring = event(session, "Spring Recital", EventKind.CONCERT, at(2026, 4, 2))
        future = event(session, "Winter Gala", EventKind.CONCERT, at(2026, 12, 12))
        anna = person(session, "Anna", gala)
        sean = person(session, "Seán", gala)
        zoe = person(session, "Zoë", drinks)
        old = person(session, "Mateo", spring)
        person(session, "Nobody met", None)
        # Anna again at the drinks: captured twice and mentioned in its reflection: once.
        for _ in range(2):
            session.add(Capture(raw_text="Anna again", event_id=drinks.id, person_id=anna.id))
        # Mateo (met in spring) again at the gala; a capture without a person counts nobody.
        session.add(Capture(raw_text="Mateo", event_id=gala.id, person_id=old.id))
        session.add(Capture(raw_text="cellist, red scarf", event_id=gala.id))
        # Someone at a future event is not "met" yet.
        person(session, "Future", future)
        reflection = Reflection(event_id=drinks.id, energy_before=4, energy_after=2)
        reflection.mentions.append(anna)
        reflection.mentions.append(zoe)
        session.add_all(
            [
                reflection,
                Reflection(event_id=gala.id, energy_before=3, energy_after=4),
                Reflection(event_id=class_.id, energy_before=2, energy_after=5),
                Reflection(event_id=spring.id, energy_before=3, energy_after=5),
                Reflection(event_id=future.id, energy_before=3),
            ]
        )
        due = at(2026, 9, 15)
        for status, done_at, direction in (
            (FollowUpStatus.DONE, due - timedelta(days=1), Direction.MINE),  # on time
            (FollowUpStatus.DONE, due, Direction.MINE),  # on time, just
            (FollowUpStatus.DONE, due + timedelta(days=2), Direction.MINE),  # late
            (FollowUpStatus.DONE, None, Direction.MINE),  # done, moment unknown: on time
            (FollowUpStatus.LET_IT_REST, None, Direction.MINE),
            (FollowUpStatus.OPEN, None, Direction.MINE),
            (FollowUpStatus.DONE, due + timedelta(days=9), Direction.THEIRS),  # kept
            (FollowUpStatus.OPEN, None, Direction.THEIRS),
        ):
            session.add(
                FollowUp(
                    person_id=anna.id,
                    event_id=gala.id,
                    text="Send the recording",
                    direction=direction,
                    status=status,
                    due_at=due,
                    done_at=done_at,
                    created_at=at(2026, 9, 12, 22),
                )
            )
        session.add(
            FollowUp(
                person_id=zoe.id,
                text="Tickets",
                direction=Direction.MINE,
                status=FollowUpStatus.DONE,
                due_at=at(2026, 10, 6),
                done_at=at(2026, 10, 5),
                created_at=at(2026, 10, 3, 21),
            )
        )
        session.add(
            FollowUp(
                person_id=old.id,
                text="Last season's promise",
                status=FollowUpStatus.DONE,
                created_at=at(2026, 4, 2, 22),
            )
        )
        for kind, outcome, where in (
            (IntentionKind.CONNECT, IntentionOutcome.MET, gala),
            (IntentionKind.CONNECT, IntentionOutcome.NOT_THIS_TIME, drinks),
            (IntentionKind.CONNECT, None, drinks),
            (IntentionKind.LEARN, IntentionOutcome.MET, class_),
            (IntentionKind.LEARN, IntentionOutcome.MET, gala),
            (IntentionKind.LEARN, IntentionOutcome.PARTLY, drinks),
            (IntentionKind.MINDSET, IntentionOutcome.LET_IT_REST, gala),
            (IntentionKind.OFFER, None, future),  # not yet happened
            (IntentionKind.OFFER, IntentionOutcome.MET, spring),  # last season
        ):
            session.add(Intention(event_id=where.id, kind=kind, text="x", outcome=outcome))
        for day, direction in (
            (date(2026, 9, 20), ExchangeDirection.GAVE),
            (date(2026, 9, 21), ExchangeDirection.GAVE),
            (date(2026, 11, 2), ExchangeDirection.RECEIVED),
            (date(2026, 5, 1), ExchangeDirection.GAVE),
            (date(2026, 12, 1), ExchangeDirection.GAVE),  # a future day is not counted
        ):
            session.add(Exchange(person_id=sean.id, direction=direction, occurred_on=day))
        return {"gala": gala.id, "drinks": drinks.id}


def test_this_season_runs_from_september_to_today(
    service: InsightsService, known: dict[str, int]
) -> None:
    insights = service.insights(Period.SEASON)
    assert [b.key for b in insights.buckets] == ["2026-09", "2026-10", "2026-11"]
    assert insights.first_day == date(2026, 9, 1)
    assert insights.last_day == date(2026, 11, 25)


def test_people_met_counts_each_person_once_per_event_by_kind(
    service: InsightsService, known: dict[str, int]
) -> None:
    met = service.insights(Period.SEASON).people_met
    assert met.kinds == (EventKind.CONCERT, EventKind.RECEPTION)
    # September, the gala: Anna and Seán for the first time, Mateo again.
    assert met.counts[0] == (3, 0)
    # October, the drinks: Zoë for the first time, Anna again (captured twice, mentioned once).
    assert met.counts[1] == (0, 2)
    assert met.counts[2] == (0, 0)
    assert met.first_time == (2, 1, 0)


def test_promises_by_how_they_ended(service: InsightsService, known: dict[str, int]) -> None:
    promises = service.insights(Period.SEASON).promises
    # (on time, late, let rest, open)
    assert promises.mine == ((3, 1, 1, 1), (1, 0, 0, 0), (0, 0, 0, 0))
    # (kept, let rest, open): late or not, a promise made to me that arrived is kept.
    assert promises.theirs == ((1, 0, 1), (0, 0, 0), (0, 0, 0))


def test_intention_outcomes_by_kind(service: InsightsService, known: dict[str, int]) -> None:
    outcomes = service.insights(Period.SEASON).intentions

    def count(kind: IntentionKind, outcome: IntentionOutcome | None) -> int:
        return outcomes.of(kind)[OUTCOMES.index(outcome)]

    assert count(IntentionKind.CONNECT, IntentionOutcome.MET) == 1
    assert count(IntentionKind.CONNECT, IntentionOutcome.NOT_THIS_TIME) == 1
    assert count(IntentionKind.CONNECT, None) == 1
    assert count(IntentionKind.LEARN, IntentionOutcome.MET) == 2
    assert count(IntentionKind.LEARN, IntentionOutcome.PARTLY) == 1
    assert count(IntentionKind.MINDSET, IntentionOutcome.LET_IT_REST) == 1
    assert sum(outcomes.of(IntentionKind.OFFER)) == 0  # one in the future, one last season


def test_energy_before_and_after_by_kind(service: InsightsService, known: dict[str, int]) -> None:
    rows = {row.kind: row for row in service.insights(Period.SEASON).energy}
    assert set(rows) == {EventKind.CONCERT, EventKind.RECEPTION, EventKind.MASTERCLASS}
    assert (rows[EventKind.RECEPTION].before, rows[EventKind.RECEPTION].after) == (4, 2)
    assert rows[EventKind.CONCERT].reflections == 1  # the spring recital is last season
    assert rows[EventKind.MASTERCLASS].change == 3
    everything = {row.kind: row for row in service.insights(Period.ALL).energy}
    assert everything[EventKind.CONCERT].reflections == 2
    assert everything[EventKind.CONCERT].after == 4.5


def test_giving_and_receiving_by_month(service: InsightsService, known: dict[str, int]) -> None:
    giving = service.insights(Period.SEASON).giving
    assert giving.gave == (2, 0, 0)
    assert giving.received == (0, 0, 1)
    year = service.insights(Period.YEAR)
    assert year.buckets[0].key == "2025-12"
    assert len(year.buckets) == 12
    assert sum(year.giving.gave) == 3  # May counts in the last 12 months


def test_all_covers_everything_from_the_first_month(
    service: InsightsService, known: dict[str, int]
) -> None:
    everything = service.insights(Period.ALL)
    assert everything.buckets[0].key == "2026-04"
    assert sum(sum(row) for row in everything.people_met.counts) == 6
    assert sum(sum(row) for row in everything.promises.mine) == 8


def test_one_read_serves_every_period(service: InsightsService, known: dict[str, int]) -> None:
    history = service.history()
    assert service.insights(Period.SEASON, history) == service.insights(Period.SEASON)
    assert service.insights(Period.ALL, history).buckets[0].key == "2026-04"


def test_days_are_local(database: Database, known: dict[str, int]) -> None:
    # 31 August 23:30 UTC is already 1 September in Vienna (UTC+2 in summer): this season.
    with database.write() as session:
        gig = event(session, "Gig", EventKind.GIG, datetime(2026, 8, 31, 23, 30, tzinfo=UTC))
        session.add(Reflection(event_id=gig.id, energy_before=2, energy_after=3))
    vienna = InsightsService(database, clock=lambda: NOW, zone=timezone(timedelta(hours=2)))
    utc = InsightsService(database, clock=lambda: NOW, zone=UTC)
    assert EventKind.GIG in {row.kind for row in vienna.insights(Period.SEASON).energy}
    assert EventKind.GIG not in {row.kind for row in utc.insights(Period.SEASON).energy}


def test_readings_say_what_stands_out(service: InsightsService, known: dict[str, int]) -> None:
    insights = service.insights(Period.SEASON)
    people = readings.people(insights)
    assert (people.met, people.first_time, people.top_kind) == (5, 3, EventKind.CONCERT)
    promises = readings.promises(insights)
    assert (promises.made, promises.kept, promises.on_time, promises.let_rest) == (7, 5, 4, 1)
    assert (promises.made_to_me, promises.kept_for_me) == (2, 1)
    intentions = readings.intentions(insights)
    assert (intentions.best_kind, intentions.best_met, intentions.best_reviewed) == (
        IntentionKind.LEARN,
        2,
        3,
    )
    assert intentions.reviewed == 6
    # One reflection per kind is not a pattern yet.
    assert readings.energy(insights).gives == ()
    assert not readings.energy(insights).enough
    everything = readings.energy(service.insights(Period.ALL))
    assert everything.gives == (EventKind.CONCERT,)
    assert everything.costs == ()
    assert everything.enough
    assert readings.giving(insights) == readings.GivingReading(gave=2, received=1)


def test_energy_reading_needs_a_clear_change(database: Database) -> None:
    with database.write() as session:
        for day, kind, before, after in (
            (3, EventKind.RECEPTION, 4, 2),
            (4, EventKind.RECEPTION, 4, 3),
            (5, EventKind.MASTERCLASS, 2, 4),
            (6, EventKind.MASTERCLASS, 3, 4),
            (7, EventKind.CONCERT, 3, 3),
            (8, EventKind.CONCERT, 3, 4),
        ):
            row = event(session, f"E{day}", kind, at(2026, 10, day))
            session.add(Reflection(event_id=row.id, energy_before=before, energy_after=after))
    service = InsightsService(database, clock=lambda: NOW, zone=UTC)
    reading = readings.energy(service.insights(Period.SEASON))
    assert reading.costs == (EventKind.RECEPTION,)
    assert reading.gives == (EventKind.MASTERCLASS, EventKind.CONCERT)


def test_nothing_yet_gives_empty_series(service: InsightsService) -> None:
    for period in Period:
        insights = service.insights(period)
        assert insights.buckets[-1].key == "2026-11"
        assert insights.people_met.kinds == ()
        assert insights.energy == ()
        assert readings.people(insights).top_kind is None
        assert readings.intentions(insights).best_kind is None
        json.dumps(to_json(insights))


def test_json_names_every_series(service: InsightsService, known: dict[str, int]) -> None:
    document = json.loads(json.dumps(to_json(service.insights(Period.SEASON))))
    assert document["period"] == "season"
    assert document["from"] == "2026-09-01"
    assert document["people_met"][0] == {
        "bucket": "2026-09",
        "start": "2026-09-01",
        "by_kind": {"concert": 3, "reception": 0},
        "first_time": 2,
    }
    assert document["promises"][0]["mine"] == {"on_time": 3, "late": 1, "let_rest": 1, "open": 1}
    assert document["promises"][0]["made_to_me"] == {"kept": 1, "let_rest": 0, "open": 1}
    assert document["intentions"]["learn"]["met"] == 2
    assert document["intentions"]["connect"]["not_reviewed"] == 1
    assert {row["kind"] for row in document["energy"]} == {"concert", "reception", "masterclass"}
    assert document["giving"][1] == {
        "bucket": "2026-10",
        "start": "2026-10-01",
        "gave": 0,
        "received": 0,
    }


def test_the_first_part_is_the_first_charts_data(
    service: InsightsService, known: dict[str, int]
) -> None:
    parts: list[object] = []
    history = service.history(on_first_part=parts.append)
    (first,) = parts
    assert isinstance(first, type(history))
    assert not first.complete
    assert history.complete
    assert first.events == history.events
    assert (first.promises, first.energy, first.intentions, first.exchanges) == ((), (), (), ())
    assert service.insights(Period.SEASON, first).people_met == (
        service.insights(Period.SEASON, history).people_met
    )
    # For one period: only its events are counted first (quick), everything after.
    parts.clear()
    history = service.history(on_first_part=parts.append, first_period=Period.SEASON)
    (first,) = parts
    assert isinstance(first, type(history))
    assert [tally.day for tally in first.events] == [
        date(2026, 9, 12),
        date(2026, 10, 3),
        date(2026, 10, 20),
    ]
    assert len(history.events) == 4
    assert service.insights(Period.SEASON, first).people_met == (
        service.insights(Period.SEASON, history).people_met
    )
