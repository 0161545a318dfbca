"""Home as a calm start: my promises first, each with one action; people met lately open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from eventmate.domain.kinds import FollowUpStatus
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.home_page import HomePage
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.services.container import Services

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def home(main_window: MainWindow, services: Services) -> HomePage:
    services.sample_data.add()
    page = main_window.page(Section.HOME)
    assert isinstance(page, HomePage)
    return page


def _texts(home: HomePage) -> list[str]:
    return [label.text() for label in home.findChildren(QLabel) if label.isVisibleTo(home)]


def test_what_I_promised_comes_before_what_was_promised_to_me(home: HomePage) -> None:
    texts = _texts(home)
    mine = texts.index("Send Anna the Ligeti recording — Anna Schmidt")
    theirs = texts.index("Zoë will send the student ticket scheme details — Zoë Ng")
    assert texts.index("I promised") < mine < texts.index("Promised to me") < theirs
    buttons = [b.text() for b in home.findChildren(QPushButton, "promiseKeptButton")]
    assert buttons == ["Done", "Received"]


def test_done_keeps_a_promise_and_it_leaves_home(
    home: HomePage, main_window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    done = home.findChildren(QPushButton, "promiseKeptButton")[0]
    assert done.accessibleName() == "Done: Send Anna the Ligeti recording"
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    kept = [item for item in services.followups.closed_items() if "Ligeti" in item.text]
    assert [item.status for item in kept] == [FollowUpStatus.DONE]
    assert "Send Anna the Ligeti recording — Anna Schmidt" not in _texts(home)
    assert "Follow-ups (Ctrl+5) can open it again" in main_window.statusBar().currentMessage()
    assert [b.text() for b in home.findChildren(QPushButton, "promiseKeptButton")] == ["Received"]


def test_a_name_met_recently_opens_the_person(
    home: HomePage, main_window: MainWindow, qtbot: QtBot
) -> None:
    names = {b.text(): b for b in home.findChildren(QPushButton, "metRecentlyButton")}
    assert set(names) == {"Anna Schmidt", "Mateo García", "Seán O'Brien", "Zoë Ng"}
    qtbot.mouseClick(names["Seán O'Brien"], Qt.MouseButton.LeftButton)
    assert main_window.current_section is Section.PEOPLE
    people = main_window.page(Section.PEOPLE)
    assert isinstance(people, PeoplePage)
    assert people.person_page.card.name.text() == "Seán O'Brien"


def test_the_next_event_has_one_obvious_action(home: HomePage) -> None:
    prepare = home.findChild(QPushButton, "prepareNextEventButton")
    assert prepare is not None
    assert prepare.isDefault()
    quiet = [home.findChild(QPushButton, name) for name in ("captureButton", "openNextEventButton")]
    assert all(button is not None and button.isFlat() for button in quiet)
