"""Follow-ups: promises by me or to me, due dates, and marking them done or letting them rest.

Writes name the follow-up (and the person or event) by uid, are refused with ``RecordGone``
once it is gone, and return the item with what they changed. A write that also names the
version the user saw (``version=``) is refused with ``StaleEdit`` when the follow-up changed
since; its ``mine`` and ``theirs`` are the fields of :func:`fields` the write would set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from eventmate.domain import timing
from eventmate.domain.i18n import _
from eventmate.domain.kinds import Direction, FollowUpKind, FollowUpStatus
from eventmate.domain.text import clean_line
from eventmate.services.after.open_followups import FollowUpItem as FollowUpItem
from eventmate.services.after.open_followups import OpenFollowUps
from eventmate.services.changes import Kind, changes_of
from eventmate.services.clock import Clock, system_clock
from eventmate.services.people.keep_in_touch import touch_people
from eventmate.services.records import RecordGone, require_current, require_id
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, FollowUp, Person
from eventmate.storage.sql import reader_for

#: Longest follow-up text: a sentence or two.
TEXT_LIMIT = 2000


class FollowUpError(ValueError):
    """A request the user can fix (empty text)."""


_PERSON = aliased(Person)
_EVENT = aliased(Event)
_COLUMNS = (
    FollowUp.id,
    FollowUp.uid,
    FollowUp.text,
    FollowUp.person_id,
    _PERSON.uid,
    _PERSON.name,
    FollowUp.event_id,
    _EVENT.uid,
    _EVENT.title,
    FollowUp.direction,
    FollowUp.kind,
    FollowUp.due_at,
    FollowUp.status,
    FollowUp.status_note,
    FollowUp.created_at,
    FollowUp.done_at,
    FollowUp.version,
)


def fields(row: FollowUp) -> dict[str, Any]:
    """What a user can change on a follow-up, as stored (``StaleEdit.theirs``)."""
    return {
        "text": row.text,
        "due_at": row.due_at,
        "status": FollowUpStatus(row.status),
        "status_note": row.status_note,
    }


def _query() -> Any:
    return (
        select(*_COLUMNS)
        .outerjoin(_PERSON, _PERSON.id == FollowUp.person_id)
        .outerjoin(_EVENT, _EVENT.id == FollowUp.event_id)
    )


def _due_after(session: Session, event_id: int | None, now: datetime) -> datetime:
    """The default due date (``domain.timing.default_due``) for a promise made at the event."""
    row = None
    if event_id is not None:
        row = session.execute(
            select(Event.starts_at, Event.ends_at).where(Event.id == event_id)
        ).first()
    return timing.default_due(now, (row[0], row[1]) if row is not None else None)


class FollowUpService:
    """Creates, edits and lists follow-ups."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def default_due(self, event_id: int | None) -> datetime:
        """When a promise made now at the event falls due (``domain.timing.default_due``)."""
        with self._db.read() as session:
            return _due_after(session, event_id, self._clock())

    def add(
        self,
        text: str,
        *,
        person_uid: str | None = None,
        event_uid: str | None = None,
        capture_uid: str | None = None,
        direction: Direction = Direction.MINE,
        kind: FollowUpKind = FollowUpKind.GIVE,
        due_at: datetime | None = None,
    ) -> FollowUpItem:
        """A new open follow-up; due by ``domain.timing.default_due`` unless ``due_at``.

        Refused with ``RecordGone`` if the person, event or capture named is gone.
        """
        clean = clean_line(text, limit=TEXT_LIMIT).text
        if not clean:
            raise FollowUpError(_("Write what was promised, e.g. “send the Ligeti recording”."))
        with self._db.write() as session:
            person_id = require_id(session, Person, person_uid) if person_uid else None
            event_id = require_id(session, Event, event_uid) if event_uid else None
            capture_id = require_id(session, Capture, capture_uid) if capture_uid else None
            row = FollowUp(
                text=clean,
                person_id=person_id,
                event_id=event_id,
                capture_id=capture_id,
                direction=direction,
                kind=kind,
                due_at=due_at
                if due_at is not None
                else _due_after(session, event_id, self._clock()),
                status=FollowUpStatus.OPEN,
                status_note="",
                created_at=self._clock(),
            )
            session.add(row)
            session.flush()
            item = self._item(session, row.id)
        return replace(item, changes=changes_of(session))

    def edit(
        self,
        uid: str,
        *,
        text: str | None = None,
        person_uid: str | None = None,
        direction: Direction | None = None,
        kind: FollowUpKind | None = None,
        due_at: datetime | None = None,
        version: int | None = None,
    ) -> FollowUpItem:
        """Change what a follow-up says, whom it is with, its kind, direction or due date.

        ``version``: the follow-up as the user saw it (``StaleEdit`` if changed since).
        """
        clean = None
        if text is not None:
            clean = clean_line(text, limit=TEXT_LIMIT).text
            if not clean:
                raise FollowUpError(_("A follow-up needs a few words."))
        mine: dict[str, Any] = {"text": clean} if clean is not None else {}
        if due_at is not None:
            mine["due_at"] = due_at
        with self._db.write() as session:
            row = require_current(session, FollowUp, uid, version, mine=mine, theirs=fields)
            if clean is not None:
                row.text = clean
            if person_uid is not None:
                row.person_id = require_id(session, Person, person_uid)
            if direction is not None:
                row.direction = direction
            if kind is not None:
                row.kind = kind
            if due_at is not None:
                row.due_at = due_at
            session.flush()
            item = self._item(session, row.id)
        return replace(item, changes=changes_of(session))

    def mark_done(self, uid: str, *, version: int | None = None) -> FollowUpItem:
        """Done now; a done follow-up is a real interaction with its person.

        ``version``: as :meth:`edit` (``mine`` is the status done).
        """
        now = self._clock()
        mine = {"status": FollowUpStatus.DONE}
        with self._db.write() as session:
            row = require_current(session, FollowUp, uid, version, mine=mine, theirs=fields)
            row.status = FollowUpStatus.DONE
            row.done_at = now
            if row.person_id is not None:
                touch_people(session, [row.person_id], now)
            session.flush()
            item = self._item(session, row.id)
        return replace(item, changes=changes_of(session))

    def let_rest(self, uid: str, note: str = "", *, version: int | None = None) -> FollowUpItem:
        """Stop listing a follow-up, with a one-line note; nothing is deleted.

        ``version``: as :meth:`edit` (``mine`` is the status and the note).
        """
        clean = clean_line(note).text
        mine = {"status": FollowUpStatus.LET_IT_REST, "status_note": clean}
        with self._db.write() as session:
            row = require_current(session, FollowUp, uid, version, mine=mine, theirs=fields)
            row.status = FollowUpStatus.LET_IT_REST
            row.status_note = clean
            session.flush()
            item = self._item(session, row.id)
        return replace(item, changes=changes_of(session))

    def reopen(self, uid: str, *, version: int | None = None) -> FollowUpItem:
        """Open again (undo of done or let it rest); the interaction it recorded stays.

        ``version``: the version the step being undone wrote (``StaleEdit`` if changed since).
        """
        mine = {"status": FollowUpStatus.OPEN}
        with self._db.write() as session:
            row = require_current(session, FollowUp, uid, version, mine=mine, theirs=fields)
            row.status = FollowUpStatus.OPEN
            row.done_at = None
            session.flush()
            item = self._item(session, row.id)
        return replace(item, changes=changes_of(session))

    def get(self, uid: str) -> FollowUpItem:
        """One follow-up (``RecordGone`` if it no longer exists)."""
        with self._db.read() as session:
            return self._item(session, require_id(session, FollowUp, uid))

    def uid_of(self, follow_up_id: int) -> str | None:
        """The uid of the follow-up numbered ``follow_up_id`` (as the command line lists it)."""
        with self._db.read() as session:
            found = session.scalar(select(FollowUp.uid).where(FollowUp.id == follow_up_id))
        return None if found is None else str(found)

    def open_items(
        self, *, due_before: datetime | None = None, limit: int | None = None
    ) -> tuple[FollowUpItem, ...]:
        """Open follow-ups, the longest waiting first (those without a due date last)."""
        return OpenFollowUps(reader_for(self._db)).open_items(due_before=due_before, limit=limit)

    def due(self) -> tuple[FollowUpItem, ...]:
        """Open follow-ups due soon (as Home lists them) or waiting since earlier, oldest first."""
        return self.open_items(due_before=timing.due_soon_until(self._clock()))

    def closed_items(self, limit: int = 50) -> tuple[FollowUpItem, ...]:
        """Done and resting follow-ups, the most recent first."""
        query = (
            _query()
            .where(FollowUp.status != FollowUpStatus.OPEN)
            .order_by(func.coalesce(FollowUp.done_at, FollowUp.created_at).desc())
            .order_by(FollowUp.id.desc())
            .limit(limit)
        )
        with self._db.read() as session:
            return tuple(FollowUpItem(*row) for row in session.execute(query).all())

    def for_person(self, person_id: int) -> tuple[FollowUpItem, ...]:
        """Every follow-up with a person, open ones first."""
        query = (
            _query()
            .where(FollowUp.person_id == person_id)
            .order_by(FollowUp.status != FollowUpStatus.OPEN, FollowUp.due_at, FollowUp.id)
        )
        with self._db.read() as session:
            return tuple(FollowUpItem(*row) for row in session.execute(query).all())

    @staticmethod
    def _item(session: Session, follow_up_id: int) -> FollowUpItem:
        row = session.execute(_query().where(FollowUp.id == follow_up_id)).first()
        if row is None:  # only between a check and this read in one transaction: never
            raise RecordGone(Kind.FOLLOW_UP, str(follow_up_id))
        return FollowUpItem(*row)
