"""Search on a server (PostgreSQL): typed words as word prefixes of the folded ``search_text``.

Each searchable table there has ``search_text`` (migration ``0010_server_search``): its text
folded the way people type names and cut into words, each after one space, computed by the
server. Every typed word, folded and cut the same way (``storage.server_text.search_words``),
must start a word: ``search_text LIKE '% word%'`` (wildcards in what was typed are escaped),
which the trigram indexes answer. As on SQLite each kind is one query, newest first, stopping
after ``limit + 1`` rows; people whose name matches come before those matched by role,
organisation, pronunciation or recall cues. Matches are marked and snippets cut in Python
(``services.search.spans``).
"""

# The SQL below is built from constant fragments only; user text is always a bound parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from eventmate.services.search.hits import SearchHit, SearchKind, SearchResults
from eventmate.services.search.spans import folded_spans, snippet
from eventmate.storage.server_text import like_escape, search_words

#: kind → (columns after id and text, FROM with joins, the searched column's table alias).
_OWNED: dict[SearchKind, tuple[str, str, str]] = {
    SearchKind.FACT: (
        "f.text, f.person_id, p.name, NULL, NULL, f.created_at, f.uid, p.uid, NULL",
        "fact f JOIN person p ON p.id = f.person_id",
        "f",
    ),
    SearchKind.CAPTURE: (
        "c.raw_text, c.person_id, p.name, c.event_id, e.title, c.captured_at, c.uid, p.uid, e.uid",
        "capture c LEFT JOIN person p ON p.id = c.person_id LEFT JOIN event e ON e.id = c.event_id",
        "c",
    ),
    SearchKind.NOTE: (
        "n.text, n.person_id, p.name, n.event_id, e.title, n.updated_at, n.uid, p.uid, e.uid",
        "note n LEFT JOIN person p ON p.id = n.person_id LEFT JOIN event e ON e.id = n.event_id",
        "n",
    ),
    SearchKind.REFLECTION: (
        "r.body || E'\\n' || eventmate_answers_text(r.answers), NULL, NULL, r.event_id, "
        "e.title, e.starts_at, r.uid, NULL, e.uid",
        "reflection r JOIN event e ON e.id = r.event_id",
        "r",
    ),
}
_PERSON = (
    "SELECT p.id, p.name, p.role, p.organization, p.recall_cues, p.pronunciation, "
    "p.last_interaction_at, p.uid FROM person p WHERE {where} ORDER BY p.id DESC LIMIT :limit"
)
_EVENT = (
    "SELECT e.id, e.title, e.venue, e.city, e.host, e.programme, e.notes, e.starts_at, e.uid "
    "FROM event e WHERE {where} ORDER BY e.id DESC LIMIT :limit"
)


def patterns(tokens: tuple[str, ...]) -> list[str]:
    """One ``LIKE`` pattern per typed word: the word, folded, at the start of a word."""
    found = []
    for token in tokens:
        words = search_words(token)
        if words:
            found.append(f"%{like_escape(words)}%")
    return found


def _where(column: str, count: int) -> str:
    return " AND ".join(f"{column} LIKE :w{i} ESCAPE '\\'" for i in range(count))


def server_search(
    session: Session, query: str, tokens: tuple[str, ...], limit: int
) -> SearchResults:
    """Results for ``tokens`` (cleaned from ``query``), at most ``limit`` of each kind."""
    wanted = patterns(tokens)
    if not wanted:
        return SearchResults(query)
    params: dict[str, Any] = {f"w{i}": p for i, p in enumerate(wanted)}
    found: dict[SearchKind, list[SearchHit]] = {
        SearchKind.PERSON: _people(session, tokens, wanted, params, limit),
        SearchKind.EVENT: [
            _event_hit(row, tokens)
            for row in session.execute(
                text(_EVENT.format(where=_where("e.search_text", len(wanted)))),
                {**params, "limit": limit + 1},
            )
        ],
    }
    for kind, (columns, source, alias) in _OWNED.items():
        sql = (
            f"SELECT {alias}.id, {columns} FROM {source} "
            f"WHERE {_where(f'{alias}.search_text', len(wanted))} "
            f"ORDER BY {alias}.id DESC LIMIT :limit"
        )
        rows = session.execute(text(sql), {**params, "limit": limit + 1})
        found[kind] = [_owned_hit(kind, row, tokens) for row in rows]
    groups = {kind: tuple(hits[:limit]) for kind, hits in found.items() if hits}
    more = frozenset(kind for kind, hits in found.items() if len(hits) > limit)
    return SearchResults(query, groups, more)


def _people(
    session: Session,
    tokens: tuple[str, ...],
    wanted: list[str],
    params: dict[str, Any],
    limit: int,
) -> list[SearchHit]:
    # Name matches first (newest first), then people matched by their other fields.
    by_name = text(_PERSON.format(where=_where("p.search_name", len(wanted))))
    rows = list(session.execute(by_name, {**params, "limit": limit + 1}))
    if len(rows) <= limit:
        seen = {row[0] for row in rows}
        by_any = text(_PERSON.format(where=_where("p.search_text", len(wanted))))
        others = session.execute(by_any, {**params, "limit": limit * 3})
        rows.extend(row for row in others if row[0] not in seen)
    return [_person_hit(row, tokens) for row in rows[: limit + 1]]


def _person_hit(row: Sequence[Any], tokens: tuple[str, ...]) -> SearchHit:
    pid, name, role, organization, cues, _pronunciation, last, uid = row
    detail = " · ".join(part for part in (role, organization) if part)
    if cues and folded_spans(cues, tokens):
        detail = snippet(cues, tokens)[0]  # matched on a recall cue: show why
    return SearchHit(
        SearchKind.PERSON,
        pid,
        name,
        folded_spans(name, tokens),
        detail=detail,
        person_id=pid,
        person_name=name,
        when=_utc(last),
        uid=uid,
        person_uid=uid,
    )


def _event_hit(row: Sequence[Any], tokens: tuple[str, ...]) -> SearchHit:
    eid, title, *others, starts_at, uid = row
    spans = folded_spans(title, tokens)
    detail = ""
    if not spans:
        matched = next((t for t in others if t and folded_spans(t, tokens)), "")
        detail = snippet(matched, tokens)[0] if matched else ""
    return SearchHit(
        SearchKind.EVENT,
        eid,
        title,
        spans,
        detail=detail,
        event_id=eid,
        event_title=title,
        when=_utc(starts_at),
        uid=uid,
        event_uid=uid,
    )


def _owned_hit(kind: SearchKind, row: Sequence[Any], tokens: tuple[str, ...]) -> SearchHit:
    body, spans = snippet(row[1] or "", tokens)
    return SearchHit(
        kind,
        row[0],
        body,
        spans,
        person_id=row[2],
        person_name=row[3] or "",
        event_id=row[4],
        event_title=row[5] or "",
        when=_utc(row[6]),
        uid=row[7],
        person_uid=row[8],
        event_uid=row[9],
    )


def _utc(moment: datetime | None) -> datetime | None:
    """A stored time (naive UTC, read with raw SQL) as an aware UTC datetime."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
