"""Give & take: what I gave and received, and a balance that encourages giving."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, select

from eventmate.domain.kinds import ExchangeDirection, ExchangeKind
from eventmate.domain.text import clean_text
from eventmate.services.clock import Clock, system_clock
from eventmate.storage.engine import Database
from eventmate.storage.models import Exchange, Person

#: "This season": the last four months, roughly a concert season's half.
SEASON = timedelta(days=120)


class ExchangeError(ValueError):
    """A request the user can fix (unknown person or exchange)."""


@dataclass(frozen=True, slots=True)
class ExchangeItem:
    """One thing given or received."""

    id: int
    person_id: int
    person_name: str
    direction: ExchangeDirection
    kind: ExchangeKind
    text: str
    occurred_on: date


@dataclass(frozen=True, slots=True)
class Balance:
    """How much I gave and received, as counts (never a judgement of anyone)."""

    given: int
    received: int
    given_this_season: int


class ExchangeService:
    """Records exchanges and sums them up."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def record(
        self,
        person_id: int,
        direction: ExchangeDirection,
        kind: ExchangeKind = ExchangeKind.OTHER,
        text: str = "",
        occurred_on: date | None = None,
        event_id: int | None = None,
    ) -> ExchangeItem:
        """Remember that something was given to or received from a person."""
        day = occurred_on or self._clock().date()
        with self._db.write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise ExchangeError("That person is no longer in your list.")
            row = Exchange(
                person_id=person_id,
                event_id=event_id,
                direction=direction,
                kind=kind,
                text=clean_text(text, limit=2000).text.strip(),
                occurred_on=day,
            )
            session.add(row)
            session.flush()
            return ExchangeItem(
                row.id, person_id, person.name, direction, kind, row.text, row.occurred_on
            )

    def remove(self, exchange_id: int) -> ExchangeItem:
        """Forget an exchange; returns it so the caller can offer to put it back."""
        with self._db.write() as session:
            item = self._items(session, Exchange.id == exchange_id)
            if not item:
                raise ExchangeError("That entry no longer exists.")
            session.execute(delete(Exchange).where(Exchange.id == exchange_id))
            return item[0]

    def restore(self, item: ExchangeItem) -> ExchangeItem:
        """Put back a removed exchange (undo)."""
        return self.record(item.person_id, item.direction, item.kind, item.text, item.occurred_on)

    def for_person(self, person_id: int) -> tuple[ExchangeItem, ...]:
        """Everything exchanged with a person, the most recent first."""
        with self._db.read() as session:
            return self._items(session, Exchange.person_id == person_id)

    def recent(self, limit: int = 30) -> tuple[ExchangeItem, ...]:
        """The latest exchanges with anyone."""
        with self._db.read() as session:
            return self._items(session, None, limit)

    def balance(self, person_id: int | None = None) -> Balance:
        """Counts of given and received (with one person, or overall)."""
        since = self._clock().date() - SEASON
        query = select(
            func.count().filter(Exchange.direction == ExchangeDirection.GAVE),
            func.count().filter(Exchange.direction == ExchangeDirection.RECEIVED),
            func.count().filter(
                Exchange.direction == ExchangeDirection.GAVE, Exchange.occurred_on >= since
            ),
        )
        if person_id is not None:
            query = query.where(Exchange.person_id == person_id)
        with self._db.read() as session:
            row = session.execute(query).one()
        return Balance(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))

    @staticmethod
    def _items(session: object, where: object, limit: int = 500) -> tuple[ExchangeItem, ...]:
        query = select(
            Exchange.id,
            Exchange.person_id,
            Person.name,
            Exchange.direction,
            Exchange.kind,
            Exchange.text,
            Exchange.occurred_on,
        ).join(Person, Person.id == Exchange.person_id)
        if where is not None:
            query = query.where(where)  # type: ignore[arg-type]
        query = query.order_by(Exchange.occurred_on.desc(), Exchange.id.desc()).limit(limit)
        rows = session.execute(query).all()  # type: ignore[attr-defined]
        return tuple(ExchangeItem(*row) for row in rows)
