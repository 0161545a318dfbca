"""Facts on cards: EventMate's own property, the note other address books show, read back."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from eventmate.domain.text import TEXT_MAX, clean_text
from eventmate.interop.vcard import VCardFact, VCardPerson, read_vcards, write_vcards
from eventmate.interop.vcard_facts import clean_facts, fact_kind, split_note

FACTS = (
    VCardFact("cares_about", "Bartók's quartets"),
    VCardFact("common_ground", "same teacher in Dublin"),
    VCardFact("story", "missed the last train\nslept in the green room"),
    VCardFact("other", "Nickname: Zo"),
)
ZOE = VCardPerson(
    name="Zoë Ødegård",
    pronunciation="",
    role="Violin",
    organization="",
    note="Met at the interval.",
    nickname="",
    birthday="",
    contact_methods=(),
    categories=(),
    uid="urn:uuid:0e7c2b1a-9d4f-4e6a-8b3c-5f1d2a7e9c40",
    photo=None,
    facts=FACTS,
)
NOTE_PART = (
    "What I know:\n"
    "Cares about: Bartók's quartets\n"
    "Common ground: same teacher in Dublin\n"
    "Story: missed the last train\n"
    "  slept in the green room\n"
    "Nickname: Zo"
)


def _as_another_client_keeps_it(data: bytes) -> bytes:
    """The card as a client rewrites it that drops what it does not know (and its PRODID)."""
    card = read_vcards(data).people[0]
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iOS 17.0//EN",
        f"FN:{card.name}",
        "NOTE:" + (card.note if not card.facts else _note_of(data)).replace("\n", "\\n"),
        f"UID:{card.uid}",
        "END:VCARD",
        "",
    ]
    return "\r\n".join(lines).encode()


def _note_of(data: bytes) -> str:
    import vobject

    return str(next(vobject.readComponents(data.decode())).note.value)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_facts_are_in_the_note_for_other_address_books_and_read_back_exactly(
    version: str,
) -> None:
    data = write_vcards([ZOE], version=version)  # type: ignore[arg-type]
    assert _note_of(data) == "Met at the interval.\n\n" + NOTE_PART
    assert b"X-EVENTMATE-FACT;TYPE=story:missed the last train\\nslept in the green room" in data
    again = read_vcards(data).people[0]
    assert again == ZOE


def test_a_client_that_drops_the_property_keeps_the_facts_in_the_note() -> None:
    rewritten = _as_another_client_keeps_it(write_vcards([ZOE]))
    assert b"X-EVENTMATE" not in rewritten
    card = read_vcards(rewritten).people[0]
    assert card.note == "Met at the interval."
    assert card.facts == FACTS
    assert card.uid == ZOE.uid


def test_a_note_part_edited_elsewhere_stays_in_the_note() -> None:
    data = write_vcards([ZOE]).replace(b"Common ground: same", b"Common ground: a different")
    card = read_vcards(data).people[0]
    assert card.facts == FACTS  # from EventMate's own property
    assert "a different teacher" in card.note  # nothing typed elsewhere is lost


def test_only_cards_without_the_property_are_read_from_the_note() -> None:
    plain = VCardPerson(
        **{**_fields(ZOE), "note": "What I know:\nStory: my own words", "facts": ()}
    )
    ours = read_vcards(write_vcards([plain])).people[0]
    assert (ours.note, ours.facts) == ("What I know:\nStory: my own words", ())
    # The same note from another client: its "What I know:" part becomes facts.
    other = read_vcards(_as_another_client_keeps_it(write_vcards([plain]))).people[0]
    assert (other.note, other.facts) == ("", (VCardFact("story", "my own words"),))


def _fields(person: VCardPerson) -> dict[str, object]:
    return {name: getattr(person, name) for name in VCardPerson.__slots__}


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("cares_about", "cares_about"),
        ("Cares-About", "cares_about"),
        ('"story"', "story"),
        ("COMMON_GROUND", "common_ground"),
        ("gossip", "other"),
        ("", "other"),
    ],
)
def test_fact_kinds(raw: str, kind: str) -> None:
    assert fact_kind(raw) == kind


def test_split_note_edge_cases() -> None:
    facts = (VCardFact("other", "x"),)
    assert split_note("What I know:\nx", facts, from_note=False) == ("", facts)
    assert split_note("a\n\nWhat I know:\nx", facts, from_note=False) == ("a", facts)
    assert split_note("a\n\nWhat I know:\ny", facts, from_note=True) == (
        "a\n\nWhat I know:\ny",
        facts,
    )
    # A header with nothing after it is not a part: the note stays as it is.
    assert split_note("a\n\nWhat I know:\n\n", (), from_note=True) == ("a\n\nWhat I know:\n\n", ())
    assert split_note("What I know: nothing", (), from_note=True) == ("What I know: nothing", ())


def test_fact_properties_with_unknown_types_and_empty_text() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n"
        b"X-EVENTMATE-FACT;TYPE=gossip:heard it\r\n"
        b"X-EVENTMATE-FACT;TYPE=story: \r\n"
        b"X-EVENTMATE-FACT:no type\r\n"
        b"END:VCARD\r\n"
    )
    card = read_vcards(data).people[0]
    assert card.facts == (VCardFact("other", "heard it"), VCardFact("other", "no type"))


_FACT_TEXT = st.lists(
    st.sampled_from(["a", "é", "e\u0301", " ", "\n", "\t", "\x07", "\u202e", "\xa0", "😀"]),
    max_size=8,
).map("".join)


@given(st.lists(st.tuples(st.sampled_from(["story", "other", "Cares-About", "x"]), _FACT_TEXT)))
@example([("story", "a ")])
@example([("story", " a")])
@example([("story", "")])
@example([("story", "e\u0301")])
@example([("story", "é" * (TEXT_MAX + 1))])
@example([("Cares-About", "a")])
def test_clean_facts_is_the_same_whether_or_not_the_facts_were_clean(
    facts: list[tuple[str, str]],
) -> None:
    # Stored facts are clean and take a shortcut; the result is what cleaning each gives.
    cleaned = [(fact_kind(kind), clean_text(text).text.strip()) for kind, text in facts]
    expected = tuple(VCardFact(kind, text) for kind, text in cleaned if text)
    assert clean_facts(VCardFact(kind, text) for kind, text in facts) == expected
