"""Search on a server (PostgreSQL): typed words as word prefixes of the folded ``search_text``.

Each searchable table there has ``search_text`` (migration ``0010_server_search``): its text
folded the way people type names and cut into words, each after one space, computed by the
server. Every typed word, folded and cut the same way (``storage.server_text.search_words``),
must start a word: ``search_text LIKE '% word%'`` (wildcards in what was typed are escaped),
which the trigram indexes answer. As on SQLite each kind stops after ``limit + 1`` rows,
newest first; people whose name matches come before those matched by role, organisation,
pronunciation or recall cues. Matches are marked and snippets cut in Python
(``services.search.spans``).

A keystroke is one call of the server's ``eventmate_search`` (migration ``0012_speed2``):
one round trip, its plan kept by the server, and each kind's newest matches found the
cheaper way for common and for rare words (the migration says how).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from eventmate.services.search.hits import SearchHit, SearchKind, SearchResults
from eventmate.services.search.spans import folded_spans, snippet
from eventmate.storage.server_text import like_escape, search_words

_SEARCH = text("SELECT * FROM eventmate_search(:first, :second, :words, :limit, :more)")
#: The function's branches that are not a kind: people matched by name, and by anything else.
_BY_NAME = "name"
_BY_ANY = "any"


def patterns(tokens: tuple[str, ...]) -> list[str]:
    """One ``LIKE`` pattern per typed word: the word, folded, at the start of a word."""
    found = []
    for token in tokens:
        words = search_words(token)
        if words:
            found.append(f"%{like_escape(words)}%")
    return found


def server_search(
    connection: Connection, query: str, tokens: tuple[str, ...], limit: int
) -> SearchResults:
    """Results for ``tokens`` (cleaned from ``query``), at most ``limit`` of each kind."""
    wanted = patterns(tokens)
    if not wanted:
        return SearchResults(query)
    indexed = sorted(wanted, key=len, reverse=True)  # the longest: the fewest rows
    params = {
        "first": indexed[0],
        "second": indexed[1] if len(indexed) > 1 else indexed[0],
        "words": wanted,
        "limit": limit + 1,
        "more": limit * 3,
    }
    rows: dict[str, list[Sequence[Any]]] = defaultdict(list)
    for row in connection.execute(_SEARCH, params):
        rows[row[0]].append(row[2:])
    people = rows[_BY_NAME]
    seen = {row[0] for row in people}
    people += [row for row in rows[_BY_ANY] if row[0] not in seen]
    found: dict[SearchKind, list[SearchHit]] = {
        SearchKind.PERSON: [_person_hit(row, tokens) for row in people[: limit + 1]],
        SearchKind.EVENT: [_event_hit(row, tokens) for row in rows[SearchKind.EVENT.value]],
    }
    for kind in (SearchKind.FACT, SearchKind.CAPTURE, SearchKind.NOTE, SearchKind.REFLECTION):
        found[kind] = [_owned_hit(kind, row, tokens) for row in rows[kind.value]]
    groups = {kind: tuple(hits[:limit]) for kind, hits in found.items() if hits}
    more = frozenset(kind for kind, hits in found.items() if len(hits) > limit)
    return SearchResults(query, groups, more)


def _person_hit(row: Sequence[Any], tokens: tuple[str, ...]) -> SearchHit:
    pid, name, role, organization, cues, *_unused, last, uid, _u2, _u3 = row
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
    eid, title, *others = row[:7]
    starts_at, uid = row[9], row[10]
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
    rid, body_text, person_name, event_title, *_texts, person_id, event_id, when = row[:10]
    body, spans = snippet(body_text or "", tokens)
    return SearchHit(
        kind,
        rid,
        body,
        spans,
        person_id=person_id,
        person_name=person_name or "",
        event_id=event_id,
        event_title=event_title or "",
        when=_utc(when),
        uid=row[10],
        person_uid=row[11],
        event_uid=row[12],
    )


def _utc(moment: datetime | None) -> datetime | None:
    """A stored time (naive UTC, read with raw SQL) as an aware UTC datetime."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
