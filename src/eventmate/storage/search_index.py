"""Safe FTS5 queries: user text becomes quoted prefix tokens, never raw MATCH syntax.

FTS5's query language treats quotes, ``*``, ``-``, ``:``, ``(``, ``AND``/``OR``/``NOT``/``NEAR``
and anything that is not a letter or digit as syntax (FIELD-NOTES A6). Every token the user
typed is therefore wrapped in double quotes (inner quotes doubled) and given a trailing ``*``
for prefix matching, so ``O'Brien``, ``C++`` or ``NEAR(`` are just words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Longest search text considered, in characters (a huge paste is cut, not refused).
MAX_QUERY_CHARS = 256
#: Most tokens in one query: more adds nothing but work.
MAX_QUERY_TOKENS = 16
#: Marks the start and end of a matched word in ``highlight()``/``snippet()`` output. Control
#: characters never survive input cleaning, so they cannot collide with stored text.
MARK_START = "\x02"
MARK_END = "\x03"
#: Marks text cut from a snippet.
ELLIPSIS = "…"
_MARKS = re.compile(f"([{MARK_START}{MARK_END}])")

# Controls (C0, C1, DEL) and lone surrogates: removed before tokenising.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class FtsQuery:
    """A MATCH expression built from user text, and the tokens it is made of."""

    expression: str
    tokens: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        """True when the text had nothing to search for."""
        return not self.tokens


def search_tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` (NFKC, controls removed, capped) that a search looks for."""
    cleaned = _CONTROL.sub(" ", unicodedata.normalize("NFKC", text[: MAX_QUERY_CHARS * 4]))
    cleaned = cleaned[:MAX_QUERY_CHARS]
    tokens = []
    for raw in cleaned.split():
        # A token must contain something the tokenizer indexes (a letter, digit or symbol);
        # "+++" or "(" alone would match nothing and only cost time.
        if any(_indexed(ch) for ch in raw):
            tokens.append(raw)
        if len(tokens) == MAX_QUERY_TOKENS:
            break
    return tuple(tokens)


def _indexed(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category in ("Co", "So")


def build_query(text: str, *, column: str | None = None) -> FtsQuery:
    """The MATCH expression for ``text``: every token as a quoted prefix, all required.

    Args:
        text: What the user typed, untrusted.
        column: Restrict matches to this indexed column (a fixed identifier, never user text).
    """
    tokens = search_tokens(text)
    quoted = " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)
    if column is not None and quoted:
        quoted = f"{column} : ({quoted})"
    return FtsQuery(quoted, tokens)


def marked_spans(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Split text marked with :data:`MARK_START`/:data:`MARK_END` into plain text and spans.

    Returns:
        The text without markers and the ``(start, end)`` character offsets of each match.
    """
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    # Split at the marks (in C), so a text with thousands of matches costs little.
    for part in _MARKS.split(marked):
        if part == MARK_START:
            start = length
        elif part == MARK_END:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        elif part:
            plain.append(part)
            length += len(part)
    return "".join(plain), tuple(spans)
