"""Capturing people during a break: the typed text kept verbatim at once, then what it means.

Every capture is two short durable write transactions (``BEGIN IMMEDIATE`` … ``COMMIT``): first
the raw text alone, so Enter is on disk at once, then the person, facts, tags, promises and note
the capture syntax finds (:mod:`eventmate.domain.capture_syntax`). If the second fails (a full
disk), the text stays, kept to tidy later, as a capture without a name is. A pasted batch of
lines is *all or nothing*: one user action, one unit of work (both steps of every line in one
transaction), so a failure never leaves half a paste stored and the whole paste stays in the
input to try again.

With a server store and an :class:`~eventmate.services.capture.outbox.Outbox`, a capture that
cannot reach the server is kept in the outbox instead (``kept_offline``), and so is every
capture after it until a round of :meth:`CaptureService.send_waiting` reaches the server; while
offline, capture mode's reads (recent captures, events, names) answer from what is known here
without waiting for the server.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from eventmate.domain.capture_syntax import ParsedCapture, parse_capture
from eventmate.services.capture.context import (
    BreakStatus,
    CaptureContextService,
    EventChoice,
)
from eventmate.services.capture.outbox import Offline, Outbox, Sent
from eventmate.services.capture.recent import RecentCapture, stored_recent, waiting_recent
from eventmate.services.capture.result import (
    Assigned,
    CaptureBatch,
    CaptureResult,
    NothingToCapture,
)
from eventmate.services.capture.steps import cap_text as cap_text
from eventmate.services.capture.steps import capture_lines, capture_text
from eventmate.services.capture.suggestions import NameSuggester, PersonSuggestion
from eventmate.services.capture.undo import UndoRecord, UndoResult, undo_capture
from eventmate.services.changes import NOTHING, Changes, changes_of
from eventmate.services.clock import Clock, system_clock
from eventmate.services.records import RecordGone, require_id
from eventmate.storage.engine import Database
from eventmate.storage.identity import new_uid
from eventmate.storage.models import (
    Capture,
    Event,
    FollowUp,
    Person,
)
from eventmate.storage.server import is_unreachable
from eventmate.storage.sql import SqlWriter, session_writer

log = logging.getLogger(__name__)

_T = TypeVar("_T")

__all__ = [
    "Assigned",
    "BreakStatus",
    "CaptureBatch",
    "CaptureResult",
    "CaptureService",
    "EventChoice",
    "NothingToCapture",
    "PersonSuggestion",
    "RecentCapture",
    "UndoResult",
]


class CaptureService:
    """Stores captures, undoes them, and answers what capture mode shows."""

    def __init__(
        self, database: Database, clock: Clock = system_clock, outbox: Outbox | None = None
    ) -> None:
        self._db = database
        self._clock = clock
        #: Where captures wait while the server is away (server stores only).
        self.outbox = outbox
        #: The last captures read from the server, listed while it is away.
        self._recent: tuple[RecentCapture, ...] = ()
        self.context = CaptureContextService(database)
        self.names = NameSuggester(database)
        # What each capture made in this session, newest last: exact undo, Ctrl+Z order.
        self._undo: dict[str, UndoRecord] = {}
        #: What the writes of the capture under way changed (see ``_write``).
        self._written: Changes = NOTHING

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
            self.context.current_break(current.uid, now)

    def now(self) -> datetime:
        """The service's current time (the injected clock)."""
        return self._clock()

    def preview(self, text: str) -> ParsedCapture:
        """What ``text`` would store (the parse only; nothing is written)."""
        return parse_capture(text)

    def suggest_people(self, prefix_or_name: str, limit: int = 5) -> tuple[PersonSuggestion, ...]:
        """Existing people the name being typed may mean (see :class:`NameSuggester`)."""
        return self._online((), lambda: self.names.suggest(prefix_or_name, limit))

    def current_event(self, now: datetime | None = None) -> EventChoice | None:
        """The event running now, or starting or ended within a few hours."""
        return self._online(None, lambda: self.context.current_event(now or self._clock()))

    def current_break(self, event_uid: str, now: datetime | None = None) -> BreakStatus | None:
        """The event's break on now (with minutes left), else its next break today."""
        return self._online(
            None, lambda: self.context.current_break(event_uid, now or self._clock())
        )

    def event_choices(self) -> tuple[EventChoice, ...]:
        """Events near today for the event picker, nearest first."""
        return self._online((), lambda: self.context.event_choices(self._clock()))

    def warm_up_steps(self) -> Iterator[None]:
        """Build the name list for suggestions slice by slice (nothing while offline)."""
        if self.offline:
            return iter(())
        return self._guarded_steps(self.names.warm_up_steps())

    def follow(self, changes: Changes) -> None:
        """Let the name suggestions learn of ``changes`` (skipped while offline)."""
        self._online(None, lambda: self.names.follow(changes))

    def recent(self, limit: int = 5) -> tuple[RecentCapture, ...]:
        """The latest captures, newest first: those waiting in the outbox, then the server's."""
        waiting = waiting_recent(self.outbox, limit) if self.outbox is not None else ()

        def read() -> tuple[RecentCapture, ...]:
            with self._db.read() as session:
                return stored_recent(session, limit)

        self._recent = self._online(self._recent, read)
        return (waiting + self._recent)[:limit]

    @property
    def offline(self) -> bool:
        """Whether the server was found away (captures go to the outbox meanwhile)."""
        return self.outbox is not None and self.outbox.offline

    def waiting(self) -> tuple[int, int]:
        """How many captures wait in the outbox, and how many of them the server refused."""
        return self.outbox.counts() if self.outbox is not None else (0, 0)

    def send_waiting(self, *, refused_too: bool = False) -> Sent | None:
        """Send the outbox's captures to the server, in order (None: no outbox)."""
        if self.outbox is None:
            return None
        # Its own write unit: a round may run on a worker thread beside a capture. What it
        # stores reaches every view through the database's write listeners.
        return self.outbox.send(self._send_write, refused_too=refused_too)

    def _online(self, offline: _T, read: Callable[[], _T]) -> _T:
        """``read()`` from the server, or ``offline`` while it is away (found away now too)."""
        if self.offline:
            return offline
        try:
            return read()
        except Exception as error:
            if self.outbox is None or not is_unreachable(error):
                raise
            log.warning("server away: capture mode works from the outbox")
            self.outbox.go_offline()
            return offline

    def _guarded_steps(self, steps: Iterator[None]) -> Iterator[None]:
        while not self.offline:
            if self._online(True, lambda: next(steps, None) is not None) is not True:
                return
            yield None

    @property
    def can_undo(self) -> bool:
        """Whether a capture made in this session can still be undone."""
        return bool(self._undo)

    # -- writing ----------------------------------------------------------------------------

    def capture(
        self, text: str, event_uid: str | None = None, person_uid: str | None = None
    ) -> CaptureResult:
        """Store one capture durably: the text verbatim and what it means.

        Args:
            text: What was typed (one line; newlines are read as spaces by the parser).
            event_uid: The event it belongs to, or None to assign it later. If that event no
                longer exists the words are kept with no event (``event_gone`` says so):
                nothing typed is lost, and nothing is written to a gone event.
            person_uid: An existing person the user picked from the suggestions: the capture
                is linked to them and the facts are added there, instead of a new person.

        Raises:
            NothingToCapture: ``text`` is empty or whitespace.
            RecordGone: the picked person no longer exists; nothing was stored.
        """
        self._written = NOTHING
        if self.outbox is not None and self.outbox.should_keep():
            return self.outbox.keep(text, event_uid, self._clock(), person_uid=person_uid)
        uid = new_uid()
        try:
            result, record, event_id = capture_text(
                self._write, text, event_uid, person_uid, self._clock(), (SQLAlchemyError,), uid
            )
        except Exception as error:
            if self.outbox is None or not is_unreachable(error):
                raise
            # The server is away (or its answer was lost: the same uid keeps it from being
            # stored twice). Nothing typed is lost: it waits here.
            log.warning("server away: capture kept in the outbox")
            self.outbox.go_offline()
            return self.outbox.keep(text, event_uid, self._clock(), uid, person_uid)
        self._remember(record)
        if result.person_created:
            self.names.note_added()
        # Between this capture and the next: keep the log small through a long burst.
        self._db.checkpoint_if_large()
        return replace(
            result,
            event_uid=event_uid if event_id is not None else None,
            event_gone=event_uid is not None and event_id is None,
            changes=self._written,
        )

    def capture_many(self, lines: Iterable[str], event_uid: str | None = None) -> CaptureBatch:
        """Store pasted notes, one capture per non-blank line, all in one transaction.

        An event that no longer exists is left out, as for :meth:`capture`.

        Raises:
            NothingToCapture: no line has any text.
        """
        self._written = NOTHING
        lines = list(lines)
        if self.outbox is not None and self.outbox.should_keep():
            held = self.outbox.keep_lines(lines, event_uid, self._clock())
            return CaptureBatch(tuple(held), NOTHING)
        uids: list[str] = []

        def next_uid() -> str:
            uids.append(new_uid())
            return uids[-1]

        try:
            stored, event_id = capture_lines(self._write, lines, event_uid, self._clock(), next_uid)
        except Exception as error:
            if self.outbox is None or not is_unreachable(error):
                raise
            log.warning("server away: pasted captures kept in the outbox")
            self.outbox.go_offline()
            held = self.outbox.keep_lines(lines, event_uid, self._clock(), uids)
            return CaptureBatch(tuple(held), NOTHING)
        for _result, record in stored:
            self._remember(record)
        self.names.note_added()
        self._db.checkpoint_if_large()
        kept = event_uid if event_id is not None else None
        return CaptureBatch(
            tuple(replace(result, event_uid=kept) for result, _record in stored),
            self._written,
            event_gone=event_uid is not None and event_id is None,
        )

    def assign_event(self, capture_uids: Sequence[str], event_uid: str) -> Assigned:
        """Assign captures made without an event to an event; says how many changed.

        The people those captures created are marked as met there, and their promises
        are linked to the event too.

        Raises:
            RecordGone: the event no longer exists; nothing was changed.
        """
        uids = list(capture_uids)
        with self._db.write() as session:
            event_id = require_id(session, Event, event_uid)
            unassigned = {
                int(row[0]): str(row[1])
                for row in session.execute(
                    select(Capture.id, Capture.uid).where(
                        Capture.uid.in_(uids), Capture.event_id.is_(None)
                    )
                )
            }
            if unassigned:
                ids = list(unassigned)
                session.execute(
                    update(Capture).where(Capture.id.in_(ids)).values(event_id=event_id)
                )
                session.execute(
                    update(FollowUp)
                    .where(FollowUp.capture_id.in_(ids), FollowUp.event_id.is_(None))
                    .values(event_id=event_id)
                )
                created = [
                    record.person_id
                    for uid in unassigned.values()
                    if (record := self._undo.get(uid)) is not None and record.person_created
                ]
                if created:
                    session.execute(
                        update(Person)
                        .where(Person.id.in_(created), Person.met_event_id.is_(None))
                        .values(met_event_id=event_id)
                    )
        return Assigned(len(unassigned), changes_of(session))

    def undo_last(self) -> UndoResult | None:
        """Undo the newest capture made in this session; None when there is none left.

        Raises:
            RecordGone: that capture was removed elsewhere meanwhile (it is forgotten here).
            Offline: the server is away; undo waits until it is back.
        """
        if not self._undo:
            return None
        if self.offline:
            raise Offline
        return self.undo(next(reversed(self._undo)))

    def undo(self, capture_uid: str) -> UndoResult:
        """Remove exactly what the capture created, and the capture itself.

        The person goes only when the capture created them and nothing else refers to them.

        Raises:
            RecordGone: the capture no longer exists (already undone?); nothing was changed.
        """
        record = self._undo.get(capture_uid)
        try:
            with self._db.write() as session:
                capture_id = require_id(session, Capture, capture_uid)
                result = undo_capture(session, capture_id, record)
                assert result is not None  # the capture was found just above
        except RecordGone:
            self._undo.pop(capture_uid, None)
            raise
        self._undo.pop(capture_uid, None)
        if result.person_removed is not None and result.person_id is not None:
            self.names.forget(result.person_id)
        return replace(result, changes=changes_of(session))

    def _remember(self, record: UndoRecord) -> None:
        self._undo[record.capture_uid] = record

    @contextmanager
    def _send_write(self) -> Iterator[SqlWriter]:
        with self._db.write() as session:
            yield session_writer(session)

    @contextmanager
    def _write(self) -> Iterator[SqlWriter]:
        """One durable write, its statements on the session's own connection."""
        with self._db.write() as session:
            yield session_writer(session)
        self._written |= changes_of(session)
