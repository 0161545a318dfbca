"""Reading vCard 2.1, 3.0 and 4.0 files the way real clients write them.

The parser is written by hand because vobject rejects what phones and mail programs actually
export (vCard 2.1 quoted-printable with soft line breaks, a UTF-8 BOM, octet-folded lines).
It works on bytes up to the property value and decodes every value on its own, because one
file can mix UTF-8, a declared ``CHARSET`` and undeclared Windows-1252 (Outlook).

Every card is read independently: a broken card is reported in ``skipped`` with its position
and the others are still imported. :func:`read_vcards` never raises for any input.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import datetime as dt
import functools
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from eventmate.domain.text import Cleaned, clean_line, clean_text

#: Largest photo kept, in decoded bytes; larger photos are dropped with a warning.
PHOTO_MAX_BYTES = 1024 * 1024
#: Most cards read from one file; the rest are reported, not read.
MAX_CARDS = 200_000
#: Most problems of each kind listed; more are summed up in one last entry.
MAX_PROBLEMS = 1_000

# A property name and its parameters never need more than this; a longer "header" means the
# line is not a property at all (and bounds the work done on hostile input).
_HEADER_MAX = 8_192
_SNIPPET_MAX = 80
_OUTSIDE = "text outside any card was ignored"
# Text values are cut at this many bytes before decoding (a note keeps 100,000 characters,
# at most 1.2 MB even as quoted-printable UTF-8), and lists at this many values.
_VALUE_MAX = 2_000_000
_MAX_VALUES = 1_000

# The header runs up to the first colon outside double quotes (a quoted parameter value may
# hold a colon). The two alternatives start with different characters, so matching is linear.
_HEADER_RE = re.compile(rb'(?:[^:"]|"[^"]*")*')
_NAME_RE = re.compile(r"[A-Za-z0-9-]+")
# ENCODING=QUOTED-PRINTABLE or 2.1's bare ;QUOTED-PRINTABLE (likewise for base64), but not a
# TYPE value that happens to spell the same.
_QP_HEADER_RE = re.compile(rb'(?i);\s*(?:encoding\s*=\s*)?"?quoted-printable"?\s*(?=;|$)')
_B64_HEADER_RE = re.compile(rb'(?i);\s*(?:encoding\s*=\s*)?"?(?:b|base64)"?\s*(?=;|$)')
# vCard 2.1 (and some Outlook versions) may continue base64 on lines that are not indented;
# such a line has no colon, so it can never be mistaken for a property.
_B64_LINE_RE = re.compile(rb"[A-Za-z0-9+/=]+[ \t]*")
_NOT_B64_RE = re.compile(rb"[^A-Za-z0-9+/_-]")
_BARE_B64_IMAGES = (b"/9j/", b"iVBORw0KGgo")  # base64 of the JPEG and PNG signatures
_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)
_SPLIT_RE = {sep: re.compile(r"\\.|" + re.escape(sep), re.DOTALL) for sep in ";,"}
_CARET_RE = re.compile(r"\^([n'^])")
_APPLE_LABEL_RE = re.compile(r"_\$!<(.*)>!\$_")
_DATE_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?", re.DOTALL)
_NO_YEAR_RE = re.compile(r"--(\d{2})-?(\d{2})")

# Full vCard 3.0/4.0 unescaping. "\:" is not legal, but Google escapes colons in exports.
_TEXT_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
# Quoted-printable writers (Android, Outlook) do not backslash-escape; only undo the escapes
# that cannot occur by accident, so a Windows path such as C:\new survives.
_QP_ESCAPES = {"\\": "\\", ",": ",", ";": ";"}
_CARET_ESCAPES = {"n": "\n", "'": '"', "^": "^"}

_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_VALUE_KINDS = frozenset({"INLINE", "URL", "URI", "CONTENT-ID", "CID"})
# Codecs Python knows but that are not character sets: a CHARSET naming them is ignored.
_BAD_CODECS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})

# TYPE values that say nothing a person would call a label.
_NOISE_TYPES = frozenset({"pref", "voice", "internet", "x400", "text", "uri"})
_TYPE_ALIASES = {"mobile": "cell", "cellular": "cell"}
# Apple's built-in labels, written as _$!<Name>!$_ in X-ABLabel (Google writes some bare, as
# "homePage"); any capitalisation of these reads as EventMate's own lower-case label.
_BUILTIN_LABELS = {
    "home": "home",
    "work": "work",
    "other": "other",
    "main": "main",
    "pager": "pager",
    "fax": "fax",
    "cell": "cell",
    "mobile": "cell",
    "iphone": "iphone",
    "homepage": "homepage",
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "other fax",
}
# Instant-messaging and social properties of Android, Apple, Evolution, khard and Outlook.
_SOCIAL_PROPERTIES = {
    "X-AIM": "aim",
    "X-FACEBOOK": "facebook",
    "X-GADUGADU": "gadugadu",
    "X-GOOGLE-TALK": "gtalk",
    "X-GROUPWISE": "groupwise",
    "X-GTALK": "gtalk",
    "X-ICQ": "icq",
    "X-INSTAGRAM": "instagram",
    "X-JABBER": "jabber",
    "X-LINKEDIN": "linkedin",
    "X-MASTODON": "mastodon",
    "X-MATRIX": "matrix",
    "X-MS-IMADDRESS": "im",
    "X-MSN": "msn",
    "X-QQ": "qq",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-TWITTER": "twitter",
    "X-YAHOO": "yahoo",
}
# URI schemes that add nothing to the value the user sees (4.0 tel: URIs, Apple's x-apple:).
_URI_PREFIXES = {"phone": "tel:", "email": "mailto:", "social": "x-apple:"}
# Google puts every contact in its system group "myContacts"; it is not a tag anyone chose.
_IGNORED_CATEGORIES = frozenset({"mycontacts"})


@dataclass(frozen=True, slots=True)
class VCardContactMethod:
    """One way to reach a person.

    Attributes:
        kind: ``"email"``, ``"phone"``, ``"url"`` or ``"social"`` (IM handles, social profiles).
        value: The address, number, URL or handle (``tel:`` and ``mailto:`` removed).
        label: A lower-case type such as ``"work"``, ``"cell"``, ``"home fax"``, a service such as
            ``"skype"``, a custom label as written (Apple/Google ``X-ABLabel``), or ``""``.
    """

    kind: str
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class VCardPerson:
    """The parts of a vCard that EventMate keeps for a person.

    Attributes:
        name: ``FN``, else built from ``N``, else the organisation, else the first e-mail.
        pronunciation: From ``X-PHONETIC-FIRST/MIDDLE/LAST-NAME`` (Android, Apple) or the
            DoCoMo ``SOUND;X-IRMC-N``, or ``""``.
        role: ``TITLE``, else ``ROLE``.
        organization: ``ORG`` components joined with ``", "``.
        note: All ``NOTE`` properties, separated by a blank line.
        nickname: All nicknames joined with ``", "``.
        birthday: ``YYYY-MM-DD`` or ``--MM-DD`` (no year) when the value is a date, else as
            written (``"circa 1800"``), or ``""``.
        contact_methods: E-mail addresses, phone numbers, URLs and social handles in file order.
        categories: ``CATEGORIES`` values, to become tags.
        uid: ``UID`` as written, or ``""``.
        photo: The embedded photo's bytes, or ``None`` (no photo, a link, or too large).
    """

    name: str
    pronunciation: str
    role: str
    organization: str
    note: str
    nickname: str
    birthday: str
    contact_methods: tuple[VCardContactMethod, ...]
    categories: tuple[str, ...]
    uid: str
    photo: bytes | None


@dataclass(frozen=True, slots=True)
class CardProblem:
    """Why a card was skipped, or what was lost while reading it.

    Attributes:
        index: 0-based position of the card among the ``BEGIN:VCARD`` of the file, or ``-1`` for
            a problem with the file itself (too large, no card, text outside cards).
        line: 1-based line in the file where the card or the faulty property starts, or ``0``
            when the problem concerns the whole file.
        reason: A sentence for the user.
        snippet: The start of the offending line or the card's name, cleaned for display.
    """

    index: int
    line: int
    reason: str
    snippet: str


@dataclass(frozen=True, slots=True)
class VCardReadResult:
    """Everything read from one vCard file.

    Attributes:
        people: The cards that could be read, in file order.
        skipped: Cards (or the whole file) that were not imported, with the reason.
        warnings: Cards that were imported with something left out or changed.
    """

    people: tuple[VCardPerson, ...]
    skipped: tuple[CardProblem, ...]
    warnings: tuple[CardProblem, ...]


def type_label(kind: str, types: Iterable[str]) -> str:
    """Turn TYPE parameter values into the label EventMate shows.

    Args:
        kind: The contact method kind the types belong to.
        types: TYPE values in any spelling (``WORK``, ``x-Studio``, ``cell``).

    Returns:
        The meaningful types, lower case, space separated (``"home fax"``), or ``""``.
    """
    noise = frozenset({"pref"}) if kind == "social" else _NOISE_TYPES
    words: list[str] = []
    for raw in types:
        word = clean_line(raw).text.lower()
        # Android writes custom 2.1 labels as X-<label>; the prefix means nothing to a user.
        word = word.removeprefix("x-")
        word = _TYPE_ALIASES.get(word, word)
        if word and word not in noise and word not in words:
            words.append(word)
    # Apple marks iPhone numbers TYPE=IPHONE,CELL; "iphone" is the label its users picked.
    if "iphone" in words and "cell" in words:
        words.remove("cell")
    return _apple_label(" ".join(words))


def read_vcards(data: bytes, *, max_bytes: int = 50_000_000) -> VCardReadResult:
    """Read every card of a vCard file (versions 2.1, 3.0 and 4.0).

    Args:
        data: The file's bytes, in any line ending, with or without a BOM.
        max_bytes: Larger files are not read at all (reported in ``skipped``).

    Returns:
        The people read, the cards skipped and the warnings, each with card index and line.
        Never raises: anything unreadable becomes a :class:`CardProblem`.
    """
    report = _Report()
    try:
        _read_file(data, max_bytes, report)
    except Exception:  # untrusted input must never crash an import
        report.skip(-1, 0, "internal error while reading the file; nothing was imported", "")
        return VCardReadResult((), tuple(report.skipped), tuple(report.warnings))
    return VCardReadResult(tuple(report.people), tuple(report.skipped), tuple(report.warnings))


# --------------------------------------------------------------------------------------------
# File level: bytes, lines, cards


@dataclass(slots=True)
class _Line:
    """One logical (unfolded) line and the physical line where it starts."""

    data: bytes
    number: int


@dataclass(slots=True)
class _Report:
    """Collects results and problems, capping the problem lists for hostile files."""

    people: list[VCardPerson] = field(default_factory=list)
    skipped: list[CardProblem] = field(default_factory=list)
    warnings: list[CardProblem] = field(default_factory=list)
    more_skipped: int = 0
    more_warnings: int = 0

    def skip(self, index: int, line: int, reason: str, snippet: str) -> None:
        if len(self.skipped) < MAX_PROBLEMS:
            self.skipped.append(CardProblem(index, line, reason, snippet))
        else:
            self.more_skipped += 1

    def warn(self, index: int, line: int, reason: str, snippet: str) -> None:
        self.add_warning(CardProblem(index, line, reason, snippet))

    def add_warning(self, problem: CardProblem) -> None:
        if len(self.warnings) < MAX_PROBLEMS:
            self.warnings.append(problem)
        else:
            self.more_warnings += 1

    def finish(self) -> None:
        if self.more_skipped:
            self.skipped.append(
                CardProblem(-1, 0, f"{self.more_skipped} more cards were skipped", "")
            )
        if self.more_warnings:
            self.warnings.append(CardProblem(-1, 0, f"{self.more_warnings} more warnings", ""))


def _read_file(data: bytes, max_bytes: int, report: _Report) -> None:
    if not isinstance(data, bytes | bytearray | memoryview):
        report.skip(-1, 0, "not a file's bytes", "")
        return
    data = bytes(data)
    if len(data) > max_bytes:
        limit = f"{max_bytes / 1_000_000:g} MB"
        report.skip(-1, 0, f"the file is larger than the {limit} import limit", "")
        return
    data = _to_utf8_compatible(data)
    cards = 0
    garbage: _Line | None = None
    for index, begin, lines, closed in _cards(_logical_lines(data.splitlines())):
        if index < 0:
            garbage = garbage or lines[0]
            continue
        if garbage:
            # Text between cards is common (mail signatures, editors) and harmless; say it once.
            report.warn(-1, garbage.number, _OUTSIDE, _snippet(garbage.data))
            garbage = None
        cards += 1
        if cards > MAX_CARDS:
            report.skip(index, begin, f"more than {MAX_CARDS} cards; the rest was not read", "")
            break
        if not closed:
            snippet = _card_snippet(lines)
            report.skip(index, begin, "the card never ends (no END:VCARD)", snippet)
            continue
        try:
            person = _Card(index, begin, report).build(lines)
        except Exception:  # one odd card must not stop the others
            report.skip(index, begin, "internal error while reading this card", "")
            continue
        if person is not None:
            report.people.append(person)
    if garbage and cards:
        report.warn(-1, garbage.number, _OUTSIDE, _snippet(garbage.data))
    if not cards:
        first = data.lstrip()[:_SNIPPET_MAX]
        reason = "the file is empty" if not first else "no vCard (BEGIN:VCARD) found in the file"
        report.skip(-1, 1 if first else 0, reason, _snippet(first))
    report.finish()


def _to_utf8_compatible(data: bytes) -> bytes:
    """Strip a UTF-8 BOM and re-encode UTF-16 files, so that the syntax is plain ASCII bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16"
    elif data.startswith(b"B\x00E\x00"):
        # Windows tools sometimes write UTF-16 without a BOM; BEGIN gives it away.
        codec = "utf-16-le"
    elif data.startswith(b"\x00B\x00E"):
        codec = "utf-16-be"
    else:
        return data
    return data.decode(codec, "replace").encode("utf-8", "replace")


