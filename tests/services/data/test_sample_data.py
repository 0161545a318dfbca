"""Sample data is added once, clearly marked, and removed in one step without touching mine."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from conftest import NOW
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, Fact, FollowUp, Person, Series, Tag


def count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_sample_data_fills_home(services: Services) -> None:
    added = services.sample_data.add()
    assert added.events == 3
    assert added.people == 4
    summary = services.home.summary()
    assert summary.has_sample_data
    assert summary.next_event is not None
    assert summary.next_event.is_sample
    assert "sample" in summary.next_event.title
    assert summary.due


def test_adding_twice_does_not_duplicate(services: Services, database: Database) -> None:
    services.sample_data.add()
    assert services.sample_data.add().events == 0
    assert count(database, Event) == 3


def test_removal_leaves_only_my_own_data(services: Services, database: Database) -> None:
    services.sample_data.add()
    with database.write() as session:
        mine = Person(name="My own friend")
        sample_event = session.scalars(select(Event).where(Event.is_sample)).first()
        assert sample_event is not None
        session.add(mine)
        session.flush()
        session.add(Capture(raw_text="met at the sample gala", event_id=sample_event.id))
        session.add(Event(title="My concert", starts_at=NOW + timedelta(days=3)))
    removed = services.sample_data.remove()
    assert removed.events == 3
    assert removed.people == 4
    with database.read() as session:
        assert session.scalars(select(Person.name)).all() == ["My own friend"]
        assert session.scalars(select(Event.title)).all() == ["My concert"]
        # My capture stays, no longer assigned to the removed event.
        assert session.scalars(select(Capture.raw_text)).all() == ["met at the sample gala"]
    for model in (Fact, FollowUp, Series, Tag):
        assert count(database, model) == 0
    assert not services.home.summary().has_sample_data


def test_sample_data_shows_the_way_of_the_app(services: Services, database: Database) -> None:
    from eventmate.domain.kinds import (
        Direction,
        ExchangeDirection,
        IntentionKind,
        PersonStatus,
    )
    from eventmate.storage.models import Exchange, Intention

    services.sample_data.add()
    with database.read() as session:
        offer = session.scalars(
            select(Intention).where(Intention.kind == IntentionKind.OFFER)
        ).one()
        assert offer.person_id is not None  # an offer can name the person it is for
        assert session.scalar(
            select(func.count())
            .select_from(Exchange)
            .where(Exchange.direction == ExchangeDirection.GAVE)
        )
        resting = session.scalars(select(Person).where(Person.status == PersonStatus.RESTING)).one()
        assert resting.status_note
        first_due = session.scalars(
            select(FollowUp).where(FollowUp.status == "open").order_by(FollowUp.due_at)
        ).first()
        assert first_due is not None
        assert first_due.direction is Direction.MINE
    assert services.home.summary().reconnect  # someone to get back in touch with
