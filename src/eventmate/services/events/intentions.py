"""Intentions for an event (connect, learn, offer, mindset) and the pre-event energy check-in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, insert, or_, select, update
from sqlalchemy.orm import Session

from eventmate.domain.i18n import _
from eventmate.domain.kinds import IntentionKind, IntentionOutcome
from eventmate.domain.text import clean_line, clean_text, fold
from eventmate.services.changes import Changes, changes_of
from eventmate.services.records import require, require_id
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Intention, Person, Reflection

#: Longest intention text: a sentence or two is plenty before a concert.
INTENTION_MAX = 2_000


class IntentionInvalid(ValueError):
    """The intention cannot be saved as given; the message says why."""


@dataclass(frozen=True, slots=True)
class IntentionRow:
    """One intention as the prepare view shows it (and all :meth:`restore` needs)."""

    id: int
    uid: str
    event_id: int
    event_uid: str
    kind: IntentionKind
    text: str
    person_id: int | None
    person_uid: str | None
    person_name: str | None
    position: int
    outcome: IntentionOutcome | None = None
    outcome_note: str = ""


@dataclass(frozen=True, slots=True)
class IntentionSaved:
    """An intention as it is now stored, and what storing it changed."""

    row: IntentionRow
    changes: Changes

    @property
    def uid(self) -> str:
        """The intention's uid."""
        return self.row.uid


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """A person offered while typing a name (completion)."""

    uid: str
    name: str
    role: str
    organization: str


def _text(raw: str) -> str:
    return clean_text(raw, limit=INTENTION_MAX).text.strip()


def _person_id(session: Session, kind: IntentionKind, person_uid: str | None) -> int | None:
    """The id of the person a connect or offer intention names (other kinds name nobody)."""
    if not kind.names_a_person or person_uid is None:
        return None
    return require_id(session, Person, person_uid)


