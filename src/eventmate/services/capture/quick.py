"""Captures from the command line: the same two durable writes as capture mode, without the ORM.

``eventmate capture "…"`` stores exactly what capture mode stores (:mod:`.store` does both);
on a SQLite file it runs through ``sqlite3`` alone, so the command never imports SQLAlchemy.
There is no undo here (a new process has no session to undo in), and no name suggestions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from eventmate.services.capture.result import CaptureResult
from eventmate.services.capture.steps import capture_lines, capture_text
from eventmate.services.clock import Clock, system_clock
from eventmate.storage.sql import SqlReader


class QuickCapture:
    """Stores captures through plain SQL."""

    def __init__(self, sql: SqlReader, clock: Clock = system_clock) -> None:
        self._sql = sql
        self._clock = clock

    def capture(self, text: str, event_id: int | None = None) -> CaptureResult:
        """Store one capture durably: the text verbatim, then what it means.

        Raises:
            NothingToCapture: ``text`` is empty or whitespace.
            UnknownRecord: ``event_id`` does not exist.
        """
        result, _record = capture_text(
            self._sql.write, text, event_id, None, self._clock(), (sqlite3.Error,)
        )
        return result

    def capture_many(
        self, lines: Iterable[str], event_id: int | None = None
    ) -> list[CaptureResult]:
        """Store pasted notes, one capture per non-blank line, all in one transaction.

        Raises:
            NothingToCapture: no line has any text.
            UnknownRecord: ``event_id`` does not exist (nothing is stored).
        """
        return [
            result
            for result, _record in capture_lines(self._sql.write, lines, event_id, self._clock())
        ]
