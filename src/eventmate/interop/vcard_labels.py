"""Contact-method labels: TYPE parameters and Apple/Google label names to EventMate's words.

Shared by the reader, which turns labels into words, and the writer, which writes a word as a
standard TYPE only when reading that TYPE back gives the same word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from eventmate.domain.text import clean_line

_APPLE_LABEL_RE = re.compile(r"_\$!<(.*)>!\$_")
# TYPE values that say nothing a person would call a label.
_NOISE_TYPES = frozenset({"pref", "voice", "internet", "x400", "text", "uri"})
_TYPE_ALIASES = {"mobile": "cell", "cellular": "cell"}
# Apple's built-in labels, written as _$!<Name>!$_ in X-ABLabel (Google writes some bare, as
# "homePage"); any capitalisation of these reads as EventMate's own lower-case label.
_BUILTIN_LABELS = {
    "home": "home",
    "work": "work",
    "other": "other",
    "main": "main",
    "pager": "pager",
    "fax": "fax",
    "cell": "cell",
    "mobile": "cell",
    "iphone": "iphone",
    "homepage": "homepage",
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "other fax",
}


def type_label(kind: str, types: Iterable[str]) -> str:
    """Turn TYPE parameter values into the label EventMate shows.

    Args:
        kind: The contact method kind the types belong to.
        types: TYPE values in any spelling (``WORK``, ``x-Studio``, ``cell``).

    Returns:
        The meaningful types, lower case, space separated (``"home fax"``), or ``""``.
    """
    # A few combinations cover nearly every contact method of a file: each is worked out once.
    return _type_label(kind, tuple(types))


@functools.lru_cache(maxsize=1024)
def _type_label(kind: str, types: tuple[str, ...]) -> str:
    noise = frozenset({"pref"}) if kind == "social" else _NOISE_TYPES
    words: list[str] = []
    for raw in types:
        word = clean_line(raw).text.lower()
        # Android writes custom 2.1 labels as X-<label>; the prefix means nothing to a user.
        word = word.removeprefix("x-")
        word = _TYPE_ALIASES.get(word, word)
        if word and word not in noise and word not in words:
            words.append(word)
    # Apple marks iPhone numbers TYPE=IPHONE,CELL; "iphone" is the label its users picked.
    if "iphone" in words and "cell" in words:
        words.remove("cell")
    return apple_label(" ".join(words))


def apple_label(text: str) -> str:
    """Apple and Google built-in labels (``_$!<HomePage>!$_``) to plain words."""
    label = text.strip()
    while match := _APPLE_LABEL_RE.fullmatch(label):
        label = match.group(1).strip().lower()
    return _BUILTIN_LABELS.get(label.casefold(), label)
