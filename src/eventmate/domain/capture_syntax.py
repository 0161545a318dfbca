"""The one-line capture syntax: turns a quick note typed during a break into structure.

One line describes one person::

    Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig #chamber-music !send recording

Grammar (shown to users; every part is optional)
-------------------------------------------------

**Person** — everything before the first separator (the *head*).
  It is a **name** when every word starts with a capital letter or with a letter of a script
  without case (王芳, أحمد), lowercase name particles inside allowed (von, de, al-, d', …),
  at most 8 words; words of symbols only (an emoji: "Zoë Ng 🎻") are kept beside it as a note.
  Otherwise it is a **descriptor**, a recall cue: a head that starts in
  lowercase, contains a comma or has other lowercase words ("cellist, red scarf",
  "Tall man with a red scarf"). A head of more than 500 characters, or of more than 12 words
  with no separator after it, is prose and kept as a note.

**Role and organisation** — ``(…)`` closing the head.
  ``(viola)`` is a role; ``(viola, LSO)`` is role and organisation; ``(viola @ LSO)`` too.
  Everything after the first comma, ``;`` or ``@`` is the organisation, verbatim. An unclosed
  ``(`` runs to the separator; parentheses in the middle of a head are part of it.

**Separators** — end the head: ``—`` (em dash), `` – `` (spaced en dash), `` - `` or ``--``
  (spaced hyphen), ``:`` followed by a space, ``：``. Hyphens inside words (Jean-Luc) are not
  separators; the first separator outside ``(…)`` counts. With none of these, a ``;`` ends the head.

**Facts** — after the separator, split at ``;``. When the text has no ``;`` at all, ``,`` splits
  too ("oboe, new to London" is two facts); so use ``;`` to keep a comma inside a fact
  ("grew up in Leipzig, Germany; loves Bartók"). Commas between digits (10,000) and anything
  inside ``(…)`` never split. A fact starting with "also", "both", "same", "me too"… is common
  ground; "loves", "cares about", "fan of"… is what they care about; "grew up", "studied",
  "used to"… is their story; anything else is "other". The German words work the same way
  ("auch", "beide", "wie ich"…; "liebt", "mag", "träumt von"…; "wuchs", "aufgewachsen",
  "studierte", "früher"…).

**Markers** — anywhere on the line, at the start of a word (after a space or ``(``):
  ``#tag``: letters, digits, ``-`` and ``_`` in any script; stored in lowercase.
  ``!text``: something I promised, up to the next marker or the line end. ``!ask …`` is an ask,
  ``!catch up …`` (or ``!catchup``, ``!catch-up``) a catch-up, anything else something to give
  (``!send …``). German kind words: ``!fragen`` (or ``!nachfragen``) is an ask; ``!treffen``,
  ``!wiedersehen``, ``!melden``, ``!austauschen`` a catch-up; ``!schicken``, ``!geben``…
  something to give.
  ``?text``: something they promised me, with the same kinds.

**Languages** — ``—``, ``:``, ``#``, ``!`` and ``?`` belong to no language. The kind words of
  English and German are always both understood, whatever language EventMate speaks: a line
  reads the same on every computer, and a German speaker's English habits keep working.
  A marker must touch its text: "great !" and "really ?" stay ordinary text.

**Notes** — whatever fits none of the above is kept as a note, e.g. text after a ``#tag`` that
  ended a promise. Nothing typed is ever lost: the whole line is also kept as it was typed.

**Caps** — one capture is one conversation in a break, so it yields at most
  :data:`MAX_FOLLOW_UPS` promises (each becomes a follow-up with a due date on Home: a paste
  of ``!x !x !x …`` must not bury the real ones), :data:`MAX_FACTS` facts and :data:`MAX_TAGS`
  tags. What is over a cap is kept, as typed, in the note.

Pasted notes: :func:`split_lines` turns many lines into captures, dropping list bullets
(``-``, ``•``, ``*``, ``1.``, ``2)``…). :func:`parse_capture` reads its input as a single line.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from typing import TypeVar

from eventmate.domain.kinds import Direction, FactKind, FollowUpKind
from eventmate.domain.text import LINE_MAX, TEXT_MAX, clean_line, clean_text, fold

_K = TypeVar("_K")

__all__ = [
    "MAX_FACTS",
    "MAX_FOLLOW_UPS",
    "MAX_TAGS",
    "Direction",
    "FactKind",
    "FollowUpKind",
    "ParsedCapture",
    "ParsedFact",
    "ParsedFollowUp",
    "parse_capture",
    "split_lines",
]

#: Most promises (``!…``/``?…``) one capture makes; 1-3 are usual, more is a paste accident.
MAX_FOLLOW_UPS = 10
#: Most facts one capture makes; beyond this a line is prose, kept whole in the note.
MAX_FACTS = 20
#: Most tags one capture adds.
MAX_TAGS = 20

# Longest head still read as a name; "Maria del Carmen García López de la Vega" has 8 words.
_NAME_MAX_WORDS = 8
# Without a separator a longer head is a sentence, not a recall cue, so it becomes a note.
_DESCRIPTOR_MAX_WORDS = 12

_OPEN = "(（"
_CLOSE = ")）"
# Latin, full-width (CJK) and Arabic punctuation, so captures in those scripts work alike.
_SEMICOLONS = ";；؛"
_COMMAS = ",，、،"
# A marker may follow these as well as a space: "(#lso)" is a tag.
_MARKER_OPENERS = "([{（"

_SEPARATOR = re.compile(
    r" ?—"  # em dash: never part of a name, spaced or not
    r"|(?: |(?<=[)）]))(?:-{1,3}|–)(?= |$)"  # hyphen(s) or en dash with space around
    r"| ?:(?= |$)|：",  # colon before a space or the end; full-width colon anywhere
)
# Symbol bullets of phone notes; a leading em dash is a separator (empty head), not a bullet.
_SYMBOL_BULLET = re.compile(r"[-–•◦▪‣●*+·] ")
_LINE_BULLET = re.compile(r"(?:[-–•◦▪‣●*+·]|\d{1,3}[.)])(?:\s+|$)")

# Lowercase particles allowed inside a name ("Ludwig van Beethoven", "Ahmad al-Hassan").
_PARTICLE = re.compile(
    r"(?:al|ap|av|bin|binti|da|dal|das|de|degli|dei|del|della|den|der|des|di|do|dos|du|e|el|"
    r"ibn|la|le|lo|mac|op|san|st|ten|ter|van|vom|von|y|zu|zum|zur)(?:[-'’]\w.*)?|[dl]['’]\w.*"
)


def _hint(words: str) -> re.Pattern[str]:
    """Pattern for hint words at the start of folded text, ending at a word boundary."""
    return re.compile(rf"(?:{words})(?![^\W_])")


# Hints match the folded text (lowercase, accents removed); the first matching kind wins.
# English first, then German (folded: "träumt" is "traumt", "für" is "fur"); both always.
_FACT_HINTS: tuple[tuple[FactKind, re.Pattern[str]], ...] = (
    (
        FactKind.COMMON_GROUND,
        _hint(
            "also|both|me too|same|we both|like me|in common|shared"
            "|auch|ich auch|beide|wir beide|genau wie ich|wie ich|genauso|gemeinsam|ebenfalls"
        ),
    ),
    (
        FactKind.CARES_ABOUT,
        _hint(
            "loves?|cares? about|passionate about|fan of|into|dreams of|hopes to|wants to"
            "|worried about|believes in"
            "|liebt|mag|begeistert|fan von|interessiert sich|traumt von|hofft|mochte"
            "|sorgt sich|glaubt an|schwarmt|engagiert sich"
        ),
    ),
    (
        FactKind.STORY,
        _hint(
            "grew up|was born|born in|stud(?:ied|ies)|moved|used to|lived|came from|started|once"
            "|wuchs|aufgewachsen|geboren|studiert(?:e)?|stammt aus|kommt aus|zog|umgezogen"
            "|lebte|fruher|hat angefangen|begann|damals|einst"
        ),
    ),
)
_FOLLOW_UP_HINTS: tuple[tuple[FollowUpKind, re.Pattern[str]], ...] = (
    (FollowUpKind.ASK, _hint("ask|fragen|nachfragen|frage")),
    (FollowUpKind.CATCH_UP, _hint("catch[ -]?up|treffen|wiedersehen|melden|austauschen")),
)


@dataclass(frozen=True, slots=True)
class ParsedFact:
    """A fact about the person, e.g. "loves Bartók" (cares about)."""

    kind: FactKind
    text: str


@dataclass(frozen=True, slots=True)
class ParsedFollowUp:
    """A promise: ``!text`` made by me (mine) or ``?text`` made to me (theirs)."""

    direction: Direction
    kind: FollowUpKind
    text: str


@dataclass(frozen=True, slots=True)
class ParsedCapture:
    """What one capture line means. Text fields are single-line, NFC, whitespace collapsed.

    Attributes:
        raw: The cleaned input, verbatim (NFC, controls removed), so nothing typed is lost.
        name: The person's name, if the head looks like one.
        descriptor: A recall cue ("cellist, red scarf") when the head is not a name.
        role: Role or instrument from ``(role, …)``.
        organization: Organisation or ensemble from ``(…, organisation)`` or ``(… @ …)``.
        facts: Facts after the separator, in typed order.
        tags: ``#tags`` in lowercase, first occurrence first, without duplicates.
        follow_ups: ``!`` and ``?`` promises in typed order.
        note: Text that fits nowhere else, or None.
    """

    raw: str
    name: str | None
    descriptor: str | None
    role: str | None
    organization: str | None
    facts: tuple[ParsedFact, ...]
    tags: tuple[str, ...]
    follow_ups: tuple[ParsedFollowUp, ...]
    note: str | None

    @property
    def person_label(self) -> str | None:
        """The name, else the descriptor: how the capture refers to the person."""
        return self.name if self.name is not None else self.descriptor


def parse_capture(text: str) -> ParsedCapture:
    """Parse one capture line. Never raises; newlines are read as spaces.

    Args:
        text: What the user typed. Cleaned with :func:`clean_text` first (so, like every
            free text, cut at ``TEXT_MAX`` characters).

    Returns:
        The structure found; see the module docstring for the grammar.
    """
    raw = clean_text(text).text
    line = " ".join(raw.split())  # single spaces keep the patterns simple and linear
    bullet = _SYMBOL_BULLET.match(line)
    if bullet:
        line = line[bullet.end() :]
    main, tags, follow_ups, leftovers = _extract_markers(line)

    head, body = _split_at_separator(main)
    name = descriptor = role = organization = None
    notes: list[str] = []
    head = head.strip()
    # A long unseparated head is prose, and a huge one cannot be a one-line field: keep as note.
    if len(head) > LINE_MAX or (body is None and len(head.split()) > _DESCRIPTOR_MAX_WORDS):
        notes.append(head)
    else:
        before, details = _split_details(head)
        if details is not None:
            role, organization = _split_role(details)
        person = _field(before)
        if person is not None and _looks_like_name(person):
            name = person
        elif person is not None and (named := _name_with_symbols(person)) is not None:
            # "Zoë Ng 🎻": the name, with the emoji kept beside it as a note.
            name, symbols = named
            notes.append(symbols)
        else:
            descriptor = person
    texts = [fact for part in _split_facts(body or "") if (fact := _field(part)) is not None]
    facts = tuple(
        ParsedFact(_hinted(fact, _FACT_HINTS, FactKind.OTHER), fact) for fact in texts[:MAX_FACTS]
    )
    if len(texts) > MAX_FACTS:
        notes.append("; ".join(texts[MAX_FACTS:]))
    notes.extend(leftovers)
    return ParsedCapture(
        raw=raw,
        name=name,
        descriptor=descriptor,
        role=role,
        organization=organization,
        facts=facts,
        tags=tags,
        follow_ups=follow_ups,
        note=_field(" ".join(notes)),
    )


def split_lines(text: str) -> list[str]:
    """Split pasted notes into capture lines, as typed on a phone during the break.

    Args:
        text: Any text; cleaned with :func:`clean_text` but never shortened.

    Returns:
        The non-blank lines, stripped, each without a leading list bullet (``- ``, ``• ``,
        ``* ``, ``1. ``, ``2) ``…). A line that is only a bullet is dropped.
    """
    lines: list[str] = []
    for line in clean_text(text, limit=sys.maxsize).text.splitlines():
        stripped = line.strip()
        bullet = _LINE_BULLET.match(stripped)
        if bullet:
            stripped = stripped[bullet.end() :]
        if stripped:
            lines.append(stripped)
    return lines


def _field(text: str) -> str | None:
    """One-line field value, or None when nothing is left; bidi controls go (they garble lists)."""
    cleaned = clean_line(text, limit=TEXT_MAX).text
    return cleaned or None


def _is_tag_char(ch: str) -> bool:
    return ch in "-_" or unicodedata.category(ch)[0] in "LNM"


def _is_marker(line: str, i: int) -> bool:
    """Whether ``line[i]`` starts a marker: ``#``, ``!`` or ``?`` at a word start, touching text."""
    ch = line[i]
    if ch not in "#!?" or i + 1 >= len(line):
        return False
    if i > 0 and line[i - 1] != " " and line[i - 1] not in _MARKER_OPENERS:
        return False  # C#, "wow!", https://x/?a=1 are ordinary text
    nxt = line[i + 1]
    if ch == "#":
        return unicodedata.category(nxt)[0] in "LN"
    # A letter, digit, emoji, currency sign, opening bracket or quote starts a promise;
    # punctuation ("!!", "?!") or "!=" is not one, nor an invisible format character, which
    # would leave the promise empty once bidi controls are removed.
    category = unicodedata.category(nxt)
    return category[0] in "LN" or category in {"So", "Sc", "Ps", "Pi"} or nxt in "\"'"


