"""Listing people, one page at a time, sorted by their folded name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from eventmate.storage.engine import Database
from eventmate.storage.models import Person


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person as a list shows them."""

    id: int
    name: str
    role: str
    organization: str


class PeopleService:
    """Reads people."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self) -> int:
        """How many people there are."""
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(Person)) or 0

    def page(self, offset: int, limit: int) -> tuple[PersonRow, ...]:
        """``limit`` people from ``offset`` in name order (accent- and case-insensitive)."""
        with self._db.read() as session:
            rows = session.execute(
                select(Person.id, Person.name, Person.role, Person.organization)
                .order_by(Person.sort_key, Person.id)
                .offset(offset)
                .limit(limit)
            ).all()
        return tuple(PersonRow(*row) for row in rows)
