"""Where typed words match in a text, and a short snippet around the first match (no SQL).

SQLite's FTS5 marks matches and cuts snippets itself (``highlight``/``snippet``); on a server
the same is done here, with the same rule for what a word is (``storage.server_text``). On
SQLite too, a name found through its folded form ("lucja" for Łucja), which FTS5 cannot mark,
is marked here: one rule for both stores.
"""

from __future__ import annotations

from eventmate.domain.text import fold
from eventmate.storage.server_text import search_words, separates

#: Words in a snippet, as SQLite's ``snippet(…, 12)``.
SNIPPET_WORDS = 12
ELLIPSIS = "…"


def _words(body: str) -> list[tuple[int, int]]:
    """The (start, end) of every word in ``body``."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for index, ch in enumerate(body):
        if separates(ch) or ch.isspace():
            if start is not None:
                spans.append((start, index))
                start = None
        elif start is None:
            start = index
    if start is not None:
        spans.append((start, len(body)))
    return spans


def _wanted(tokens: tuple[str, ...]) -> list[str]:
    return [word for token in tokens for word in search_words(token).split()]


def folded_spans(body: str, tokens: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Spans of ``body`` where a word starts with one of ``tokens`` (accent-insensitive)."""
    wanted = _wanted(tokens)
    if not wanted:
        return ()
    return tuple(
        (start, end)
        for start, end in _words(body)
        if any(fold(body[start:end]).startswith(word) for word in wanted)
    )


def snippet(body: str, tokens: tuple[str, ...]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """At most :data:`SNIPPET_WORDS` words of ``body`` around its first match, and the spans.

    Text cut off is marked with an ellipsis; lines are joined (a result shows one line).
    """
    flat = " ".join(body.split())
    words = _words(flat)
    spans = folded_spans(flat, tokens)
    if len(words) <= SNIPPET_WORDS:
        return flat, spans
    first = next((i for i, word in enumerate(words) if spans and word[0] == spans[0][0]), 0)
    begin = max(0, min(first - SNIPPET_WORDS // 4, len(words) - SNIPPET_WORDS))
    end = begin + SNIPPET_WORDS
    start = words[begin][0] if begin else 0
    stop = words[end - 1][1] if end < len(words) else len(flat)
    head = ELLIPSIS if begin else ""
    tail = ELLIPSIS if end < len(words) else ""
    cut = head + flat[start:stop] + tail
    return cut, folded_spans(cut, tokens)
