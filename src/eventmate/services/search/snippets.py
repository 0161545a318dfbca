"""A few words around the matched ones, cut from ``highlight()`` output in linear time.

FTS5's own ``snippet()`` scores a window at every hit by walking every hit, so a capture that
holds one word thousands of times took seconds per search (found by the torture fuzzer). Here
the window is chosen the same way — most distinct matched words, then most matches, centred
on them — but only the first :data:`MAX_CANDIDATES` hits are tried and each is scored with a
binary search, so the cost grows with the text's length, never with the square of its hits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from eventmate.domain.text import fold
from eventmate.storage.search_index import ELLIPSIS, MARK_END, MARK_START, marked_spans

#: Separates the columns of a row's highlighted text in one SQL value (a control character:
#: those never survive input cleaning, like the marks).
COLUMN_SEPARATOR = "\x1f"
#: Words in a snippet, as FTS5's ``snippet(…, 12)`` gave.
WORDS = 12
#: Hits tried as the start of a window; a text with more gains nothing from trying them all.
MAX_CANDIDATES = 64

# What the index's tokenizer counts as a word (letters, digits, symbols such as emoji, private
# use); close enough to cut a window of words for display.
_WORD = re.compile(r"(?:[^\W_]|[\u2100-\u2bff\ue000-\uf8ff\U0001f000-\U0001faff])+")
# A sentence starts after a full stop or colon and white space (as FTS5 reads it).
_SENTENCE_BREAK = re.compile(r"[.:]\s+")


def highlighted(index: str, columns: tuple[int, ...]) -> str:
    """SQL for the highlighted text of ``columns`` of ``index``, joined by the separator.

    The marks and the separator are the bound parameters ``:m1``, ``:m2`` and ``:sep``.
    """
    parts = [f"coalesce(highlight({index}, {column}, :m1, :m2), '')" for column in columns]
    return " || :sep || ".join(parts)


def snippet(joined: str | None, phrases: tuple[str, ...] = (), words: int = WORDS) -> str:
    """The best window of ``words`` words over the columns in ``joined``, matches marked.

    ``phrases`` are the searched words: a window scores by how many of them it shows, then
    by its matches. Text cut at either end is shown by :data:`ELLIPSIS`. With no match in
    any column, the first column's opening words (as ``snippet()`` did).
    """
    keys = tuple(fold(phrase) for phrase in phrases)
    best: tuple[tuple[int, int], str] | None = None
    for number, column in enumerate((joined or "").split(COLUMN_SEPARATOR)):
        plain, spans = marked_spans(column)
        if not spans and best is not None:
            continue
        score, cut = _best_window(plain, spans, keys, words)
        key = (score, -number)
        if best is None or key > best[0]:
            best = (key, cut)
    return best[1] if best is not None else ""


def _best_window(
    plain: str, spans: tuple[tuple[int, int], ...], keys: tuple[str, ...], words: int
) -> tuple[int, str]:
    """The score of the best window of ``plain`` and that window, marked.

    As ``snippet()``: for each hit, the window from the start of its sentence (when the hit
    is in it; a small bonus) and the window centred on the hits that follow it.
    """
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(plain)]
    if len(tokens) <= words:
        whole = _score([plain[start:end] for start, end in spans], keys)
        return whole, _marked(plain, spans, 0, len(plain), False, False)
    starts = [start for start, _ in tokens]
    hits = sorted({max(0, bisect_right(starts, start) - 1) for start, _ in spans})
    after_stop = {m.end() for m in _SENTENCE_BREAK.finditer(plain)}
    sentences = [0, *(i for i, start in enumerate(starts) if i and start in after_stop)]

    def inside(first: int) -> list[int]:
        return hits[bisect_left(hits, first) : bisect_left(hits, first + words)]

    def score(found: list[int]) -> int:
        return _score([plain[slice(*tokens[i])] for i in found], keys)

    best_score, first = -1, 0
    for hit in hits[:MAX_CANDIDATES]:
        sentence = sentences[bisect_right(sentences, hit) - 1]
        if sentence < hit and hit < sentence + words:
            candidate = score(inside(sentence)) + (120 if sentence == 0 else 100)
            if candidate > best_score:
                best_score, first = candidate, sentence
        found = inside(hit)
        candidate = score(found)
        if candidate > best_score:
            centred = hit - (words - (found[-1] + 1 - hit)) // 2
            best_score, first = candidate, max(0, min(centred, len(tokens) - words))
    # A window from a sentence's start may run past the end: then it ends with the text.
    end = min(first + words, len(tokens))
    cut_start = tokens[first][0]
    cut_end = len(plain) if end == len(tokens) else tokens[end - 1][1]
    marked = _marked(plain, spans, cut_start, cut_end, first > 0, end < len(tokens))
    return max(best_score, 0), marked


def _score(found: list[str], keys: tuple[str, ...]) -> int:
    """1,000 for each searched word shown, 1 for each further match (as FTS5 scores)."""
    seen = {_phrase(word, keys) for word in found}
    return 1000 * len(seen) + len(found) - len(seen)


def _phrase(word: str, keys: tuple[str, ...]) -> str:
    """Which searched word (a prefix) ``word`` matched; the word itself when none is known."""
    folded = fold(word)
    return next((key for key in keys if folded.startswith(key)), folded)


def _marked(
    plain: str,
    spans: tuple[tuple[int, int], ...],
    cut_start: int,
    cut_end: int,
    before: bool,
    after: bool,
) -> str:
    """``plain[cut_start:cut_end]`` with the spans inside it marked, and ellipses where cut."""
    out = [ELLIPSIS] if before else []
    at = cut_start
    for start, end in spans[bisect_left(spans, (cut_start, cut_start)) :]:
        if start >= cut_end:
            break
        end = min(end, cut_end)
        out += [plain[at:start], MARK_START, plain[start:end], MARK_END]
        at = end
    out.append(plain[at:cut_end])
    if after:
        out.append(ELLIPSIS)
    return "".join(out)
