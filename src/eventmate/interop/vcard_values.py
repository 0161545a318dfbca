"""Decoding one card's property values to text: charsets, transfer encodings and escapes.

Every value is decoded on its own, because one file can mix UTF-8, a declared ``CHARSET`` and
undeclared Windows-1252 (Outlook). :class:`CardDecoder` keeps what was lost along the way as
warnings for the card.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import re

from eventmate.interop.vcard_lines import Line, Prop, line_snippet, parse_property
from eventmate.interop.vcard_model import CardProblem

# Text values are cut at this many bytes before decoding (a note keeps 100,000 characters,
# at most 1.2 MB even as quoted-printable UTF-8), and lists at this many values.
_VALUE_MAX = 2_000_000
_MAX_VALUES = 1_000

_NOT_B64_RE = re.compile(rb"[^A-Za-z0-9+/_-]")
_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)
_SPLIT_RE = {sep: re.compile(r"\\.|" + re.escape(sep), re.DOTALL) for sep in ";,"}
# Full vCard 3.0/4.0 unescaping. "\:" is not legal, but Google escapes colons in exports.
TEXT_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
# Quoted-printable writers (Android, Outlook) do not backslash-escape; only undo the escapes
# that cannot occur by accident, so a Windows path such as C:\new survives.
_QP_ESCAPES = {"\\": "\\", ",": ",", ";": ";"}
# Codecs Python knows but that are not character sets: a CHARSET naming them is ignored.
_BAD_CODECS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})


class CardDecoder:
    """Decodes the properties of one card, collecting warnings about what it changes."""

    def __init__(self, index: int, begin: int) -> None:
        self.index = index
        self.begin = begin
        self.guessed_charset = False
        # Warnings wait until the card is imported: a skipped card needs only its reason.
        self.warnings: list[CardProblem] = []

    # ---- problems

    def warn(self, line: Line | None, reason: str) -> None:
        number = line.number if line is not None else self.begin
        snippet = line_snippet(line.data) if line else ""
        self.warnings.append(CardProblem(self.index, number, reason, snippet))

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

    def transfer_decoded(self, prop: Prop, raw: bytes) -> bytes:
        if prop.encoding == "QUOTED-PRINTABLE":
            return _qp_decode(raw)
        if prop.encoding in ("B", "BASE64"):
            decoded = b64_decode(raw)
            return raw if decoded is None else decoded
        return raw

    def structured(self, prop: Prop, *, components: bool, lists: bool) -> list[list[str]]:
        """Decode a value, split into ``;`` components and ``,`` lists, and unescape it."""
        text = _plain_text(prop)
        if text is not None and "\\" not in text:
            # Nothing to decode or unescape: plain splits, unless there are too many values.
            pieces = text.split(";") if components else [text]
            split = [piece.split(",") if lists else [piece] for piece in pieces]
            if len(pieces) <= _MAX_VALUES and all(len(values) <= _MAX_VALUES for values in split):
                return split
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
                return unescape(decoded, _QP_ESCAPES)
            return unescape(piece, TEXT_ESCAPES)

        pieces, dropped = _split_unescaped(text, ";") if components else ([text], False)
        result: list[list[str]] = []
        for piece in pieces:
            values, more = _split_unescaped(piece, ",") if lists else ([piece], False)
            dropped = dropped or more
            result.append([leaf(value) for value in values])
        if dropped:
            self.warn(prop.line, f"only the first {_MAX_VALUES} values were kept")
        return result

    def text(self, prop: Prop) -> str:
        text = _plain_text(prop)
        if text is not None:
            return unescape(text, TEXT_ESCAPES)
        return self.structured(prop, components=False, lists=False)[0][0]

    def parse(self, line: Line) -> Prop | None:
        prop = parse_property(line)
        if prop is None:
            self.warn(line, "a line that is not a vCard property was ignored")
        return prop


def _plain_text(prop: Prop) -> str | None:
    """The value as text if it is what most values are: UTF-8 of normal length, with no
    CHARSET or ENCODING to apply first (else None: :meth:`CardDecoder.structured` decodes)."""
    params = prop.params
    if "CHARSET" in params or "ENCODING" in params or len(prop.raw) > _VALUE_MAX:
        return None
    try:
        return prop.raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


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


def b64_decode(raw: bytes) -> bytes | None:
    """Lenient base64: whitespace, URL-safe alphabet and missing padding are accepted."""
    compact = _NOT_B64_RE.sub(b"", raw).replace(b"-", b"+").replace(b"_", b"/")
    if len(compact) % 4 == 1:
        return None
    compact += b"=" * (-len(compact) % 4)
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None


def unescape(text: str, table: dict[str, str]) -> str:
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
