"""Tests for the one-line capture syntax (eventmate.domain.capture_syntax)."""

from __future__ import annotations

import dataclasses
import re
import sys
import unicodedata
from collections import Counter
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventmate.domain.capture_syntax import (
    MAX_FACTS,
    MAX_FOLLOW_UPS,
    MAX_TAGS,
    Direction,
    FactKind,
    FollowUpKind,
    ParsedCapture,
    ParsedFact,
    ParsedFollowUp,
    parse_capture,
    split_lines,
)
from eventmate.domain.text import clean_text

EXAMPLE = (
    "Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig "
    "#chamber-music !send my Ligeti recording"
)


def texts(capture: ParsedCapture) -> list[str]:
    """Every text field except the tags, in one list."""
    fields = [capture.name, capture.descriptor, capture.role, capture.organization, capture.note]
    return [
        *(field for field in fields if field is not None),
        *(fact.text for fact in capture.facts),
        *(follow_up.text for follow_up in capture.follow_ups),
    ]


# --- The example and the parts of the grammar -------------------------------------------------


def test_the_product_example() -> None:
    capture = parse_capture(EXAMPLE)
    assert capture == ParsedCapture(
        raw=EXAMPLE,
        name="Anna Schmidt",
        descriptor=None,
        role="viola",
        organization="LSO",
        facts=(
            ParsedFact(FactKind.CARES_ABOUT, "loves Bartók"),
            ParsedFact(FactKind.STORY, "grew up in Leipzig"),
        ),
        tags=("chamber-music",),
        follow_ups=(ParsedFollowUp(Direction.MINE, FollowUpKind.GIVE, "send my Ligeti recording"),),
        note=None,
    )
    assert capture.person_label == "Anna Schmidt"


def test_result_is_frozen() -> None:
    capture = parse_capture("Anna — oboe")
    with pytest.raises(dataclasses.FrozenInstanceError):
        capture.name = "Bob"  # type: ignore[misc]


@pytest.mark.parametrize(
    "line",
    [
        "Anna Schmidt — oboe",
        "Anna Schmidt—oboe",
        "Anna Schmidt – oboe",
        "Anna Schmidt - oboe",
        "Anna Schmidt -- oboe",
        "Anna Schmidt: oboe",
        "Anna Schmidt : oboe",
        "Anna Schmidt; oboe",
        "Anna Schmidt：oboe",
        "  Anna   Schmidt \t —   oboe  ",
    ],
)
def test_separator_styles(line: str) -> None:
    capture = parse_capture(line)
    assert capture.name == "Anna Schmidt"
    assert capture.facts == (ParsedFact(FactKind.OTHER, "oboe"),)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jean-Luc Picard - conductor", "Jean-Luc Picard"),
        ("Anna-Lena Meyer-Lind — conductor", "Anna-Lena Meyer-Lind"),
        ("Marie Meyer–Lind — conductor", "Marie Meyer–Lind"),
        ("Seán O'Brien — conductor", "Seán O'Brien"),
        ("Ludwig van Beethoven — conductor", "Ludwig van Beethoven"),
        ("Ahmad al-Hassan — conductor", "Ahmad al-Hassan"),
        ("Jeanne d'Arc — conductor", "Jeanne d'Arc"),
        ('Anna "Nan" Schmidt — conductor', 'Anna "Nan" Schmidt'),
        ("Dr. J. S. Bach — conductor", "Dr. J. S. Bach"),
    ],
)
def test_names_with_hyphens_particles_and_initials(line: str, name: str) -> None:
    capture = parse_capture(line)
    assert capture.name == name
    assert capture.descriptor is None
    assert [fact.text for fact in capture.facts] == ["conductor"]


def test_colon_or_dash_without_spaces_is_not_a_separator() -> None:
    capture = parse_capture("Anna Schmidt-Lind met at 19:30")
    assert capture.facts == ()
    assert capture.descriptor == "Anna Schmidt-Lind met at 19:30"