def _extract_markers(
    line: str,
) -> tuple[str, tuple[str, ...], tuple[ParsedFollowUp, ...], list[str]]:
    """Cut tags and follow-ups out of the line.

    Returns:
        The text before the first follow-up with tags removed, the tags, the follow-ups, and
        any text after the first follow-up that belongs to no marker (it becomes note text:
        where it belongs is unclear, so it is kept as typed).
    """
    main: list[str] = []
    leftovers: list[str] = []
    tags: dict[str, None] = {}  # a dict keeps first-seen order while removing duplicates
    follow_ups: list[ParsedFollowUp] = []
    over: list[str] = []  # markers beyond the caps
    n = len(line)
    start = i = 0
    while i < n:
        if not _is_marker(line, i):
            i += 1
            continue
        (leftovers if follow_ups else main).append(line[start:i])
        j = i + 1
        if line[i] == "#":
            while j < n and _is_tag_char(line[j]):
                j += 1
            tag = unicodedata.normalize("NFC", line[i + 1 : j].lower())
            if tag in tags or len(tags) < MAX_TAGS:
                tags.setdefault(tag, None)
            else:
                over.append(line[i:j])  # over the cap: kept as typed, in the note
        else:
            while j < n and not _is_marker(line, j):
                j += 1
            if len(follow_ups) < MAX_FOLLOW_UPS:
                follow_ups.append(_follow_up(line[i], line[i + 1 : j]))
            else:
                over.append(line[i:j])
        start = i = j
    (leftovers if follow_ups else main).append(line[start:])
    notes = [text for part in leftovers if (text := _field(part)) is not None]
    if over:
        notes.append(" ".join(over))
    return " ".join(main), tuple(tags), tuple(follow_ups), notes


