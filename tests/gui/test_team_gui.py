"""The app logged in as member B of a team: A's people are there, A's journal is not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.team_members import Team, team_of_two

from eventmate.gui.pages.events_page import EventsPage
from eventmate.gui.pages.journal_page import JournalPage
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.services.container import Services
from eventmate.storage.engine import Database

pytestmark = pytest.mark.server_only


@pytest.fixture
def team(server: Database, tmp_path: Path) -> Iterator[Team]:
    with team_of_two(server, tmp_path) as made:
        yield made


def _journal(qtbot: QtBot, services: Services) -> list[str]:
    page = JournalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return [page.list.item(row).text() for row in range(page.list.count())]


def _people(qtbot: QtBot, services: Services) -> list[str]:
    page = PeoplePage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return [page.model.index(row).data() for row in range(page.model.rowCount())]


def test_the_app_as_b_shows_shared_people_but_not_a_reflections(qtbot: QtBot, team: Team) -> None:
    assert _journal(qtbot, team.services_a) == ["Winter Gala"]
    assert _people(qtbot, team.services_b) == ["Quentin Zorbas"]
    assert _journal(qtbot, team.services_b) == []


def test_a_delete_of_an_event_b_wrote_on_is_refused_calmly(qtbot: QtBot, team: Team) -> None:
    team.services_b.reflection.save_body(team.event_uid, "B's own evening")
    page = EventsPage(team.services_a)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    page.refresh()
    page.select_event(team.event_uid)
    page.delete_current()
    assert page.notice.isVisible()
    assert page.notice_label.text() == (
        "Others in your team keep private notes on “Winter Gala”, so it was not deleted. "
        "Ask your team first."
    )
    assert not page.undo_button.isVisible()
    assert page.undo_stack.count() == 0  # nothing to undo
    assert page.current_event_uid() == team.event_uid  # still there, still chosen
    assert [entry.body for entry in team.services_b.journal.entries()] == ["B's own evening"]
