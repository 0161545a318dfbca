"""Every section fits a window 800 pixels wide (half a laptop screen), in English and German."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractScrollArea, QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import open_main_window

from eventmate.gui import language
from eventmate.gui.main_window import MainWindow
from eventmate.gui.sections import Section
from eventmate.services.container import Services

NARROW = 800


@pytest.fixture(params=["en", "de"])
def words(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The GUI in English, then in German (whose words are often longer)."""
    before = QLocale()
    if request.param == "de":
        assert language.install_language("de") == "de"
    yield str(request.param)
    language.remove_translators()
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path, words: str) -> MainWindow:
    services.sample_data.add()
    main_window: MainWindow = open_main_window(qtbot, services, tmp_path)
    main_window.resize(NARROW, 600)
    return main_window


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("section", list(Section))
def test_every_section_fits_without_widening_or_scrolling_sideways(
    window: MainWindow, qtbot: QtBot, section: Section
) -> None:
    window.show_section(section)
    page = window.page(section)
    qtbot.waitUntil(lambda: page.width() > 0)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= NARROW
    assert window.width() == NARROW
    sideways = [
        area.objectName() or type(area).__name__
        for area in page.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    ]
    assert sideways == []


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_people_count_stays_on_one_line(window: MainWindow, qtbot: QtBot) -> None:
    window.show_section(Section.PEOPLE)
    count = window.page(Section.PEOPLE).count_label  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(count.text()))
    QApplication.processEvents()
    assert not count.wordWrap()
    assert count.width() >= count.fontMetrics().horizontalAdvance(count.text())


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_person_being_edited_fits_and_shows_every_status_whole(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    from eventmate.gui.pages.people_page import PeoplePage
    from eventmate.services.changes import Kind

    row = next(row for row in services.people.page(0, 20) if row.name == "Anna Schmidt")
    anna = services.records.uid_of(Kind.PERSON, row.id)
    assert anna is not None
    window.open_person(anna)
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    page = people.person_page
    page.set_editing(True)
    column = page.form_scroll
    qtbot.waitUntil(lambda: column.viewport().width() > 0)
    QApplication.processEvents()
    assert window.width() == NARROW
    assert column.horizontalScrollBar().maximum() == 0
    status = page.form.status
    metrics = status.fontMetrics()
    widest = max(metrics.horizontalAdvance(status.itemText(row)) for row in range(status.count()))
    assert status.width() > widest + 16