@pytest.mark.parametrize(
    ("line", "descriptor", "facts"),
    [
        ("cellist, red scarf — studied in Vienna", "cellist, red scarf", ["studied in Vienna"]),
        ("cellist, red scarf", "cellist, red scarf", []),
        ("Cellist, red scarf", "Cellist, red scarf", []),
        ("Tall man with a red scarf - loves Ligeti", "Tall man with a red scarf", ["loves Ligeti"]),
        ("anna — oboe", "anna", ["oboe"]),
        ("de la Cruz", "de la Cruz", []),
        ("second violin, LSO", "second violin, LSO", []),
        ("Schmidt, Anna — oboe", "Schmidt, Anna", ["oboe"]),
    ],
)
def test_descriptor_heads(line: str, descriptor: str, facts: list[str]) -> None:
    capture = parse_capture(line)
    assert capture.name is None
    assert capture.descriptor == descriptor
    assert capture.person_label == descriptor
    assert [fact.text for fact in capture.facts] == facts


def test_a_long_unseparated_head_is_a_note() -> None:
    twelve = "met two people from the festival in Bergen who run a school"
    assert parse_capture(twelve).descriptor == twelve
    thirteen = twelve + " there"
    capture = parse_capture(thirteen)
    assert (capture.person_label, capture.note) == (None, thirteen)
    # With a separator the user said where the person ends, so the head stays a descriptor.
    assert parse_capture(thirteen + " — x").descriptor == thirteen


@pytest.mark.parametrize(
    ("line", "role", "organization"),
    [
        ("Anna (viola)", "viola", None),
        ("Anna (viola, LSO)", "viola", "LSO"),
        ("Anna (principal viola, LSO, London) — x", "principal viola", "LSO, London"),
        ("Anna (viola; LSO)", "viola", "LSO"),
        ("Anna (viola @ LSO) — x", "viola", "LSO"),
        ("Anna (viola@LSO, London)", "viola", "LSO, London"),
        ("Anna (@ LSO)", None, "LSO"),
        ("Anna () — x", None, None),
        ("Anna (viola — x", "viola", None),
        ("Anna (viola - LSO) — x", "viola - LSO", None),
        ("王芳（大提琴，上海交响乐团）：x", "大提琴", "上海交响乐团"),
        ("(viola, LSO) — x", "viola", "LSO"),
    ],
)
def test_role_and_organization(line: str, role: str | None, organization: str | None) -> None:
    capture = parse_capture(line)
    assert (capture.role, capture.organization) == (role, organization)
    assert capture.name in {"Anna", "王芳", None}


def test_parentheses_inside_a_head_are_part_of_it() -> None:
    capture = parse_capture("man with a (big) red scarf — loves Ligeti")
    assert capture.descriptor == "man with a (big) red scarf"
    assert capture.role is None


@pytest.mark.parametrize(
    ("body", "facts"),
    [
        ("oboe, new to London", ["oboe", "new to London"]),
        (
            "grew up in Leipzig, Germany; loves Bartók",
            ["grew up in Leipzig, Germany", "loves Bartók"],
        ),
        ("a;; b ;", ["a", "b"]),
        ("plays for 10,000 people, 1,5 hours", ["plays for 10,000 people", "1,5 hours"]),
        ("loves (Bartók, Ligeti), Kurtág", ["loves (Bartók, Ligeti)", "Kurtág"]),
        ("喜欢巴托克；在北京长大", ["喜欢巴托克", "在北京长大"]),
        ("يحب الموسيقى، عازف عود", ["يحب الموسيقى", "عازف عود"]),
        ("one — two: three", ["one — two: three"]),
    ],
)
def test_fact_splitting(body: str, facts: list[str]) -> None:
    assert [fact.text for fact in parse_capture("Anna — " + body).facts] == facts


@pytest.mark.parametrize(
    ("fact", "kind"),
    [
        ("also plays the viola", FactKind.COMMON_GROUND),
        ("Both studied with Kurtág", FactKind.COMMON_GROUND),
        ("same teacher as me", FactKind.COMMON_GROUND),
        ("me too: hates applause between movements", FactKind.COMMON_GROUND),
        ("loves Bartók", FactKind.CARES_ABOUT),
        ("cares about music education", FactKind.CARES_ABOUT),
        ("fan of early music", FactKind.CARES_ABOUT),
        ("grew up in Leipzig", FactKind.STORY),
        ("studied in Vienna", FactKind.STORY),
        ("used to play jazz", FactKind.STORY),
        ("alsop conducts tonight", FactKind.OTHER),
        ("lovesick", FactKind.OTHER),
        ("new to London", FactKind.OTHER),
    ],
)
def test_fact_kind_hints(fact: str, kind: FactKind) -> None:
    assert parse_capture("Anna — " + fact).facts == (ParsedFact(kind, fact),)


