"""clean_line's fast path for text that is already clean gives the same result as the slow path."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from eventmate.domain import text
from eventmate.domain.text import Cleaned, clean_line, is_clean_line


def slow(raw: str, limit: int) -> Cleaned:
    value = unicodedata.normalize("NFC", raw)
    value = text._CONTROL.sub(" ", value.replace("\t", " ").replace("\n", " "))
    value = text._BIDI.sub("", value)
    value = " ".join(value.split())
    if len(value) > limit:
        return Cleaned(value[:limit].rstrip(), True)
    return Cleaned(value, False)


@given(st.text(), st.integers(min_value=1, max_value=40))
def test_fast_path_matches_the_full_cleaning(raw: str, limit: int) -> None:
    assert clean_line(raw, limit=limit) == slow(raw, limit)


def test_examples() -> None:
    assert clean_line("Zoë Ødegård") == Cleaned("Zoë Ødegård", False)
    assert clean_line("a\u202eb") == Cleaned("ab", False)
    assert clean_line("Zoe\u0308") == Cleaned("Zoë", False)
    assert clean_line("a\u00a0 b") == Cleaned("a b", False)


_PIECES = st.text(max_size=3) | st.sampled_from(
    [" ", "  ", "|", " |", "| ", "e\u0301", "\u0301", "\u00a0", "\t", "\u202e", "Zoë", "😀"]
)


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_is_clean_line_is_never_wrong_when_it_says_clean(raw: str) -> None:
    if is_clean_line(raw):
        assert slow(raw, len(raw) + 1).text == raw


@given(st.lists(st.lists(_PIECES, max_size=4).map("".join), max_size=6))
def test_clean_values_joined_by_a_bar_are_clean_exactly_when_each_is(values: list[str]) -> None:
    # The vCard writer checks all of a card's values at once this way.
    joined = "|".join(values)
    if is_clean_line(joined) and " |" not in joined and "| " not in joined:
        assert all(slow(value, len(value) + 1).text == value for value in values)
    if all(is_clean_line(v) and v.strip() == v for v in values if v):
        assert is_clean_line(joined)


def test_is_clean_line_examples() -> None:
    assert is_clean_line("Zoë Ødegård, O'Brien")
    assert is_clean_line("")
    for raw in ("a  b", " a", "a ", "a\tb", "a\u202eb", "Zoe\u0308", "a\u00a0b", "a\nb"):
        assert not is_clean_line(raw), raw
