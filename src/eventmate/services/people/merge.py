"""Merging two people into one, and undoing it exactly.

Both people are named by uid; a merge is refused with ``RecordGone`` if either is gone, and it
is logged as "merged into" (``log_merge``) so an open view of the person merged away can say
where they went. A merge keeps everything: facts, captures, notes, follow-ups, exchanges,
contact methods, intentions and name rehearsals move to the person kept; tags, reflection
mentions and "introduced by" links are carried over. The :class:`MergeRecord` it returns says
what moved where (and holds the removed person's row), so :meth:`MergeService.undo` puts every
row back under its old ids. A verified backup is taken before each merge as a second safety net.

On a server with a team, the rows the merging member sees are theirs alone; the others'
private rows on the person merged away are moved by the server (``eventmate_merge_private``,
migration ``0015_cascade``), which keeps what it moved under a token for the undo: their ids
and contents are not the merging member's to see.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from eventmate.domain.i18n import _
from eventmate.services.changes import NOTHING, Changes, Kind, changes_of
from eventmate.services.people.detail import PersonField
from eventmate.services.records import RecordGone, require_id
from eventmate.storage.backup import BackupError
from eventmate.storage.change_log import log_merge
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    ContactMethod,
    Exchange,
    Fact,
    FollowUp,
    Intention,
    NameRehearsal,
    Note,
    Person,
    person_tag,
    reflection_mention,
)
from eventmate.storage.team import kept_by_others

#: Rows owned by a person through ``person_id``; each moves to the person kept.
_OWNED: dict[str, Table] = {
    model.__tablename__: model.__table__  # type: ignore[misc]
    for model in (Fact, Capture, Note, FollowUp, Exchange, ContactMethod, Intention, NameRehearsal)
}
_PERSON: Table = Person.__table__  # type: ignore[assignment]


def _unstamped(table: Table, **values: Any) -> dict[str, Any]:
    """``values`` plus "leave updated_at as it is": moving a row is not editing it."""
    if "updated_at" in table.c:
        values["updated_at"] = table.c.updated_at
    return values


class MergeError(ValueError):
    """The two people cannot be merged (the same person, or the backup before failed)."""


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """What a merge changed, so that :meth:`MergeService.undo` can reverse it."""

    kept_id: int
    removed_id: int
    removed_name: str
    kept_uid: str
    removed_uid: str
    #: The removed person's row, column by column.
    removed_row: Mapping[str, Any]
    #: The kept person's columns as they were before (only those the merge changed).
    kept_before: Mapping[str, Any]
    #: Table name → ids of the rows that moved.
    moved: Mapping[str, tuple[int, ...]]
    #: People whose "introduced by" pointed at the removed person.
    introduced: tuple[int, ...]
    removed_tags: tuple[int, ...]
    tags_added: tuple[int, ...]
    removed_mentions: tuple[int, ...]
    mentions_added: tuple[int, ...]
    backup: Path | None
    #: What the merge changed.
    changes: Changes = NOTHING
    #: On a server: the token under which it keeps the other team members' private rows it
    #: moved to the person kept (None: none moved), for :meth:`MergeService.undo`.
    others_moved: str | None = None


class MergeService:
    """Merges people (after a verified backup) and undoes merges."""

    def __init__(self, database: Database, backup: Callable[[], Path | None]) -> None:
        self._db = database
        self._backup = backup

    def merge(
        self, keep_uid: str, remove_uid: str, take: Mapping[PersonField, Any] | None = None
    ) -> MergeRecord:
        """Merge the person ``remove_uid`` into ``keep_uid``.

        Args:
            keep_uid: The person who stays.
            remove_uid: The person whose rows move to ``keep_uid`` and who is then removed.
            take: Field values chosen for the kept person (e.g. the other's role). Fields not
                given keep their value, or take the removed person's when empty.

        Raises:
            MergeError: the same person twice, or the backup before the merge failed (nothing
                was merged).
            RecordGone: one of them no longer exists (nothing was merged).
        """
        if keep_uid == remove_uid:
            raise MergeError(_("a person cannot be merged with themself"))
        with self._db.read() as session:  # no backup for a merge that cannot happen
            for uid in (keep_uid, remove_uid):
                require_id(session, Person, uid)
        try:
            backup = self._backup()
        except (BackupError, OSError) as error:
            raise MergeError(
                _("nothing was merged: the backup before merging failed ({reason})").format(
                    reason=error
                )
            ) from error
        with self._db.write() as session:
            keep_id = require_id(session, Person, keep_uid)
            remove_id = require_id(session, Person, remove_uid)
            keep = dict(
                session.execute(select(_PERSON).where(_PERSON.c.id == keep_id)).mappings().one()
            )
            gone = dict(
                session.execute(select(_PERSON).where(_PERSON.c.id == remove_id)).mappings().one()
            )
            changes = _merged_fields(keep, gone, take or {})
            moved: dict[str, tuple[int, ...]] = {}
            for name, table in _OWNED.items():
                ids = tuple(
                    session.scalars(select(table.c.id).where(table.c.person_id == remove_id))
                )
                if ids:
                    session.execute(
                        update(table)
                        .where(table.c.id.in_(ids))
                        .values(**_unstamped(table, person_id=keep_id))
                    )
                    moved[name] = ids
            introduced = tuple(
                session.scalars(
                    select(_PERSON.c.id).where(
                        _PERSON.c.introduced_by_id == remove_id, _PERSON.c.id != keep_id
                    )
                )
            )
            if introduced:
                session.execute(
                    update(_PERSON)
                    .where(_PERSON.c.id.in_(introduced))
                    .values(**_unstamped(_PERSON, introduced_by_id=keep_id))
                )
            removed_tags, tags_added = _carry(session, person_tag, "tag_id", remove_id, keep_id)
            removed_mentions, mentions_added = _carry(
                session, reflection_mention, "reflection_id", remove_id, keep_id
            )
            kept_before = {column: keep[column] for column in (*changes, "updated_at")}
            if changes:
                session.execute(update(_PERSON).where(_PERSON.c.id == keep_id).values(**changes))
            try:
                others_moved = _remove(session, remove_id, keep_id)
            except DBAPIError as error:  # someone wrote about them since: merge again
                if kept_by_others(error):
                    raise MergeError(
                        _(
                            "nothing was merged: someone in your team just wrote about them; "
                            "try again"
                        )
                    ) from error
                raise
            log_merge(session, Kind.PERSON.value, remove_uid, keep_uid)
        return MergeRecord(
            kept_id=keep_id,
            removed_id=remove_id,
            removed_name=str(gone["name"]),
            kept_uid=keep_uid,
            removed_uid=remove_uid,
            removed_row=gone,
            kept_before=kept_before,
            moved=moved,
            introduced=introduced,
            removed_tags=removed_tags,
            tags_added=tags_added,
            removed_mentions=removed_mentions,
            mentions_added=mentions_added,
            backup=backup,
            changes=changes_of(session),
            others_moved=others_moved,
        )

    def undo(self, record: MergeRecord) -> Changes:
        """Reverse ``record``: the removed person comes back with everything that was theirs.

        Raises ``RecordGone`` if the person kept is gone (or is another person now: a restore).
        """
        keep_id, remove_id = record.kept_id, record.removed_id
        with self._db.write() as session:
            if require_id(session, Person, record.kept_uid) != keep_id:
                raise RecordGone(Kind.PERSON, record.kept_uid)
            session.execute(insert(_PERSON).values(**record.removed_row))
            for name, ids in record.moved.items():
                table = _OWNED[name]
                session.execute(
                    update(table)
                    .where(table.c.id.in_(ids))
                    .values(**_unstamped(table, person_id=remove_id))
                )
            if record.introduced:
                session.execute(
                    update(_PERSON)
                    .where(_PERSON.c.id.in_(record.introduced))
                    .values(**_unstamped(_PERSON, introduced_by_id=remove_id))
                )
            _uncarry(
                session,
                person_tag,
                "tag_id",
                record.removed_tags,
                record.tags_added,
                remove_id,
                keep_id,
            )
            _uncarry(
                session,
                reflection_mention,
                "reflection_id",
                record.removed_mentions,
                record.mentions_added,
                remove_id,
                keep_id,
            )
            if record.kept_before:  # always holds updated_at
                session.execute(
                    update(_PERSON).where(_PERSON.c.id == keep_id).values(**record.kept_before)
                )
            if record.others_moved is not None:
                session.execute(
                    text("SELECT eventmate_unmerge_private(:token)"),
                    {"token": record.others_moved},
                )
        return changes_of(session)


def _remove(session: Any, remove_id: int, keep_id: int) -> str | None:
    """Delete the person merged away; on a server, moving the team's other private rows first.

    Returns the server's token for the rows of others it moved, or None (none moved).
    """
    if session.get_bind().dialect.name == "sqlite":  # one user: every row was moved above
        session.execute(delete(_PERSON).where(_PERSON.c.id == remove_id))
        return None
    token = session.scalar(
        text("SELECT eventmate_merge_private(:gone, :kept)"), {"gone": remove_id, "kept": keep_id}
    )
    return None if token is None else str(token)


def _merged_fields(
    keep: dict[str, Any], gone: dict[str, Any], take: Mapping[PersonField, Any]
) -> dict[str, Any]:
    """The kept person's columns that change: chosen values, empty ones filled, dates widened."""
    changes: dict[str, Any] = {}
    for field in PersonField:
        column = field.value
        if field in take:
            value = take[field]
        elif keep[column] in ("", None):
            value = gone[column]
        else:
            continue
        if field is PersonField.INTRODUCED_BY and value in (keep["id"], gone["id"]):
            value = None
        if value != keep[column]:
            changes[column] = value
    if keep["introduced_by_id"] == gone["id"] and "introduced_by_id" not in changes:
        changes["introduced_by_id"] = None
    if "name" in changes:
        from eventmate.domain.text import fold

        changes["sort_key"] = fold(changes["name"])
    first = [d for d in (keep["first_met_at"], gone["first_met_at"]) if d is not None]
    if first and min(first) != keep["first_met_at"]:
        changes["first_met_at"] = min(first)
    last = [d for d in (keep["last_interaction_at"], gone["last_interaction_at"]) if d is not None]
    if last and max(last) != keep["last_interaction_at"]:
        changes["last_interaction_at"] = max(last)
    return changes


def _carry(
    session: Any, table: Table, column: str, remove_id: int, keep_id: int
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Copy ``remove_id``'s links in ``table`` to ``keep_id``: (theirs, newly added to keep)."""
    theirs = tuple(session.scalars(select(table.c[column]).where(table.c.person_id == remove_id)))
    mine = set(session.scalars(select(table.c[column]).where(table.c.person_id == keep_id)))
    added = tuple(link for link in theirs if link not in mine)
    if added:
        session.execute(insert(table), [{"person_id": keep_id, column: link} for link in added])
    return theirs, added


def _uncarry(
    session: Any,
    table: Table,
    column: str,
    theirs: tuple[int, ...],
    added: tuple[int, ...],
    remove_id: int,
    keep_id: int,
) -> None:
    if added:
        session.execute(
            delete(table).where(table.c.person_id == keep_id, table.c[column].in_(added))
        )
    if theirs:
        session.execute(insert(table), [{"person_id": remove_id, column: link} for link in theirs])
