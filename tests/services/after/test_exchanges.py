"""Give & take: recorded per person, counted, removable with undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import NOW
from eventmate.domain.kinds import ExchangeDirection, ExchangeKind
from eventmate.services.after.exchanges import ExchangeError
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Person


def _people(database: Database) -> tuple[int, int]:
    with database.write() as session:
        anna, kwame = Person(name="Anna"), Person(name="Kwame")
        session.add_all([anna, kwame])
        session.flush()
        return anna.id, kwame.id


def test_balance_per_person_and_overall(services: Services, database: Database) -> None:
    anna, kwame = _people(database)
    gave, received = ExchangeDirection.GAVE, ExchangeDirection.RECEIVED
    services.exchanges.record(anna, gave, ExchangeKind.RECORDING, "Ligeti quartet")
    services.exchanges.record(anna, received, ExchangeKind.ADVICE, "bow hold")
    old_day = NOW.date() - timedelta(days=400)
    services.exchanges.record(kwame, gave, ExchangeKind.TICKET, occurred_on=old_day)
    overall = services.exchanges.balance()
    assert (overall.given, overall.received, overall.given_this_season) == (2, 1, 1)
    with_anna = services.exchanges.balance(anna)
    assert (with_anna.given, with_anna.received) == (1, 1)
    items = services.exchanges.for_person(anna)
    assert {i.text for i in items} == {"Ligeti quartet", "bow hold"}
    assert items[0].occurred_on == NOW.date()


def test_remove_and_restore(services: Services, database: Database) -> None:
    anna, _ = _people(database)
    item = services.exchanges.record(
        anna, ExchangeDirection.GAVE, text="intro", occurred_on=date(2026, 5, 1)
    )
    removed = services.exchanges.remove(item.id)
    assert services.exchanges.for_person(anna) == ()
    back = services.exchanges.restore(removed)
    assert (back.text, back.occurred_on) == ("intro", date(2026, 5, 1))
    assert services.exchanges.recent()[0].id == back.id


def test_unknown_person(services: Services) -> None:
    with pytest.raises(ExchangeError):
        services.exchanges.record(7, ExchangeDirection.GAVE)
