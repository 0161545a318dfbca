"""File name stems from people's names: readable, safe, never empty."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from eventmate.domain.file_names import STEM_MAX, file_stem


def test_names_become_lower_case_hyphenated_stems() -> None:
    assert file_stem("Anna Schmidt", "x") == "anna-schmidt"
    assert file_stem("  Seán   O'Brien ", "x") == "seán-o-brien"
    assert file_stem("Dr. Jane Doe-Smith (viola)", "x") == "dr-jane-doe-smith-viola"
    assert file_stem("山田 太郎", "x") == "山田-太郎"


def test_decomposed_accents_are_composed_and_marks_stay_with_their_letter() -> None:
    assert file_stem("Zoe\u0308 Brun", "x") == "zoë-brun"
    assert file_stem("अनिल कुमार", "x") == "अनिल-कुमार"  # vowel signs are marks
    assert file_stem("\u0301Ana", "x") == "ana"  # a mark with no letter before it goes


def test_path_and_windows_characters_never_survive() -> None:
    stem = file_stem('../..\\etc/passwd: <a>|"b"?*.', "x")
    assert stem == "etc-passwd-a-b"


def test_empty_or_reserved_names_fall_back() -> None:
    assert file_stem("", "eventmate-1-person") == "eventmate-1-person"
    assert file_stem("🎻 ✨", "eventmate-1-person") == "eventmate-1-person"
    assert file_stem("\x00\x1b", "fallback") == "fallback"
    assert file_stem("Con", "fallback") == "fallback"
    assert file_stem("LPT1", "fallback") == "fallback"
    assert file_stem("Connie", "fallback") == "connie"


def test_long_names_are_cut_without_a_trailing_hyphen() -> None:
    stem = file_stem("a" * 59 + " b", "x")
    assert stem == "a" * 59
    assert len(file_stem("word " * 100, "x")) <= STEM_MAX


@given(st.text(max_size=300))
def test_any_text_gives_a_safe_stem(text: str) -> None:
    stem = file_stem(text, "fallback")
    assert stem
    assert len(stem) <= STEM_MAX
    assert len(stem.encode("utf-8")) + len(".vcf") <= 255
    assert not set(stem) & set('<>:"/\\|?*' + string.whitespace + "\x00")
    assert not stem.startswith(("-", "."))
    assert not stem.endswith(("-", "."))
