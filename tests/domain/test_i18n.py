"""domain/i18n.py and domain/local_format.py: the language is chosen or followed, plurals and
dates come out the way each language writes them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime

import pytest

from eventmate.domain import i18n
from eventmate.domain.i18n import N_, _, current_language, ngettext, use_language
from eventmate.domain.local_format import day, day_and_time, decimal, number, weekday_day

_SYSTEM = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def _back_to_the_system() -> Iterator[None]:
    yield
    use_language(None)


def _system(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    for name in _SYSTEM:
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    use_language(None)


def test_german_when_chosen_english_when_chosen() -> None:
    use_language("de")
    assert _("No open follow-ups.") == "Keine offenen Versprechen."
    assert current_language() == "de"
    use_language("en")
    assert _("No open follow-ups.") == "No open follow-ups."
    assert current_language() == "en"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # no French catalogue: the words as written
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:de"}, "de"),  # the first one with a catalogue
    ],
)
def test_the_system_language_is_followed(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    _system(monkeypatch, **environment)
    assert current_language() == expected


def test_on_windows_the_windows_language_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows sets none of the variables: its display language (a LANGID) is asked for."""
    import ctypes
    from types import SimpleNamespace

    _system(monkeypatch)
    monkeypatch.setattr(sys, "platform", "win32")
    kernel32 = SimpleNamespace(GetUserDefaultUILanguage=lambda: 0x0407)  # German (Germany)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)
    assert current_language() == "de"
    kernel32.GetUserDefaultUILanguage = lambda: 0x0409  # English (United States)
    use_language(None)
    assert current_language() == "en"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # a variable set by hand still wins
    kernel32.GetUserDefaultUILanguage = lambda: 0x0409
    use_language(None)
    assert current_language() == "de"


def test_a_choice_wins_over_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    _system(monkeypatch, LANG="de_DE.UTF-8")
    use_language("en")
    assert _("Upcoming") == "Upcoming"
    use_language(None)
    assert _("Upcoming") == "Demnächst"


def test_an_unknown_word_or_language_is_shown_as_written() -> None:
    use_language("xx")
    assert _("Upcoming") == "Upcoming"
    use_language("de")
    assert _("a word nobody marked") == "a word nobody marked"


@pytest.mark.parametrize(("n", "german"), [(0, "0 Menschen"), (1, "1 Person"), (2, "2 Menschen")])
def test_plural_forms(n: int, german: str) -> None:
    use_language("de")
    assert ngettext("{n} person", "{n} people", n).format(n=n) == german
    use_language("en")
    assert ngettext("{n} person", "{n} people", n).format(n=n) == german.replace(
        "Menschen", "people"
    ).replace("Person", "person")


def test_marked_words_are_translated_only_when_shown() -> None:
    use_language("de")
    marked = N_("Upcoming")
    assert marked == "Upcoming"
    assert _(marked) == "Demnächst"


def test_the_catalogue_is_read_once_per_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    use_language("de")
    _("Past")
    reads = []
    monkeypatch.setattr(i18n, "_load", lambda languages: reads.append(languages))
    assert _("Past") == "Vergangen"
    assert reads == []


def test_numbers_days_and_times_in_english() -> None:
    use_language("en")
    assert number(12345) == "12,345"
    assert number(1234.5, 1) == "1,234.5"
    assert decimal(3.25) == "3.25"
    assert day(date(2026, 12, 5)) == "Sat 05 Dec 2026"
    assert weekday_day(date(2026, 3, 2)) == "Mon 2026-03-02"
    assert day_and_time(datetime(2026, 12, 5, 19, 30)) == "Sat 2026-12-05 19:30"


def test_numbers_days_and_times_in_german() -> None:
    use_language("de")
    assert number(12345) == "12.345"
    assert number(1234.5, 1) == "1.234,5"
    assert decimal(3.25) == "3,25"
    assert day(date(2026, 12, 5)) == "Sa, 5. Dez. 2026"
    assert day(date(2026, 3, 2)) == "Mo, 2. März 2026"
    assert weekday_day(date(2026, 3, 2)) == "Mo 02.03.2026"
    assert day_and_time(datetime(2026, 12, 5, 19, 30)) == "Sa 05.12.2026 19:30"