# --- Markers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "#jazz Anna — oboe",
        "Anna #jazz — oboe",
        "Anna — #jazz oboe",
        "Anna — oboe #jazz",
        "Anna — oboe #Jazz #JAZZ",
    ],
)
def test_tags_anywhere(line: str) -> None:
    capture = parse_capture(line)
    assert capture.tags == ("jazz",)
    assert capture.name == "Anna"
    assert [fact.text for fact in capture.facts] == ["oboe"]


def test_tags_in_any_script_are_lowercased_and_ordered() -> None:
    capture = parse_capture("Anna (viola #LSO) #Zoë_fan #指揮者 #موسيقى #2024 #a-b_c")
    assert capture.tags == ("lso", "zoë_fan", "指揮者", "موسيقى", "2024", "a-b_c")
    assert capture.role == "viola"


@pytest.mark.parametrize("line", ["C# major", "# 1", "#", "x#y", "#🎻", "#-x", "https://x.org/#a"])
def test_hashes_that_are_not_tags(line: str) -> None:
    capture = parse_capture(line)
    assert capture.tags == ()
    assert capture.person_label == line or capture.note == line


@pytest.mark.parametrize(
    ("text", "direction", "kind"),
    [
        ("!send my Ligeti recording", Direction.MINE, FollowUpKind.GIVE),
        ("!ask about the audition", Direction.MINE, FollowUpKind.ASK),
        ("!Ask Maria for the score", Direction.MINE, FollowUpKind.ASK),
        ("!catch up over coffee", Direction.MINE, FollowUpKind.CATCH_UP),
        ("!catchup", Direction.MINE, FollowUpKind.CATCH_UP),
        ("!catch-up in May", Direction.MINE, FollowUpKind.CATCH_UP),
        ("!asking price", Direction.MINE, FollowUpKind.GIVE),
        ("?send me her score", Direction.THEIRS, FollowUpKind.GIVE),
        ("?ask her teacher about me", Direction.THEIRS, FollowUpKind.ASK),
        ("?catch up next season", Direction.THEIRS, FollowUpKind.CATCH_UP),
        ("!🎟 tickets for the premiere", Direction.MINE, FollowUpKind.GIVE),
        ("!€20 for the tickets", Direction.MINE, FollowUpKind.GIVE),
    ],
)
def test_follow_up_kinds(text: str, direction: Direction, kind: FollowUpKind) -> None:
    capture = parse_capture("Anna — oboe " + text)
    assert capture.follow_ups == (ParsedFollowUp(direction, kind, text[1:]),)
    assert capture.facts == (ParsedFact(FactKind.OTHER, "oboe"),)


def test_follow_ups_run_to_the_next_marker() -> None:
    capture = parse_capture("Anna !send the score #bach ?lend me the part !catch up soon")
    assert capture.name == "Anna"
    assert capture.tags == ("bach",)
    assert capture.follow_ups == (
        ParsedFollowUp(Direction.MINE, FollowUpKind.GIVE, "send the score"),
        ParsedFollowUp(Direction.THEIRS, FollowUpKind.GIVE, "lend me the part"),
        ParsedFollowUp(Direction.MINE, FollowUpKind.CATCH_UP, "catch up soon"),
    )


def test_a_follow_up_before_the_separator_takes_the_rest_of_the_line() -> None:
    capture = parse_capture("Anna !send score — loves Bach")
    assert capture.follow_ups[0].text == "send score — loves Bach"
    assert capture.facts == ()


def test_text_after_a_tag_that_ends_a_follow_up_is_a_note() -> None:
    capture = parse_capture("Anna — oboe !send score #bach and the parts")
    assert capture.follow_ups[0].text == "send score"
    assert capture.note == "and the parts"


