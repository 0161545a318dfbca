"""German kind words in the capture syntax: understood beside the English ones, in any language.

The parser is the same whatever language EventMate speaks (it never asks), so these tests also
run the German words with English chosen and the English words with German chosen.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventmate.domain import i18n
from eventmate.domain.capture_syntax import Direction, FactKind, FollowUpKind, parse_capture


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test runs with English and with German chosen."""
    i18n.use_language(request.param)
    yield request.param
    i18n.use_language(None)


@pytest.mark.parametrize(
    ("text", "direction", "kind"),
    [
        ("!fragen nach dem Vorspiel", Direction.MINE, FollowUpKind.ASK),
        ("!nachfragen wegen der Noten", Direction.MINE, FollowUpKind.ASK),
        ("?Frage zur Bratsche", Direction.THEIRS, FollowUpKind.ASK),
        ("!treffen im Januar", Direction.MINE, FollowUpKind.CATCH_UP),
        ("!wiedersehen nach der Tour", Direction.MINE, FollowUpKind.CATCH_UP),
        ("?melden nach der Saison", Direction.THEIRS, FollowUpKind.CATCH_UP),
        ("!austauschen über Vibrato", Direction.MINE, FollowUpKind.CATCH_UP),
        ("!schicken: Aufnahme vom Abend", Direction.MINE, FollowUpKind.GIVE),
        ("!geben Partitur", Direction.MINE, FollowUpKind.GIVE),
        # English keeps working in a German setting.
        ("!ask about the audition", Direction.MINE, FollowUpKind.ASK),
        ("?catch up next season", Direction.THEIRS, FollowUpKind.CATCH_UP),
        ("!send the recording", Direction.MINE, FollowUpKind.GIVE),
        # A kind word is a whole word: "fragenswert" and "treffend" are not kinds.
        ("!treffendes Zitat schicken", Direction.MINE, FollowUpKind.GIVE),
    ],
)
def test_follow_up_kind_words(
    language: str, text: str, direction: Direction, kind: FollowUpKind
) -> None:
    (follow_up,) = parse_capture(f"Anna Berg — Bratsche {text}").follow_ups
    assert (follow_up.direction, follow_up.kind) == (direction, kind)
    assert follow_up.text == text[1:]  # the kind word stays in the text


@pytest.mark.parametrize(
    ("fact", "kind"),
    [
        ("auch Geigerin", FactKind.COMMON_GROUND),
        ("ich auch aus Köln", FactKind.COMMON_GROUND),
        ("beide bei Frau Meyer gelernt", FactKind.COMMON_GROUND),
        ("wie ich Bratsche im Jugendorchester", FactKind.COMMON_GROUND),
        ("liebt Bartók", FactKind.CARES_ABOUT),
        ("mag Neue Musik", FactKind.CARES_ABOUT),
        ("träumt von Wien", FactKind.CARES_ABOUT),
        ("schwärmt für Brahms", FactKind.CARES_ABOUT),
        ("möchte unterrichten", FactKind.CARES_ABOUT),
        ("wuchs in Leipzig auf", FactKind.STORY),
        ("in Graz aufgewachsen", FactKind.OTHER),  # hints start the fact
        ("aufgewachsen in Graz", FactKind.STORY),
        ("studierte in Weimar", FactKind.STORY),
        ("früher Cellistin", FactKind.STORY),
        ("stammt aus Bremen", FactKind.STORY),
        ("loves Bartók", FactKind.CARES_ABOUT),
        ("grew up in Leipzig", FactKind.STORY),
        ("Magdeburger Philharmonie", FactKind.OTHER),  # "mag" only as a whole word
    ],
)
def test_fact_kind_words(language: str, fact: str, kind: FactKind) -> None:
    (parsed,) = parse_capture(f"Anna Berg — {fact}").facts
    assert parsed.kind is kind
