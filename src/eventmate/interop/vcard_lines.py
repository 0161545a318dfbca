"""vCard syntax below the values: file bytes to unfolded lines, cards and parsed properties.

The parser is written by hand because vobject rejects what phones and mail programs actually
export (vCard 2.1 quoted-printable with soft line breaks, a UTF-8 BOM, octet-folded lines).
It works on bytes up to the property value; :mod:`eventmate.interop.vcard_values` decodes
each value.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from eventmate.domain.text import clean_line

# A property name and its parameters never need more than this; a longer "header" means the
# line is not a property at all (and bounds the work done on hostile input).
_HEADER_MAX = 8_192
SNIPPET_MAX = 80

# The header runs up to the first colon outside double quotes (a quoted parameter value may
# hold a colon). The two alternatives start with different characters, so matching is linear.
_HEADER_RE = re.compile(rb'(?:[^:"]|"[^"]*")*')
NAME_RE = re.compile(r"[A-Za-z0-9-]+")
# ENCODING=QUOTED-PRINTABLE or 2.1's bare ;QUOTED-PRINTABLE (likewise for base64), but not a
# TYPE value that happens to spell the same.
_QP_HEADER_RE = re.compile(rb'(?i);\s*(?:encoding\s*=\s*)?"?quoted-printable"?\s*(?=;|$)')
_B64_HEADER_RE = re.compile(rb'(?i);\s*(?:encoding\s*=\s*)?"?(?:b|base64)"?\s*(?=;|$)')
# Anywhere in a file: a line break before a space or tab, and anything that might declare
# either encoding in some header (a superset of the header patterns above).
_FOLDED = (b"\n ", b"\n\t", b"\r ", b"\r\t")
_QP_ANYWHERE_RE = re.compile(rb'(?i);\s*(?:encoding\s*=\s*)?"?quoted-printable"?\s*[;:]')
_B64_ANYWHERE_RE = re.compile(rb'(?i);\s*(?:encoding\s*=\s*)?"?(?:b|base64)"?\s*[;:]')
# vCard 2.1 (and some Outlook versions) may continue base64 on lines that are not indented;
# such a line has no colon, so it can never be mistaken for a property.
_B64_LINE_RE = re.compile(rb"[A-Za-z0-9+/=]+[ \t]*")
_CARET_RE = re.compile(r"\^([n'^])")
_CARET_ESCAPES = {"n": "\n", "'": '"', "^": "^"}

# First bytes of BEGIN:VCARD and END:VCARD in any case, or of whitespace before them.
_MARKER_START = b"BbEe \t\x0b\x0c"
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_VALUE_KINDS = frozenset({"INLINE", "URL", "URI", "CONTENT-ID", "CID"})


@dataclass(slots=True)
class Line:
    """One logical (unfolded) line and the physical line where it starts."""

    data: bytes
    number: int


def to_utf8_compatible(data: bytes) -> bytes:
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


def unfolded(data: bytes) -> Iterable[Line]:
    """The logical lines of a file, as :func:`logical_lines` gives them.

    Most files fold nothing and use neither encoding: then every non-blank physical line is a
    logical line, which one list comprehension finds several times faster.
    """
    physical = data.splitlines()
    # An indented line continues the one before (the first line has none to continue).
    if (
        any(pair in data for pair in _FOLDED)
        or _QP_ANYWHERE_RE.search(data)
        or _B64_ANYWHERE_RE.search(data)
    ):
        return logical_lines(physical)
    return [
        Line(line, number) for number, line in enumerate(physical, 1) if line and not line.isspace()
    ]


def logical_lines(physical: list[bytes]) -> Iterator[Line]:
    """Unfold physical lines: folding, 2.1 quoted-printable soft breaks and bare base64 lines."""
    parts: list[bytes] = []
    start = 0
    qp = b64 = False
    for number, line in enumerate(physical, 1):
        if parts:
            if qp and parts[-1].rstrip(b" \t").endswith(b"=") and not _is_marker(line):
                # Soft line break: the "=" and the line end are not part of the value.
                parts[-1] = parts[-1].rstrip(b" \t")[:-1]
                parts.append(line)
                continue
            if line.startswith((b" ", b"\t")) and not (len(parts) == 1 and _is_marker(parts[0])):
                parts.append(line[1:])
                continue
            if not line:
                # Blank lines end 2.1 base64 blocks and appear between cards; a following
                # indented line still continues the property (files converted CRLF to CRCRLF).
                continue
            if b64 and _B64_LINE_RE.fullmatch(line):
                parts.append(line)
                continue
            yield Line(b"".join(parts), start)
            parts = []
        if not line or line.isspace():
            continue
        parts = [line]
        start = number
        # Both encodings are parameters, so a header without ";" declares neither.
        colon = line.find(b":")
        if colon > 0 and line.find(b";", 0, colon) >= 0:
            header = line[:colon]
            qp = bool(_QP_HEADER_RE.search(header))
            b64 = bool(_B64_HEADER_RE.search(header))
        else:
            qp = b64 = False
    if parts:
        yield Line(b"".join(parts), start)


def group_cards(lines: Iterable[Line]) -> Iterator[tuple[int, int, list[Line], bool]]:
    """Group logical lines into cards.

    Yields:
        ``(index, begin_line, lines, closed)`` per card, and ``(-1, number, [line], False)`` for
        each line outside any card.
    """
    index = -1
    current: list[Line] | None = None
    begin = 0
    nested = 0
    for line in lines:
        # Only short lines starting like a marker can be one (skips copying photo lines).
        data = line.data
        marker = data.strip().upper() if len(data) < 64 and data[:1] in _MARKER_START else b""
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


def line_snippet(data: bytes) -> str:
    head = data[: SNIPPET_MAX * 4]
    # The cut may split a UTF-8 character; drop its pieces rather than misread the whole line.
    text = next((t for t in map(_utf8_or_none, (head, head[:-1], head[:-2], head[:-3])) if t), None)
    text = text if text is not None else _decode_lenient(head)
    line = clean_line(text).text
    return line if len(line) <= SNIPPET_MAX else line[: SNIPPET_MAX - 1] + "…"


def card_snippet(lines: list[Line]) -> str:
    """The card's FN line if it has one (the most recognisable), else its first property."""
    for line in lines:
        if line.data[:3].upper() == b"FN:" or line.data[:3].upper() == b"FN;":
            return line_snippet(line.data)
    useful = [line for line in lines if line.data[:7].upper() != b"VERSION"]
    return line_snippet(useful[0].data) if useful else "BEGIN:VCARD"


