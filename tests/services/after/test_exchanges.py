"""Give & take: recorded per person by uid, counted, removable with undo (same uid back)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete

from conftest import NOW
from eventmate.domain.kinds import ExchangeDirection, ExchangeKind
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.records import RecordGone
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Person


def _people(database: Database) -> tuple[str, str]:
    with database.write() as session:
        anna, kwame = Person(name="Anna"), Person(name="Kwame")
        session.add_all([anna, kwame])
        session.flush()
        return anna.uid, kwame.uid


def _id(services: Services, uid: str) -> int:
    found = services.records.id_of(Kind.PERSON, uid)
    assert found is not None
    return found


def test_balance_per_person_and_overall(services: Services, database: Database) -> None:
    anna, kwame = _people(database)
    gave, received = ExchangeDirection.GAVE, ExchangeDirection.RECEIVED
    item = services.exchanges.record(anna, gave, ExchangeKind.RECORDING, "Ligeti quartet")
    assert item.changes.created == {(Kind.EXCHANGE, item.uid)}
    assert (Kind.PERSON, anna) in item.changes.updated
    services.exchanges.record(anna, received, ExchangeKind.ADVICE, "bow hold")
    old_day = NOW.date() - timedelta(days=400)
    services.exchanges.record(kwame, gave, ExchangeKind.TICKET, occurred_on=old_day)
    overall = services.exchanges.balance()
    assert (overall.given, overall.received, overall.given_this_season) == (2, 1, 1)
    with_anna = services.exchanges.balance(_id(services, anna))
    assert (with_anna.given, with_anna.received) == (1, 1)
    items = services.exchanges.for_person(_id(services, anna))
    assert {i.text for i in items} == {"Ligeti quartet", "bow hold"}
    assert {i.person_uid for i in items} == {anna}
    assert items[0].occurred_on == NOW.date()


def test_remove_and_restore_with_the_same_uid(services: Services, database: Database) -> None:
    anna, _ = _people(database)
    with database.write() as session:
        gala = Event(title="Gala", starts_at=NOW)
        session.add(gala)
        session.flush()
        gala_uid = gala.uid
    item = services.exchanges.record(
        anna, ExchangeDirection.GAVE, text="intro", occurred_on=date(2026, 5, 1), event_uid=gala_uid
    )
    removed = services.exchanges.remove(item.uid)
    assert removed.changes.deleted == {(Kind.EXCHANGE, item.uid)}
    assert services.exchanges.for_person(_id(services, anna)) == ()
    back = services.exchanges.restore(removed)
    assert (back.uid, back.text, back.occurred_on, back.event_uid) == (
        item.uid,
        "intro",
        date(2026, 5, 1),
        gala_uid,
    )
    assert services.exchanges.recent()[0].uid == item.uid
    assert services.exchanges.restore(removed).uid == item.uid  # twice: still one
    assert len(services.exchanges.recent()) == 1


def test_gone_person_or_exchange_is_refused(services: Services, database: Database) -> None:
    anna, _ = _people(database)
    with pytest.raises(RecordGone) as gone:
        services.exchanges.record("no-such-person", ExchangeDirection.GAVE)
    assert gone.value.kind is Kind.PERSON
    item = services.exchanges.record(anna, ExchangeDirection.GAVE, text="score")
    removed = services.exchanges.remove(item.uid)
    with pytest.raises(RecordGone) as gone:
        services.exchanges.remove(item.uid)
    assert gone.value.kind is Kind.EXCHANGE
    with database.write() as session:
        session.execute(delete(Person).where(Person.uid == anna))
    with pytest.raises(RecordGone):
        services.exchanges.restore(removed)  # never onto someone else
    assert services.exchanges.recent() == ()
