"""Intentions for an event (connect, learn, offer, mindset) and the pre-event energy check-in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, insert, or_, select, update
from sqlalchemy.orm import Session

from eventmate.domain.kinds import IntentionKind, IntentionOutcome
from eventmate.domain.text import clean_line, clean_text, fold
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Intention, Person, Reflection

#: Longest intention text: a sentence or two is plenty before a concert.
INTENTION_MAX = 2_000


class IntentionInvalid(ValueError):
    """The intention cannot be saved as given; the message says why."""


@dataclass(frozen=True, slots=True)
class IntentionRow:
    """One intention as the prepare view shows it."""

    id: int
    event_id: int
    kind: IntentionKind
    text: str
    person_id: int | None
    person_name: str | None
    position: int
    outcome: IntentionOutcome | None = None
    outcome_note: str = ""


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """A person offered while typing a name (completion)."""

    id: int
    name: str
    role: str
    organization: str


def _text(raw: str) -> str:
    return clean_text(raw, limit=INTENTION_MAX).text.strip()


def _check_person(session: Session, person_id: int | None) -> None:
    if person_id is not None and session.get(Person, person_id) is None:
        raise IntentionInvalid("That person is no longer in EventMate.")


class IntentionsService:
    """Reads and changes one event's intentions; each method is one unit of work."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def for_event(self, event_id: int) -> tuple[IntentionRow, ...]:
        """The event's intentions in the order the user gave them."""
        with self._db.read() as session:
            rows = session.execute(
                _intention_rows()
                .where(Intention.event_id == event_id)
                .order_by(Intention.position, Intention.id)
            ).all()
        return tuple(IntentionRow(*row) for row in rows)

    def add(
        self, event_id: int, kind: IntentionKind, text: str, person_id: int | None = None
    ) -> IntentionRow:
        """Add an intention at the end of the list. Needs some text or a person."""
        clean = _text(text)
        if not clean and person_id is None:
            raise IntentionInvalid("Write a few words, or pick a person.")
        with self._db.write() as session:
            if session.get(Event, event_id) is None:
                raise IntentionInvalid("That event is no longer in EventMate.")
            _check_person(session, person_id if kind is IntentionKind.CONNECT else None)
            last = session.scalar(
                select(func.max(Intention.position)).where(Intention.event_id == event_id)
            )
            intention = Intention(
                event_id=event_id,
                kind=IntentionKind(kind),
                text=clean,
                person_id=person_id if kind is IntentionKind.CONNECT else None,
                position=(last + 1) if last is not None else 0,
            )
            session.add(intention)
            session.flush()
            intention_id = intention.id
        row = self._row(intention_id)
        assert row is not None
        return row

    def edit(
        self, intention_id: int, kind: IntentionKind, text: str, person_id: int | None = None
    ) -> IntentionRow | None:
        """Change an intention's kind, text and person; None if it no longer exists."""
        clean = _text(text)
        if not clean and person_id is None:
            raise IntentionInvalid("Write a few words, or pick a person.")
        with self._db.write() as session:
            intention = session.get(Intention, intention_id)
            if intention is None:
                return None
            _check_person(session, person_id if kind is IntentionKind.CONNECT else None)
            intention.kind = IntentionKind(kind)
            intention.text = clean
            intention.person_id = person_id if kind is IntentionKind.CONNECT else None
        return self._row(intention_id)

    def move(self, intention_id: int, step: int) -> bool:
        """Move an intention ``step`` places up (negative) or down; False at either end."""
        with self._db.write() as session:
            intention = session.get(Intention, intention_id)
            if intention is None:
                return False
            ordered = list(
                session.scalars(
                    select(Intention)
                    .where(Intention.event_id == intention.event_id)
                    .order_by(Intention.position, Intention.id)
                )
            )
            index = ordered.index(intention)
            target = index + step
            if not 0 <= target < len(ordered):
                return False
            ordered.insert(target, ordered.pop(index))
            for position, item in enumerate(ordered):
                item.position = position
            return True

    def remove(self, intention_id: int) -> IntentionRow | None:
        """Remove an intention; returns it so :meth:`restore` can put it back."""
        row = self._row(intention_id)
        if row is None:
            return None
        with self._db.write() as session:
            intention = session.get(Intention, intention_id)
            if intention is not None:
                session.delete(intention)
        return row

    def restore(self, row: IntentionRow) -> None:
        """Put a removed intention back with its id, at its old place in the list."""
        with self._db.write() as session:
            if session.get(Event, row.event_id) is None:
                return
            if session.get(Intention, row.id) is not None:
                return
            session.execute(
                update(Intention)
                .where(Intention.event_id == row.event_id, Intention.position >= row.position)
                .values(position=Intention.position + 1)
            )
            person_id = row.person_id
            if person_id is not None and session.get(Person, person_id) is None:
                person_id = None
            session.execute(
                insert(Intention).values(
                    id=row.id,
                    event_id=row.event_id,
                    kind=row.kind,
                    text=row.text,
                    person_id=person_id,
                    position=row.position,
                    outcome=row.outcome,
                    outcome_note=row.outcome_note,
                )
            )

    def energy_before(self, event_id: int) -> int | None:
        """How I felt before the event (1–5), if I said."""
        with self._db.read() as session:
            return session.scalar(
                select(Reflection.energy_before).where(Reflection.event_id == event_id)
            )

    def set_energy_before(self, event_id: int, energy: int | None) -> None:
        """Record the pre-event check-in (1 low … 5 high), or clear it with None."""
        if energy is not None and not 1 <= energy <= 5:
            raise IntentionInvalid("Energy is a number from 1 to 5.")
        with self._db.write() as session:
            if session.get(Event, event_id) is None:
                raise IntentionInvalid("That event is no longer in EventMate.")
            reflection = session.scalar(select(Reflection).where(Reflection.event_id == event_id))
            if reflection is None:
                if energy is None:
                    return
                reflection = Reflection(event_id=event_id, answers={})
                session.add(reflection)
            reflection.energy_before = energy

    def people_matching(self, typed: str, limit: int = 8) -> tuple[PersonChoice, ...]:
        """People whose name starts with, or has a word starting with, what was typed.

        Accent- and case-insensitive; reads at most ``limit`` rows, so it stays instant with
        100,000 people.
        """
        key = fold(clean_line(typed).text)
        if not key:
            return ()
        columns = (Person.id, Person.name, Person.role, Person.organization)
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._db.read() as session:
            # A range on the indexed sort key finds name prefixes without a scan.
            rows = list(
                session.execute(
                    select(*columns)
                    .where(Person.sort_key >= key, Person.sort_key < key + "\U0010ffff")
                    .order_by(Person.sort_key, Person.id)
                    .limit(limit)
                ).all()
            )
            if len(rows) < limit:
                seen = [row[0] for row in rows]
                rows += session.execute(
                    select(*columns)
                    .where(
                        or_(
                            Person.sort_key.like(f"% {escaped}%", escape="\\"),
                            Person.sort_key.like(f"%-{escaped}%", escape="\\"),
                        ),
                        Person.id.not_in(seen),
                    )
                    .order_by(Person.sort_key, Person.id)
                    .limit(limit - len(rows))
                ).all()
        return tuple(PersonChoice(*row) for row in rows)

    def _row(self, intention_id: int) -> IntentionRow | None:
        with self._db.read() as session:
            row = session.execute(_intention_rows().where(Intention.id == intention_id)).first()
        return IntentionRow(*row) if row is not None else None


def _intention_rows() -> Select[
    int, int, IntentionKind, str, int | None, str, int, IntentionOutcome | None, str
]:
    """The columns of :class:`IntentionRow`, with the linked person's name."""
    return select(
        Intention.id,
        Intention.event_id,
        Intention.kind,
        Intention.text,
        Intention.person_id,
        Person.name,
        Intention.position,
        Intention.outcome,
        Intention.outcome_note,
    ).outerjoin(Person, Person.id == Intention.person_id)