def _is_marker(data: bytes) -> bool:
    return data.strip().upper() in (b"BEGIN:VCARD", b"END:VCARD")


def _logical_lines(physical: list[bytes]) -> Iterator[_Line]:
    """Unfold physical lines: folding, 2.1 quoted-printable soft breaks and bare base64 lines."""
    parts: list[bytes] = []
    start = 0
    qp = b64 = False
    for number, line in enumerate(physical, 1):
        if parts:
            last = parts[-1]
            if qp and last.rstrip(b" \t").endswith(b"=") and not _is_marker(line):
                # Soft line break: the "=" and the line end are not part of the value.
                parts[-1] = last.rstrip(b" \t")[:-1]
                parts.append(line)
                continue
            if line[:1] in (b" ", b"\t") and not (len(parts) == 1 and _is_marker(parts[0])):
                parts.append(line[1:])
                continue
            if not line:
                # Blank lines end 2.1 base64 blocks and appear between cards; a following
                # indented line still continues the property (files converted CRLF to CRCRLF).
                continue
            if b64 and _B64_LINE_RE.fullmatch(line):
                parts.append(line)
                continue
            yield _Line(b"".join(parts), start)
            parts = []
        if not line.strip():
            continue
        parts = [line]
        start = number
        header = line.split(b":", 1)[0] if b":" in line else b""
        qp = bool(_QP_HEADER_RE.search(header))
        b64 = bool(_B64_HEADER_RE.search(header))
    if parts:
        yield _Line(b"".join(parts), start)


