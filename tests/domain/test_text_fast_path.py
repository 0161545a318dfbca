"""clean_line's fast path for text that is already clean gives the same result as the slow path."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from eventmate.domain import text
from eventmate.domain.text import Cleaned, clean_line


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
