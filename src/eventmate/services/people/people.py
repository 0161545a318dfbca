"""Listing people a page at a time: filtered, sorted, and paged by keyset (never by offset).

Rows and filter choices carry uids: a list keeps those across changes, never integer ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, true, tuple_

from eventmate.domain.kinds import PersonStatus
from eventmate.domain.text import clean_line
from eventmate.services.people.listings import PeopleListings
from eventmate.services.people.listings import PersonListing as PersonListing
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, Person, Tag, person_tag
from eventmate.storage.sql import reader_for

#: Most ids bound in one IN list (SQLite allows 32766 in most builds, PostgreSQL 65535).
_BOUND_IDS = 5000


class PeopleSort(StrEnum):
    """How the people list is ordered."""

    NAME = "name"
    LAST_INTERACTION = "last_interaction"
    FIRST_MET = "first_met"


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """Which people the list shows; every field left empty means "anyone"."""

    #: Tagged with the tag of this uid.
    tag_uid: str | None = None
    status: PersonStatus | None = None
    #: Organisation starts with this (case-insensitive).
    organization: str = ""
    #: Met at, or captured at, the event of this uid.
    event_uid: str | None = None


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person as a list shows them (and the keys that place them in the order)."""

    id: int
    name: str
    role: str
    organization: str
    sort_key: str = ""
    status: PersonStatus = PersonStatus.ACTIVE
    last_interaction_at: datetime | None = None
    first_met_at: datetime | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class PeopleSelection:
    """People chosen in the list: ids already known, and stretches given by their ends.

    A stretch (Shift+click, Ctrl+A) can hold far more people than the list has read, so it is
    kept as its first and last row and read only when it is used (on a worker thread), by
    position in the list's order: people added elsewhere in the list do not shift it.
    """

    filters: PeopleFilter
    sort: PeopleSort
    #: How many rows were selected.
    count: int
    ids: tuple[int, ...] = ()
    spans: tuple[tuple[PersonRow, PersonRow], ...] = ()
    #: The name of the one person selected (for a file name); "" when there are several.
    name: str = ""


@dataclass(frozen=True, slots=True)
class Choice:
    """A uid and a label for filter menus (tags, events)."""

    uid: str
    label: str


_COLUMNS = (
    Person.id,
    Person.name,
    Person.role,
    Person.organization,
    Person.sort_key,
    Person.status,
    Person.last_interaction_at,
    Person.first_met_at,
    Person.uid,
)


def _row(row: Any) -> PersonRow:
    return PersonRow(*row)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(filters: PeopleFilter) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = []
    if filters.tag_uid is not None:
        tag_id = select(Tag.id).where(Tag.uid == filters.tag_uid).scalar_subquery()
        clauses.append(
            exists().where(person_tag.c.person_id == Person.id, person_tag.c.tag_id == tag_id)
        )
    if filters.status is not None:
        clauses.append(Person.status == filters.status)
    organization = clean_line(filters.organization).text
    if organization:
        clauses.append(Person.organization.ilike(f"{_escape_like(organization)}%", escape="\\"))
    if filters.event_uid is not None:
        event_id = select(Event.id).where(Event.uid == filters.event_uid).scalar_subquery()
        clauses.append(
            or_(
                Person.met_event_id == event_id,
                exists().where(Capture.person_id == Person.id, Capture.event_id == event_id),
            )
        )
    return and_(true(), *clauses)


def _dated_column(sort: PeopleSort) -> Any:
    return (
        Person.last_interaction_at if sort is PeopleSort.LAST_INTERACTION else Person.first_met_at
    )


def _dated_value(sort: PeopleSort, row: PersonRow) -> datetime | None:
    return row.last_interaction_at if sort is PeopleSort.LAST_INTERACTION else row.first_met_at


def _order(sort: PeopleSort) -> tuple[Any, ...]:
    """The list's order by ``sort``, as ORDER BY terms."""
    if sort is PeopleSort.NAME:
        return (Person.sort_key, Person.id)
    # DESC puts people without a date last in SQLite, as page_after does.
    # NULLS LAST: SQLite's own order for DESC, said aloud for servers (which put NULLs first).
    return (_dated_column(sort).desc().nulls_last(), Person.id.desc())


def _from(sort: PeopleSort, first: PersonRow) -> ColumnElement[bool]:
    """People at or after ``first`` in the list's ``sort`` order."""
    if sort is PeopleSort.NAME:
        return tuple_(Person.sort_key, Person.id) >= tuple_(first.sort_key, first.id)
    # Dated sorts: newest first, then people without a date (highest id first).
    column, value = _dated_column(sort), _dated_value(sort, first)
    if value is None:
        return and_(column.is_(None), Person.id <= first.id)
    return or_(column.is_(None), tuple_(column, Person.id) <= tuple_(value, first.id))


def _to(sort: PeopleSort, last: PersonRow) -> ColumnElement[bool]:
    """People at or before ``last`` in the list's ``sort`` order."""
    if sort is PeopleSort.NAME:
        return tuple_(Person.sort_key, Person.id) <= tuple_(last.sort_key, last.id)
    column, value = _dated_column(sort), _dated_value(sort, last)
    if value is None:
        return or_(column.is_not(None), Person.id >= last.id)
    return and_(column.is_not(None), tuple_(column, Person.id) >= tuple_(value, last.id))


