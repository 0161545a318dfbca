"""Cleaning user text at the input boundary."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from eventmate.domain.text import clean_line, clean_text, fold


def test_clean_text_normalises_to_nfc_and_keeps_newlines() -> None:
    cleaned = clean_text("Zoe\u0308\r\nline two\rthree")
    assert cleaned.text == "Zoë\nline two\nthree"
    assert not cleaned.truncated


def test_clean_text_strips_nul_and_control_characters() -> None:
    assert clean_text("a\x00b\x07c\td\x1b").text == "abc\td"


def test_clean_text_caps_length_and_says_so() -> None:
    cleaned = clean_text("x" * 20, limit=10)
    assert cleaned.text == "x" * 10
    assert cleaned.truncated


def test_clean_line_collapses_whitespace_and_removes_bidi_overrides() -> None:
    assert clean_line("  Anna \n\t Schmidt\u202e  ").text == "Anna Schmidt"


def test_clean_line_keeps_right_to_left_text() -> None:
    assert clean_line("نور الهدى").text == "نور الهدى"


@given(st.text())
def test_fold_drops_exactly_the_combining_marks(raw: str) -> None:
    decomposed = unicodedata.normalize("NFKD", raw)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = kept.casefold().translate(str.maketrans(PLAIN))
    assert fold(raw) == " ".join(plain.split())


#: Letters without a decomposition that people type without: the folding everyone shares.
PLAIN = {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th"}
PLAIN |= {"ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t"}


def test_fold_spells_names_as_people_type_them() -> None:
    assert fold("Łucja") == "lucja"
    assert fold("Søren Kierkegaard") == "soren kierkegaard"
    assert fold("Johann Strauß") == "johann strauss"
    assert fold("Ærø") == "aero"
    assert fold("Þóra") == "thora"


def test_fold_ignores_accents_and_case() -> None:
    assert fold("Zoë NG") == fold("zoe ng")
    assert fold("Seán O'Brien") == "sean o'brien"


@given(st.text())
def test_clean_text_never_leaves_controls(raw: str) -> None:
    text = clean_text(raw).text
    assert "\x00" not in text
    assert all(ch in "\t\n" or ord(ch) >= 0x20 for ch in text)
