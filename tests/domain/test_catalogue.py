"""The German gettext catalogue: complete, true to its placeholders, compiled, and up to date.

``make translations-cli`` keeps it so; these tests fail when a marked word has no German, when
a translation is empty or fuzzy, loses or invents a ``{field}``/``%s``, or when the shipped .mo
is older than the .po.
"""

from __future__ import annotations

import gettext
import io
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from eventmate.domain.i18n import locale_dir

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "eventmate"
PO = locale_dir() / "de" / "LC_MESSAGES" / "eventmate.po"
MO = PO.with_suffix(".mo")
#: The packages whose words go through gettext (the GUI's go through Qt's tr()).
MARKED = ("cli", "services", "domain", "interop", "storage")
_PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![rs])?\}|%\([a-z_]+\)[sr]|%[sr]")


def _catalogue() -> Catalog:
    with PO.open("rb") as handle:
        return read_po(handle)


def _messages() -> list[Message]:
    return [message for message in _catalogue() if message.id]


def _ids(message: Message) -> tuple[str, ...]:
    return message.id if isinstance(message.id, tuple) else (message.id,)


def _strings(message: Message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def test_the_catalogue_is_where_the_package_finds_it() -> None:
    assert PO.is_file()
    assert MO.is_file()
    assert _catalogue().locale is not None
    assert str(_catalogue().locale) == "de"


def test_every_word_has_a_german_translation() -> None:
    untranslated = [
        _ids(message)[0]
        for message in _messages()
        if message.fuzzy or not all(text.strip() for text in _strings(message))
    ]
    assert untranslated == []
    assert len(_messages()) > 250


def test_plurals_have_both_german_forms() -> None:
    catalogue = _catalogue()
    assert catalogue.num_plurals == 2
    plurals = [message for message in _messages() if message.pluralizable]
    assert len(plurals) >= 20
    for message in plurals:
        assert len(_strings(message)) == 2, message.id
        assert "(s)" not in message.id[1]
        assert "(s)" not in "".join(_strings(message))


def test_translations_keep_every_placeholder() -> None:
    for message in _messages():
        wanted = sorted(_PLACEHOLDER.findall(_ids(message)[-1]))
        for text in _strings(message):
            assert sorted(_PLACEHOLDER.findall(text)) == wanted, (message.id, text)


def test_every_marked_word_in_the_source_is_in_the_catalogue() -> None:
    known = {_ids(message)[0] for message in _messages()}
    missing = []
    for package in MARKED:
        for filename, _line, text, _comments, _context in extract_from_dir(
            SRC / package, method_map=[("**.py", "python")]
        ):
            msgid = text[0] if isinstance(text, tuple) else text
            if msgid and msgid not in known:
                missing.append(f"{package}/{filename}: {msgid!r}")
    assert missing == [], "run `make translations-cli` and translate the new words"


def test_the_shipped_mo_is_compiled_from_the_po() -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _catalogue())
    fresh = gettext.GNUTranslations(io.BytesIO(compiled.getvalue()))
    with MO.open("rb") as handle:
        shipped = gettext.GNUTranslations(handle)
    for message in _messages():
        ids = _ids(message)
        if len(ids) == 2:
            for n in (1, 2):
                assert shipped.ngettext(*ids, n) == fresh.ngettext(*ids, n), ids
        else:
            assert shipped.gettext(ids[0]) == fresh.gettext(ids[0]), ids


@pytest.mark.parametrize("word", ["usage: ", "options", "the following arguments are required: %s"])
def test_argparse_words_are_translated(word: str) -> None:
    with MO.open("rb") as handle:
        assert gettext.GNUTranslations(handle).gettext(word) != word
