"""Captures kept on this computer while the server is away, and sent once it is back.

With a server store, a capture that cannot reach the server goes into the outbox file in the
data folder (:mod:`eventmate.storage.outbox_file`) at Enter, with the uid it will have on the
server. While anything waits there, new captures queue behind it, so they arrive in the order
they were typed. :meth:`Outbox.send` stores them one by one, each in one transaction that first
looks for its uid: a capture the server already holds (its commit went through, but the
outbox row was not deleted yet) is not added again. A capture the server refuses for another
reason keeps its reason and stays, shown, never dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from eventmate.domain.capture_syntax import parse_capture
from eventmate.services.capture import store
from eventmate.services.capture.result import CaptureResult, NothingToCapture
from eventmate.services.capture.steps import WriteUnit, cap_text, event_id_of
from eventmate.storage.failures import as_failure
from eventmate.storage.identity import new_uid
from eventmate.storage.outbox_file import OutboxFile, OutboxRow
from eventmate.storage.server import is_unreachable

log = logging.getLogger(__name__)

_HAS_UID = "SELECT id FROM capture WHERE uid = :uid"
_PERSON = "SELECT id FROM person WHERE uid = :uid"


class Offline(Exception):
    """The server cannot be reached now; what needs it (undo) waits until it is back."""


@dataclass(frozen=True, slots=True)
class Waiting:
    """A capture in the outbox, as capture mode lists it."""

    uid: str
    raw_text: str
    event_uid: str | None
    captured_at: datetime
    #: Why the server refused it (None: it only waits for the server).
    refused: str | None


@dataclass(frozen=True, slots=True)
class Sent:
    """What one round of sending did."""

    #: Stored on the server now.
    sent: int
    #: Found on the server already (a round cut short after the commit): not added again.
    already_there: int
    #: Refused by the server this round (they stay in the outbox).
    refused: int
    #: Still in the outbox afterwards (refused ones included).
    left: int
    #: The server could not be reached: the round stopped there.
    offline: bool


class Outbox:
    """The data folder's outbox: keeping captures, counting them, sending them in order."""

    def __init__(self, path: Path) -> None:
        self._file = OutboxFile(path)
        self._lock = threading.Lock()
        self._sending = threading.Lock()
        self._offline = False

    @property
    def path(self) -> Path:
        """The outbox file."""
        return self._file.path

    @property
    def offline(self) -> bool:
        """Whether the server was found away (until a round of sending reaches it)."""
        return self._offline

    def go_offline(self) -> None:
        """The server was found away: keep captures here until a round of sending reaches it."""
        self._offline = True

    def counts(self) -> tuple[int, int]:
        """How many captures are in the outbox, and how many of them the server refused."""
        return self._file.counts()

    def should_keep(self) -> bool:
        """Whether a new capture goes into the outbox: offline, or others are waiting first."""
        if self._offline:
            return True
        total, refused = self.counts()
        return total > refused

    def entries(self) -> list[Waiting]:
        """Every capture in the outbox, oldest first."""
        return [
            Waiting(row.uid, row.raw_text, row.event_uid, _moment(row.captured_at), row.refused)
            for row in self._file.rows()
        ]

    # -- keeping ----------------------------------------------------------------------------

    def keep(
        self,
        text: str,
        event_uid: str | None,
        now: datetime,
        uid: str | None = None,
        person_uid: str | None = None,
    ) -> CaptureResult:
        """Keep one capture durably in the outbox; it gets its uid (or keeps ``uid``) here.

        ``person_uid``: the person picked from the suggestions (linked when it is sent, if
        they still exist then).

        Raises:
            NothingToCapture: ``text`` is empty or whitespace.
            StorageFailure: the outbox could not be written (a full disk): nothing was kept.
        """
        stored, remainder = cap_text(text)
        if not stored.strip():
            raise NothingToCapture(text)
        row = OutboxRow(uid or new_uid(), stored, event_uid, _stamp(now), person_uid)
        self._add([row])
        return _kept(row, remainder)

    def keep_lines(
        self,
        lines: Iterable[str],
        event_uid: str | None,
        now: datetime,
        uids: Sequence[str] = (),
    ) -> list[CaptureResult]:
        """Keep pasted notes, one capture per non-blank line, all or nothing.

        ``uids``: the uids the first lines were given already (a write whose answer was lost).

        Raises:
            NothingToCapture: no line has any text.
            StorageFailure: the outbox could not be written: nothing was kept.
        """
        pieces = [cap_text(line) for line in lines]
        pieces = [(stored, rest) for stored, rest in pieces if stored.strip()]
        if not pieces:
            raise NothingToCapture("")
        given = list(uids) + [new_uid() for _ in range(len(pieces) - len(uids))]
        rows = [
            OutboxRow(uid, stored, event_uid, _stamp(now))
            for uid, (stored, _) in zip(given, pieces, strict=False)
        ]
        self._add(rows)
        return [_kept(row, rest) for row, (_, rest) in zip(rows, pieces, strict=True)]

    def _add(self, rows: list[OutboxRow]) -> None:
        try:
            with self._lock:
                self._file.add(rows)
        except Exception as error:
            failure = as_failure(error)
            if failure is None:
                raise
            raise failure from error

    # -- sending ----------------------------------------------------------------------------

    def send(self, write: WriteUnit, *, refused_too: bool = False) -> Sent:
        """Send what waits, oldest first, through ``write`` (one transaction per capture).

        Stops at the first capture that cannot reach the server (it and the rest stay, in
        order). ``refused_too``: offer the ones refused before once more (at start, and
        ``eventmate sync``); otherwise they are left alone. One round at a time per process.
        """
        sent = there = refused = 0
        tried: set[str] = set()
        with self._sending:
            while True:
                rows = [
                    row
                    for row in self._file.rows()
                    if row.uid not in tried and (refused_too or row.refused is None)
                ]
                if not rows:
                    break
                for row in rows:
                    tried.add(row.uid)
                    try:
                        added = _deliver(write, row)
                    except Exception as error:
                        if is_unreachable(error):
                            self._offline = True
                            total, _ = self.counts()
                            return Sent(sent, there, refused, total, offline=True)
                        if _is_there(write, row.uid):
                            added = False  # another sender stored it meanwhile
                        else:
                            log.warning("capture %s refused by the server", row.uid)
                            self._file.refuse(row.uid, _reason(error))
                            refused += 1
                            continue
                    # The server holds it now: a crash before this line sends it again,
                    # and the uid check above keeps it from being added twice.
                    self._file.remove(row.uid)
                    sent += added
                    there += not added
            if self._offline and not tried and not _answers(write):
                total, _ = self.counts()  # nothing to send, and the server is still away
                return Sent(0, 0, 0, total, offline=True)
            with self._lock:
                total, refused_left = self.counts()
                if total == refused_left:
                    self._offline = False
        return Sent(sent, there, refused, total, offline=False)


