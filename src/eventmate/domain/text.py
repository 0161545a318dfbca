"""Cleaning of user text at the input boundary: NFC, no control characters, capped lengths."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

#: Longest single-line field (a name, a title, a venue) in characters.
LINE_MAX = 500
#: Longest free text (a note, a capture, a reflection answer) in characters.
TEXT_MAX = 100_000

# C0 and C1 controls except tab and newline; DEL; lone surrogates cannot be stored as UTF-8.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Bidi embedding/override/isolate controls: they can make a name render backwards in lists.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Result of cleaning: the text to store and whether it had to be shortened."""

    text: str
    truncated: bool


_EMPTY = Cleaned("", False)


def clean_text(raw: str, *, limit: int = TEXT_MAX) -> Cleaned:
    """Normalise free text (NFC, CRLF to LF, controls removed); cap it at ``limit`` characters."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    if len(text) > limit:
        return Cleaned(text[:limit], True)
    return Cleaned(text, False)


def is_clean_line(text: str) -> bool:
    """A quick check that :func:`clean_line` (without a limit) would leave ``text`` unchanged.

    True is certain; False only means "not known to be clean" (the full cleaning may still
    leave the text as it is). Printable text has no controls, no bidi marks and no whitespace
    but single spaces, so only NFC remains to be checked.
    """
    return (
        text.isprintable()
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
        and unicodedata.is_normalized("NFC", text)
    )


def are_clean_lines(values: Sequence[str], *, limit: int | None = LINE_MAX) -> bool:
    """A quick check that :func:`clean_line` with ``limit`` would leave every value unchanged.

    ``limit=None`` checks no length (for writers, which never shorten what was stored).

    One pass over all values joined by "|" instead of one per value (an import or export of
    100k people checks millions of values). Cleaning leaves "|" alone and NFC never combines
    it with a neighbour, so the joined text is clean exactly when each value is, apart from
    spaces at a value's ends, which show up next to a "|". As with :func:`is_clean_line`,
    False only means "not known to be clean".
    """
    joined = "|".join(values)
    return (
        is_clean_line(joined)
        and " |" not in joined
        and "| " not in joined
        and (limit is None or max(map(len, values), default=0) <= limit)
    )


def clean_line(raw: str, *, limit: int = LINE_MAX) -> Cleaned:
    """Normalise a one-line field: as :func:`clean_text`, whitespace collapsed, no bidi controls."""
    if not raw:
        return _EMPTY
    if len(raw) <= limit and is_clean_line(raw):
        # Already clean: the usual case on export and for most imported values.
        return Cleaned(raw, False)
    text = unicodedata.normalize("NFC", raw)
    text = _CONTROL.sub(" ", text.replace("\t", " ").replace("\n", " "))
    text = _BIDI.sub("", text)
    text = " ".join(text.split())
    if len(text) > limit:
        return Cleaned(text[:limit].rstrip(), True)
    return Cleaned(text, False)


class _WithoutCombining(dict[int, int | None]):
    """A str.translate table that drops combining marks, filled in as characters are seen.

    Looking a character up in C is much quicker than calling ``unicodedata.combining`` for
    each one in Python (imports sort 10k names). The table keeps at most
    :data:`_FOLD_TABLE_MAX` characters, so text full of rare ones cannot make it grow large.
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if len(self) < _FOLD_TABLE_MAX:
            self[code] = kept
        return kept


_FOLD_TABLE_MAX = 20_000
_WITHOUT_COMBINING = _WithoutCombining()


#: Letters with no accent to remove (Unicode does not decompose them) that people type
#: without anyway: "Łucja" as "lucja", "Søren" as "soren", "Ærø" as "aero". (ß needs no entry:
#: casefolding makes it "ss".) Applied after casefolding, so lower case is enough.
_PLAIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
    }
)


def fold(text: str) -> str:
    """Fold text the way people type names: without accents or case ("Zoë" as "zoe",
    "Łucja" as "lucja", "Søren" as "soren", "Strauß" as "strauss").

    The one rule for comparing names: search, name suggestions and duplicate detection all
    use it (``person.sort_key`` holds it, and the people index searches that too).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return " ".join(decomposed.casefold().split())
    stripped = decomposed.translate(_WITHOUT_COMBINING).casefold().translate(_PLAIN_LETTERS)
    return " ".join(stripped.split())