def _follow_up(marker: str, text: str) -> ParsedFollowUp:
    direction = Direction.MINE if marker == "!" else Direction.THEIRS
    cleaned = _field(text) or ""  # never empty: a marker must touch its text
    # The kind word stays in the text: "ask about the audition" reads as a to-do as it is.
    kind = _hinted(cleaned, _FOLLOW_UP_HINTS, FollowUpKind.GIVE)
    return ParsedFollowUp(direction, kind, cleaned)


def _hinted(text: str, hints: tuple[tuple[_K, re.Pattern[str]], ...], default: _K) -> _K:
    """The first kind whose hint starts ``text`` (accent- and case-insensitive), else default."""
    folded = fold(text)
    return next((kind for kind, hint in hints if hint.match(folded)), default)


def _paren_pairs(text: str) -> dict[int, int]:
    """Map each closing parenthesis to its opening one; an unclosed "(" is left out."""
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for i, ch in enumerate(text):
        if ch in _OPEN:
            stack.append(i)
        elif ch in _CLOSE and stack:
            pairs[i] = stack.pop()
    return pairs


def _inside_parens(text: str) -> bytearray:
    """Mark the characters in a *closed* pair of parentheses (an unclosed one is ordinary text)."""
    delta = [0] * (len(text) + 1)
    for close, open_ in _paren_pairs(text).items():
        delta[open_] += 1
        delta[close + 1] -= 1
    mask = bytearray(len(text))
    depth = 0
    for i in range(len(text)):
        depth += delta[i]
        mask[i] = depth > 0
    return mask


