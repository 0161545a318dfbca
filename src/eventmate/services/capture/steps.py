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
from eventmate.services.changes import Kind, RecordGone
from eventmate.storage.failures import StorageFailure
from eventmate.storage.sql import SqlError, SqlWriter

log = logging.getLogger(__name__)

#: Opens one durable write transaction.
WriteUnit = Callable[[], AbstractContextManager[SqlWriter]]


def cap_text(text: str, limit: int = TEXT_MAX) -> tuple[str, str]:
    """Clean ``text`` and split it at ``limit`` characters: (what is stored, what is left)."""
    cleaned = clean_text(text, limit=sys.maxsize).text
    return cleaned[:limit], cleaned[limit:]


#: The event a capture names: by uid, or by the number the command line lists.
EVENT_BY_REFERENCE = "SELECT id FROM event WHERE uid = :uid OR id = :number"
_PERSON = "SELECT id FROM person WHERE uid = :uid"


def event_id_of(sql: SqlWriter, event: str | None) -> int | None:
    """The id of the event named by its uid (or the number the command line lists), or None."""
    if event is None:
        return None
    number = int(event) if event.isdigit() else -1
    rows = sql.rows(EVENT_BY_REFERENCE, {"uid": event, "number": number})
    return int(rows[0][0]) if rows else None


def person_id_of(sql: SqlWriter, person_uid: str | None) -> int | None:
    """The id of the person picked by uid, or :class:`RecordGone`."""
    if person_uid is None:
        return None
    rows = sql.rows(_PERSON, {"uid": person_uid})
    if not rows:
        raise RecordGone(Kind.PERSON, person_uid)
    return int(rows[0][0])


def capture_text(
    write: WriteUnit,
    text: str,
    event: str | None,
    person_uid: str | None,
    now: datetime,
    errors: tuple[type[BaseException], ...] = (),
    uid: str | None = None,
) -> tuple[CaptureResult, UndoRecord, int | None]:
    """Store one capture in two durable writes: the text verbatim, then what it means.

    The first write holds the text alone (a few pages), so what was typed is on disk within
    milliseconds of Enter; the second adds what it means (a person with facts, tags, promises:
    ~40 pages with their search-index entries). If the second fails (``errors``: the write
    unit's own, e.g. a full disk), the words stay, kept to tidy later.

    An ``event`` (uid, or the number the command line lists) that no longer exists is left
    out: the words are kept with no event, nothing is written to a gone event. Returns the
    result, its undo record, and the id of the event it was stored with (None: none or gone).
    ``uid``: the capture's uid, chosen before (so a write whose answer was lost can be kept in
    the outbox under the same uid); else a new one.

    Raises:
        NothingToCapture: ``text`` is empty or whitespace.
        RecordGone: the picked person no longer exists; nothing was stored.
    """
    stored, remainder = cap_text(text)
    if not stored.strip():
        raise NothingToCapture(text)
    with write() as sql:
        event_id = event_id_of(sql, event)
        person_id = person_id_of(sql, person_uid)
        words = store.store_words(sql, stored, event_id, person_id, now, uid)
    failures: tuple[type[BaseException], ...] = (*errors, SqlError, StorageFailure, UnknownRecord)
    try:
        with write() as sql:
            result, record = store.store_meaning(
                sql, words, stored, remainder, event_id, person_id, now
            )
    except failures:
        # The words are safe (a full disk between the two writes included): the capture
        # waits to be tidied from its text instead, and typing it again would duplicate it.
        log.exception("capture %s kept as text only", words.capture_id)
        result, record = store.words_only(words, stored, remainder, event_id)
    return result, record, event_id


def capture_lines(
    write: WriteUnit,
    lines: Iterable[str],
    event: str | None,
    now: datetime,
    uids: Callable[[], str] | None = None,
) -> tuple[list[tuple[CaptureResult, UndoRecord]], int | None]:
    """Store pasted notes, one capture per non-blank line, all in one transaction.

    ``uids`` hands out each line's uid in order (else each gets a new one).

    An ``event`` that no longer exists is left out, as for :func:`capture_text`; the id of
    the event the lines were stored with is returned beside them.

    Raises:
        NothingToCapture: no line has any text.
    """
    pieces = [cap_text(line) for line in lines]
    pieces = [(stored, rest) for stored, rest in pieces if stored.strip()]
    if not pieces:
        raise NothingToCapture("")
    with write() as sql:
        event_id = event_id_of(sql, event)
        stored = [
            store.store_capture(
                sql, text, remainder, event_id, None, now, uids() if uids is not None else None
            )
            for text, remainder in pieces
        ]
    return stored, event_id