class PeopleService:
    """Reads people for lists and filter menus."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self, filters: PeopleFilter | None = None) -> int:
        """How many people match ``filters`` (everyone without filters)."""
        query = select(func.count()).select_from(Person)
        if filters is not None:
            query = query.where(_where(filters))
        with self._db.read() as session:
            return session.scalar(query) or 0

    def page_after(
        self,
        last: PersonRow | None,
        limit: int,
        filters: PeopleFilter | None = None,
        sort: PeopleSort = PeopleSort.NAME,
    ) -> tuple[PersonRow, ...]:
        """The ``limit`` people that follow ``last`` (from the start when None).

        Keyset paging with row values (``(key, id) > (?, ?)``), which SQLite answers from the
        sort index: every page costs the same however far down the list it is. Dated sorts are
        newest first, people without a date after everyone else.
        """
        base = select(*_COLUMNS).where(_where(filters or PeopleFilter()))
        with self._db.read() as session:
            if sort is PeopleSort.NAME:
                query = base
                if last is not None:
                    query = query.where(
                        tuple_(Person.sort_key, Person.id) > tuple_(last.sort_key, last.id)
                    )
                rows = session.execute(query.order_by(Person.sort_key, Person.id).limit(limit))
                return tuple(_row(row) for row in rows)
            column = _dated_column(sort)
            value = None if last is None else _dated_value(sort, last)
            found: list[PersonRow] = []
            if last is None or value is not None:
                query = base.where(column.is_not(None))
                if last is not None:
                    query = query.where(tuple_(column, Person.id) < tuple_(value, last.id))
                rows = session.execute(
                    query.order_by(column.desc().nulls_last(), Person.id.desc()).limit(limit)
                )
                found.extend(_row(row) for row in rows)
            if len(found) < limit:
                query = base.where(column.is_(None))
                if last is not None and value is None:
                    query = query.where(Person.id < last.id)
                rows = session.execute(query.order_by(Person.id.desc()).limit(limit - len(found)))
                found.extend(_row(row) for row in rows)
        return tuple(found)

    def page_at(
        self,
        offset: int,
        limit: int,
        filters: PeopleFilter | None = None,
        sort: PeopleSort = PeopleSort.NAME,
    ) -> tuple[PersonRow, ...]:
        """``limit`` people from position ``offset`` in ``sort`` order (for jumping anywhere).

        The offset is walked in the sort index only (a covering subquery of ids), then just the
        ``limit`` rows are read: a few milliseconds even at the end of 100k people.
        """
        order = _order(sort)
        ids = (
            select(Person.id)
            .where(_where(filters or PeopleFilter()))
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        with self._db.read() as session:
            rows = session.execute(select(*_COLUMNS).where(Person.id.in_(ids)).order_by(*order))
            return tuple(_row(row) for row in rows)

    def locate(
        self,
        person_uid: str,
        filters: PeopleFilter | None = None,
        sort: PeopleSort = PeopleSort.NAME,
    ) -> int | None:
        """The position of the person in the list ``filters`` and ``sort`` describe.

        None if they are gone or not in that list. One count over the sort index (a list
        keeps its current person across a reload with it).
        """
        where = _where(filters or PeopleFilter())
        with self._db.read() as session:
            found = session.execute(
                select(*_COLUMNS).where(Person.uid == person_uid, where)
            ).first()
            if found is None:
                return None
            before = session.scalar(
                select(func.count()).select_from(Person).where(where, _to(sort, _row(found)))
            )
        return max(int(before or 1) - 1, 0)

    def page(self, offset: int, limit: int) -> tuple[PersonRow, ...]:
        """``limit`` people from ``offset`` in name order (for small lists and scripts)."""
        with self._db.read() as session:
            rows = session.execute(
                select(*_COLUMNS).order_by(Person.sort_key, Person.id).offset(offset).limit(limit)
            ).all()
        return tuple(_row(row) for row in rows)

    def listings(self, ids: Sequence[int] | None = None) -> tuple[PersonListing, ...]:
        """People with emails, phones and tags: ``ids`` in that order, or everyone by name."""
        return PeopleListings(reader_for(self._db)).listings(ids)

    def selected_ids(self, selection: PeopleSelection) -> list[int]:
        """The ids of everyone in ``selection`` still here (known ids, then each stretch).

        Each stretch is one query bounded by its ends in the sort index: reading 100k ids
        takes tens of milliseconds, so call this off the GUI thread for large selections.
        """
        known = list(dict.fromkeys(selection.ids))
        ids: dict[int, None] = {}
        with self._db.read() as session:
            present: set[int] = set()
            for start in range(0, len(known), _BOUND_IDS):
                chunk = known[start : start + _BOUND_IDS]
                present.update(session.scalars(select(Person.id).where(Person.id.in_(chunk))))
            ids.update((pid, None) for pid in known if pid in present)
            where = _where(selection.filters)
            for first, last in selection.spans:
                query = (
                    select(Person.id)
                    .where(where, _from(selection.sort, first), _to(selection.sort, last))
                    .order_by(*_order(selection.sort))
                )
                ids.update(dict.fromkeys(session.scalars(query)))
        return list(ids)

    def tags(self) -> tuple[Choice, ...]:
        """Every tag, by name."""
        with self._db.read() as session:
            rows = session.execute(select(Tag.uid, Tag.name).order_by(Tag.name)).all()
        return tuple(Choice(*row) for row in rows)

    def events(self, limit: int = 500) -> tuple[Choice, ...]:
        """The most recent ``limit`` events (for the "met at" filter), newest first."""
        with self._db.read() as session:
            rows = session.execute(
                select(Event.uid, Event.title, Event.starts_at)
                .order_by(Event.starts_at.desc())
                .limit(limit)
            ).all()
        return tuple(Choice(uid, f"{title} ({starts:%d %b %Y})") for uid, title, starts in rows)
