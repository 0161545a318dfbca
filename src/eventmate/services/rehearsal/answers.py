"""Whether a typed name is the person's: accents, capitals and small slips forgiven."""

from __future__ import annotations

from enum import StrEnum

from rapidfuzz import fuzz

from eventmate.domain.text import fold

#: A typed name this similar (0–100) to the name, or to one of its parts, is "nearly".
NEARLY = 85
#: Parts of a name shorter than this are not enough alone ("Jo" for "Jo Ann Lee" is fine
#: only as the whole first name).
_MIN_PART = 2


class Recall(StrEnum):
    """How a typed name compares with the person's name."""

    RIGHT = "right"
    #: A small slip ("Anna Schmit" for "Anna Schmidt"): I knew who it was; the spelling is shown.
    NEARLY = "nearly"
    NOT_YET = "not_yet"

    @property
    def knew(self) -> bool:
        """Whether this counts as knowing the name."""
        return self is not Recall.NOT_YET


def _words(text: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    return cleaned.split()


def check(typed: str, name: str) -> Recall:
    """Compare ``typed`` with ``name``.

    The whole name, or any of its parts (the first name one greets with, or the family
    name), is right; accents and capitals never matter ("zoe" is "Zoë"). A small slip in
    either is nearly right. Nothing typed is not yet.
    """
    said, real = _words(typed), _words(name)
    if not said or not real:
        return Recall.NOT_YET
    if "".join(said) == "".join(real):  # "OBrien" is "O'Brien"
        return Recall.RIGHT
    if set(said) <= set(real) and all(len(w) >= _MIN_PART for w in said):
        return Recall.RIGHT
    joined = " ".join(said)
    targets = [" ".join(real), *(part for part in real if len(part) >= _MIN_PART)]
    best = max(fuzz.ratio(joined, target) for target in targets)
    return Recall.NEARLY if best >= NEARLY else Recall.NOT_YET
