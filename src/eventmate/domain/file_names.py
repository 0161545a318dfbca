"""File names made from people's text: readable, and safe on every common file system."""

from __future__ import annotations

import unicodedata

from eventmate.domain.text import clean_line

#: Longest stem in characters: at 4 bytes a character it stays far below 255-byte name limits.
STEM_MAX = 60

# Names Windows reserves for devices, with or without an extension ("con.vcf" cannot exist).
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"{device}{digit}" for device in ("com", "lpt") for digit in "0123456789¹²³"}
)


def _kept(character: str) -> bool:
    # Letters and digits of any script, and combining marks (Devanagari vowel signs, etc.),
    # which belong to the letter before them.
    return character.isalnum() or unicodedata.category(character).startswith("M")


def file_stem(text: str, fallback: str, *, limit: int = STEM_MAX) -> str:
    """A lower-case, hyphenated file name stem for ``text`` ("Seán O'Brien" → "seán-o-brien").

    Everything but letters, digits and combining marks becomes a single hyphen, so the stem
    has no path separators, no characters Windows forbids (``<>:"/\\|?*``), no leading dot and
    no trailing dot or space. ``fallback`` is returned when nothing usable is left or the stem
    is a name Windows reserves for a device.

    Args:
        text: Usually a person's name, as typed.
        fallback: The stem to use instead (must itself be safe).
        limit: Longest stem in characters.
    """
    line = clean_line(text).text.lower()
    parts: list[str] = []
    word: list[str] = []
    for character in line:
        if _kept(character) and (word or not unicodedata.category(character).startswith("M")):
            word.append(character)
        elif word:
            parts.append("".join(word))
            word = []
    if word:
        parts.append("".join(word))
    stem = "-".join(parts)[:limit].strip("-")
    if not stem or stem in _RESERVED:
        return fallback
    return stem
