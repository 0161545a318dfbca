"""The vCard reader's quick paths read exactly what the general code reads.

Files that fold nothing skip the unfolding loop; headers without quotes skip the quote-aware
scan and are parsed once per distinct header; plain UTF-8 values skip the structured decoder.
Each is compared with the general path on vCard-shaped noise: folded and blank lines,
quoted-printable soft breaks, bare base64 lines, quoted parameters holding colons.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventmate.interop import vcard_lines
from eventmate.interop.vcard_lines import Line, Prop, logical_lines, parse_property, unfolded
from eventmate.interop.vcard_values import CardDecoder

_TOKENS = st.sampled_from(
    [
        b"BEGIN:VCARD",
        b"END:VCARD",
        b"begin:vcard",
        b" ",
        b"\t",
        b"\r\n",
        b"\n",
        b"\r",
        b"\r\n ",
        b"\r\n\t",
        b"\r\n\r\n ",
        b"FN:Zo\xc3\xab",
        b"N:a;b;;;",
        b"item1.TEL;TYPE=cell:+44 1",
        b'EMAIL;X-NOTE="a:b;c":x@example.org',
        b'X-Q;P="unbalanced:1',
        b";ENCODING=QUOTED-PRINTABLE:",
        b";CHARSET=UTF-8;QUOTED-PRINTABLE:=C3=A9=",
        b"=\r\n",
        b"\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=",
        b"\r\nPHOTO;ENCODING=b:iVBO",
        b"\r\nAAAA",
        b";ENCODING=b:",
        b";BASE64:",
        b";b;",
        b"iVBORw0KGgo=",
        b"/9j/AAAA",
        b"NOTE:a\\,b\\;c\\nd\\\\",
        b"ORG:A;B",
        b":",
        b";",
        b",",
        b'"',
        b"=",
        b"\\",
        b"\xff",
        b"x" * 70,
    ]
) | st.binary(max_size=6)
_FILES = st.lists(_TOKENS, max_size=60).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(_FILES)
def test_unfolded_matches_the_unfolding_loop(data: bytes) -> None:
    assert list(unfolded(data)) == list(logical_lines(data.splitlines()))


def test_a_plain_file_takes_the_quick_path_and_a_folded_one_does_not() -> None:
    plain = b"BEGIN:VCARD\r\nFN:Ada\r\n\r\nEMAIL;TYPE=work:a@x\r\nEND:VCARD\r\n"
    assert isinstance(unfolded(plain), list)
    assert [line.number for line in unfolded(plain)] == [1, 2, 4, 5]
    for folded in (
        plain.replace(b"FN:Ada", b"FN:A\r\n da"),
        plain.replace(b"FN:Ada", b"FN;ENCODING=QUOTED-PRINTABLE:A=\r\nda"),
        plain.replace(b"FN:Ada", b"PHOTO;BASE64:iVBO\r\nRw0K"),
    ):
        assert not isinstance(unfolded(folded), list)


def _general_parse(line: Line) -> Prop | None:
    """parse_property before its quick path: the quote-aware scan for every line, no cache."""
    data = line.data
    match = vcard_lines._HEADER_RE.match(data, 0, min(len(data), vcard_lines._HEADER_MAX))
    end = match.end() if match else -1
    if end < 0 or data[end : end + 1] != b":":
        end = data.find(b":", 0, vcard_lines._HEADER_MAX)
    if end < 0:
        return None
    parsed = vcard_lines._parse_header(data[:end])
    if parsed is None:
        return None
    return Prop(parsed[0], parsed[1], parsed[2], data[end + 1 :], line)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, max_size=8).map(b"".join))
def test_parse_property_matches_the_quote_aware_scan(data: bytes) -> None:
    line = Line(data, 1)
    assert parse_property(line) == _general_parse(line)
    assert parse_property(line) == _general_parse(line)  # and again, from the header cache


_VALUES = st.lists(_TOKENS | st.sampled_from([b"\xc3\xa9", b"\xe2\x82", b"\\n"]), max_size=8)
_PARAMS = st.sampled_from(["", ";TYPE=work", ";CHARSET=latin-1", ";ENCODING=b", ";X-A=1"])


class _General(CardDecoder):
    """The decoder without the plain-UTF-8 shortcut (as every value was read before it)."""

    def structured(self, prop: Prop, *, components: bool, lists: bool) -> list[list[str]]:
        # Any ENCODING turns the shortcut off; 8BIT changes nothing else.
        params = {"ENCODING": ("8BIT",), **prop.params}
        plain = Prop(prop.group, prop.name, params, prop.raw, prop.line)
        return super().structured(plain, components=components, lists=lists)

    def text(self, prop: Prop) -> str:
        return self.structured(prop, components=False, lists=False)[0][0]


@settings(max_examples=300, deadline=None)
@given(
    _PARAMS,
    (_VALUES | st.integers(995, 1003).map(lambda n: [b","] * n)).map(b"".join),
    st.booleans(),
    st.booleans(),
)
def test_plain_values_decode_as_the_general_decoder_does(
    params: str, raw: bytes, components: bool, lists: bool
) -> None:
    prop = parse_property(Line(b"NOTE" + params.encode() + b":" + raw, 3))
    assert prop is not None
    quick, general = CardDecoder(0, 1), _General(0, 1)
    assert quick.text(prop) == general.text(prop)
    assert quick.structured(prop, components=components, lists=lists) == general.structured(
        prop, components=components, lists=lists
    )
    assert (quick.warnings, quick.guessed_charset) == (general.warnings, general.guessed_charset)
