"""Records named by uid: finding them, and refusing a write to one that is gone.

A view keeps the uid of the record it shows. Every write names that uid; if the record was
deleted, merged away or replaced by a restore meanwhile, the write is refused with
:class:`RecordGone` instead of landing on whatever row now has the old integer id. A write that
also names the version the user edited is refused with :class:`StaleEdit` when the record
changed since (``check_version``): what was typed is never written over someone else's change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Executable, select
from sqlalchemy.exc import DBAPIError

from eventmate.domain.i18n import _
from eventmate.services.changes import Kind
from eventmate.services.changes import RecordGone as RecordGone
from eventmate.services.changes import StaleEdit as StaleEdit
from eventmate.storage.models import (
    Capture,
    Event,
    Exchange,
    Fact,
    FollowUp,
    Intention,
    Note,
    Person,
    Reflection,
    Series,
    Tag,
)
from eventmate.storage.team import kept_by_others

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from eventmate.storage.engine import Database

MODELS: dict[Kind, Any] = {
    Kind.PERSON: Person,
    Kind.EVENT: Event,
    Kind.CAPTURE: Capture,
    Kind.NOTE: Note,
    Kind.FACT: Fact,
    Kind.FOLLOW_UP: FollowUp,
    Kind.INTENTION: Intention,
    Kind.REFLECTION: Reflection,
    Kind.EXCHANGE: Exchange,
    Kind.TAG: Tag,
    Kind.SERIES: Series,
}


M = TypeVar("M")


class KeptByOthers(RuntimeError):
    """The server kept a shared person or event: others in the team keep private rows on it.

    Nothing was deleted (``0015_cascade`` refuses it in the server); the message says so and
    what to do, and tells nothing of what the others wrote or who they are.
    """

    def __init__(self, kind: Kind, uid: str, name: str) -> None:
        if kind is Kind.PERSON:
            message = _(
                "Others in your team keep private notes about {name}, so {name} was not "
                "deleted. Merge this person into another one instead, or ask your team."
            )
        else:
            message = _(
                "Others in your team keep private notes on “{name}”, so it was not deleted. "
                "Ask your team first."
            )
        super().__init__(message.format(name=name))
        self.kind = kind
        self.uid = uid
        self.name = name


def kind_of(model: Any) -> Kind:
    """The kind of record ``model`` (an ORM class) stores."""
    return Kind(model.__tablename__)


def deleted_unless_kept(session: Session, *statements: Executable) -> bool:
    """Run ``statements`` (deleting a shared person or event) unless the server keeps it.

    On a server, others in the team may keep private rows on it (``0015_cascade``): then
    nothing of ``statements`` is done (a savepoint) and the answer is False.
    """
    if session.get_bind().dialect.name == "sqlite":  # one user: nobody else's rows
        for statement in statements:
            session.execute(statement)
        return True
    try:
        with session.begin_nested():
            for statement in statements:
                session.execute(statement)
    except DBAPIError as error:
        if not kept_by_others(error):
            raise
        return False
    return True


def require(session: Session, model: type[M], uid: str) -> M:
    """The row of ``model`` with ``uid``, or :class:`RecordGone`."""
    row = session.execute(select(model).where(model.uid == uid)).scalar_one_or_none()  # type: ignore[attr-defined]
    if row is None:
        raise RecordGone(kind_of(model), uid)
    return row


def require_current(
    session: Session,
    model: type[M],
    uid: str,
    version: int | None,
    *,
    mine: Mapping[str, Any] | None = None,
    theirs: Callable[[M], Mapping[str, Any]] | None = None,
) -> M:
    """:func:`require`; with ``version``, the row is locked (on a server) and must have it.

    Another version raises :class:`StaleEdit` with ``mine`` (what the user typed) and
    ``theirs(row)`` (the record's fields as stored now).
    """
    query = select(model).where(model.uid == uid)  # type: ignore[attr-defined]
    if version is not None:
        query = query.with_for_update()  # a concurrent save waits, then sees our version
    row = session.execute(query).scalar_one_or_none()
    if row is None:
        raise RecordGone(kind_of(model), uid)
    current = int(row.version)  # type: ignore[attr-defined]
    if version is not None and current != version:
        raise StaleEdit(
            kind_of(model),
            uid,
            mine=mine or {},
            theirs=theirs(row) if theirs is not None else {},
            my_version=version,
            their_version=current,
        )
    return row


def require_id(session: Session, model: Any, uid: str) -> int:
    """The integer id of ``model``'s row with ``uid``, or :class:`RecordGone`."""
    found = session.execute(select(model.id).where(model.uid == uid)).scalar_one_or_none()
    if found is None:
        raise RecordGone(kind_of(model), uid)
    return int(found)


class RecordsService:
    """Answers whether a record exists and maps uids to the ids reads use internally."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def id_of(self, kind: Kind, uid: str) -> int | None:
        """The internal id of a record, or None if it no longer exists."""
        model = MODELS[kind]
        with self._db.read() as session:
            found = session.execute(select(model.id).where(model.uid == uid)).scalar()
        return None if found is None else int(found)

    def uid_of(self, kind: Kind, record_id: int) -> str | None:
        """The uid of the record with internal id ``record_id``, or None."""
        model = MODELS[kind]
        with self._db.read() as session:
            found = session.execute(select(model.uid).where(model.id == record_id)).scalar()
        return None if found is None else str(found)

    def exists(self, kind: Kind, uid: str) -> bool:
        """Whether the record is still there."""
        return self.id_of(kind, uid) is not None
