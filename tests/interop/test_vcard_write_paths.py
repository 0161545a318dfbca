"""The vCard writer's quick paths write exactly what the full cleaning, escaping and folding do.

Cards whose values are already clean skip per-value cleaning (and escaping, when nothing needs
it), and only lines over 75 octets go through the folding code. Each shortcut is compared with
the full path here, on tricky text: non-ASCII, separators, backslashes, newlines, combining
marks, emoji and lines right at the 75-octet limit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventmate.domain.text import clean_line, clean_text
from eventmate.interop import vcard_write
from eventmate.interop.vcard import (
    VCardContactMethod,
    VCardFact,
    VCardPerson,
    read_vcards,
    write_vcards,
)
from eventmate.interop.vcard_write import card_text, fold_lines

# Pieces that hit every rule: escapes, whitespace that cleaning collapses, combining marks
# (alone and after a letter), multi-byte characters and emoji sequences, and prefixes and
# suffixes of names.
_SAMPLES = st.sampled_from(
    [
        *"aZ0 ,;:\\\n\t\"'=^.",
        "  ",
        "\r\n",
        "\x00",
        "\x85",
        "\u00a0",
        "\u2028",
        "\u202e",
        "\u0301",
        "e\u0301",
        "Zoë",
        "Ødegård",
        "😀",
        "👩‍🎤",
        "尺八",
        "مرحبا",
        "Dr.",
        "Jr.",
        "mailto:",
        "x" * 30,
        "ü" * 20,
        "😀" * 19,
    ]
)
_PIECES = _SAMPLES | st.characters(codec="utf-8")
_RAW = st.lists(_PIECES, max_size=10).map("".join)
# Characters that cleaning keeps but the quick check cannot vouch for (unassigned, format
# characters) send a card down the full path; stored people rarely have them.
_PRINTABLE = st.lists(_SAMPLES | st.characters(codec="utf-8").filter(str.isprintable), max_size=10)
_TIDY = _PRINTABLE.map("".join)
# "|" joins a card's values for the quick check; a value may hold it too, spaces around it.
_WITH_BAR = st.lists(_PIECES | st.sampled_from(["|", " |", "| "]), max_size=10).map("".join)
_NOTHING: st.SearchStrategy[str] = st.nothing()
_LABEL = st.sampled_from(["", "work", "home", "cell", "home fax", "iphone", "mobile", "Studio"])


@st.composite
def _people(draw: st.DrawFn) -> VCardPerson:
    # Half the cards have only clean values (as stored people do, taking the shortcut); the
    # others mix raw and clean values.
    tidy = draw(st.booleans())

    def value(extra: st.SearchStrategy[str] = _NOTHING) -> str:
        raw = draw(_TIDY | extra) if tidy else draw(_RAW | _WITH_BAR | extra)
        return clean_line(raw).text if tidy or draw(st.booleans()) else raw

    def method() -> VCardContactMethod:
        kind = draw(st.sampled_from(["email", "phone", "url", "social", "pager"]))
        return VCardContactMethod(kind, value(), value(_LABEL))

    note = draw(_RAW)
    return VCardPerson(
        name=value(st.sampled_from(["Ada Lovelace", "Dr. Zoë Ødegård Jr.", "Smith, Jr."])),
        pronunciation=value(),
        role=value(),
        organization=value(),
        note=clean_text(note).text if tidy else note,
        nickname=value(),
        birthday=value(st.sampled_from(["1985-04-12", "--02-29", "2023-02-30"])),
        contact_methods=tuple(method() for _ in range(draw(st.integers(0, 4)))),
        categories=tuple(value() for _ in range(draw(st.integers(0, 3)))),
        uid=value(),
        photo=draw(st.none() | st.binary(max_size=80)),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_people(), st.sampled_from(["3.0", "4.0"]))
def test_shortcut_writes_the_same_card_as_the_full_path(person: VCardPerson, version: str) -> None:
    assert card_text(person, version) == card_text(person, version, shortcut=False)


TYPICAL = VCardPerson(
    name="Zoë Ødegård",
    pronunciation="",
    role="Violin",
    organization="London Symphony Orchestra",
    note="Talked about Bartók's quartets.\nAnd Ligeti, of course; twice.",
    nickname="",
    birthday="",
    contact_methods=(VCardContactMethod("email", "zoe.odegard.5@example.org", "work"),),
    categories=("strings",),
    uid="urn:uuid:5b0c7a9e-2f4d-4c1b-9a6e-0d3f8e2b7c41",
    photo=None,
    facts=(VCardFact("cares_about", "Bartók's quartets"), VCardFact("story", "lost in Wien")),
)


def test_a_clean_card_skips_per_value_cleaning(monkeypatch: pytest.MonkeyPatch) -> None:
    full = card_text(TYPICAL, "3.0", shortcut=False)

    def unused(text: str) -> str:
        raise AssertionError(f"cleaned {text!r} again")

    monkeypatch.setattr(vcard_write, "_line", unused)
    assert card_text(TYPICAL, "3.0") == full
    # A comma in a one-line value needs escaping but still no cleaning.
    with_comma = VCardPerson(**{**_fields(TYPICAL), "organization": "Phil, Berlin"})
    assert "ORG:Phil\\, Berlin\r\n" in card_text(with_comma, "3.0")


@pytest.mark.parametrize(
    "change",
    [
        {"name": "Zoë  Ødegård"},  # double space
        {"role": " Violin"},  # leading space, next to the separator
        {"role": "Violin "},
        {"organization": "LSO\u202e"},  # bidi override
        {"name": "Zoe\u0308"},  # not NFC
        {"uid": "a\tb"},
        {"categories": ("strings ", "x")},
        {"contact_methods": (VCardContactMethod("email", "a@x ", "work"),)},
        {"contact_methods": (VCardContactMethod("phone", "1", " work"),)},
    ],
)
def test_values_that_need_cleaning_are_cleaned(change: dict[str, object]) -> None:
    messy = VCardPerson(**{**_fields(TYPICAL), **change})  # type: ignore[arg-type]
    text = card_text(messy, "3.0")
    assert text == card_text(messy, "3.0", shortcut=False)
    assert not any(bad in text for bad in ("  ", "\u202e", "\t"))
    assert read_vcards(text.encode()).people[0].name == clean_line(messy.name).text


class _Row(NamedTuple):
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
    facts: tuple[VCardFact, ...]


def test_any_record_with_the_fields_writes_like_a_vcard_person() -> None:
    row = _Row(**_fields(TYPICAL))
    assert write_vcards([row]) == write_vcards([TYPICAL])


def _fields(person: VCardPerson) -> dict[str, object]:
    return {name: getattr(person, name) for name in VCardPerson.__slots__}


# --------------------------------------------------------------------------------------------
# Folding: only lines over 75 octets are folded, each exactly as the line-by-line fold does.

_LINE_PIECES = st.sampled_from(
    ["a", "é", "€", "😀", "\\\\", "\\,", "\\;", "\\n", "\\N", "\\", "n", ":", " "]
)


_FOLD_UNIT = re.compile(r"\\[\\,;nN]|.", re.DOTALL)


def _fold_by_units(line: str) -> list[str]:
    """The plain definition of folding: whole characters and escapes, at most 75 octets."""
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for unit in _FOLD_UNIT.findall(line):
        octets = len(unit.encode("utf-8"))
        if size + octets > limit and current:
            out.append(("" if not out else " ") + "".join(current))
            current, size, limit = [], 0, 74
        current.append(unit)
        size += octets
    if current:
        out.append(("" if not out else " ") + "".join(current))
    return out


def _line_by_line(lines: list[str]) -> bytes:
    return "".join("\r\n".join(_fold_by_units(line)) + "\r\n" for line in lines).encode()


@given(st.lists(st.lists(_LINE_PIECES, min_size=20, max_size=90).map("".join), max_size=6))
def test_fold_lines_matches_folding_each_line(lines: list[str]) -> None:
    data = "".join(line + "\r\n" for line in lines).encode()
    assert fold_lines(data) == _line_by_line(lines)


@pytest.mark.parametrize(
    ("line", "folded"),
    [
        ("N:" + "x" * 73, False),  # exactly 75 octets
        ("N:" + "x" * 74, True),  # 76
        ("N:" + "x" * 69 + "😀", False),  # 75 octets, 72 characters
        ("N:" + "x" * 70 + "😀", True),  # the emoji would straddle the limit
        ("N:" + "x" * 71 + "é", False),  # 75
        ("N:" + "x" * 72 + "é", True),  # é would be split
        ("N:" + "x" * 72 + "\\,", True),  # 76 with an escape pair at the end
        ("N:" + "x" * 71 + "\\,", False),
    ],
)
def test_fold_at_the_75_octet_boundary(line: str, folded: bool) -> None:
    data = (line + "\r\nEND:VCARD\r\n").encode()
    out = fold_lines(data)
    assert out == _line_by_line([line, "END:VCARD"])
    assert (out != data) is folded
    for physical in out.split(b"\r\n"):
        assert len(physical) <= 75
        physical.decode("utf-8")  # never splits a character


def test_fold_lines_of_nothing() -> None:
    assert fold_lines(b"") == b""
    assert write_vcards([]) == b""
