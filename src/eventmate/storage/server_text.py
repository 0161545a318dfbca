"""Searchable words on a server: the ``fold`` rule and word splitting, in Python and in SQL.

A server (PostgreSQL) has no FTS5. Searchable rows there carry a ``search_text`` column that
the server computes itself (a generated column, migration ``0010_server_search``), so rows
written by anyone are searchable: the text folded the way people type names
(``domain.text.fold``: no accents, no case, "Łucja" as "lucja", "Strauß" as "strauss") and cut
into words the way SQLite's ``unicode61`` tokenizer with ``categories 'L* N* Co So'`` cuts them
(anything that is not a letter, digit, private-use character or symbol separates words),
with one space before every word. A typed word then matches as a word prefix with
``search_text LIKE '% word%'``, which a trigram index (``pg_trgm``) answers.

:func:`search_words` is the rule in Python (for what the user typed); :func:`fold_function`
writes the same rule as SQL, with the character classes taken from Python's own Unicode
tables when the migration runs. ``tests/storage/test_server_text.py`` holds the two equal
letter by letter on a real server.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from eventmate.domain.text import fold

#: Letters with no accent to remove that people type without (as ``domain.text.fold``), and
#: the two that casefolding treats differently from lowercasing (``ß``, final ``ς``).
_ONE_FOR_ONE = ("łøđðħıŀŧς", "loddhiltσ")
_SEVERAL = (("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ß", "ss"))
#: Categories that separate words (unicode61 keeps L*, N*, Co and, here, So; marks stay with
#: their letter).
_SEPARATING = frozenset({"Sm", "Sc", "Sk", "Cc", "Cf"})


def separates(ch: str) -> bool:
    """Whether ``ch`` separates words (a space, punctuation, a maths or currency sign…)."""
    category = unicodedata.category(ch)
    return category[0] in "ZP" or category in _SEPARATING


def search_words(text: str) -> str:
    """``text`` folded and cut into words, each after one space (as ``search_text`` holds)."""
    folded = fold(text)
    spaced = "".join(" " if separates(ch) else ch for ch in folded)
    words = spaced.split()
    return " " + " ".join(words) if words else ""


def like_escape(text: str) -> str:
    """``text`` for a ``LIKE … ESCAPE '\\'`` pattern: its wildcards matched literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _ranges(wanted: Callable[[str], bool]) -> str:
    """A regular-expression bracket (PostgreSQL syntax) of every code point ``wanted``."""
    parts: list[str] = []
    start: int | None = None
    for code in range(0x110001):
        hit = code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF and wanted(chr(code))
        if hit and start is None:
            start = code
        elif not hit and start is not None:
            end = code - 1
            parts.append(_escape(start) + ("" if end == start else "-" + _escape(end)))
            start = None
    return "[" + "".join(parts) + "]"


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def casefold_letters() -> tuple[str, str]:
    """Letters whose lowercase casefolds to another letter, and what they fold to.

    ``str.casefold`` is ``lower`` except for these (Cherokee folds to its capitals, the
    Cyrillic variants of Unicode 9 to their plain letters; ``ß`` and ``ς`` are handled by
    :data:`_SEVERAL` and :data:`_ONE_FOR_ONE`), so the server's ``lower()`` followed by this
    ``translate`` folds as Python does.
    """
    lowered: dict[str, str] = {}
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        letter = chr(code)
        low, folded = letter.lower(), letter.casefold()
        if low == folded or len(low) != 1 or len(folded) != 1 or low in _ONE_FOR_ONE[0]:
            continue
        if unicodedata.normalize("NFKD", letter) != letter:
            continue
        lowered[low] = folded
    return "".join(lowered), "".join(lowered.values())


def fold_function(lower_collation: str | None) -> str:
    """``CREATE FUNCTION eventmate_search_words(text)``: :func:`search_words` in SQL.

    ``lower_collation`` is a collation whose ``lower()`` knows every script (ICU's
    ``und-x-icu``); without one the database's own is used (right for a UTF-8 locale, ASCII
    only for "C"). Needs a UTF-8 database (``normalize``). Immutable, so it can make a
    generated column.
    """
    combining = _ranges(lambda ch: unicodedata.combining(ch) != 0)
    separators = _ranges(separates)
    collate = f' COLLATE "{lower_collation}"' if lower_collation else ""
    folded = f"lower(regexp_replace(normalize(t, NFKD), '{combining}', '', 'g'){collate})"
    folded = f"translate({folded}, '{_ONE_FOR_ONE[0]}', '{_ONE_FOR_ONE[1]}')"
    lower, casefold = casefold_letters()
    folded = f"translate({folded}, '{lower}', '{casefold}')"
    for letter, plain in _SEVERAL:
        folded = f"replace({folded}, '{letter}', '{plain}')"
    words = f"btrim(regexp_replace({folded}, '{separators}+', ' ', 'g'))"
    # PL/pgSQL, not SQL: its expression plans are kept for the session, where an SQL function
    # in a generated column would be planned again for every row written (~1 ms each).
    return (
        "CREATE FUNCTION eventmate_search_words(t text) RETURNS text "
        "LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fold$ "
        f"DECLARE w text := {words}; "
        "BEGIN RETURN CASE WHEN w = '' THEN '' ELSE ' ' || w END; END "
        "$fold$"
    )


#: The text of a reflection's answers (every answer that is text, one per line), as
#: SQLite's ``search_reflection`` index holds it.
ANSWERS_FUNCTION = (
    "CREATE FUNCTION eventmate_answers_text(a json) RETURNS text "
    "LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $answers$ BEGIN "
    "IF json_typeof(a) IS DISTINCT FROM 'object' THEN RETURN ''; END IF; "
    "RETURN (SELECT coalesce(string_agg(value #>> '{}', E'\\n'), '') FROM json_each(a) "
    "WHERE json_typeof(value) = 'string'); END "
    "$answers$"
)
