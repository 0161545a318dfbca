"""The server's search words (SQL, migration 0010) are Python's, letter by letter."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from eventmate.domain.text import fold
from eventmate.storage.engine import Database
from eventmate.storage.server_text import like_escape, search_words

#: Blocks people's names and notes are written in: Latin (with its extensions), IPA, Greek,
#: Cyrillic, Armenian, Hebrew, Arabic, Devanagari, general punctuation and symbols, CJK, kana,
#: Hangul, compatibility forms and emoji.
BLOCKS = [
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x250, 0x2FF),
    (0x370, 0x58F),
    (0x5D0, 0x6FF),
    (0x900, 0x97F),
    (0x1E00, 0x1FFF),
    (0x2000, 0x2BFF),
    (0x3000, 0x30FF),
    (0x4E00, 0x4E3F),
    (0xAC00, 0xAC3F),
    (0xFB00, 0xFB4F),
    (0xFF00, 0xFFEF),
    (0x1F300, 0x1F64F),
]


def _sql_words(database: Database, values: list[str]) -> list[str]:
    with database.read() as session:
        return list(
            session.execute(
                text("SELECT eventmate_search_words(v) FROM unnest(CAST(:v AS text[])) AS v"),
                {"v": values},
            ).scalars()
        )


def test_every_letter_folds_as_in_python(server: Database) -> None:
    letters = [chr(c) for start, end in BLOCKS for c in range(start, end + 1)]
    letters = [ch for ch in letters if ch.isprintable()]
    got = _sql_words(server, letters)
    differ = {ch: (sql, search_words(ch)) for ch, sql in zip(letters, got, strict=True)}
    differ = {ch: pair for ch, pair in differ.items() if pair[0] != pair[1]}
    assert differ == {}


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Łucja Nowak", " lucja nowak"),
        ("Søren Kierkegaard", " soren kierkegaard"),
        ("Johann Strauß", " johann strauss"),
        ("Ærø Hansen", " aero hansen"),
        ("Seán O'Brien", " sean o brien"),
        ("Zoë 🎻 — cor anglais", " zoe 🎻 cor anglais"),
        ("  ", ""),
        ("ᏣᎳᎩ ꮳꮃꭹ", " ᏣᎳᎩ ᏣᎳᎩ"),  # Cherokee casefolds to its capitals, whichever was typed
        ("ᲀᲂ", " во"),  # Cyrillic variants (Unicode 9) fold to their plain letters
    ],
)
def test_names_become_the_words_people_type(server: Database, name: str, words: str) -> None:
    assert search_words(name) == words
    assert _sql_words(server, [name]) == [words]
    assert search_words(name).strip() == " ".join(
        w for w in fold(name).replace("'", " ").replace("—", " ").split()
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40), max_size=20)
)
def test_any_text_folds_as_in_python(server: Database, values: list[str]) -> None:
    values = [v.replace("\x00", "") for v in values]
    assert _sql_words(server, values) == [search_words(v) for v in values]


def test_like_wildcards_are_matched_literally() -> None:
    assert like_escape("50%_a\\b") == "50\\%\\_a\\\\b"
