"""Search everywhere: Ctrl+K, results as you type, escaping, Enter opens the right page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from conftest import open_main_window
from eventmate.domain.text import fold
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.gui.search.results_model import (
    HitRole,
    RichTextRole,
    SearchResultsModel,
    highlighted,
)
from eventmate.services.changes import Kind
from eventmate.services.container import Services
from eventmate.services.search.hits import SearchKind
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Fact, Person, Reflection

WHEN = datetime(2026, 11, 1, 19, 30, tzinfo=UTC)


@pytest.fixture
def window(qtbot: QtBot, services: Services, database: Database, tmp_path: Path) -> MainWindow:
    with database.write() as session:
        zoe = Person(name="Zoë <i>Müller</i>", sort_key="zoe <i>muller</i>", role="Oboe")
        olu = Person(name="Olu Adeyemi", sort_key="olu adeyemi")
        session.add_all([zoe, olu, Event(title="Wigmore recital", starts_at=WHEN)])
        session.flush()
        session.add(Fact(person_id=zoe.id, text="loves Ligeti & Kurtág"))
    return open_main_window(qtbot, services, tmp_path)


def _field(window: MainWindow) -> QLineEdit:
    field = window.findChild(QLineEdit, "searchField")
    assert field is not None
    return field


def test_highlighting_escapes_user_text() -> None:
    assert highlighted("<b>x</b> & Zoë", ((11, 14),)) == "&lt;b&gt;x&lt;/b&gt; &amp; <b>Zoë</b>"


@pytest.mark.parametrize("keys", ["Ctrl+K", "Ctrl+F"])
def test_shortcuts_focus_the_search_field(window: MainWindow, qtbot: QtBot, keys: str) -> None:
    window.sidebar.setFocus()
    key = Qt.Key.Key_K if keys == "Ctrl+K" else Qt.Key.Key_F
    qtbot.keyClick(window.sidebar, key, Qt.KeyboardModifier.ControlModifier)
    assert _field(window).hasFocus()
    assert _field(window).placeholderText() == "Search people, notes, events…"


def test_results_as_you_type_and_enter_opens_the_person(window: MainWindow, qtbot: QtBot) -> None:
    field = _field(window)
    field.setFocus()
    qtbot.keyClicks(field, "lig")
    bar = window.search_bar
    qtbot.waitUntil(lambda: bar.panel.isVisible())
    rich = bar.model.index(1).data(RichTextRole)
    assert "<b>Ligeti</b>" in rich
    assert "&amp;" in rich
    assert "&lt;i&gt;" in rich  # the person's name with "<i>" is shown literally
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.current_section is Section.PEOPLE
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    assert people.pages.currentWidget() is people.person_page
    assert not bar.panel.isVisible()


def test_arrows_skip_headings_and_esc_backs_out(window: MainWindow, qtbot: QtBot) -> None:
    field = _field(window)
    field.setFocus()
    qtbot.keyClicks(field, "o")
    bar = window.search_bar
    qtbot.waitUntil(lambda: bar.panel.isVisible())
    first = bar.list.currentIndex().row()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert bar.list.currentIndex().row() != first
    assert bar.list.currentIndex().data(HitRole) is not None
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not bar.panel.isVisible()
    assert field.text() == "o"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""


def test_nothing_found_says_so(window: MainWindow, qtbot: QtBot) -> None:
    field = _field(window)
    field.setFocus()
    qtbot.keyClicks(field, 'NEAR( "C++ *')
    bar = window.search_bar
    qtbot.waitUntil(lambda: bar.panel.isVisible())
    assert bar.nothing.isVisible()
    assert "Nothing found" in bar.nothing.text()


def test_event_result_opens_events(window: MainWindow, qtbot: QtBot) -> None:
    field = _field(window)
    field.setFocus()
    qtbot.keyClicks(field, "wigmore")
    qtbot.waitUntil(lambda: window.search_bar.panel.isVisible())
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.current_section is Section.EVENTS


def test_results_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, services: Services, window: MainWindow
) -> None:
    model = SearchResultsModel()
    model.set_results(services.search.search("o"))
    assert model.rowCount() > 2
    qtmodeltester.check(model)


def test_home_recently_met_opens_the_person_page(window: MainWindow, services: Services) -> None:
    uid = services.people.page(0, 1)[0].uid
    window.open_person(uid)
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    assert people.person_page.person_uid == uid
    assert people.pages.currentWidget() is people.person_page


def test_a_person_gone_since_the_search_is_not_opened(
    window: MainWindow, services: Services, database: Database, qtbot: QtBot
) -> None:
    field = _field(window)
    field.setFocus()
    qtbot.keyClicks(field, "olu")
    bar = window.search_bar
    qtbot.waitUntil(lambda: bar.panel.isVisible())
    with database.write() as session:
        session.execute(delete(Person).where(Person.name == "Olu Adeyemi"))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.current_section is Section.HOME
    assert window.statusBar().currentMessage() == "That person no longer exists."


def test_a_name_typed_without_its_special_letters_opens_the_person(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    with database.write() as session:
        session.add(Person(name="Łucja Nowak", sort_key=fold("Łucja Nowak")))
    field = _field(window)
    field.setFocus()
    qtbot.keyClicks(field, "lucja")
    bar = window.search_bar
    qtbot.waitUntil(lambda: bar.panel.isVisible())
    assert "<b>Łucja</b>" in bar.model.index(1).data(RichTextRole)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    people = window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    assert people.person_page.findChild(QLineEdit, "field_name").text() == "Łucja Nowak"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_reflection_found_by_search_opens_the_reflection(
    window: MainWindow, services: Services, database: Database, qtbot: QtBot
) -> None:
    from eventmate.gui.reflection.window import ReflectionWindow

    with database.write() as session:
        event = session.execute(select(Event)).scalar_one()
        session.add(Reflection(event_id=event.id, answers={"What went well?": "Bartók talk"}))
        event_uid = event.uid
    field = _field(window)
    field.setFocus()
    qtbot.keyClicks(field, "bartok")
    bar = window.search_bar
    qtbot.waitUntil(lambda: bar.panel.isVisible())
    assert bar.list.currentIndex().data(HitRole).kind is SearchKind.REFLECTION
    qtbot.keyClick(field, Qt.Key.Key_Return)
    windows = [w for w in window.findChildren(ReflectionWindow) if w.isVisible()]
    assert len(windows) == 1
    assert window.current_section is not Section.EVENTS  # not the Events page instead
    assert services.records.id_of(Kind.EVENT, event_uid) is not None
    windows[0].close()