def _cards(lines: Iterator[_Line]) -> Iterator[tuple[int, int, list[_Line], bool]]:
    """Group logical lines into cards.

    Yields:
        ``(index, begin_line, lines, closed)`` per card, and ``(-1, number, [line], False)`` for
        each line outside any card.
    """
    index = -1
    current: list[_Line] | None = None
    begin = 0
    nested = 0
    for line in lines:
        # Only short lines can be markers; skips copying multi-megabyte photo lines.
        marker = line.data.strip().upper() if len(line.data) < 64 else b""
        if current is None:
            if marker == b"BEGIN:VCARD":
                index += 1
                current, begin = [], line.number
            else:
                yield -1, line.number, [line], False
            continue
        if nested:
            # A 2.1 AGENT property embeds a whole card; it is not a separate person.
            nested += 1 if marker == b"BEGIN:VCARD" else -1 if marker == b"END:VCARD" else 0
            continue
        if marker == b"END:VCARD":
            yield index, begin, current, True
            current = None
        elif marker == b"BEGIN:VCARD":
            last = current[-1].data.strip().upper() if current else b""
            if last.startswith(b"AGENT") and last.endswith(b":"):
                nested = 1
                continue
            yield index, begin, current, False
            index += 1
            current, begin = [], line.number
        else:
            current.append(line)
    if current is not None:
        yield index, begin, current, False


