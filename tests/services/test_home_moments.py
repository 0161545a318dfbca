"""Home's gentle moments: one look back a day (anniversaries of meeting), names from last night."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from conftest import NOW
from eventmate.domain.kinds import PersonStatus
from eventmate.domain.text import fold
from eventmate.services.container import Services
from eventmate.services.home import one_for_today
from eventmate.storage.engine import Database
from eventmate.storage.home_moments import MET_AT_COUNT, local_midnight
from eventmate.storage.models import Capture, Event, Person, Reflection

TODAY = NOW.astimezone().date()


def evening(day: date, hour: int = 19) -> datetime:
    """``hour`` o'clock on ``day``, local time (whatever the computer's time zone)."""
    return local_midnight(day) + timedelta(hours=hour)


def years_ago(years: int, hour: int = 19) -> datetime:
    return evening(TODAY.replace(year=TODAY.year - years), hour)


def met(
    database: Database, name: str, when: datetime, event: str | None = None, **kw: object
) -> str:
    with database.write() as session:
        event_row = None
        if event is not None:
            event_row = Event(title=event, starts_at=when)
            session.add(event_row)
            session.flush()
        person = Person(
            name=name,
            sort_key=fold(name),
            first_met_at=when,
            met_event_id=event_row.id if event_row else None,
            **kw,
        )
        session.add(person)
        session.flush()
        return person.uid


def test_nothing_to_look_back_on(services: Services) -> None:
    assert services.home.summary().on_this_day is None


def test_a_year_ago_today_you_met(services: Services, database: Database) -> None:
    anna = met(database, "Anna Schmidt", years_ago(1), event="Autumn Gala")
    met(database, "Yesterday's friend", years_ago(1) - timedelta(days=1))
    moment = services.home.summary().on_this_day
    assert moment is not None
    assert (moment.years_ago, moment.person_uid, moment.person_name, moment.event_title) == (
        1,
        anna,
        "Anna Schmidt",
        "Autumn Gala",
    )


def test_late_and_early_in_the_local_day_count(services: Services, database: Database) -> None:
    met(database, "Just after midnight", years_ago(2, hour=0) + timedelta(minutes=5))
    assert services.home.summary().on_this_day is not None
    with database.write() as session:
        session.execute(text("DELETE FROM person"))
    met(database, "Just before midnight", years_ago(2, hour=23) + timedelta(minutes=50))
    moment = services.home.summary().on_this_day
    assert moment is not None
    assert moment.person_name == "Just before midnight"


def test_the_latest_year_with_someone_and_only_one_a_day(
    services: Services, database: Database
) -> None:
    met(database, "Three years ago", years_ago(3))
    met(database, "Two years ago A", years_ago(2))
    met(database, "Two years ago B", years_ago(2, hour=20))
    moment = services.home.summary().on_this_day
    assert moment is not None
    assert moment.years_ago == 2
    assert moment.person_name in {"Two years ago A", "Two years ago B"}
    # The same all day.
    assert services.home.summary().on_this_day == moment


def test_people_resting_are_not_brought_up(services: Services, database: Database) -> None:
    met(database, "Resting", years_ago(1), status=PersonStatus.RESTING)
    assert services.home.summary().on_this_day is None


def test_an_event_on_this_day_when_nobody_was_first_met(
    services: Services, database: Database
) -> None:
    with database.write() as session:
        session.add(Event(title="Spring Recital", starts_at=years_ago(4)))
    moment = services.home.summary().on_this_day
    assert moment is not None
    assert (moment.years_ago, moment.event_title, moment.person_uid) == (4, "Spring Recital", None)


def test_the_day_chooses_among_several() -> None:
    people = [("a", "A", None), ("b", "B", None), ("c", "C", None)]
    chosen = set()
    for day in range(1, 7):
        moment = one_for_today((1, people, []), date(2026, 11, day))
        assert moment is not None
        chosen.add(moment.person_uid)
    assert chosen == {"a", "b", "c"}
    assert one_for_today((0, [], []), date(2026, 11, 25)) is None


@pytest.fixture
def last_evening(database: Database) -> dict[str, int]:
    with database.write() as session:
        party = Event(title="After-party", starts_at=evening(TODAY - timedelta(days=1), 21))
        older = Event(title="Two nights ago", starts_at=evening(TODAY - timedelta(days=2)))
        nobody = Event(title="Rehearsal, nobody new", starts_at=evening(TODAY - timedelta(days=1)))
        session.add_all([party, older, nobody])
        session.flush()
        anna = Person(name="Anna", sort_key="anna", role="Viola", met_event_id=party.id)
        kwame = Person(name="Kwame", sort_key="kwame", organization="LSO")
        old = Person(name="Old friend", sort_key="old friend", met_event_id=older.id)
        session.add_all([anna, kwame, old])
        session.flush()
        session.add(Capture(raw_text="Kwame", event_id=party.id, person_id=kwame.id))
        reflection = Reflection(event_id=party.id)
        reflection.mentions.append(anna)
        session.add(reflection)
        return {"party": party.id, "anna": anna.id}


def test_names_from_last_night(services: Services, last_evening: dict[str, int]) -> None:
    night = services.home.summary().last_night
    assert night is not None
    assert (night.event_id, night.title, night.people) == (last_evening["party"], "After-party", 2)
    # Once rehearsed (any of them), Home stops offering it.
    services.rehearsal.record(last_evening["anna"], knew=True, event_id=last_evening["party"])
    assert services.home.summary().last_night is None


def test_home_counts_the_people_the_deck_holds(
    services: Services, database: Database, last_evening: dict[str, int]
) -> None:
    deck = services.rehearsal.from_event(last_evening["party"])
    assert deck is not None
    with database.read() as session:
        counted = session.execute(text(MET_AT_COUNT), {"event": last_evening["party"]}).scalar()
    assert counted == len(deck.cards) + len(deck.without_cues) == 2


def test_not_last_night_any_more(database: Database, last_evening: dict[str, int]) -> None:
    from eventmate.services.container import Services as Fresh

    later = Fresh(database, None, clock=lambda: NOW + timedelta(days=1))
    assert later.home.summary().last_night is None
