"""Search everywhere: people, facts, captures, notes, reflections and events, grouped by kind.

On SQLite the FTS5 indexes of migration ``0002_search`` answer each keystroke; every kind is one
``MATCH … ORDER BY rowid DESC LIMIT n`` query, so short prefixes cost no more than long ones.
On a server (no FTS5) the folded ``search_text`` columns and their trigram indexes of
``0010_server_search`` do (``services.search.server``), with the same rules.
"""

# The SQL below is built from constant fragments only; user text is always a bound parameter.
# ruff: noqa: S608

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from eventmate.domain.text import fold
from eventmate.services.search.hits import SearchHit, SearchKind, SearchResults
from eventmate.services.search.snippets import COLUMN_SEPARATOR, highlighted, snippet
from eventmate.services.search.spans import folded_spans
from eventmate.storage.failures import StorageFailure
from eventmate.storage.search_index import (
    MARK_END,
    MARK_START,
    FtsQuery,
    build_query,
    marked_spans,
)
from eventmate.storage.sql import Execute, SqlError, SqlReader

if TYPE_CHECKING:
    from eventmate.storage.engine import Database

log = logging.getLogger(__name__)


def _mark(column: str, index: str) -> str:
    return f"highlight({index}, {column}, :m1, :m2)"


def _snip(index: str, *columns: int) -> str:
    """Every column of ``index`` highlighted, for :func:`snippet` (FTS5's is quadratic)."""
    return highlighted(index, columns or (0,))


# Each query drives from the FTS index (CROSS JOIN keeps SQLite from reordering) and stops at
# :limit rows, newest first.
_SQL: dict[SearchKind, str] = {
    SearchKind.PERSON: (
        f"SELECT p.id, {_mark('0', 'search_person')}, "
        f"{_mark('3', 'search_person')}, {_mark('4', 'search_person')}, "
        f"{_snip('search_person', 2)}, p.last_interaction_at, p.uid "
        "FROM search_person CROSS JOIN person p ON p.id = search_person.rowid "
        "WHERE search_person MATCH :q ORDER BY search_person.rowid DESC LIMIT :limit"
    ),
    SearchKind.EVENT: (
        f"SELECT e.id, {_mark('0', 'search_event')}, "
        f"{_snip('search_event', 0, 1, 2, 3, 4, 5)}, e.starts_at, e.uid "
        "FROM search_event CROSS JOIN event e ON e.id = search_event.rowid "
        "WHERE search_event MATCH :q ORDER BY search_event.rowid DESC LIMIT :limit"
    ),
    SearchKind.FACT: (
        f"SELECT f.id, {_snip('search_fact')}, f.person_id, p.name, NULL, NULL, f.created_at, "
        "f.uid, p.uid, NULL "
        "FROM search_fact CROSS JOIN fact f ON f.id = search_fact.rowid "
        "JOIN person p ON p.id = f.person_id "
        "WHERE search_fact MATCH :q ORDER BY search_fact.rowid DESC LIMIT :limit"
    ),
    SearchKind.CAPTURE: (
        f"SELECT c.id, {_snip('search_capture')}, c.person_id, p.name, c.event_id, e.title, "
        "c.captured_at, c.uid, p.uid, e.uid "
        "FROM search_capture CROSS JOIN capture c ON c.id = search_capture.rowid "
        "LEFT JOIN person p ON p.id = c.person_id LEFT JOIN event e ON e.id = c.event_id "
        "WHERE search_capture MATCH :q ORDER BY search_capture.rowid DESC LIMIT :limit"
    ),
    SearchKind.NOTE: (
        f"SELECT n.id, {_snip('search_note')}, n.person_id, p.name, n.event_id, e.title, "
        "n.updated_at, n.uid, p.uid, e.uid "
        "FROM search_note CROSS JOIN note n ON n.id = search_note.rowid "
        "LEFT JOIN person p ON p.id = n.person_id LEFT JOIN event e ON e.id = n.event_id "
        "WHERE search_note MATCH :q ORDER BY search_note.rowid DESC LIMIT :limit"
    ),
    SearchKind.REFLECTION: (
        f"SELECT r.id, {_snip('search_reflection', 0, 1)}, NULL, NULL, r.event_id, e.title, "
        "e.starts_at, r.uid, NULL, e.uid FROM search_reflection "
        "CROSS JOIN reflection r ON r.id = search_reflection.rowid "
        "JOIN event e ON e.id = r.event_id "
        "WHERE search_reflection MATCH :q ORDER BY search_reflection.rowid DESC LIMIT :limit"
    ),
}