@pytest.mark.parametrize(
    "line",
    [
        "Anna — great concert!",
        "Anna — c'est génial !",
        "Anna — vraiment ? oui",
        "Anna — wow !! really ?!",
        "Anna — see https://x.org/?a=1",
        "Anna — a != b",
        "Anna — wow!great",
    ],
)
def test_exclamations_and_questions_are_not_markers(line: str) -> None:
    capture = parse_capture(line)
    assert capture.follow_ups == ()
    assert [fact.text for fact in capture.facts] == [line.removeprefix("Anna — ")]


def test_markers_only() -> None:
    capture = parse_capture("#jazz !send score")
    assert capture.person_label is None
    assert capture.tags == ("jazz",)
    assert len(capture.follow_ups) == 1


# --- Unicode, cleaning, edge cases -------------------------------------------------------------


def test_decomposed_input_is_stored_composed() -> None:
    capture = parse_capture("Zoe\u0308 Mu\u0308ller (Geige) — liebt Ba\u0301rtok #zoe\u0308")
    assert capture.name == "Zoë Müller"
    assert capture.raw == "Zoë Müller (Geige) — liebt Bártok #zoë"
    assert capture.tags == ("zoë",)
    assert capture.facts[0].text == "liebt Bártok"


def test_combining_marks_without_a_composed_form_are_kept() -> None:
    capture = parse_capture("Ana\u0331 — plays the sa\u0303\u0301rangi")
    assert capture.name == "Ana\u0331"
    # "a" + tilde composes to "ã"; the acute on top of it has no composed form and stays.
    assert capture.facts[0].text == "plays the s\u00e3\u0301rangi"


def test_arabic_right_to_left() -> None:
    capture = parse_capture("أحمد الحسن (عود، أوركسترا القاهرة) — يحب الموسيقى #عود !أرسل التسجيل")
    assert capture.name == "أحمد الحسن"
    assert (capture.role, capture.organization) == ("عود", "أوركسترا القاهرة")
    assert capture.facts == (ParsedFact(FactKind.OTHER, "يحب الموسيقى"),)
    assert capture.tags == ("عود",)
    assert capture.follow_ups == (
        ParsedFollowUp(Direction.MINE, FollowUpKind.GIVE, "أرسل التسجيل"),
    )


def test_cjk() -> None:
    capture = parse_capture("王芳：喜欢巴托克；在北京长大 #大提琴")
    assert capture.name == "王芳"
    assert [fact.text for fact in capture.facts] == ["喜欢巴托克", "在北京长大"]
    assert capture.tags == ("大提琴",)


def test_emoji() -> None:
    capture = parse_capture("🎻 lady — loves 🎶 and 🍷 !🎟 for Friday")
    assert capture.descriptor == "🎻 lady"
    assert capture.facts[0].text == "loves 🎶 and 🍷"
    assert capture.follow_ups[0].text == "🎟 for Friday"


def test_bidi_overrides_leave_the_fields_but_stay_in_raw() -> None:
    capture = parse_capture("\u202eAnna\u202c — oboe")
    assert capture.name == "Anna"
    assert capture.raw == "\u202eAnna\u202c — oboe"


def test_controls_are_cleaned_and_newlines_read_as_spaces() -> None:
    capture = parse_capture("Anna\x00 Schmidt\r\n— oboe\x07")
    assert capture.raw == "Anna Schmidt\n— oboe"
    assert capture.name == "Anna Schmidt"
    assert capture.facts[0].text == "oboe"


@pytest.mark.parametrize("text", ["", " ", "\n\t  \n", "\x00\x07", "\u3000"])
def test_empty_input(text: str) -> None:
    capture = parse_capture(text)
    assert capture.raw.strip() == ""
    assert (capture.name, capture.descriptor, capture.role, capture.organization) == (None,) * 4
    assert (capture.facts, capture.tags, capture.follow_ups, capture.note) == ((), (), (), None)
    assert capture.person_label is None


@pytest.mark.parametrize("text", ["—", "-", "()", "#", "!", "?", ";", ":", "(", ")", "@"])
def test_syntax_characters_alone(text: str) -> None:
    capture = parse_capture(text)
    assert capture.raw == text
    assert capture.follow_ups == ()


def test_a_leading_bullet_is_not_a_separator() -> None:
    capture = parse_capture("- Anna - oboe")
    assert capture.name == "Anna"
    assert capture.facts == (ParsedFact(FactKind.OTHER, "oboe"),)


