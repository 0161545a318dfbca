"""Captures from the command line: the same two durable writes as capture mode, without the ORM.

``eventmate capture "…"`` stores exactly what capture mode stores (:mod:`.store` does both);
on a SQLite file it runs through ``sqlite3`` alone, so the command never imports SQLAlchemy.
There is no undo here (a new process has no session to undo in), and no name suggestions.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventmate.services.capture.result import CaptureResult, UnknownRecord
from eventmate.services.capture.steps import EVENT_BY_REFERENCE, capture_lines, capture_text
from eventmate.services.clock import Clock, system_clock
from eventmate.storage.sql import SqlReader, db_errors


class QuickCapture:
    """Stores captures through plain SQL."""

    def __init__(self, sql: SqlReader, clock: Clock = system_clock) -> None:
        self._sql = sql
        self._clock = clock

    def capture(self, text: str, event: str | None = None) -> CaptureResult:
        """Store one capture durably: the text verbatim, then what it means.

        ``event`` is the event's uid or the number `eventmate event list` shows.

        Raises:
            NothingToCapture: ``text`` is empty or whitespace.
            UnknownRecord: ``event`` names no event (nothing is stored).
        """
        self._check_event(event)
        result, _record, _event_id = capture_text(
            self._sql.write, text, event, None, self._clock(), db_errors()
        )
        return result

    def capture_many(self, lines: Iterable[str], event: str | None = None) -> list[CaptureResult]:
        """Store pasted notes, one capture per non-blank line, all in one transaction.

        Raises:
            NothingToCapture: no line has any text.
            UnknownRecord: ``event`` names no event (nothing is stored).
        """
        self._check_event(event)
        stored, _event_id = capture_lines(self._sql.write, lines, event, self._clock())
        return [result for result, _record in stored]

    def _check_event(self, event: str | None) -> None:
        # A command names the event it means; one that is not there is a mistake to report,
        # not a capture to keep quietly without an event.
        if event is None:
            return
        number = int(event) if event.isdigit() else -1
        with self._sql.read() as execute:
            if not execute(EVENT_BY_REFERENCE, {"uid": event, "number": number}):
                raise UnknownRecord(f"event {event!r}")