def _snippet(data: bytes) -> str:
    head = data[: _SNIPPET_MAX * 4]
    # The cut may split a UTF-8 character; drop its pieces rather than misread the whole line.
    text = next((t for t in map(_utf8_or_none, (head, head[:-1], head[:-2], head[:-3])) if t), None)
    text = text if text is not None else _decode_lenient(head)
    line = clean_line(text).text
    return line if len(line) <= _SNIPPET_MAX else line[: _SNIPPET_MAX - 1] + "…"


def _card_snippet(lines: list[_Line]) -> str:
    """The card's FN line if it has one (the most recognisable), else its first property."""
    for line in lines:
        if line.data[:3].upper() == b"FN:" or line.data[:3].upper() == b"FN;":
            return _snippet(line.data)
    useful = [line for line in lines if line.data[:7].upper() != b"VERSION"]
    return _snippet(useful[0].data) if useful else "BEGIN:VCARD"


# --------------------------------------------------------------------------------------------
# Text decoding


def _utf8_or_none(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_lenient(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


@functools.lru_cache(maxsize=64)
def _codec(charset: str) -> tuple[str, bool] | None:
    """Python codec for a CHARSET value and whether it is multi-byte, or None if unusable."""
    try:
        info = codecs.lookup(charset.strip().strip('"')[:40])
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _BAD_CODECS:
        return None
    try:
        probe = bytes(range(0x80, 0x100)).decode(info.name, "replace")
    except (UnicodeError, LookupError, ValueError, TypeError):
        return None
    # Single-byte charsets map each high byte to one character; others pair bytes up.
    return info.name, len(probe) != 0x80


def _qp_decode(raw: bytes) -> bytes:
    try:
        return binascii.a2b_qp(raw)
    except (binascii.Error, ValueError):
        return raw


def _b64_decode(raw: bytes) -> bytes | None:
    """Lenient base64: whitespace, URL-safe alphabet and missing padding are accepted."""
    compact = _NOT_B64_RE.sub(b"", raw).replace(b"-", b"+").replace(b"_", b"/")
    if len(compact) % 4 == 1:
        return None
    compact += b"=" * (-len(compact) % 4)
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None


def _unescape(text: str, table: dict[str, str]) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE_RE.sub(lambda m: table.get(m.group(1), m.group(0)), text)


def _split_unescaped(text: str, sep: str) -> tuple[list[str], bool]:
    """Split on ``sep`` where it is not backslash-escaped, keeping at most ``_MAX_VALUES`` parts.

    Returns:
        The parts, and whether parts beyond the limit were dropped.
    """
    if sep not in text:
        return [text], False
    parts: list[str] = []
    start = 0
    for match in _SPLIT_RE[sep].finditer(text):
        if match.group() == sep:
            parts.append(text[start : match.start()])
            start = match.end()
            if len(parts) == _MAX_VALUES:
                return parts, True
    parts.append(text[start:])
    return parts, False


def _split_quoted(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside double quotes (parameter lists)."""
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


# --------------------------------------------------------------------------------------------
# Properties


@dataclass(slots=True)
class _Prop:
    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes
    line: _Line

    def param(self, key: str) -> str:
        values = self.params.get(key)
        return values[-1] if values else ""

    @property
    def encoding(self) -> str:
        return self.param("ENCODING").upper()

    @property
    def types(self) -> list[str]:
        return self.params.get("TYPE", [])


def _parse_params(pieces: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for piece in pieces:
        key, sep, value = piece.partition("=")
        key = key.strip().upper()
        if not sep:
            if not key:
                continue
            # vCard 2.1 writes bare parameters: TEL;WORK;VOICE, PHOTO;BASE64;JPEG.
            value, key = (
                key,
                ("ENCODING" if key in _ENCODINGS else "VALUE" if key in _VALUE_KINDS else "TYPE"),
            )
        values: list[str] = []
        for item in _split_quoted(value, ","):
            item = item.strip()
            if len(item) >= 2 and item[0] == item[-1] == '"':
                # RFC 6868 caret escapes only occur inside quoted values.
                item = _CARET_RE.sub(lambda m: _CARET_ESCAPES[m.group(1)], item[1:-1])
            if key == "TYPE":
                # TYPE="cell,voice" (4.0) is a list even though it is quoted.
                values.extend(t.strip().lower() for t in item.split(",") if t.strip())
            else:
                values.append(item)
        params.setdefault(key, []).extend(values)
    return params


# --------------------------------------------------------------------------------------------
# Cards


class _Card:
    """Turns the lines of one card into a :class:`VCardPerson`, reporting what it drops."""

    def __init__(self, index: int, begin: int, report: _Report) -> None:
        self.index = index
        self.begin = begin
        self.report = report
        self.guessed_charset = False
        # Warnings wait until the card is imported: a skipped card needs only its reason.
        self.warnings: list[CardProblem] = []

    # ---- problems

    def warn(self, line: _Line | None, reason: str) -> None:
        number = line.number if line is not None else self.begin
        snippet = _snippet(line.data) if line else ""
        self.warnings.append(CardProblem(self.index, number, reason, snippet))

    def cleaned(self, result: Cleaned, line: _Line | None, what: str) -> str:
        if result.truncated:
            self.warn(line, f"the {what} was too long and was shortened")
        return result.text

    # ---- decoding

    def decode(self, raw: bytes, charset: str) -> str:
        """Bytes to text: a multi-byte CHARSET, UTF-8, the declared CHARSET, then Windows-1252."""
        codec = _codec(charset) if charset else None
        attempts = [codec[0]] if codec and codec[1] else []
        attempts.append("utf-8")
        if codec:
            attempts.append(codec[0])
        for name in attempts:
            try:
                return raw.decode(name)
            except (UnicodeError, LookupError, ValueError):
                continue
        self.guessed_charset = True
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")

    def transfer_decoded(self, prop: _Prop, raw: bytes) -> bytes:
        if prop.encoding == "QUOTED-PRINTABLE":
            return _qp_decode(raw)
        if prop.encoding in ("B", "BASE64"):
            decoded = _b64_decode(raw)
            return raw if decoded is None else decoded
        return raw

    def structured(self, prop: _Prop, *, components: bool, lists: bool) -> list[list[str]]:
        """Decode a value, split into ``;`` components and ``,`` lists, and unescape it."""
        charset = prop.param("CHARSET")
        qp = prop.encoding == "QUOTED-PRINTABLE"
        raw = prop.raw
        if len(raw) > _VALUE_MAX:
            # Far beyond any field's limit: cut early (on a UTF-8 boundary) to bound the work.
            cut = _VALUE_MAX
            while cut and raw[cut] & 0xC0 == 0x80:
                cut -= 1
            raw = raw[:cut]
            self.warn(prop.line, "a value was too long and was shortened")
        # Android and Outlook keep separators literal and encode a ";" or "," inside a
        # quoted-printable component as =3B/=2C, so split before decoding, then decode pieces.
        text = (
            raw.decode("latin-1") if qp else self.decode(self.transfer_decoded(prop, raw), charset)
        )

        def leaf(piece: str) -> str:
            if qp:
                decoded = self.decode(_qp_decode(piece.encode("latin-1")), charset)
                return _unescape(decoded, _QP_ESCAPES)
            return _unescape(piece, _TEXT_ESCAPES)

        pieces, dropped = _split_unescaped(text, ";") if components else ([text], False)
        result: list[list[str]] = []
        for piece in pieces:
            values, more = _split_unescaped(piece, ",") if lists else ([piece], False)
            dropped = dropped or more
            result.append([leaf(value) for value in values])
        if dropped:
            self.warn(prop.line, f"only the first {_MAX_VALUES} values were kept")
        return result

    def text(self, prop: _Prop) -> str:
        return self.structured(prop, components=False, lists=False)[0][0]

    def parse(self, line: _Line) -> _Prop | None:
        data = line.data
        match = _HEADER_RE.match(data, 0, min(len(data), _HEADER_MAX))
        end = match.end() if match else -1
        if end < 0 or data[end : end + 1] != b":":
            # An unbalanced quote: fall back to the first colon.
            end = data.find(b":", 0, _HEADER_MAX)
        if end < 0:
            self.warn(line, "a line that is not a vCard property was ignored")
            return None
        pieces = _split_quoted(_decode_lenient(data[:end]), ";")
        group, _, name = pieces[0].strip().rpartition(".")
        if not _NAME_RE.fullmatch(name):
            self.warn(line, "a line that is not a vCard property was ignored")
            return None
        return _Prop(group.upper(), name.upper(), _parse_params(pieces[1:]), data[end + 1 :], line)

    # ---- the person

    def build(self, lines: list[_Line]) -> VCardPerson | None:
        props = [prop for prop in map(self.parse, lines) if prop is not None]
        by_name: dict[str, list[_Prop]] = {}
        for prop in props:
            by_name.setdefault(prop.name, []).append(prop)

        def first_text(*names: str) -> tuple[str, _Line | None]:
            for name in names:
                for prop in by_name.get(name, []):
                    value = self.text(prop)
                    if value.strip():
                        return value, prop.line
            return "", None

        kind, _ = first_text("KIND", "X-ADDRESSBOOKSERVER-KIND")
        if kind.strip().lower() == "group":
            self.report.skip(
                self.index,
                self.begin,
                "a contact group, not a person",
                _card_snippet(lines),
            )
            return None

        methods = self.contact_methods(props)
        organization = self.organization(by_name.get("ORG", []))
        fn, fn_line = first_text("FN")
        name = self.cleaned(clean_line(fn), fn_line, "name")
        if not name:
            name = self.cleaned(clean_line(self.name_from_n(by_name.get("N", []))), None, "name")
        if not name:
            name = organization
        if not name:
            name = next((m.value for m in methods if m.kind == "email"), "")
        if not name:
            self.report.skip(
                self.index,
                self.begin,
                "the card has no name, organisation or e-mail address",
                _card_snippet(lines),
            )
            return None

        role, role_line = first_text("TITLE", "ROLE")
        birthday = self.birthday(by_name.get("BDAY", []))
        uid, uid_line = first_text("UID")
        notes = [self.text(prop) for prop in by_name.get("NOTE", [])]
        note_line = by_name["NOTE"][0].line if "NOTE" in by_name else None
        note = "\n\n".join(n for n in notes if n.strip())
        photo = self.photo(by_name.get("PHOTO", []))
        person = VCardPerson(
            name=name,
            pronunciation=self.cleaned(clean_line(self.pronunciation(by_name)), None, "reading"),
            role=self.cleaned(clean_line(role), role_line, "title"),
            organization=organization,
            note=self.cleaned(clean_text(note), note_line, "note"),
            nickname=self.nickname(by_name),
            birthday=birthday,
            contact_methods=methods,
            categories=self.categories(by_name.get("CATEGORIES", [])),
            uid=self.cleaned(clean_line(uid), uid_line, "UID"),
            photo=photo,
        )
        if self.guessed_charset:
            reason = "some text was not UTF-8 and was read as Windows-1252; check accents"
            self.warnings.append(CardProblem(self.index, self.begin, reason, name))
        for warning in self.warnings:
            self.report.add_warning(warning)
        return person

    def name_from_n(self, props: list[_Prop]) -> str:
        for prop in props:
            parts = self.structured(prop, components=True, lists=True)
            parts += [[]] * (5 - len(parts))
            family, given, additional, prefix, suffix = parts[:5]
            words = [w.strip() for w in (*prefix, *given, *additional, *family, *suffix)]
            name = " ".join(w for w in words if w)
            if name:
                return name
        return ""

    def organization(self, props: list[_Prop]) -> str:
        for prop in props:
            parts = self.structured(prop, components=True, lists=False)
            text = ", ".join(p[0].strip() for p in parts if p[0].strip())
            if text:
                return self.cleaned(clean_line(text), prop.line, "organisation")
        return ""

    def pronunciation(self, by_name: dict[str, list[_Prop]]) -> str:
        words: list[str] = []
        for key in ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME", "X-PHONETIC-LAST-NAME"):
            words.extend(self.text(prop) for prop in by_name.get(key, [])[:1])
        if not "".join(words).strip():
            # DoCoMo/Japanese phones write the reading as SOUND;X-IRMC-N:family;given;;;
            for prop in by_name.get("SOUND", []):
                if "X-IRMC-N" in (t.upper() for t in prop.types):
                    parts = self.structured(prop, components=True, lists=False)
                    words = [p[0] for p in parts]
                    break
        return " ".join(w.strip() for w in words if w.strip())

    def nickname(self, by_name: dict[str, list[_Prop]]) -> str:
        names: list[str] = []
        for prop in by_name.get("NICKNAME", []):
            names.extend(self.structured(prop, components=False, lists=True)[0])
        # Android 2.1 keeps nicknames in X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;...
        for prop in by_name.get("X-ANDROID-CUSTOM", []):
            parts = self.structured(prop, components=True, lists=False)
            if len(parts) > 1 and parts[0][0].strip() == "vnd.android.cursor.item/nickname":
                names.append(parts[1][0])
        # dict.fromkeys: ordered de-duplication in linear time, even for hostile cards.
        unique = dict.fromkeys(name for name in (clean_line(raw).text for raw in names) if name)
        line = by_name["NICKNAME"][0].line if "NICKNAME" in by_name else None
        return self.cleaned(clean_line(", ".join(unique)), line, "nickname")

    def categories(self, props: list[_Prop]) -> tuple[str, ...]:
        tags: dict[str, None] = {}
        for prop in props:
            for raw in self.structured(prop, components=False, lists=True)[0]:
                tag = self.cleaned(clean_line(raw), prop.line, "category")
                if tag and tag.casefold() not in _IGNORED_CATEGORIES:
                    tags[tag] = None
        return tuple(tags)

    def birthday(self, props: list[_Prop]) -> str:
        for prop in props:
            value = self.cleaned(clean_line(self.text(prop)), prop.line, "birthday")
            if value:
                # Dates are recognised even with VALUE=text: "20180120" is a date to anyone.
                return _normalise_date(value, prop)
        return ""

    def contact_methods(self, props: list[_Prop]) -> tuple[VCardContactMethod, ...]:
        labels: dict[str, str] = {}
        for prop in props:
            if prop.name == "X-ABLABEL" and prop.group:
                labels.setdefault(prop.group, _apple_label(clean_line(self.text(prop)).text))
        methods: dict[VCardContactMethod, None] = {}
        for prop in props:
            method = self.contact_method(prop, labels.get(prop.group, "") if prop.group else "")
            if method is not None:
                methods[method] = None
        return tuple(methods)

    def contact_method(self, prop: _Prop, group_label: str) -> VCardContactMethod | None:
        name = prop.name
        if name == "EMAIL":
            kind, label = "email", type_label("email", prop.types)
        elif name == "TEL":
            kind, label = "phone", type_label("phone", prop.types)
        elif name == "URL":
            kind, label = "url", type_label("url", prop.types)
        elif name in ("IMPP", "X-SOCIALPROFILE", "SOCIALPROFILE"):
            kind = "social"
            label = (prop.param("X-SERVICE-TYPE") or prop.param("SERVICE-TYPE")).lower()
        elif name in _SOCIAL_PROPERTIES:
            kind, label = "social", _SOCIAL_PROPERTIES[name]
        else:
            return None
        value = self.cleaned(clean_line(self.text(prop)), prop.line, "contact detail")
        if kind == "social" and value[:8].lower() == "x-apple:" and prop.param("X-USER"):
            # Apple writes X-SOCIALPROFILE;x-user=alice:x-apple:alice; the user name is real.
            value = clean_line(prop.param("X-USER")).text
        prefix = _URI_PREFIXES.get(kind, "")
        while prefix and value[: len(prefix)].lower() == prefix:
            value = value[len(prefix) :].strip()
        if kind == "social" and not label:
            # IMPP values are URIs whose scheme names the service (xmpp:, skype:, sip:).
            scheme = value.split(":", 1)[0] if name == "IMPP" and ":" in value else ""
            label = scheme.lower() if _NAME_RE.fullmatch(scheme) else ""
            label = label or type_label("social", prop.types)
        if not value:
            return None
        label = self.cleaned(clean_line(group_label or label), prop.line, "label")
        return VCardContactMethod(kind, value, label)

    def photo(self, props: list[_Prop]) -> bytes | None:
        for prop in props:
            data = self.photo_bytes(prop)
            if data is not None:
                return data
        return None

    def photo_bytes(self, prop: _Prop) -> bytes | None:
        value = prop.raw.strip()
        if value[:5].lower() == b"data:":
            # Errata 3377 escapes the comma of a data: URI (khard does); most writers do not.
            uri = _unescape(value.decode("latin-1"), _TEXT_ESCAPES)
            header, comma, payload = uri.partition(",")
            if not comma:
                self.warn(prop.line, "a photo could not be decoded and was left out")
                return None
            encoded = payload.encode("latin-1", "replace")
            if header.lower().endswith(";base64"):
                if len(encoded) * 3 // 4 > PHOTO_MAX_BYTES * 1.05 + 3:
                    return self.photo_too_large(prop)
                data = _b64_decode(encoded)
            else:
                data = urllib.parse.unquote_to_bytes(encoded)
        elif prop.encoding in ("B", "BASE64") or value.startswith(_BARE_B64_IMAGES):
            # Some writers forget ENCODING; a JPEG or PNG in base64 starts unmistakably.
            if len(value) * 3 // 4 > PHOTO_MAX_BYTES * 1.05 + 3:
                return self.photo_too_large(prop)
            data = _b64_decode(value)
        else:
            # A link (Google exports https://lh3.googleusercontent.com/...): never fetched.
            return None
        if not data:
            self.warn(prop.line, "a photo could not be decoded and was left out")
            return None
        if len(data) > PHOTO_MAX_BYTES:
            return self.photo_too_large(prop)
        return data

    def photo_too_large(self, prop: _Prop) -> bytes | None:
        self.warn(prop.line, f"a photo larger than {PHOTO_MAX_BYTES // 1024} KiB was left out")
        return None


def _apple_label(text: str) -> str:
    """Apple and Google built-in labels (``_$!<HomePage>!$_``) to plain words."""
    label = text.strip()
    while match := _APPLE_LABEL_RE.fullmatch(label):
        label = match.group(1).strip().lower()
    return _BUILTIN_LABELS.get(label.casefold(), label)


def _normalise_date(value: str, prop: _Prop) -> str:
    """ISO ``YYYY-MM-DD`` or ``--MM-DD`` for a date, the value as written otherwise."""
    match = _DATE_RE.fullmatch(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        # Apple stores birthdays without a year as 1604-MM-DD with X-APPLE-OMIT-YEAR=1604.
        omit = prop.param("X-APPLE-OMIT-YEAR")
        if _valid_date(2000, month, day) and omit.isdigit() and int(omit) == year:
            return f"--{month:02d}-{day:02d}"
        if _valid_date(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
        return value
    match = _NO_YEAR_RE.fullmatch(value)
    if match:
        month, day = int(match.group(1)), int(match.group(2))
        if _valid_date(2000, month, day):  # a leap year, so that --02-29 is valid
            return f"--{month:02d}-{day:02d}"
    return value


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
