"""Writing vCard 3.0 (default) or 4.0 files that other address books import cleanly.

Output is UTF-8 with CRLF line ends, folded at 75 octets on character boundaries (RFC 6350
§3.2) unless ``fold=False``, for importers that choke on folding (some Android and Nextcloud
versions). Everything written is read back identically by :func:`read_vcards`.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import re
import sys
from collections.abc import Callable, Iterable
from typing import Literal

from eventmate.domain.text import are_clean_lines, clean_line, clean_text
from eventmate.interop.vcard_facts import FACT_PROPERTY, clean_facts, note_with_facts
from eventmate.interop.vcard_labels import type_label
from eventmate.interop.vcard_model import (
    PRODID,
    ContactFields,
    PersonFields,
    VCardContactMethod,
    VCardFact,
    VCardPerson,
)

_FOLD_OCTETS = 75
# The writer never shortens what the user stored; the limits are for reading.
_NO_LIMIT = sys.maxsize
_PREFIXES = frozenset(
    {"dr.", "dr", "prof.", "prof", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir"}
)
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "phd", "ph.d.", "md", "esq."})
# Standard TYPE values other clients understand; any other label is written as X-ABLabel.
_KNOWN_TYPES = {
    "email": frozenset({"home", "work"}),
    "phone": frozenset(
        {"home", "work", "cell", "fax", "pager", "video", "car", "isdn", "bbs", "modem", "pcs"}
        | {"msg", "textphone", "main", "iphone", "other"}
    ),
    "url": frozenset({"home", "work"}),
}
_PROPERTY = {"email": "EMAIL", "phone": "TEL", "url": "URL", "social": "X-SOCIALPROFILE"}
_TOKEN_RE = re.compile(r"[a-z0-9-]+")
_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NO_YEAR_RE = re.compile(r"--(\d{2})-(\d{2})")
# An escape sequence stays on one physical line: unfolding rejoins it anyway, but some naive
# importers unescape line by line.
_ESCAPE_RE = re.compile(rb"\\[\\,;nN]")
# Apple's convention for a birthday without a year in vCard 3.0, which has no such date.
_NO_YEAR = "1604"
_IMAGE_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "PNG", "image/png"),
    (b"GIF87a", "GIF", "image/gif"),
    (b"GIF89a", "GIF", "image/gif"),
    (b"BM", "BMP", "image/bmp"),
)


def write_vcards(
    people: Iterable[PersonFields],
    *,
    version: Literal["3.0", "4.0"] = "3.0",
    fold: bool = True,
) -> bytes:
    """Write people as one vCard file.

    Args:
        people: The people to write, one card each, in order (:class:`VCardPerson` or any
            record with its fields).
        version: ``"3.0"`` (widest import support) or ``"4.0"``.
        fold: Fold lines longer than 75 octets; ``False`` writes each property on one line.

    Returns:
        The file's bytes (UTF-8, CRLF, no BOM); empty for no people.

    Raises:
        ValueError: For a version other than ``"3.0"`` or ``"4.0"``.
    """
    if version not in ("3.0", "4.0"):
        raise ValueError(f"unsupported vCard version: {version!r}")
    data = "".join([card_text(person, version) for person in people]).encode("utf-8")
    return fold_lines(data) if fold else data


def card_text(person: PersonFields, version: str, *, shortcut: bool = True) -> str:
    """One card, every line ending in CRLF, not folded yet.

    Every value is cleaned (:func:`clean_line`, or :func:`clean_text` for the note) and escaped.
    The ``shortcut`` skips both for a card whose one-line values one check shows to be clean
    already and free of characters to escape: the usual case when exporting stored people
    (100k of them in seconds). ``shortcut=False`` does every step; the output is the same.
    """
    values = _line_values(person)
    if not (shortcut and are_clean_lines(values, limit=None)):
        person = _cleaned(person)
        values = _line_values(person)
    escape = _escape if not shortcut or _needs_escape(values) else _same
    note = clean_text(person.note, limit=_NO_LIMIT).text if person.note else ""
    facts = clean_facts(person.facts) if person.facts else ()
    return "\r\n".join(_card_lines(person, note, facts, version, escape))


def _line_values(person: PersonFields) -> tuple[str, ...]:
    """Every one-line value of the card, for checks that cover them all at once."""
    return (
        person.name,
        person.pronunciation,
        person.role,
        person.organization,
        person.nickname,
        person.birthday,
        person.uid,
        *person.categories,
        *[part for m in person.contact_methods for part in (m.value, m.label)],
    )


def _needs_escape(values: tuple[str, ...]) -> bool:
    joined = "".join(values)
    return "\\" in joined or "," in joined or ";" in joined


def _same(text: str) -> str:
    return text


def _cleaned(person: PersonFields) -> VCardPerson:
    """The person with every one-line value as :func:`clean_line` leaves it."""
    return VCardPerson(
        name=_line(person.name),
        pronunciation=_line(person.pronunciation),
        role=_line(person.role),
        organization=_line(person.organization),
        note=person.note,
        nickname=_line(person.nickname),
        birthday=_line(person.birthday),
        contact_methods=tuple(
            VCardContactMethod(m.kind, _line(m.value), _line(m.label))
            for m in person.contact_methods
        ),
        categories=tuple(_line(tag) for tag in person.categories),
        uid=_line(person.uid),
        photo=person.photo,
        facts=tuple(VCardFact(fact.kind, fact.text) for fact in person.facts),
    )


def _line(text: str) -> str:
    return clean_line(text, limit=_NO_LIMIT).text


def _escape(text: str) -> str:
    """Escape a text value (RFC 6350 §3.4, same rules as RFC 2426 for 3.0)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _escape_uri(text: str) -> str:
    """Escape a URI value: only backslashes, so that the value reads back unchanged.

    Commas and semicolons stay literal in single-valued URI properties, as Apple, Android and
    ez-vcard write them; readers that do not unescape URIs then still get a working link.
    """
    return text.replace("\\", "\\\\")


