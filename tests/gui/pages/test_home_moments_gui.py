"""Home by keyboard: names from last night open a rehearsal; one gentle look back a day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from conftest import NOW
from eventmate.domain.text import fold
from eventmate.gui.main_window import MainWindow
from eventmate.gui.pages.home_page import HomePage
from eventmate.gui.rehearsal.rehearsal_window import RehearsalWindow
from eventmate.gui.sections import Section
from eventmate.storage.engine import Database
from eventmate.storage.home_moments import local_midnight
from eventmate.storage.models import Event, Person

TODAY = NOW.astimezone().date()


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window


def refresh_home(window: MainWindow) -> None:
    home = window.page(Section.HOME)
    assert isinstance(home, HomePage)
    home.refresh()


@pytest.fixture
def moments(database: Database) -> dict[str, int]:
    with database.write() as session:
        party = Event(
            title="After-party",
            starts_at=local_midnight(TODAY - timedelta(days=1)) + timedelta(hours=21),
        )
        gala = Event(
            title="Autumn Gala",
            starts_at=local_midnight(TODAY.replace(year=TODAY.year - 1)) + timedelta(hours=19),
        )
        session.add_all([party, gala])
        session.flush()
        anna = Person(
            name="Anna Schmidt",
            sort_key=fold("Anna Schmidt"),
            role="Viola",
            met_event_id=gala.id,
            first_met_at=gala.starts_at,
        )
        kwame = Person(name="Kwame", sort_key="kwame", organization="LSO", met_event_id=party.id)
        session.add_all([anna, kwame])
        session.flush()
        return {"anna": anna.id, "party": party.id}


def home_button(window: MainWindow, name: str) -> QPushButton:
    button = window.page(Section.HOME).findChild(QPushButton, name)
    assert button is not None, name
    return button


def test_a_year_ago_today_opens_the_person(
    window: MainWindow, qtbot: QtBot, moments: dict[str, int]
) -> None:
    refresh_home(window)
    button = home_button(window, "onThisDayButton")
    assert button.text() == "A year ago today you met Anna Schmidt at Autumn Gala."
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.current_section is Section.PEOPLE


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_names_from_last_night_open_a_rehearsal_of_them(
    window: MainWindow, qtbot: QtBot, moments: dict[str, int]
) -> None:
    refresh_home(window)
    button = home_button(window, "lastNightButton")
    assert "the person you met at After-party" in button.accessibleName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    rehearsal = window.findChild(RehearsalWindow)
    assert rehearsal is not None
    qtbot.waitExposed(rehearsal)
    assert rehearsal.card is not None
    assert rehearsal.card.name == "Kwame"
    assert rehearsal.deck.event_id == moments["party"]
    # Rehearsed: once closed, Home no longer offers it.
    qtbot.keyClick(rehearsal.input, Qt.Key.Key_Return)
    qtbot.keyClick(rehearsal, Qt.Key.Key_K)
    qtbot.keyClick(rehearsal, Qt.Key.Key_Escape)
    home = window.page(Section.HOME)
    qtbot.waitUntil(lambda: home.summary is not None and home.summary.last_night is None)


def test_nothing_on_home_without_moments(window: MainWindow) -> None:
    home = window.page(Section.HOME)
    assert home.findChild(QPushButton, "onThisDayButton") is None
    assert home.findChild(QPushButton, "lastNightButton") is None
    assert QApplication.activeModalWidget() is None