def test_a_leading_em_dash_means_no_person() -> None:
    capture = parse_capture("— loves Bartók")
    assert capture.person_label is None
    assert capture.facts == (ParsedFact(FactKind.CARES_ABOUT, "loves Bartók"),)


def test_ten_thousand_character_paste() -> None:
    facts = [f"fact number {i}" for i in range(700)]
    line = "Anna Schmidt (viola, LSO) — " + "; ".join(facts) + " #long !reply"
    assert len(line) > 10_000
    capture = parse_capture(line)
    assert [fact.text for fact in capture.facts] == facts[:MAX_FACTS]
    assert capture.note == "; ".join(facts[MAX_FACTS:])
    assert (capture.name, capture.tags) == ("Anna Schmidt", ("long",))

    blob = "word " * 2_000
    capture = parse_capture(blob)
    assert capture.note == blob.strip()
    assert capture.person_label is None

    marks = "!a #b ?c (d " * 1_000
    capture = parse_capture(marks)
    assert len(capture.follow_ups) == MAX_FOLLOW_UPS
    assert capture.tags == ("b",)


# --- split_lines -------------------------------------------------------------------------------


def test_split_lines_strips_bullets_and_blank_lines() -> None:
    pasted = (
        "- Anna — oboe\r\n\n"
        "• Bob - viola\n"
        "  * Carl\n"
        "1. Dee\n"
        "12) Eve\n"
        "+ Fay\n"
        "-\n"
        "   \n"
        "-5 degrees outside\n"
        "2024. a year\n"
        "Gil\u2028Hal"
    )
    assert split_lines(pasted) == [
        "Anna — oboe",
        "Bob - viola",
        "Carl",
        "Dee",
        "Eve",
        "Fay",
        "-5 degrees outside",
        "2024. a year",
        "Gil",
        "Hal",
    ]


def test_split_lines_never_shortens_a_long_paste() -> None:
    pasted = "\n".join(f"- Person {i} — fact" for i in range(10_000))
    lines = split_lines(pasted)
    assert len(lines) == 10_000
    assert lines[-1] == "Person 9999 — fact"


@pytest.mark.parametrize("text", ["", "\n\n", " - \n * \n"])
def test_split_lines_of_nothing(text: str) -> None:
    assert split_lines(text) == []


# --- Properties -------------------------------------------------------------------------------

# Characters the grammar may consume: markers, parentheses, separators, splitters and bullets.
SYNTAX = frozenset("#!?()（）@;,；，、،؛:：—–-•◦▪‣●*+·")
# Bidi embedding controls are removed from the fields (they garble lists) but stay in ``raw``.
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

TOKENS = st.sampled_from(
    [
        *("Anna", "Schmidt", "Jean-Luc", "van", "zoë", "Zoe\u0308", "王芳", "أحمد", "🎻", "10"),
        *("#", "#tag", "#Tag", "!", "?", "!ask", "?catch up", "(", ")", "（", "）", "@", "@"),
        *(";", ",", "，", "،", ":", "：", "—", "–", "-", "--", "•", "*", "1.", "\u202e"),
        *(" ", " ", " ", "  ", "\n", "\t", "\u0301", "x", "Σ", "İ", "ß"),
    ]
)
CAPTURES = st.lists(st.one_of(TOKENS, st.text(max_size=3)), max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(st.characters(exclude_categories=())), CAPTURES)


