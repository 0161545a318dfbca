"""What I know about a person, on a card: EventMate's own property, and a note others show.

Each fact is written twice: as ``X-EVENTMATE-FACT;TYPE=<kind>:<text>``, which EventMate reads
back exactly, and in a "What I know:" part at the end of the ``NOTE``, which every address
book shows ("Cares about: Bartók's quartets", one fact a line, further lines of a fact
indented by two spaces).

Reading a card with the properties takes the facts from them, and takes that part off the
note only when it is exactly what EventMate wrote for them (a part edited elsewhere stays in
the note: nothing is lost). A card without the properties that did not come straight from
EventMate (another client rewrote it and dropped what it does not know) gets its facts back
from that part of the note, line by line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from eventmate.domain.text import TEXT_MAX, clean_text
from eventmate.interop.vcard_model import FactFields, VCardFact

#: EventMate's property for one fact; its TYPE parameter holds the kind.
FACT_PROPERTY = "X-EVENTMATE-FACT"
#: The line that starts the facts' part of the note.
HEADER = "What I know:"
#: The kinds of fact, as the TYPE parameter writes them.
KINDS = ("cares_about", "common_ground", "story", "other")
_LABELS = {"cares_about": "Cares about", "common_ground": "Common ground", "story": "Story"}
_KIND_OF = {kind: kind for kind in KINDS}
_BY_LABEL = {label.casefold(): kind for kind, label in _LABELS.items()}
_INDENT = "  "


def fact_kind(raw: str) -> str:
    """The kind a TYPE value names (``Cares-About`` too); anything unknown is ``"other"``."""
    kind = raw.strip().strip('"').lower().replace("-", "_")
    return kind if kind in KINDS else "other"


def clean_facts(facts: Iterable[FactFields]) -> tuple[VCardFact, ...]:
    """The facts as a card carries them: known kinds, text cleaned and trimmed, none empty."""
    facts = tuple(facts)
    if all(fact.kind in _KIND_OF and _is_clean(fact.text) for fact in facts):
        # What EventMate stored is clean already: an export of 100k people skips 300k cleanings.
        return tuple(VCardFact(_KIND_OF[fact.kind], fact.text) for fact in facts)
    cleaned = []
    for fact in facts:
        text = clean_text(fact.text).text.strip()
        if text:
            cleaned.append(VCardFact(fact_kind(fact.kind), text))
    return tuple(cleaned)


def _is_clean(text: str) -> bool:
    """Whether cleaning and trimming would certainly leave ``text`` as it is (and not empty).

    Printable text has no controls and no whitespace but spaces; only NFC, the ends and the
    length remain to be checked. False only means "not known to be clean".
    """
    return (
        0 < len(text) <= TEXT_MAX
        and text.isprintable()
        and text[0] != " "
        and text[-1] != " "
        and unicodedata.is_normalized("NFC", text)
    )


def facts_part(facts: Iterable[FactFields]) -> str:
    """The "What I know:" part of the note for ``facts`` (as :func:`clean_facts` gives them)."""
    lines = [HEADER]
    for fact in facts:
        first, *more = fact.text.split("\n")
        label = _LABELS.get(fact.kind)
        lines.append(f"{label}: {first}" if label else first)
        lines.extend(_INDENT + line for line in more)
    return "\n".join(lines) if len(lines) > 1 else ""


def note_with_facts(note: str, facts: Iterable[FactFields]) -> str:
    """The note a card carries: the person's notes, then the part with their facts."""
    part = facts_part(facts)
    if not part:
        return note
    return f"{note}\n\n{part}" if note else part


def split_note(
    note: str, facts: tuple[VCardFact, ...], *, from_note: bool
) -> tuple[str, tuple[VCardFact, ...]]:
    """The note without the facts' part, and the facts.

    Args:
        note: The card's note, cleaned.
        facts: The facts of the card's ``X-EVENTMATE-FACT`` properties.
        from_note: Read the facts from the note's part when the card has no properties.
    """
    if facts:
        part = facts_part(facts)
        if note == part:
            return "", facts
        if note.endswith("\n\n" + part):
            return note[: -len(part) - 2], facts
        return note, facts
    if not from_note:
        return note, facts
    if note.startswith(HEADER + "\n"):
        before, after = "", note[len(HEADER) + 1 :]
    else:
        at = note.rfind(f"\n\n{HEADER}\n")
        if at < 0:
            return note, facts
        before, after = note[:at], note[at + len(HEADER) + 3 :]
    read = _parse_part(after)
    return (before, read) if read else (note, facts)


def _parse_part(text: str) -> tuple[VCardFact, ...]:
    """Facts from the lines after the header (a line each, indented lines continue one)."""
    facts: list[list[str]] = []  # [kind, text]
    for line in text.split("\n"):
        if line.startswith(_INDENT) and facts:
            facts[-1][1] += "\n" + line[len(_INDENT) :]
        elif line.strip():
            label, colon, rest = line.partition(":")
            kind = _BY_LABEL.get(label.strip().casefold(), "") if colon else ""
            facts.append([kind, rest] if kind else ["other", line])
    return tuple(VCardFact(kind, text) for kind, raw in facts if (text := raw.strip()))
