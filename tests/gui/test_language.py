"""The GUI's catalogues are complete and current, and the language is chosen and installed."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from tests.conftest import open_main_window
from tests.gui.texts_on_screen import GERMAN, ROOT, catalogue, texts, untranslated

from eventmate.gui import language
from eventmate.services.container import Services


def _load_catalogue_tool() -> ModuleType:
    """packaging/qt_catalogue.py (a script, not a package module)."""
    path = ROOT / "packaging" / "qt_catalogue.py"
    spec = importlib.util.spec_from_file_location("qt_catalogue", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["qt_catalogue"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


qt_catalogue = _load_catalogue_tool()

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs is taken out again."""
    before = QLocale()
    yield
    language.remove_translators()
    QLocale.setDefault(before)


def test_catalogues_hold_every_text_of_the_sources() -> None:
    messages, problems = qt_catalogue.extract()
    assert not problems, [f"{p.where}: {p.what}" for p in problems]
    assert len(messages) > 1000
    for code in qt_catalogue.LANGUAGES:
        path = qt_catalogue.CATALOGUES / f"eventmate_{code}.ts"
        assert path.read_bytes() == qt_catalogue.catalogue(messages, code, path), (
            f"{path.name} is out of date: run `make translations-gui`"
        )


def test_the_reader_finds_helpers_and_typed_parameters(tmp_path: Path) -> None:
    source = tmp_path / "gui"
    source.mkdir()
    (source / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n    return QCoreApplication.translate('Page', text)\n"
        "def build(window: 'MainWindow'):\n"
        "    tr = QCoreApplication.translate\n"
        "    return [_tr('One'), window.tr('Two'), tr('Other', 'Three'), _tr(f'{window}')]\n"
        "class Dialog:\n    def title(self, n):\n        return self.tr('%n days', '', n)\n"
    )
    messages, problems = qt_catalogue.extract((source,))
    found = {(m.context, m.source, m.numerus) for m in messages}
    assert found == {
        ("Page", "One", False),
        ("MainWindow", "Two", False),
        ("Other", "Three", False),
        ("Dialog", "%n days", True),
    }
    assert [p.what for p in problems] == ["a translated text that is not a literal"]


def _placeholders(text: str) -> list[str]:
    return sorted(set(re.findall(r"%(?:\d|L?n)", text.replace("%Ln", "%n"))))


def test_german_is_complete_and_keeps_every_placeholder() -> None:
    for message in ET.parse(GERMAN).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"not translated: {source!r}"
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            assert len(forms) == 2, source  # German: one, other
            assert "%n" in forms[-1] or "%Ln" in forms[-1], source  # "every day" needs none
            assert _placeholders(forms[-1]) == _placeholders(source), source
        else:
            assert translation.text, source
            assert _placeholders(translation.text) == _placeholders(source), source
            assert translation.text.count("&") == source.count("&"), source


def test_compiled_catalogues_say_what_their_sources_say(qapp: QApplication) -> None:
    """Each committed .qm gives every translation of its .ts (else `make translations-gui`)."""
    for ts in sorted(qt_catalogue.CATALOGUES.glob("eventmate_*.ts")):
        translator = QTranslator()
        assert translator.load(str(ts.with_suffix(".qm")))
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                comment = message.findtext("comment")
                translation = message.find("translation")
                assert translation is not None
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if forms:
                    shown = translator.translate(name, source, comment, 2)
                    assert shown == forms[-1], f"{ts.with_suffix('.qm').name} is stale: {source!r}"
                else:
                    shown = translator.translate(name, source, comment)
                    assert shown == translation.text, f"{ts.with_suffix('.qm').name}: {source!r}"


def test_english_counts_one_and_many(restore_language: None) -> None:
    assert language.install_language("en") == "en"
    tr = QCoreApplication.translate
    assert tr("PeoplePage", "%Ln people", "", 1) == "1 person"
    assert tr("PeoplePage", "%Ln people", "", 1200) == QLocale().toString(1200) + " people"


def test_german_counts_and_qt_own_buttons(restore_language: None) -> None:
    assert language.install_language("de") == "de"
    tr = QCoreApplication.translate
    assert tr("RestoreDialog", "%n people", "", 1) == "1 Person"
    assert tr("RestoreDialog", "%n people", "", 3) == "3 Personen"
    assert tr("QPlatformTheme", "Close") == "Schließen"  # from Qt's qtbase_de
    assert QLocale().language() == QLocale.Language.German


