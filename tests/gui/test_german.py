"""The whole GUI in German: every page and dialog walked, and no English text found on any.

The screens are bench/screenshots.py's (so a screen added there is walked here too), plus the
tour and the menus, on the sample data. A text is English when it is a catalogue source shown
as it is (while German has its own words for it), or when it holds English words the German
never uses; the sample data's own names and notes are the user's words and are left alone.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from tests.gui.texts_on_screen import catalogue, texts, untranslated

from eventmate.gui import language
from eventmate.services.container import Services

ROOT = Path(__file__).resolve().parents[2]
#: Widgets showing what the services wrote (calendar import's reasons for leaving an event
#: out, the database's own error text): translated by ``eventmate.domain.i18n``, not by Qt.
_SERVICE_TEXTS = ("QListWidget(importSkipped)", "QLabel(recoveryDetails)")


def _screenshots() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "bench" / "screenshots.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sample_words(identical: frozenset[str]) -> tuple[str, ...]:
    """The user's words, not the app's, longest first: every text literal of the sample data,
    of the screenshots' own captures and of Help's typed examples (and the parts a capture is
    split into), and what the German catalogue keeps as it is (capture syntax, names)."""
    words: set[str] = set(identical)
    for path in (
        ROOT / "src" / "eventmate" / "services" / "data" / "sample_data.py",
        ROOT / "bench" / "screenshots.py",
        ROOT / "src" / "eventmate" / "gui" / "help_content.py",
    ):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        translated = {
            id(argument)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_tr", "tr")
            for argument in node.args
        }
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and len(text) > 3 and id(node) not in translated:
                words.add(text)
                words.update(p.strip() for p in re.split(r"[—;!#?]", text) if len(p.strip()) > 3)
    return tuple(sorted(words, key=len, reverse=True))


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The GUI's German translators installed (and taken out again afterwards)."""
    before = QLocale()
    assert language.install_language("de") == "de"
    yield
    language.remove_translators()
    QLocale.setDefault(before)


def _screens(qtbot: Any, services: Services, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """Every screen, shown, by name."""
    from eventmate.gui.main_window import MainWindow
    from eventmate.gui.sections import Section
    from eventmate.gui.tour import TourDialog

    shots = _screenshots()
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(folder))
    qtbot.addWidget(window)
    window.attach_services(services)
    window.resize(1280, 800)
    window.show()
    for section in Section:
        window.show_section(section)
        if section is Section.INSIGHTS:
            insights = window.page(Section.INSIGHTS)
            shots.wait_for(lambda page=insights: getattr(page, "insights", None) is not None)
        shots.settle()
        yield f"window-{section.name.lower()}", window
    window.open_person(shots._person_uid(services, "Anna Schmidt"))
    shots.settle()
    yield "person", window
    window.page(Section.PEOPLE).show_list()  # type: ignore[attr-defined]
    window.search_bar.field.setText("anna")
    window.search_bar.focus_search()
    shots.settle()
    yield "search", window.search_bar.window()
    window.search_bar.hide_results()
    for name, build in shots.scenes(window, services, folder).items():
        widget = build()
        qtbot.addWidget(widget)
        widget.show()
        shots.settle()
        yield name, widget
        widget.close()
    yield from _more_screens(qtbot, services, folder)
    tour = TourDialog(window)
    qtbot.addWidget(tour)
    tour.show()
    for _ in range(12):
        shots.settle()
        yield f"tour-{tour.index}", tour
        tour.go(1)


def _more_screens(qtbot: Any, services: Services, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """Screens the screenshots leave out: name rehearsal, encryption, every recovery screen."""
    from eventmate.gui.data.encryption_dialog import TurnOnDialog
    from eventmate.gui.data.turn_off_dialog import TurnOffDialog
    from eventmate.gui.recovery.recovery_screen import RecoveryScreen
    from eventmate.gui.rehearsal.rehearsal_window import RehearsalWindow

    deck = services.rehearsal.for_people([row.id for row in services.people.page(0, 50)])
    words = (ROOT / "src" / "eventmate" / "gui" / "recovery" / "words.py").read_text()
    database = folder / "eventmate.sqlite3"
    screens: list[tuple[str, Callable[[], QWidget]]] = [
        ("rehearsal", lambda: RehearsalWindow(services.rehearsal, deck)),
        ("encrypt", lambda: TurnOnDialog(services.encryption, 2, lambda: None)),
        ("decrypt", lambda: TurnOffDialog(services.encryption, 3, lambda: None)),
    ]
    for kind in sorted(set(re.findall(r'^\s+"([a-z_]+)": ', words, re.MULTILINE))):
        screens.append(
            (
                f"recovery-{kind}",
                lambda k=kind: RecoveryScreen(
                    k, str(database), "", database, folder / "backups", config_dir=folder
                ),
            )
        )
    for name, build in screens:
        widget = build()
        qtbot.addWidget(widget)
        widget.show()
        _screenshots().settle()
        yield name, widget
        widget.close()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_every_screen_reads_german(
    german: None, qtbot: Any, services: Services, data_dir: Path
) -> None:
    services.sample_data.add()
    _screenshots().add_captures(services)
    services.maintenance.backup(reason="automatic")
    sources, translations = catalogue()
    sample = _sample_words(frozenset(s for s, german in sources.items() if german == s))
    english: list[str] = []
    walked = 0
    for name, screen in _screens(qtbot, services, data_dir):
        walked += 1
        for where, text in texts(screen):
            if where.startswith(_SERVICE_TEXTS):
                continue
            if text and (why := untranslated(text, sources, translations, sample)):
                english.append(f"{name}: {where}: {text!r} — {why}")
    assert walked > 45
    assert not english, f"{len(english)} English texts:\n" + "\n".join(sorted(set(english)))