def key(text: str) -> str:
    """Canonical caseless form, so a lowercased tag compares equal to what was typed."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", text).casefold())


def chars(text: str) -> Counter[str]:
    return Counter(ch for ch in key(text) if not ch.isspace() and ch not in BIDI)


@given(ANY_TEXT)
def test_property_never_raises(text: str) -> None:
    capture = parse_capture(text)
    assert isinstance(capture, ParsedCapture)
    for line in split_lines(text):
        parse_capture(line)


@given(ANY_TEXT)
def test_property_nothing_typed_is_dropped_or_invented(text: str) -> None:
    capture = parse_capture(text)
    assert capture.raw == clean_text(text).text
    fields = texts(capture)
    assert all(field and field == field.strip() for field in [*fields, *capture.tags])
    typed = chars(capture.raw)
    parsed = chars("".join(fields))
    # Nothing invented: every parsed character was typed, as often as it was typed.
    assert parsed + chars("".join(capture.tags)) <= typed
    # Nothing dropped: what no field holds is syntax. A tag typed twice is stored once, so its
    # characters are counted once per "#tag" in the input (an upper bound, never too few).
    for tag in capture.tags:
        for _ in range(key(capture.raw).count(key("#" + tag))):
            parsed += chars(tag)
    missing = typed - parsed
    assert set(missing) <= SYNTAX, missing


BULLET_PREFIX = re.compile(r"(?:(?:[-–•◦▪‣●*+·]|\d{1,3}[.)])\s*)?")


def explained(sources: list[str], lines: list[str]) -> bool:
    """Whether ``lines`` are ``sources`` in order, each less at most a bullet, bullets dropped."""

    @cache
    def fits(i: int, k: int) -> bool:
        if i == len(sources):
            return k == len(lines)
        source = sources[i]
        if BULLET_PREFIX.fullmatch(source) and fits(i + 1, k):
            return True
        return (
            k < len(lines)
            and source.endswith(lines[k])
            and BULLET_PREFIX.fullmatch(source[: len(source) - len(lines[k])]) is not None
            and fits(i + 1, k + 1)
        )

    return fits(0, 0)


@given(ANY_TEXT)
def test_property_split_lines_loses_only_bullets(text: str) -> None:
    lines = split_lines(text)
    assert all(line and line == line.strip() and len(line.splitlines()) == 1 for line in lines)
    cleaned = clean_text(text, limit=sys.maxsize).text
    sources = [source.strip() for source in cleaned.splitlines() if source.strip()]
    assert explained(sources, lines)


# -- caps (issue 12, point 8) ------------------------------------------------------------------


def test_a_paste_of_promises_makes_at_most_the_cap_and_keeps_the_rest_as_text() -> None:
    line = "!x " * 33_333
    parsed = parse_capture(line)
    assert len(parsed.follow_ups) == MAX_FOLLOW_UPS == 10
    assert parsed.note is not None
    assert parsed.note.count("!x") == 33_333 - MAX_FOLLOW_UPS
    assert parsed.raw == line  # the whole line is kept verbatim anyway


def test_facts_and_tags_are_capped_with_the_rest_in_the_note() -> None:
    facts = "; ".join(f"fact {i}" for i in range(MAX_FACTS + 5))
    tags = " ".join(f"#t{i}" for i in range(MAX_TAGS + 3))
    parsed = parse_capture(f"Anna Schmidt — {facts} {tags} ?send the score")
    assert [fact.text for fact in parsed.facts] == [f"fact {i}" for i in range(MAX_FACTS)]
    assert parsed.tags == tuple(f"t{i}" for i in range(MAX_TAGS))
    assert [f.text for f in parsed.follow_ups] == ["send the score"]
    assert parsed.note is not None
    for i in range(MAX_FACTS, MAX_FACTS + 5):
        assert f"fact {i}" in parsed.note
    for i in range(MAX_TAGS, MAX_TAGS + 3):
        assert f"#t{i}" in parsed.note


def test_a_repeated_tag_is_not_counted_twice_against_the_cap() -> None:
    parsed = parse_capture(" ".join(["#same"] * 50 + ["#other"]))
    assert parsed.tags == ("same", "other")
    assert parsed.note is None


@pytest.mark.parametrize(
    ("line", "name", "note"),
    [
        ("Zoë Ng 🎻 — loves Ligeti", "Zoë Ng", "🎻"),
        ("🎻 Zoë Ng: oboe", "Zoë Ng", "🎻"),
        ("Anna ★ Lee ★ — cellist", "Anna Lee", "★ ★"),
    ],
)
def test_a_name_with_an_emoji_is_still_a_name(line: str, name: str, note: str) -> None:
    parsed = parse_capture(line)
    assert parsed.name == name
    assert parsed.descriptor is None
    assert parsed.note == note


def test_symbols_alone_or_with_lowercase_words_stay_a_descriptor() -> None:
    assert parse_capture("🎻 — loves Ligeti").descriptor == "🎻"
    assert parse_capture("cellist 🎻 — red scarf").descriptor == "cellist 🎻"