def _split_at_separator(text: str) -> tuple[str, str | None]:
    """Split into head and body at the first separator outside parentheses; body None if none."""
    inside = _inside_parens(text)
    for match in _SEPARATOR.finditer(text):
        if not inside[match.start()]:
            return text[: match.start()], text[match.end() :]
    for i, ch in enumerate(text):
        if ch in _SEMICOLONS and not inside[i]:
            return text[:i], text[i + 1 :]
    return text, None


def _split_details(head: str) -> tuple[str, str | None]:
    """Split "Anna (viola, LSO)" into "Anna" and "viola, LSO"; only parens closing the head count.

    An unclosed "(" also opens details up to the separator ("Anna (viola — …" forgives the typo);
    parentheses in the middle of a head ("man with a (big) scarf") stay part of it.
    """
    pairs = _paren_pairs(head)
    if (start := pairs.get(len(head) - 1)) is not None:
        return head[:start], head[start + 1 : -1]
    opened = set(pairs.values())
    for i, ch in enumerate(head):
        if ch in _OPEN and i not in opened:
            return head[:i], head[i + 1 :]
    return head, None


def _split_role(details: str) -> tuple[str | None, str | None]:
    """Role and organisation from the text in parentheses: "viola, LSO" or "viola @ LSO"."""
    at = details.find("@")
    if at < 0:
        at = next((i for i, ch in enumerate(details) if ch in _COMMAS + _SEMICOLONS), -1)
    if at < 0:
        return _field(details), None
    # The organisation is kept verbatim ("LSO, London"): rejoining parts could invent characters.
    return _field(details[:at]), _field(details[at + 1 :])


