"""Give & take: what I gave and received, and a balance that encourages giving.

Writes name the person (and the exchange) by uid, are refused with ``RecordGone`` once it is
gone, and return the item with what they changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from eventmate.domain.kinds import ExchangeDirection, ExchangeKind
from eventmate.domain.text import clean_text
from eventmate.services.changes import NOTHING, Changes, Kind, changes_of
from eventmate.services.clock import Clock, system_clock
from eventmate.services.records import RecordGone, require_id
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Exchange, Person

#: "This season": the last four months, roughly a concert season's half.
SEASON = timedelta(days=120)


@dataclass(frozen=True, slots=True)
class ExchangeItem:
    """One thing given or received (after a write, with what the write changed)."""

    id: int
    uid: str
    person_id: int
    person_uid: str
    person_name: str
    direction: ExchangeDirection
    kind: ExchangeKind
    text: str
    occurred_on: date
    #: The event it happened at, if noted.
    event_uid: str | None = None
    changes: Changes = field(default=NOTHING, compare=False)


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
        person_uid: str,
        direction: ExchangeDirection,
        kind: ExchangeKind = ExchangeKind.OTHER,
        text: str = "",
        occurred_on: date | None = None,
        event_uid: str | None = None,
    ) -> ExchangeItem:
        """Remember that something was given to or received from a person."""
        return self._insert(person_uid, direction, kind, text, occurred_on, event_uid, None)

    def _insert(
        self,
        person_uid: str,
        direction: ExchangeDirection,
        kind: ExchangeKind,
        text: str,
        occurred_on: date | None,
        event_uid: str | None,
        uid: str | None,
    ) -> ExchangeItem:
        day = occurred_on or self._clock().date()
        with self._db.write() as session:
            person_id = require_id(session, Person, person_uid)
            event_id = require_id(session, Event, event_uid) if event_uid else None
            row = Exchange(
                person_id=person_id,
                event_id=event_id,
                direction=direction,
                kind=kind,
                text=clean_text(text, limit=2000).text.strip(),
                occurred_on=day,
            )
            if uid is not None:
                row.uid = uid
            session.add(row)
            session.flush()
            (item,) = self._items(session, Exchange.id == row.id)
        return replace(item, changes=changes_of(session))

    def remove(self, uid: str) -> ExchangeItem:
        """Forget an exchange; returns it so the caller can offer to put it back."""
        with self._db.write() as session:
            exchange_id = require_id(session, Exchange, uid)
            (item,) = self._items(session, Exchange.id == exchange_id)
            session.execute(delete(Exchange).where(Exchange.id == exchange_id))
        return replace(item, changes=changes_of(session))

    def restore(self, item: ExchangeItem) -> ExchangeItem:
        """Put back a removed exchange (undo), with its own uid.

        Refused with ``RecordGone`` if its person is gone meanwhile.
        """
        with self._db.read() as session:
            found = session.scalar(select(Exchange.id).where(Exchange.uid == item.uid))
        if found is not None:  # already back (undone twice, or never removed)
            with self._db.read() as session:
                (current,) = self._items(session, Exchange.id == found)
            return current
        return self._insert(
            item.person_uid,
            item.direction,
            item.kind,
            item.text,
            item.occurred_on,
            item.event_uid,
            item.uid,
        )

    def get(self, uid: str) -> ExchangeItem:
        """One exchange (``RecordGone`` if it no longer exists)."""
        with self._db.read() as session:
            items = self._items(session, Exchange.uid == uid)
        if not items:
            raise RecordGone(Kind.EXCHANGE, uid)
        return items[0]

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
    def _items(session: Session, where: Any, limit: int = 500) -> tuple[ExchangeItem, ...]:
        query = select(
            Exchange.id,
            Exchange.uid,
            Exchange.person_id,
            Person.uid,
            Person.name,
            Exchange.direction,
            Exchange.kind,
            Exchange.text,
            Exchange.occurred_on,
            Event.uid,
        )
        query = query.join(Person, Person.id == Exchange.person_id).outerjoin(
            Event, Event.id == Exchange.event_id
        )
        if where is not None:
            query = query.where(where)
        query = query.order_by(Exchange.occurred_on.desc(), Exchange.id.desc()).limit(limit)
        rows = session.execute(query).all()
        return tuple(ExchangeItem(*row) for row in rows)