def test_the_system_language_decides_unless_one_is_chosen(tmp_path: Path) -> None:
    german, french = QLocale("de_AT"), QLocale("fr_FR")
    assert language.language_for("", german) == "de"
    assert language.language_for("", french) == "en"
    assert language.language_for("de", french) == "de"
    assert language.language_for("en", german) == "en"
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert language.saved_language(settings) == ""
    language.save_language(settings, "de")
    assert language.saved_language(settings) == "de"
    settings.setValue(language.LANGUAGE_KEY, "tlh")  # not one we speak: follow the system
    assert language.saved_language(settings) == ""


def test_preferences_keeps_the_choice_and_says_it_waits_for_a_restart(
    qtbot: Any, tmp_path: Path, restore_language: None
) -> None:
    from eventmate.gui.preferences_dialog import PreferencesDialog

    language.install_language("en")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings, str(tmp_path))
    qtbot.addWidget(dialog)
    panel = dialog.language
    assert panel.choice == ""
    panel.buttons["de"].click()
    assert language.saved_language(settings) == "de"
    assert "Deutsch" in panel.note.text()
    assert "next start" in panel.note.text()
    panel.buttons["en"].click()
    assert language.saved_language(settings) == "en"
    assert panel.note.text() == ""
    reopened = PreferencesDialog(settings, str(tmp_path))
    qtbot.addWidget(reopened)
    assert reopened.language.choice == "en"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_translation_taken_out_is_found(
    qtbot: Any,
    services: Services,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restore_language: None,
) -> None:
    """The walk through the screens would notice a translation missing from the catalogue."""
    tree = ET.parse(GERMAN)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "Search people, notes, events…":
            translation = message.find("translation")
            assert translation is not None
            translation.text = None
            translation.set("type", "unfinished")
    folder = tmp_path / "translations"
    folder.mkdir()
    tree.write(folder / "eventmate_de.ts", encoding="utf-8")
    qm = folder / "eventmate_de.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(folder / "eventmate_de.ts"), "-qm", str(qm)], check=True
    )
    monkeypatch.setattr(language, "CATALOGUE_DIRS", (folder,))
    language.install_language("de")
    window = open_main_window(qtbot, services, data_dir)
    sources, german = catalogue()
    found = [
        text for _where, text in texts(window) if text and untranslated(text, sources, german, ())
    ]
    assert found == ["Search people, notes, events…"]


def test_the_shipped_prompts_are_all_shown_translated() -> None:
    from eventmate.gui.reflection.shipped_words import shipped_words
    from eventmate.services.after.templates import (
        DEFAULT_PROMPTS,
        DEFAULT_TEMPLATE_NAME,
        EARLIER_DEFAULTS,
    )

    shipped = {DEFAULT_TEMPLATE_NAME, *DEFAULT_PROMPTS, *(p for e in EARLIER_DEFAULTS for p in e)}
    assert shipped <= set(shipped_words())


def test_the_services_words_follow_the_gui_language(qapp: object) -> None:
    """A refusal made in services (gettext) speaks the language the window speaks."""
    from eventmate.domain.i18n import _ as service_words
    from eventmate.gui.language import install_language, remove_translators

    try:
        install_language("de")
        assert service_words("An event needs a title.") == "Ein Termin braucht einen Titel."
        install_language("en")
        assert service_words("An event needs a title.") == "An event needs a title."
    finally:
        remove_translators()


@pytest.mark.parametrize("code", ["en", "de"])
def test_help_examples_store_what_help_says_in_each_language(
    restore_language: None, code: str
) -> None:
    from eventmate.domain.capture_syntax import parse_capture
    from eventmate.gui.help_content import capture_examples

    assert language.install_language(code) == code
    for example in capture_examples():
        parsed = parse_capture(example.typed)
        if parsed.name is None:
            assert parsed.descriptor, example.typed
            continue
        said = [parsed.name, *(f.text for f in parsed.facts), *(f.text for f in parsed.follow_ups)]
        assert all(part in example.stored for part in said), (example.typed, example.stored)
    if code == "de":
        assert "liebt" in capture_examples()[0].typed  # German words in a German Help
