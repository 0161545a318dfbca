"""Where typed words match a text once both are folded the way people type names."""

from __future__ import annotations

from eventmate.domain.text import fold


def folded_spans(body: str, tokens: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Spans of ``body`` where a word starts with one of ``tokens`` (accent-insensitive)."""
    spans = []
    folded_tokens = [fold(token) for token in tokens if fold(token)]
    position = 0
    for word in body.split(" "):
        folded = fold(word)
        if any(folded.startswith(token) for token in folded_tokens):
            spans.append((position, position + len(word)))
        position += len(word) + 1
    return tuple(spans)