def _card_lines(
    person: PersonFields,
    note: str,
    facts: tuple[VCardFact, ...],
    version: str,
    escape: Callable[[str], str],
) -> list[str]:
    """The lines of a card whose one-line values are clean, the last one empty (for a CRLF).

    ``escape`` escapes a text value; :func:`_same` when no value of this card needs it. The
    facts go into the note (for every address book) and into EventMate's own property.
    """
    lines = [f"BEGIN:VCARD\r\nVERSION:{version}\r\nPRODID:{PRODID}"]
    methods = [m for m in person.contact_methods if m.kind in _PROPERTY and m.value]
    name = person.name or person.organization
    if not name:
        name = next((m.value for m in methods if m.kind == "email"), "")
    parts = _name_parts(person.name)
    lines.append(f"FN:{escape(name)}")
    lines.append("N:" + ";".join(parts if escape is _same else map(escape, parts)))
    pronunciation = person.pronunciation
    if pronunciation:
        first, last = _split_name(pronunciation)
        if first:
            lines.append(f"X-PHONETIC-FIRST-NAME:{escape(first)}")
        if last:
            lines.append(f"X-PHONETIC-LAST-NAME:{escape(last)}")
    if person.nickname:
        lines.append(f"NICKNAME:{escape(person.nickname)}")
    if person.organization:
        lines.append(f"ORG:{escape(person.organization)}")
    if person.role:
        lines.append(f"TITLE:{escape(person.role)}")
    if person.birthday:
        lines.append(_birthday(person.birthday, version))
    group = 0
    for method in methods:
        method_lines = _method_lines(method, group + 1, escape)
        group += len(method_lines) - 1
        lines += method_lines
    if any(person.categories):
        lines.append("CATEGORIES:" + ",".join([escape(tag) for tag in person.categories if tag]))
    note = note_with_facts(note, facts)
    if note:
        lines.append(f"NOTE:{_escape(note)}")
    lines += [f"{FACT_PROPERTY};TYPE={fact.kind}:{_escape(fact.text)}" for fact in facts]
    if person.uid:
        lines.append(f"UID:{escape(person.uid)}")
    if person.photo:
        lines.append(_photo(person.photo, version))
    lines += ("END:VCARD", "")
    return lines


def _name_parts(name: str) -> tuple[str, str, str, str, str]:
    """Best-effort N components (family, given, additional, prefix, suffix) of a full name.

    Titles such as "Dr." and suffixes such as "Jr." are recognised so that they do not become
    the family name; of the rest, the last word is the family name.
    """
    given, _, family = name.rpartition(" ")
    if name.partition(" ")[0].casefold() not in _PREFIXES and family.casefold() not in _SUFFIXES:
        # No title and no suffix (most names): the last word is the family name.
        return (family, given, "", "", "") if given else ("", family, "", "", "")
    words = name.split(" ")
    prefixes: list[str] = []
    suffixes: list[str] = []
    while len(words) > 1 and words[0].casefold() in _PREFIXES:
        prefixes.append(words.pop(0))
    while len(words) > 1 and words[-1].casefold() in _SUFFIXES:
        suffixes.insert(0, words.pop())
    if suffixes and words[-1].endswith(","):
        words[-1] = words[-1][:-1]  # "Smith, Jr."
    given, family = _split_name(" ".join(words))
    return family, given, "", " ".join(prefixes), " ".join(suffixes)