@dataclass(slots=True)
class Prop:
    """One property of a card: group and name (upper case), parameters and the raw value."""

    group: str
    name: str
    params: Mapping[str, tuple[str, ...]]
    raw: bytes
    line: Line

    def param(self, key: str) -> str:
        values = self.params.get(key)
        return values[-1] if values else ""

    @property
    def encoding(self) -> str:
        return self.param("ENCODING").upper()

    @property
    def types(self) -> tuple[str, ...]:
        return self.params.get("TYPE", ())


def parse_property(line: Line) -> Prop | None:
    """Split a logical line into group, name, parameters and raw value (None: no property)."""
    data = line.data
    end = data.find(b":", 0, _HEADER_MAX)
    if end < 0 or data.find(b'"', 0, end) >= 0:
        # A quoted parameter value may hold a colon: the header ends at the first colon
        # outside quotes (or, with an unbalanced quote, at the first colon).
        match = _HEADER_RE.match(data, 0, min(len(data), _HEADER_MAX))
        if match and data[match.end() : match.end() + 1] == b":":
            end = match.end()
    if end < 0:
        return None
    header = data[:end]
    parsed = _header(header) if end <= _CACHED_HEADER_MAX else _parse_header(header)
    if parsed is None:
        return None
    group, name, params = parsed
    return Prop(group, name, params, data[end + 1 :], line)


# Cards repeat a handful of headers ("FN", "TEL;TYPE=cell", "EMAIL;TYPE=INTERNET,WORK"):
# each is parsed once. Parameters are read-only, so the parsed header can be shared.
_CACHED_HEADER_MAX = 200
Header = tuple[str, str, Mapping[str, tuple[str, ...]]]


def _parse_header(header: bytes) -> Header | None:
    pieces = _split_quoted(_decode_lenient(header), ";")
    group, _, name = pieces[0].strip().rpartition(".")
    if not NAME_RE.fullmatch(name):
        return None
    return group.upper(), name.upper(), _parse_params(pieces[1:])


_header = functools.lru_cache(maxsize=512)(_parse_header)


def _parse_params(pieces: list[str]) -> dict[str, tuple[str, ...]]:
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
    return {key: tuple(values) for key, values in params.items()}


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
