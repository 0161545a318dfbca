"""Finding ``@Name`` mentions of people in free text (pure; no database).

A mention is ``@`` at the start of a word followed by a name. Names have spaces in them
("@Seán O'Brien"), so the parser cannot know where a name ends; it offers each mention's
candidates from the longest (four words) to the shortest (one word), folded for comparison,
and the caller keeps the longest candidate that is someone's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventmate.domain.text import fold

#: Most words a mentioned name may have ("@Anna Maria de Souza").
MAX_NAME_WORDS = 4

# "@" not preceded by a word character (so e-mail addresses are not mentions), then words made
# of letters, digits, apostrophes, hyphens and dots, separated by single spaces.
_WORD = r"[^\W_][\w'’.\-]*"
_MENTION = re.compile(rf"(?<![\w@])@({_WORD}(?:[ \u00a0]{_WORD}){{0,{MAX_NAME_WORDS - 1}}})")


@dataclass(frozen=True, slots=True)
class Mention:
    """One ``@`` in the text and the names it might stand for, longest first, folded."""

    start: int
    candidates: tuple[str, ...]


def _trim(word: str) -> str:
    # Sentence punctuation after a name ("@Anna.") is not part of it; "O'Brien" keeps its "'".
    return word.rstrip(".'’-")


@lru_cache(maxsize=64)
def find_mentions(text: str) -> tuple[Mention, ...]:
    """Every ``@`` mention in ``text`` with its folded candidate names, longest first.

    Example: ``"thanks @Seán O'Brien for"`` gives candidates
    ``("sean o'brien for", "sean o'brien", "sean")``. Results are cached: autosave parses
    the unchanged fields of a reflection again on every save.
    """
    if "@" not in text:
        return ()
    mentions = []
    for match in _MENTION.finditer(text):
        words = [_trim(word) for word in match.group(1).replace("\u00a0", " ").split(" ")]
        folded_words = [folded for word in words if word and (folded := fold(word))]
        candidates: list[str] = []
        for count in range(len(folded_words), 0, -1):
            candidate = " ".join(folded_words[:count])
            if candidate not in candidates:
                candidates.append(candidate)
        if candidates:
            mentions.append(Mention(match.start(), tuple(candidates)))
    return tuple(mentions)


def all_candidates(texts: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Every folded candidate name mentioned in any of ``texts``."""
    return frozenset(
        candidate for text in texts for m in find_mentions(text) for candidate in m.candidates
    )


def resolve(
    mentions: tuple[Mention, ...], known: dict[str, int] | frozenset[str]
) -> tuple[str, ...]:
    """For each mention, its longest candidate found in ``known`` (folded names); in order.

    Mentions whose candidates are all unknown are left out.
    """
    names = []
    for mention in mentions:
        for candidate in mention.candidates:
            if candidate in known:
                names.append(candidate)
                break
    return tuple(names)


def active_mention_prefix(text: str, cursor: int) -> str | None:
    """The partial name typed after an ``@`` just before ``cursor``, for completion.

    Returns None when the cursor is not inside a mention being typed.
    """
    before = text[:cursor]
    at = before.rfind("@")
    if at < 0 or (at > 0 and (before[at - 1].isalnum() or before[at - 1] == "_")):
        return None
    typed = before[at + 1 :]
    if "\n" in typed or len(typed.split(" ")) > MAX_NAME_WORDS or typed[:1].isspace():
        return None
    if typed[-1:].isspace():
        # A finished word: wait for the next letter before offering names again.
        return None
    return typed
