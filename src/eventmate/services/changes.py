"""What a write changed: kinds of record and their uids, created, updated, deleted or merged.

Every service call that writes returns a :class:`Changes` (alone, or as the ``changes`` of its
result), in the spirit of Anki's ``OpChanges``. The same description comes from the change log
for writes made elsewhere (the command line, another window, a restore): :class:`ChangeFeed`
reads it, so an open view learns about every change through one path and updates only what
it shows. Importable without SQLAlchemy (the GUI uses it from its first paint on).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from eventmate.domain.i18n import N_, _
from eventmate.storage.change_log import MOST_ROWS, ChangeRow, last_seq

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from eventmate.storage.change_notify import ChangeListener
    from eventmate.storage.engine import Database


class Kind(StrEnum):
    """The kinds of record a user can see or exchange (their table names)."""

    PERSON = "person"
    EVENT = "event"
    CAPTURE = "capture"
    NOTE = "note"
    FACT = "fact"
    FOLLOW_UP = "follow_up"
    INTENTION = "intention"
    REFLECTION = "reflection"
    EXCHANGE = "exchange"
    TAG = "tag"
    SERIES = "series"


Ref = tuple[Kind, str]

#: What a write to a record that is gone says, by kind (whole sentences: in German the
#: article follows the word). Translated when raised.
_GONE = {
    Kind.PERSON: N_("This person no longer exists; nothing was changed."),
    Kind.EVENT: N_("This event no longer exists; nothing was changed."),
    Kind.CAPTURE: N_("This capture no longer exists; nothing was changed."),
    Kind.NOTE: N_("This note no longer exists; nothing was changed."),
    Kind.FACT: N_("This fact no longer exists; nothing was changed."),
    Kind.FOLLOW_UP: N_("This follow-up no longer exists; nothing was changed."),
    Kind.INTENTION: N_("This intention no longer exists; nothing was changed."),
    Kind.REFLECTION: N_("This reflection no longer exists; nothing was changed."),
    Kind.EXCHANGE: N_("This gift no longer exists; nothing was changed."),
    Kind.TAG: N_("This tag no longer exists; nothing was changed."),
    Kind.SERIES: N_("This series no longer exists; nothing was changed."),
}


class RecordGone(LookupError):
    """The record a write names no longer exists (deleted, merged away, or restored over).

    Every write that names a record by uid raises this instead of touching whatever row now
    has the old integer id (``services.records.require`` finds records for writes).
    """

    def __init__(self, kind: Kind, uid: str) -> None:
        super().__init__(_(_GONE[kind]))
        self.kind = kind
        self.uid = uid


class StaleEdit(RuntimeError):
    """The record changed elsewhere since the version the user edited: nothing was saved.

    Raised by a write that names the version it expects (another device, the command line or
    another window wrote meanwhile). ``theirs`` holds the record's fields as stored now
    (version ``their_version``), ``mine`` what the user typed; the caller shows both and lets
    the user choose (:func:`three_way` says which fields really disagree). ``my_version`` is
    None for a text checked against the text the user started from (a reflection's answers).
    """

    def __init__(
        self,
        kind: Kind,
        uid: str,
        *,
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        my_version: int | None,
        their_version: int,
    ) -> None:
        super().__init__(_("This was changed elsewhere meanwhile; nothing was saved."))
        self.kind = kind
        self.uid = uid
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.my_version = my_version
        self.their_version = their_version


def three_way(
    base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Mine merged into theirs, field by field, and the fields where both sides changed.

    ``base`` is what the user started from. A field only I changed keeps mine, a field only
    they changed keeps theirs; a field both changed to different values is a conflict (mine,
    until the user chooses). Only the fields in ``mine`` are merged.
    """
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for name, value in mine.items():
        was, now = base.get(name), theirs.get(name)
        if value == was:
            merged[name] = now
        else:
            merged[name] = value
            if now not in (was, value):
                conflicts.append(name)
    return merged, tuple(conflicts)


@dataclass(frozen=True, slots=True)
class Changes:
    """Records created, updated and deleted by one write (or several, combined with ``|``).

    ``reset`` means anything may have changed (a restore, a whole archive, more changes than
    are worth listing): every view reloads what it shows and checks that its record still
    exists. ``merged`` maps the uid of a record merged away to the uid it was merged into.
    """

    created: frozenset[Ref] = frozenset()
    updated: frozenset[Ref] = frozenset()
    deleted: frozenset[Ref] = frozenset()
    merged: frozenset[tuple[str, str]] = frozenset()
    reset: bool = False

    def __bool__(self) -> bool:
        return self.reset or bool(self.created or self.updated or self.deleted)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.created | other.created,
            self.updated | other.updated,
            self.deleted | other.deleted,
            self.merged | other.merged,
            self.reset or other.reset,
        )

    def touches(self, *kinds: Kind) -> bool:
        """Whether records of any of ``kinds`` changed (always, after a reset)."""
        if self.reset:
            return True
        wanted = set(kinds)
        return any(kind in wanted for kind, _ in self.created | self.updated | self.deleted)

    def uids(self, kind: Kind) -> frozenset[str]:
        """The uids of ``kind`` that were created, updated or deleted."""
        return frozenset(u for k, u in self.created | self.updated | self.deleted if k is kind)

    def changed(self, kind: Kind, uid: str) -> bool:
        """Whether this record changed in any way (or may have: a reset)."""
        ref = (kind, uid)
        return self.reset or ref in self.created or ref in self.updated or ref in self.deleted

    def gone(self, kind: Kind, uid: str) -> bool:
        """Whether this record was deleted (or merged away)."""
        return (kind, uid) in self.deleted

    def merged_into(self, uid: str) -> str | None:
        """The uid that ``uid`` was merged into, if it was."""
        return next((into for old, into in self.merged if old == uid), None)