class SearchService:
    """Finds anything by the words in it, as the user types."""

    def __init__(self, sql: SqlReader, database: Callable[[], Database]) -> None:
        """Search through ``sql``; ``database`` opens the engine for servers without FTS5."""
        self._sql = sql
        self._database = database
        self._fts = sql.dialect == "sqlite"

    def search(
        self,
        query: str,
        limit_per_kind: int = 5,
        kinds: Collection[SearchKind] = tuple(SearchKind),
    ) -> SearchResults:
        """Results for ``query`` (untrusted user text), at most ``limit_per_kind`` of each kind.

        Only ``kinds`` are searched (``eventmate people QUERY`` asks for people alone, so it
        reads no other index). Never raises for any input: a query SQLite cannot run gives
        ``failed=True``.
        """
        fts = build_query(query)
        if fts.is_empty:
            return SearchResults(query)
        limit = max(1, limit_per_kind)
        if not self._fts:
            return _only(self._on_server(query, fts.tokens, limit), kinds)
        groups: dict[SearchKind, tuple[SearchHit, ...]] = {}
        more: set[SearchKind] = set()
        try:
            with self._sql.read() as execute:
                for kind in (kind for kind in SearchKind if kind in kinds):
                    hits = self._run(execute, kind, fts, limit)
                    if len(hits) > limit:
                        more.add(kind)
                    if hits:
                        groups[kind] = tuple(hits[:limit])
        except (SqlError, StorageFailure):
            # A query FTS5 cannot take, or a damaged index ("Check database" rebuilds it).
            log.warning("search failed for a query of %d characters", len(query), exc_info=True)
            return SearchResults(query, failed=True)
        return SearchResults(query, groups, frozenset(more))

    def _on_server(self, query: str, tokens: tuple[str, ...], limit: int) -> SearchResults:
        from sqlalchemy.exc import DBAPIError

        from eventmate.services.search.server import server_search

        try:
            # One statement, so no transaction around it: no BEGIN and ROLLBACK round trips.
            engine = self._database().engine
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                return server_search(connection, query, tokens, limit)
        except (DBAPIError, StorageFailure):
            log.warning("search failed for a query of %d characters", len(query), exc_info=True)
            return SearchResults(query, failed=True)

    def _run(
        self, execute: Execute, kind: SearchKind, fts: FtsQuery, limit: int
    ) -> list[SearchHit]:
        params: dict[str, Any] = {"m1": MARK_START, "m2": MARK_END, "sep": COLUMN_SEPARATOR}
        if kind is SearchKind.PERSON:
            return self._people(execute, fts, limit, params)
        params.update(q=fts.expression, limit=limit + 1)
        rows = execute(_SQL[kind], params)
        if kind is SearchKind.EVENT:
            return [_event_hit(row, fts.tokens) for row in rows]
        return [_owned_hit(kind, row, fts.tokens) for row in rows]

    def _people(
        self, execute: Execute, fts: FtsQuery, limit: int, params: dict[str, Any]
    ) -> list[SearchHit]:
        # Name matches first (most recently added first), then people matched by role,
        # organisation, pronunciation or recall cues. Both queries stop after a handful of
        # rows, so highlighting them costs little.
        sql = _SQL[SearchKind.PERSON]
        name_query = names_query(fts)
        rows = execute(sql, {**params, "q": name_query, "limit": limit + 1})
        if len(rows) <= limit:
            seen = {row[0] for row in rows}
            others = execute(sql, {**params, "q": fts.expression, "limit": limit * 3})
            rows.extend(row for row in others if row[0] not in seen)
        return [_person_hit(row, fts.tokens) for row in rows[: limit + 1]]


def _only(results: SearchResults, kinds: Collection[SearchKind]) -> SearchResults:
    """``results`` without the groups of kinds not asked for (a server searches all at once)."""
    groups = {kind: hits for kind, hits in results.groups.items() if kind in kinds}
    more = frozenset(kind for kind in results.more if kind in kinds)
    return SearchResults(results.query, groups, more, failed=results.failed)


def fts_text(fts: FtsQuery) -> str:
    """The tokens of ``fts`` as plain text again (to rebuild a column-restricted query)."""
    return " ".join(fts.tokens)


def names_query(fts: FtsQuery) -> str:
    """A MATCH on names, as written or folded the way people type them.

    ``sort_key`` holds each name folded by ``domain.text.fold`` and the typed words are folded
    the same way, so "lucja" finds Łucja, "soren" Søren and "strauss" (or "Strauß") Strauß,
    which the tokenizer's ``remove_diacritics`` alone does not.
    """
    written = build_query(fts_text(fts), column="{name sort_key}").expression
    folded = build_query(fold(fts_text(fts)), column="{name sort_key}").expression
    if not folded or folded == written:
        return written
    return f"({written}) OR ({folded})"


def _person_hit(row: Sequence[Any], tokens: tuple[str, ...]) -> SearchHit:
    name, spans = marked_spans(row[1])
    if not spans:
        # Matched on the folded name ("lucja" for Łucja): mark the words it matched.
        spans = folded_spans(name, tokens)
    role, organization = marked_spans(row[2])[0], marked_spans(row[3])[0]
    detail = " · ".join(part for part in (role, organization) if part)
    cue = snippet(row[4], tokens)
    if MARK_START in cue:
        # Matched on a recall cue: show that, it is why this person is here.
        detail = marked_spans(cue)[0]
    return SearchHit(
        SearchKind.PERSON,
        row[0],
        name,
        spans,
        detail=detail,
        person_id=row[0],
        person_name=name,
        when=_utc(row[5]) if row[5] is not None else None,
        uid=row[6],
        person_uid=row[6],
    )


def _event_hit(row: Sequence[Any], tokens: tuple[str, ...]) -> SearchHit:
    title, spans = marked_spans(row[1])
    detail = marked_spans(snippet(row[2], tokens))[0]
    return SearchHit(
        SearchKind.EVENT,
        row[0],
        title,
        spans,
        detail="" if detail == title else detail,
        event_id=row[0],
        event_title=title,
        when=_utc(row[3]),
        uid=row[4],
        event_uid=row[4],
    )


def _owned_hit(kind: SearchKind, row: Sequence[Any], tokens: tuple[str, ...]) -> SearchHit:
    body, spans = marked_spans(snippet(row[1], tokens))
    return SearchHit(
        kind,
        row[0],
        body,
        spans,
        person_id=row[2],
        person_name=row[3] or "",
        event_id=row[4],
        event_title=row[5] or "",
        when=_utc(row[6]) if row[6] is not None else None,
        uid=row[7],
        person_uid=row[8],
        event_uid=row[9],
    )


def _utc(value: Any) -> datetime:
    """A stored time (naive UTC text from raw SQL, or a datetime) as an aware UTC datetime."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
