"""@mentions: candidates longest first, folded; e-mail addresses are not mentions."""

from __future__ import annotations

from eventmate.domain.mentions import active_mention_prefix, find_mentions, resolve


def test_candidates_are_folded_and_longest_first() -> None:
    (mention,) = find_mentions("Talked with @Seán O'Brien about Ligeti")
    assert mention.candidates == (
        "sean o'brien about ligeti",
        "sean o'brien about",
        "sean o'brien",
        "sean",
    )


def test_email_addresses_and_lone_at_signs_are_not_mentions() -> None:
    assert find_mentions("write to anna@example.com or @ noon") == ()


def test_trailing_punctuation_is_not_part_of_the_name() -> None:
    (mention,) = find_mentions("Thanks, @Zoë.")
    assert mention.candidates == ("zoe",)


def test_several_mentions_in_order() -> None:
    mentions = find_mentions("@Anna and @Kwame Mensah\n@Léa")
    assert [m.candidates[-1] for m in mentions] == ["anna", "kwame", "lea"]


def test_resolve_keeps_the_longest_known_name() -> None:
    mentions = find_mentions("with @Anna Schmidt today, and @Nobody here")
    assert resolve(mentions, frozenset({"anna", "anna schmidt"})) == ("anna schmidt",)


def test_active_prefix_for_completion() -> None:
    assert active_mention_prefix("met @Se", 7) == "Se"
    assert active_mention_prefix("met @Seán O", 11) == "Seán O"
    assert active_mention_prefix("met @Seán ", 10) is None
    assert active_mention_prefix("mail a@b", 8) is None
    assert active_mention_prefix("@Anna\nnext", 10) is None
    assert active_mention_prefix("no at sign", 5) is None