def _split_facts(body: str) -> list[str]:
    """Split the body into facts at ``;`` (or also ``,`` when there is no ``;``), outside parens."""
    splitters = _SEMICOLONS if any(ch in body for ch in _SEMICOLONS) else _SEMICOLONS + _COMMAS
    inside = _inside_parens(body)
    parts: list[str] = []
    start = 0
    for i, ch in enumerate(body):
        if ch in splitters and not inside[i]:
            if ch in _COMMAS and body[i - 1 : i].isdigit() and body[i + 1 : i + 2].isdigit():
                continue  # 10,000 or 1,5 is a number, not two facts
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts


def _looks_like_name(head: str) -> bool:
    """Whether the head reads as a name rather than a descriptor (see the module docstring)."""
    words = head.split()
    if len(words) > _NAME_MAX_WORDS or any(ch in _COMMAS for ch in head):
        return False
    first = _first_letter(head)
    if first is None or first.islower():
        return False
    return all(_is_name_word(word) for word in words)


def _name_with_symbols(head: str) -> tuple[str, str] | None:
    """A name among symbol-only words ("Zoë Ng 🎻", "★ Anna Lee"): (name, the symbols)."""
    words = head.split()
    symbols = [w for w in words if not any(ch.isalnum() for ch in w)]
    named = [w for w in words if any(ch.isalnum() for ch in w)]
    if not symbols or not named:
        return None
    name = " ".join(named)
    return (name, " ".join(symbols)) if _looks_like_name(name) else None


def _is_name_word(word: str) -> bool:
    letter = _first_letter(word)
    if letter is None:
        return False  # "&", "🎻", "2": a cue, not part of a name
    if not letter.islower():
        return True  # capitalised, or a script without case
    # "van", and "al-Hassan", "d'Artagnan": a lowercase particle glued to a capitalised part.
    return _PARTICLE.fullmatch(word.casefold()) is not None


def _first_letter(text: str) -> str | None:
    return next((ch for ch in text if ch.isalpha()), None)
