"""Keep in touch: last real interaction, cadence, reconnect reminders, and letting people rest.

A real interaction is a capture, a note, a done follow-up or a mention in a reflection. Other
parts of the app may write those rows without touching ``Person.last_interaction_at``, so the
last interaction is always computed as the latest of all of them and the stored value, by the
one statement in ``storage.interactions`` that Home runs too.

Every write names the person by uid, is refused with ``RecordGone`` if they are gone, and
returns the :class:`Changes` it made.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from eventmate.domain import timing
from eventmate.domain.i18n import _
from eventmate.domain.kinds import PersonStatus
from eventmate.domain.text import clean_line
from eventmate.services.changes import Changes, changes_of
from eventmate.services.clock import Clock, system_clock
from eventmate.services.records import require_id
from eventmate.storage.engine import Database
from eventmate.storage.interactions import LAST_INTERACTION
from eventmate.storage.models import Event, Person, Reflection
from eventmate.storage.sql import aware

#: Longest cadence: once every five years is still keeping in touch.
MAX_CADENCE_DAYS = 5 * 366


class KeepInTouchError(ValueError):
    """A request the user can fix (a cadence out of range, a person no longer there)."""


@dataclass(frozen=True, slots=True)
class KeepInTouch:
    """A person's keep-in-touch settings and their last real interaction."""

    person_id: int
    name: str
    cadence_days: int | None
    status: PersonStatus
    status_note: str
    last_interaction_at: datetime | None
    uid: str = ""


def event_moment(session: Session, reflection_id: int, now: datetime) -> datetime:
    """When the event of a reflection happened (its end, else its start), never after ``now``."""
    row = session.execute(
        select(Event.starts_at, Event.ends_at)
        .join(Reflection, Reflection.event_id == Event.id)
        .where(Reflection.id == reflection_id)
    ).first()
    if row is None:
        return now
    return min(timing.event_moment(row[0], row[1]), now)


def touch_people(session: Session, person_ids: Iterable[int], moment: datetime) -> None:
    """Record a real interaction with each person at ``moment`` (later ones are kept)."""
    ids = list(person_ids)
    if not ids:
        return
    session.execute(
        update(Person)
        .where(
            Person.id.in_(ids),
            (Person.last_interaction_at.is_(None)) | (Person.last_interaction_at < moment),
        )
        .values(last_interaction_at=moment)
    )


def last_interaction(session: Session, person_id: int) -> datetime | None:
    """The latest real interaction with a person, whoever wrote the rows.

    The same statement Home's reconnects run (``storage.interactions``), so both always agree.
    """
    return aware(session.execute(text(LAST_INTERACTION), {"pid": person_id}).scalar())


class KeepInTouchService:
    """Cadence per person, last interaction, letting a person rest."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def get(self, person_id: int) -> KeepInTouch:
        """A person's cadence, status and last real interaction."""
        with self._db.read() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise KeepInTouchError(_("That person is no longer in your list."))
            return KeepInTouch(
                person.id,
                person.name,
                person.cadence_days,
                person.status,
                person.status_note,
                last_interaction(session, person_id),
                person.uid,
            )

    def set_cadence(self, person_uid: str, days: int | None) -> Changes:
        """Reconnect with a person every ``days`` days (None: no reminder)."""
        if days is not None and not 1 <= days <= MAX_CADENCE_DAYS:
            raise KeepInTouchError(_("Choose between 1 day and 5 years, or no reminder."))
        return self._update(person_uid, cadence_days=days)

    def let_rest(self, person_uid: str, note: str = "") -> Changes:
        """Silence reminders about a person, with a one-line note; nothing is deleted."""
        return self._update(
            person_uid, status=PersonStatus.RESTING, status_note=clean_line(note).text
        )

    def wake(self, person_uid: str) -> Changes:
        """Reminders about a person are active again (the note is kept for reference)."""
        return self._update(person_uid, status=PersonStatus.ACTIVE)

    def record_interaction(self, person_uid: str, moment: datetime | None = None) -> Changes:
        """Note a real interaction (e.g. a call) with a person, now unless ``moment`` is given."""
        with self._db.write() as session:
            person_id = require_id(session, Person, person_uid)
            touch_people(session, [person_id], moment or self._clock())
        return changes_of(session)

    def _update(self, person_uid: str, **values: object) -> Changes:
        with self._db.write() as session:
            person_id = require_id(session, Person, person_uid)
            session.execute(update(Person).where(Person.id == person_id).values(**values))
        return changes_of(session)