def _deliver(write: WriteUnit, row: OutboxRow) -> bool:
    """Store ``row`` on the server unless it is there already; whether it was added."""
    captured_at = _moment(row.captured_at)
    with write() as sql:
        if sql.rows(_HAS_UID, {"uid": row.uid}):
            return False
        # An event or a picked person deleted meanwhile: the words are kept without them.
        event_id = event_id_of(sql, row.event_uid)
        found = sql.rows(_PERSON, {"uid": row.person_uid}) if row.person_uid else []
        person_id = int(found[0][0]) if found else None
        store.store_capture(sql, row.raw_text, "", event_id, person_id, captured_at, uid=row.uid)
    return True


def _answers(write: WriteUnit) -> bool:
    """Whether the server can be reached now (one small transaction)."""
    try:
        with write() as sql:
            sql.rows("SELECT 1", {})
    except Exception as error:
        if not is_unreachable(error):
            raise
        return False
    return True


def _is_there(write: WriteUnit, uid: str) -> bool:
    try:
        with write() as sql:
            return bool(sql.rows(_HAS_UID, {"uid": uid}))
    except Exception:  # the server went away again: not known to be there
        log.debug("could not look for capture %s", uid, exc_info=True)
        return False


def _reason(error: BaseException) -> str:
    inner = getattr(error, "orig", None) or error
    text = str(inner).strip()
    return text.splitlines()[0][:300] if text else type(inner).__name__


def _kept(row: OutboxRow, remainder: str) -> CaptureResult:
    parsed = parse_capture(row.raw_text)
    return CaptureResult(
        capture_id=0,
        raw_text=row.raw_text,
        event_id=None,
        person_id=None,
        person_name=parsed.name,
        person_created=False,
        descriptor=parsed.descriptor,
        role=parsed.role,
        organization=parsed.organization,
        facts=tuple(f.text for f in parsed.facts),
        tags=parsed.tags,
        follow_ups=tuple(f.text for f in parsed.follow_ups),
        note=parsed.note,
        kept_to_tidy=parsed.name is None,
        truncated=bool(remainder),
        remainder=remainder,
        uid=row.uid,
        event_uid=row.event_uid,
        kept_offline=True,
    )


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _moment(stamp: str) -> datetime:
    parsed = datetime.fromisoformat(stamp)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
