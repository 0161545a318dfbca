"""Search on a server database (no FTS5): case-insensitive ``LIKE`` over the same fields."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, null, or_, select

from eventmate.domain.text import fold
from eventmate.services.search.folded import folded_spans as folded_spans
from eventmate.services.search.hits import SearchHit, SearchKind, SearchResults
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, Fact, Note, Person, Reflection


def _escape(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _all_tokens(columns: tuple[Any, ...], tokens: tuple[str, ...]) -> ColumnElement[bool]:
    return and_(
        *(
            or_(*(column.ilike(f"%{_escape(token)}%", escape="\\") for column in columns))
            for token in tokens
        )
    )


def _names(tokens: tuple[str, ...]) -> ColumnElement[bool]:
    """Every token in the name, role or organisation, or (folded) in the folded name."""
    columns = (Person.name, Person.role, Person.organization)
    return and_(
        *(
            or_(
                *(column.ilike(f"%{_escape(token)}%", escape="\\") for column in columns),
                Person.sort_key.like(f"%{_escape(fold(token))}%", escape="\\"),
            )
            for token in tokens
        )
    )


def like_search(
    database: Database, query: str, tokens: tuple[str, ...], limit: int
) -> SearchResults:
    """Results for ``tokens`` found with ``LIKE`` (slower than FTS5; fine for a server)."""
    groups: dict[SearchKind, tuple[SearchHit, ...]] = {}
    more: set[SearchKind] = set()
    with database.read() as session:
        found: dict[SearchKind, list[SearchHit]] = {}
        people = session.execute(
            select(Person.id, Person.name, Person.role, Person.organization, Person.uid)
            .where(_names(tokens))
            .order_by(Person.id.desc())
            .limit(limit + 1)
        ).all()
        found[SearchKind.PERSON] = [
            SearchHit(
                SearchKind.PERSON,
                pid,
                name,
                folded_spans(name, tokens),
                detail=" · ".join(p for p in (role, org) if p),
                person_id=pid,
                person_name=name,
                uid=uid,
                person_uid=uid,
            )
            for pid, name, role, org, uid in people
        ]
        events = session.execute(
            select(Event.id, Event.title, Event.starts_at, Event.uid)
            .where(_all_tokens((Event.title, Event.venue, Event.city), tokens))
            .order_by(Event.id.desc())
            .limit(limit + 1)
        ).all()
        found[SearchKind.EVENT] = [
            SearchHit(
                SearchKind.EVENT,
                eid,
                title,
                folded_spans(title, tokens),
                event_id=eid,
                event_title=title,
                when=starts,
                uid=uid,
                event_uid=uid,
            )
            for eid, title, starts, uid in events
        ]
        owned: tuple[tuple[SearchKind, Any, Any, Any, Any], ...] = (
            (SearchKind.FACT, Fact, Fact.text, Fact.person_id, null()),
            (SearchKind.CAPTURE, Capture, Capture.raw_text, Capture.person_id, Capture.event_id),
            (SearchKind.NOTE, Note, Note.text, Note.person_id, Note.event_id),
            (SearchKind.REFLECTION, Reflection, Reflection.body, null(), Reflection.event_id),
        )
        for kind, model, column, person_col, event_col in owned:
            rows = session.execute(
                select(
                    model.id,
                    column,
                    person_col,
                    event_col,
                    model.uid,
                    select(Person.uid).where(Person.id == person_col).scalar_subquery(),
                    select(Event.uid).where(Event.id == event_col).scalar_subquery(),
                )
                .where(_all_tokens((column,), tokens))
                .order_by(model.id.desc())
                .limit(limit + 1)
            ).all()
            found[kind] = [
                SearchHit(
                    kind,
                    rid,
                    body,
                    folded_spans(body, tokens),
                    person_id=p,
                    event_id=e,
                    uid=uid,
                    person_uid=puid,
                    event_uid=euid,
                )
                for rid, body, p, e, uid, puid, euid in rows
            ]
    for kind, hits in found.items():
        if len(hits) > limit:
            more.add(kind)
        if hits:
            groups[kind] = tuple(hits[:limit])
    return SearchResults(query, groups, frozenset(more))
