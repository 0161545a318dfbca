"""The FTS5 query builder: any user text becomes a safe prefix query."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventmate.storage.search_index import (
    MARK_END,
    MARK_START,
    MAX_QUERY_CHARS,
    MAX_QUERY_TOKENS,
    build_query,
    marked_spans,
    search_tokens,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O'Brien", '"O\'Brien"*'),
        ('say "hi', '"say"* """hi"*'),
        ("C++ AND", '"C++"* "AND"*'),
        ("NEAR(", '"NEAR("*'),
        ("Zoë", '"Zoë"*'),
    ],
)
def test_each_token_is_a_quoted_prefix(text: str, expected: str) -> None:
    assert build_query(text).expression == expected


@pytest.mark.parametrize("text", ["", "   ", "*", "(", "- + ^", "\x00\x01", '"'])
def test_text_without_words_is_an_empty_query(text: str) -> None:
    assert build_query(text).is_empty


def test_emoji_is_a_word() -> None:
    assert search_tokens("🎻") == ("🎻",)


def test_length_and_token_caps() -> None:
    assert len(search_tokens("a " * 100)) == MAX_QUERY_TOKENS
    assert sum(map(len, search_tokens("x" * 10_000))) == MAX_QUERY_CHARS


def test_nfkc_folds_compatibility_characters() -> None:
    assert search_tokens("ｆｉｄｄｌｅ") == ("fiddle",)


def test_column_filter_wraps_the_tokens() -> None:
    assert build_query("ann sch", column="name").expression == 'name : ("ann"* "sch"*)'


def test_marked_spans() -> None:
    text, spans = marked_spans(f"{MARK_START}Zoë{MARK_END} plays {MARK_START}oboe{MARK_END}")
    assert text == "Zoë plays oboe"
    assert spans == ((0, 3), (10, 14))


@settings(max_examples=300)
@given(st.text())
def test_any_text_gives_balanced_quotes(text: str) -> None:
    expression = build_query(text).expression
    # Outside the doubled quotes every token has exactly an opening and a closing quote.
    assert expression.replace('""', "").count('"') % 2 == 0
