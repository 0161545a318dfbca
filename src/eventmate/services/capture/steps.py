"""A whole capture through any write unit: the words durable first, then what they mean.

Capture mode (:class:`~eventmate.services.capture.capture.CaptureService`, in the app's
sessions) and ``eventmate capture`` (:class:`~eventmate.services.capture.quick.QuickCapture`,
through ``sqlite3`` alone) both store captures here, with :mod:`.store`'s statements.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import datetime

from eventmate.domain.text import TEXT_MAX, clean_text
from eventmate.services.capture import store
from eventmate.services.capture.result import (
    CaptureResult,
    NothingToCapture,
    UndoRecord,
    UnknownRecord,
)
from eventmate.storage.failures import StorageFailure
from eventmate.storage.sql import SqlError, SqlWriter

log = logging.getLogger(__name__)

#: Opens one durable write transaction.
WriteUnit = Callable[[], AbstractContextManager[SqlWriter]]


def cap_text(text: str, limit: int = TEXT_MAX) -> tuple[str, str]:
    """Clean ``text`` and split it at ``limit`` characters: (what is stored, what is left)."""
    cleaned = clean_text(text, limit=sys.maxsize).text
    return cleaned[:limit], cleaned[limit:]


def capture_text(
    write: WriteUnit,
    text: str,
    event_id: int | None,
    person_id: int | None,
    now: datetime,
    errors: tuple[type[BaseException], ...] = (),
) -> tuple[CaptureResult, UndoRecord]:
    """Store one capture in two durable writes: the text verbatim, then what it means.

    The first write holds the text alone (a few pages), so what was typed is on disk within
    milliseconds of Enter; the second adds what it means (a person with facts, tags, promises:
    ~40 pages with their search-index entries). If the second fails (``errors``: the write
    unit's own, e.g. a full disk), the words stay, kept to tidy later.

    Raises:
        NothingToCapture: ``text`` is empty or whitespace.
        UnknownRecord: ``event_id`` or ``person_id`` does not exist.
    """
    stored, remainder = cap_text(text)
    if not stored.strip():
        raise NothingToCapture(text)
    with write() as sql:
        words = store.store_words(sql, stored, event_id, person_id, now)
    failures: tuple[type[BaseException], ...] = (*errors, SqlError, StorageFailure, UnknownRecord)
    try:
        with write() as sql:
            return store.store_meaning(sql, words, stored, remainder, event_id, person_id, now)
    except failures:
        # The words are safe (a full disk between the two writes included): the capture
        # waits to be tidied from its text instead, and typing it again would duplicate it.
        log.exception("capture %s kept as text only", words.capture_id)
        return store.words_only(words, stored, remainder, event_id)


def capture_lines(
    write: WriteUnit, lines: Iterable[str], event_id: int | None, now: datetime
) -> list[tuple[CaptureResult, UndoRecord]]:
    """Store pasted notes, one capture per non-blank line, all in one transaction.

    Raises:
        NothingToCapture: no line has any text.
        UnknownRecord: ``event_id`` does not exist (nothing is stored).
    """
    pieces = [cap_text(line) for line in lines]
    pieces = [(stored, rest) for stored, rest in pieces if stored.strip()]
    if not pieces:
        raise NothingToCapture("")
    with write() as sql:
        return [
            store.store_capture(sql, stored, remainder, event_id, None, now)
            for stored, remainder in pieces
        ]