def _split_name(name: str) -> tuple[str, str]:
    """Best-effort (given, family): the last word is the family name; one word is a given name."""
    given, _, family = name.rpartition(" ")
    return (given, family) if given else (family, "")


def _birthday(value: str, version: str) -> str:
    full = _ISO_DATE_RE.fullmatch(value)
    no_year = _NO_YEAR_RE.fullmatch(value)
    # Only real dates get a date form; "2023-02-30" stays text so it reads back as written.
    if full and not _valid_date(*full.groups()):
        full = None
    if no_year and not _valid_date("2000", *no_year.groups()):  # 2000: leap year, --02-29
        no_year = None
    if version == "4.0":
        # RFC 6350 §4.3.1 dates use the ISO 8601 basic format: 19850412, --0412.
        if full:
            return "BDAY:" + "".join(full.groups())
        if no_year:
            return "BDAY:--" + "".join(no_year.groups())
        return f"BDAY;VALUE=text:{_escape(value)}"
    if full:
        return f"BDAY:{value}"
    if no_year:
        month, day = no_year.groups()
        return f"BDAY;X-APPLE-OMIT-YEAR={_NO_YEAR}:{_NO_YEAR}-{month}-{day}"
    return f"BDAY:{_escape(value)}"


def _valid_date(year: str, month: str, day: str) -> bool:
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _method_lines(method: ContactFields, group: int, escape: Callable[[str], str]) -> list[str]:
    """One property, plus an ``itemN.X-ABLabel`` when the label is not a standard TYPE."""
    prop = _PROPERTY[method.kind]
    value = method.value
    escaped = escape(value) if method.kind in ("email", "phone") else _escape_uri(value)
    label = method.label
    if not label:
        return [f"{prop}:{escaped}"]
    types = _type_list(method.kind, label)
    if types is not None:
        return [f"{prop};TYPE={types}:{escaped}"]
    return [f"item{group}.{prop}:{escaped}", f"item{group}.X-ABLabel:{_escape(label)}"]


@functools.lru_cache(maxsize=1024)
def _type_list(kind: str, label: str) -> str | None:
    """The TYPE list that reads back as exactly ``label``, or None (an X-ABLabel is needed).

    Only standard types qualify; anything else (custom labels, capitals, "mobile") goes into
    Apple's X-ABLabel, which Google, khard and Nextcloud read too. Cached: a few labels
    cover almost every contact method.
    """
    types = label.split(" ")
    known = _KNOWN_TYPES.get(kind)
    fits = all(t in known for t in types) if known else all(_TOKEN_RE.fullmatch(t) for t in types)
    return ",".join(types) if fits and type_label(kind, types) == label else None


def _photo(data: bytes, version: str) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    kind = next((k for k in _IMAGE_SIGNATURES if data.startswith(k[0])), None)
    if kind is None and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        kind = (b"", "WEBP", "image/webp")
    if version == "4.0":
        media = kind[2] if kind else "application/octet-stream"
        # The comma stays literal: RFC 6350's own examples and nearly all readers expect it.
        return f"PHOTO:data:{media};base64,{encoded}"
    if kind:
        return f"PHOTO;ENCODING=b;TYPE={kind[1]}:{encoded}"
    return f"PHOTO;ENCODING=b:{encoded}"


def fold_lines(data: bytes) -> bytes:
    """Fold every CRLF-separated line of ``data`` that is longer than 75 octets."""
    lines = data.split(b"\r\n")
    if max(map(len, lines)) <= _FOLD_OCTETS:
        return data
    return b"\r\n".join([line if len(line) <= _FOLD_OCTETS else _fold(line) for line in lines])


def _fold(line: bytes) -> bytes:
    """Fold a UTF-8 line at 75 octets, never inside a character or an escape sequence.

    Works on the octets: a piece ends at the last place within the limit that is neither a
    UTF-8 continuation octet nor the second half of an escape (``\\n``, ``\\,`` …; found
    left to right as a reader would, so ``\\\\n`` is an escaped backslash and an ``n``).
    Every long NOTE (facts included) goes through here: per-character work cost seconds.
    """
    inside = {match.start() + 1 for match in _ESCAPE_RE.finditer(line)}
    pieces = []
    start, limit = 0, _FOLD_OCTETS
    while len(line) - start > limit:
        cut = start + limit
        while cut in inside or 0x80 <= line[cut] < 0xC0:
            cut -= 1
        pieces.append(line[start:cut])
        start, limit = cut, _FOLD_OCTETS - 1
    pieces.append(line[start:])
    return b"\r\n ".join(pieces)
