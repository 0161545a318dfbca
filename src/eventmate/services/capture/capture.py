"""Capturing people during a break: the typed text kept verbatim at once, then what it means.

Every capture is two short durable write transactions (``BEGIN IMMEDIATE`` … ``COMMIT``): first
the raw text alone, so Enter is on disk at once, then the person, facts, tags, promises and note
the capture syntax finds (:mod:`eventmate.domain.capture_syntax`). If the second fails (a full
disk), the text stays, kept to tidy later, as a capture without a name is. A pasted batch of
lines is *all or nothing*: one user action, one unit of work (both steps of every line in one
transaction), so a failure never leaves half a paste stored and the whole paste stays in the
input to try again.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select, update
from sqlalchemy.exc import SQLAlchemyError

from eventmate.domain.capture_syntax import ParsedCapture, parse_capture
from eventmate.domain.text import TEXT_MAX, clean_text
from eventmate.services.capture.context import (
    BreakStatus,
    CaptureContextService,
    EventChoice,
)
from eventmate.services.capture.result import CaptureResult, NothingToCapture, UnknownRecord
from eventmate.services.capture.store import (
    DEFAULT_DUE,
    store_capture,
    store_meaning,
    store_words,
    words_only,
)
from eventmate.services.capture.suggestions import NameSuggester, PersonSuggestion
from eventmate.services.capture.undo import UndoRecord, UndoResult, undo_capture
from eventmate.services.clock import Clock, system_clock
from eventmate.storage.engine import Database
from eventmate.storage.failures import StorageFailure
from eventmate.storage.models import (
    Capture,
    Event,
    FollowUp,
    Person,
)

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_DUE",
    "BreakStatus",
    "CaptureResult",
    "CaptureService",
    "EventChoice",
    "NothingToCapture",
    "PersonSuggestion",
    "RecentCapture",
    "UndoResult",
    "UnknownRecord",
]


@dataclass(frozen=True, slots=True)
class RecentCapture:
    """A capture as the "last captures" list shows it."""

    id: int
    raw_text: str
    captured_at: datetime
    event_id: int | None
    person_id: int | None
    person_name: str | None


def cap_text(text: str, limit: int = TEXT_MAX) -> tuple[str, str]:
    """Clean ``text`` and split it at ``limit`` characters: (what is stored, what is left)."""
    cleaned = clean_text(text, limit=sys.maxsize).text
    return cleaned[:limit], cleaned[limit:]


class CaptureService:
    """Stores captures, undoes them, and answers what capture mode shows."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock
        self.context = CaptureContextService(database)
        self.names = NameSuggester(database)
        # What each capture made in this session, newest last: exact undo, Ctrl+Z order.
        self._undo: dict[int, UndoRecord] = {}

    # -- reading ----------------------------------------------------------------------------

    def prepare(self) -> None:
        """Run capture mode's reads once, so the first opening finds them compiled and cached.

        The first ORM query of a process configures every mapper (well over 100 ms at start);
        the app calls this while idle so Ctrl+Shift+N never pays for it.
        """
        now = self._clock()
        self.recent(1)
        self.context.event_choices(now)
        current = self.context.current_event(now)
        if current is not None:
            self.context.current_break(current.id, now)

    def now(self) -> datetime:
        """The service's current time (the injected clock)."""
        return self._clock()

    def preview(self, text: str) -> ParsedCapture:
        """What ``text`` would store (the parse only; nothing is written)."""
        return parse_capture(text)

    def suggest_people(self, prefix_or_name: str, limit: int = 5) -> tuple[PersonSuggestion, ...]:
        """Existing people the name being typed may mean (see :class:`NameSuggester`)."""
        return self.names.suggest(prefix_or_name, limit)

    def current_event(self, now: datetime | None = None) -> EventChoice | None:
        """The event running now, or starting or ended within a few hours."""
        return self.context.current_event(now or self._clock())

    def current_break(self, event_id: int, now: datetime | None = None) -> BreakStatus | None:
        """The break of ``event_id`` on now (with minutes left), else its next break today."""
        return self.context.current_break(event_id, now or self._clock())

    def event_choices(self) -> tuple[EventChoice, ...]:
        """Events near today for the event picker, nearest first."""
        return self.context.event_choices(self._clock())

    def recent(self, limit: int = 5) -> tuple[RecentCapture, ...]:
        """The latest captures, newest first."""
        with self._db.read() as session:
            rows = session.execute(
                capture_rows().order_by(Capture.captured_at.desc(), Capture.id.desc()).limit(limit)
            ).all()
        return tuple(RecentCapture(*row) for row in rows)

    @property
    def can_undo(self) -> bool:
        """Whether a capture made in this session can still be undone."""
        return bool(self._undo)

    # -- writing ----------------------------------------------------------------------------

    def capture(
        self, text: str, event_id: int | None = None, person_id: int | None = None
    ) -> CaptureResult:
        """Store one capture durably: the text verbatim and what it means.

        Args:
            text: What was typed (one line; newlines are read as spaces by the parser).
            event_id: The event it belongs to, or None to assign it later.
            person_id: An existing person the user picked from the suggestions: the capture
                is linked to them and the facts are added there, instead of a new person.

        Raises:
            NothingToCapture: ``text`` is empty or whitespace.
            UnknownRecord: ``event_id`` or ``person_id`` does not exist.
        """
        stored, remainder = cap_text(text)
        if not stored.strip():
            raise NothingToCapture(text)
        now = self._clock()
        # Two durable writes. The first holds the text alone (a few pages), so what was typed
        # is on disk within milliseconds of Enter; the second adds what it means (a person
        # with facts, tags, promises: ~40 pages with their search-index entries).
        with self._db.write() as session:
            words = store_words(session, stored, event_id, person_id, now)
        try:
            with self._db.write() as session:
                result, record = store_meaning(
                    session, words, stored, remainder, event_id, person_id, now
                )
        except (SQLAlchemyError, StorageFailure, UnknownRecord):
            # The words are safe (a full disk between the two writes included): the capture
            # waits to be tidied from its text instead, and typing it again would duplicate it.
            log.exception("capture %s kept as text only", words.capture_id)
            result, record = words_only(words, stored, remainder, event_id)
        self._remember(record)
        if result.person_created:
            self.names.note_added()
        return result

    def capture_many(
        self, lines: Iterable[str], event_id: int | None = None
    ) -> list[CaptureResult]:
        """Store pasted notes, one capture per non-blank line, all in one transaction.

        Raises:
            NothingToCapture: no line has any text.
            UnknownRecord: ``event_id`` does not exist (nothing is stored).
        """
        pieces = [cap_text(line) for line in lines]
        pieces = [(stored, rest) for stored, rest in pieces if stored.strip()]
        if not pieces:
            raise NothingToCapture("")
        now = self._clock()
        results: list[CaptureResult] = []
        records: list[UndoRecord] = []
        with self._db.write() as session:
            for stored, remainder in pieces:
                result, record = store_capture(session, stored, remainder, event_id, None, now)
                results.append(result)
                records.append(record)
        for record in records:
            self._remember(record)
        self.names.note_added()
        return results

    def assign_event(self, capture_ids: Sequence[int], event_id: int) -> int:
        """Assign captures made without an event to ``event_id``; returns how many changed.

        The people those captures created are marked as met there, and their promises
        are linked to the event too.
        """
        ids = list(capture_ids)
        with self._db.write() as session:
            if session.get(Event, event_id) is None:
                raise UnknownRecord(f"event {event_id}")
            unassigned = list(
                session.scalars(
                    select(Capture.id).where(Capture.id.in_(ids), Capture.event_id.is_(None))
                )
            )
            if not unassigned:
                return 0
            session.execute(
                update(Capture).where(Capture.id.in_(unassigned)).values(event_id=event_id)
            )
            session.execute(
                update(FollowUp)
                .where(FollowUp.capture_id.in_(unassigned), FollowUp.event_id.is_(None))
                .values(event_id=event_id)
            )
            created = [
                record.person_id
                for cid in unassigned
                if (record := self._undo.get(cid)) is not None and record.person_created
            ]
            if created:
                session.execute(
                    update(Person)
                    .where(Person.id.in_(created), Person.met_event_id.is_(None))
                    .values(met_event_id=event_id)
                )
        return len(unassigned)

    def undo_last(self) -> UndoResult | None:
        """Undo the newest capture made in this session; None when there is none left."""
        if not self._undo:
            return None
        return self.undo(next(reversed(self._undo)))

    def undo(self, capture_id: int) -> UndoResult:
        """Remove exactly what capture ``capture_id`` created, and the capture itself.

        The person goes only when the capture created them and nothing else refers to them.

        Raises:
            UnknownRecord: there is no such capture (already undone?).
        """
        record = self._undo.get(capture_id)
        with self._db.write() as session:
            result = undo_capture(session, capture_id, record)
        if result is None:
            self._undo.pop(capture_id, None)
            raise UnknownRecord(f"capture {capture_id}")
        self._undo.pop(capture_id, None)
        if result.person_removed is not None and result.person_id is not None:
            self.names.forget(result.person_id)
        return result

    def _remember(self, record: UndoRecord) -> None:
        self._undo[record.capture_id] = record


def capture_rows() -> Select[int, str, datetime, int | None, int | None, str]:
    """Captures as lists show them: id, raw text, when, event, person id and name."""
    return select(
        Capture.id,
        Capture.raw_text,
        Capture.captured_at,
        Capture.event_id,
        Capture.person_id,
        Person.name,
    ).outerjoin(Person, Person.id == Capture.person_id)
