"""clean_line's fast path for text that is already clean gives the same result as the slow path."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from eventmate.domain import text
from eventmate.domain.text import Cleaned, are_clean_lines, clean_line, is_clean_line


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


@given(st.lists(st.lists(_PIECES, max_size=4).map("".join), max_size=6), st.integers(1, 12))
def test_are_clean_lines_is_never_wrong_when_it_says_clean(values: list[str], limit: int) -> None:
    if are_clean_lines(values, limit=limit):
        assert all(clean_line(value, limit=limit).text == value for value in values)
        assert all(slow(value, limit).text == value for value in values)


@given(st.lists(st.lists(_PIECES, max_size=4).map("".join), max_size=6))
def test_are_clean_lines_vouches_for_values_that_each_are(values: list[str]) -> None:
    # A "|" inside a value may hide a space next to it: such values are not vouched for.
    if all(is_clean_line(v) and v.strip() == v and "|" not in v for v in values):
        assert are_clean_lines(values, limit=100)


def test_are_clean_lines_examples() -> None:
    assert are_clean_lines([])
    assert are_clean_lines(["Zoë Ødegård", "", "a|b", "LSO"])
    assert not are_clean_lines(["Zoë", "x" * 11], limit=10)
    for values in (["a ", "b"], ["a", " b"], ["a  b"], ["a", "Zoe\u0308"], ["a\tb"]):
        assert not are_clean_lines(values), values


def test_is_clean_line_examples() -> None:
    assert is_clean_line("Zoë Ødegård, O'Brien")
    assert is_clean_line("")
    for raw in ("a  b", " a", "a ", "a\tb", "a\u202eb", "Zoe\u0308", "a\u00a0b", "a\nb"):
        assert not is_clean_line(raw), raw