class IntentionsService:
    """Reads and changes one event's intentions; each method is one unit of work.

    Intentions and events are named by uid; a write naming one that is gone raises
    :class:`~eventmate.services.records.RecordGone` and changes nothing.
    """

    def __init__(self, database: Database) -> None:
        self._db = database

    def for_event(self, event_uid: str) -> tuple[IntentionRow, ...]:
        """The event's intentions in the order the user gave them (none if it is gone)."""
        with self._db.read() as session:
            rows = session.execute(
                _intention_rows()
                .where(Event.uid == event_uid)
                .order_by(Intention.position, Intention.id)
            ).all()
        return tuple(IntentionRow(*row) for row in rows)

    def add(
        self,
        event_uid: str,
        kind: IntentionKind,
        text: str,
        person_uid: str | None = None,
    ) -> IntentionSaved:
        """Add an intention at the end of the event's list. Needs some text or a person.

        Raises:
            IntentionInvalid: there is neither text nor a person.
            RecordGone: the event or the person no longer exists; nothing was changed.
        """
        clean = _text(text)
        if not clean and person_uid is None:
            raise IntentionInvalid(_("Write a few words, or pick a person."))
        kind = IntentionKind(kind)
        with self._db.write() as session:
            event_id = require_id(session, Event, event_uid)
            person_id = _person_id(session, kind, person_uid)
            last = session.scalar(
                select(func.max(Intention.position)).where(Intention.event_id == event_id)
            )
            intention = Intention(
                event_id=event_id,
                kind=kind,
                text=clean,
                person_id=person_id,
                position=(last + 1) if last is not None else 0,
            )
            session.add(intention)
            session.flush()
            row = _row(session, intention.id)
        return IntentionSaved(row, changes_of(session))

    def edit(
        self,
        intention_uid: str,
        kind: IntentionKind,
        text: str,
        person_uid: str | None = None,
    ) -> IntentionSaved:
        """Change an intention's kind, text and person.

        Raises:
            IntentionInvalid: there is neither text nor a person.
            RecordGone: the intention or the person no longer exists; nothing was changed.
        """
        clean = _text(text)
        if not clean and person_uid is None:
            raise IntentionInvalid(_("Write a few words, or pick a person."))
        kind = IntentionKind(kind)
        with self._db.write() as session:
            intention = require(session, Intention, intention_uid)
            intention.person_id = _person_id(session, kind, person_uid)
            intention.kind = kind
            intention.text = clean
            session.flush()
            row = _row(session, intention.id)
        return IntentionSaved(row, changes_of(session))

    def move(self, intention_uid: str, step: int) -> Changes:
        """Move an intention ``step`` places up (negative) or down; nothing changes at either end.

        Raises:
            RecordGone: the intention no longer exists.
        """
        with self._db.write() as session:
            intention = require(session, Intention, intention_uid)
            ordered = list(
                session.scalars(
                    select(Intention)
                    .where(Intention.event_id == intention.event_id)
                    .order_by(Intention.position, Intention.id)
                )
            )
            index = ordered.index(intention)
            target = index + step
            if 0 <= target < len(ordered):
                ordered.insert(target, ordered.pop(index))
                for position, item in enumerate(ordered):
                    if item.position != position:
                        item.position = position
        return changes_of(session)

    def remove(self, intention_uid: str) -> IntentionSaved:
        """Remove an intention; returns it as it was, so :meth:`restore` can put it back.

        Raises:
            RecordGone: the intention no longer exists; nothing was changed.
        """
        with self._db.write() as session:
            intention = require(session, Intention, intention_uid)
            row = _row(session, intention.id)
            session.delete(intention)
        return IntentionSaved(row, changes_of(session))

    def restore(self, row: IntentionRow) -> Changes:
        """Put a removed intention back with its uid, at its old place in the list.

        A person deleted meanwhile is left out (the words stay). Restoring twice changes
        nothing the second time.

        Raises:
            RecordGone: the event no longer exists; nothing was changed.
        """
        with self._db.write() as session:
            require_id(session, Event, row.event_uid)
            if session.scalar(select(Intention.id).where(Intention.uid == row.uid)) is None:
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
                        uid=row.uid,
                        event_id=row.event_id,
                        kind=row.kind,
                        text=row.text,
                        person_id=person_id,
                        position=row.position,
                        outcome=row.outcome,
                        outcome_note=row.outcome_note,
                    )
                )
        return changes_of(session)

    def energy_before(self, event_uid: str) -> int | None:
        """How I felt before the event (1–5), if I said."""
        with self._db.read() as session:
            return session.scalar(
                select(Reflection.energy_before)
                .join(Event, Event.id == Reflection.event_id)
                .where(Event.uid == event_uid)
            )

    def set_energy_before(self, event_uid: str, energy: int | None) -> Changes:
        """Record the pre-event check-in (1 low … 5 high), or clear it with None.

        Raises:
            IntentionInvalid: ``energy`` is not between 1 and 5.
            RecordGone: the event no longer exists; nothing was changed.
        """
        if energy is not None and not 1 <= energy <= 5:
            raise IntentionInvalid(_("Energy is a number from 1 to 5."))
        with self._db.write() as session:
            event_id = require_id(session, Event, event_uid)
            reflection = session.scalar(select(Reflection).where(Reflection.event_id == event_id))
            if reflection is None:
                if energy is not None:
                    session.add(Reflection(event_id=event_id, answers={}, energy_before=energy))
            elif reflection.energy_before != energy:
                reflection.energy_before = energy
        return changes_of(session)

    def people_matching(self, typed: str, limit: int = 8) -> tuple[PersonChoice, ...]:
        """People whose name starts with, or has a word starting with, what was typed.

        Accent- and case-insensitive; reads at most ``limit`` rows, so it stays instant with
        100,000 people.
        """
        key = fold(clean_line(typed).text)
        if not key:
            return ()
        columns = (Person.uid, Person.name, Person.role, Person.organization)
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
                        Person.uid.not_in(seen),
                    )
                    .order_by(Person.sort_key, Person.id)
                    .limit(limit - len(rows))
                ).all()
        return tuple(PersonChoice(*row) for row in rows)


def _row(session: Session, intention_id: int) -> IntentionRow:
    """The intention with ``intention_id`` as a row, read in ``session``."""
    found = session.execute(_intention_rows().where(Intention.id == intention_id)).one()
    return IntentionRow(*found)


def _intention_rows() -> Select[
    int,
    str,
    int,
    str,
    IntentionKind,
    str,
    int | None,
    str | None,
    str | None,
    int,
    IntentionOutcome | None,
    str,
]:
    """The columns of :class:`IntentionRow`, with the event's uid and the linked person."""
    return (
        select(
            Intention.id,
            Intention.uid,
            Intention.event_id,
            Event.uid,
            Intention.kind,
            Intention.text,
            Intention.person_id,
            Person.uid,
            Person.name,
            Intention.position,
            Intention.outcome,
            Intention.outcome_note,
        )
        .join(Event, Event.id == Intention.event_id)
        .outerjoin(Person, Person.id == Intention.person_id)
    )