NOTHING = Changes()
EVERYTHING = Changes(reset=True)


def from_rows(rows: Iterable[ChangeRow]) -> Changes:
    """Changes described by change log rows (a record made and deleted at once is deleted)."""
    created: set[Ref] = set()
    updated: set[Ref] = set()
    deleted: set[Ref] = set()
    merged: set[tuple[str, str]] = set()
    count = 0
    for row in rows:
        count += 1
        try:
            ref = (Kind(row.kind), row.uid)
        except ValueError:
            continue  # a kind a newer version logs: nothing here shows it
        if row.op == "c":
            created.add(ref)
        elif row.op == "d":
            deleted.add(ref)
        elif row.op == "m" and row.detail:
            merged.add((row.uid, row.detail))
            deleted.add(ref)
        else:
            updated.add(ref)
    if count > MOST_ROWS:
        return EVERYTHING
    return Changes(
        frozenset(created - deleted),
        frozenset(updated - created - deleted),
        frozenset(deleted),
        frozenset(merged),
    )


def changes_of(session: Session) -> Changes:
    """What a finished ``Database.write()`` session changed."""
    from eventmate.storage.engine import written

    return from_rows(written(session))


def server_away(error: BaseException | None) -> bool:
    """Whether ``error`` (from a feed's poll, a write, a start) says a server store could not
    be reached or went away: the caller waits and tries again instead of showing a fault."""
    if "sqlalchemy" not in sys.modules and "psycopg" not in sys.modules:
        return False  # a local file, and nothing of a server loaded
    from eventmate.storage.server import is_unreachable

    return is_unreachable(error)


class ChangeFeed:
    """Tells what changed since it last looked, whoever wrote it.

    It keeps the last change log row it reported. If that row is gone or different when it
    looks again, the database was replaced (a restore) or the log was pruned past it: it
    reports a reset, and goes on from the log's end.
    """

    def __init__(self, database: Database) -> None:
        self._watch = database.watch()
        self._database = database
        self._seen: ChangeRow | None = None
        self._started = False
        self._listeners: list[Callable[[list[ChangeRow]], None]] = []
        self._heard: ChangeListener | None = None

    def start(self) -> None:
        """Begin at the log's end: earlier changes are not reported."""
        with self._database.read() as session:
            seq = last_seq(session)
        self._watch.committed()
        self._seen = self._watch.read(seq)[1] if seq else None
        self._started = True

    def poll(self) -> Changes:
        """What changed since the last poll (``NOTHING`` if nobody committed)."""
        if not self._started:
            self.start()
            return NOTHING
        if not self._watch.committed():
            return NOTHING
        rows, at = self._watch.read(self._seen.seq if self._seen is not None else 0)
        if at != self._seen:
            self.restart()
            self.start()
            return EVERYTHING
        if rows:
            self._seen = rows[-1]
        return from_rows(rows)

    def on_write(self, listener: Callable[[list[ChangeRow]], None]) -> None:
        """Call ``listener`` after each write this process commits (from the writing thread)."""
        self._database.on_write(listener)
        self._listeners.append(listener)

    def on_elsewhere(self, callback: Callable[[], None]) -> bool:
        """On a server: call ``callback`` (from a thread of its own) as soon as anyone else's
        write is logged (LISTEN/NOTIFY), then :meth:`poll` reads it. False for a file, where
        the caller looks for commits on a timer (a lost server line is heard again after a
        pause, so a timer stays as the fallback there too)."""
        if self._heard is None:
            self._heard = self._database.listen(callback)
            if self._heard is None:
                return False
            self._heard.start()
        return True

    def restart(self) -> None:
        """Let go of the file (it is about to be replaced); the next poll begins afresh."""
        self._watch.close()
        self._started = False

    def close(self) -> None:
        """Release the watcher's connection and stop hearing this process's writes."""
        self._watch.close()
        if self._heard is not None:
            self._heard.stop()
            self._heard = None
        for listener in self._listeners:
            self._database.off_write(listener)
        self._listeners.clear()
