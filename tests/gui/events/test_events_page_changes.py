"""The events page follows what changed: just those rows, by uid, whoever changed them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conftest import NOW
from eventmate.domain.kinds import IntentionKind
from eventmate.gui.events.event_dialog import EventDialog
from eventmate.gui.events.event_model import EventRole
from eventmate.gui.main_window import MainWindow
from eventmate.gui.pages.events_page import EventsPage
from eventmate.gui.sections import Section
from eventmate.services.container import Services
from eventmate.services.events.events import EventDraft
from eventmate.storage.opening import open_sqlite


def draft(title: str, days: float, **values: Any) -> EventDraft:
    return EventDraft(title=title, starts_at=NOW + timedelta(days=days), **values)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> EventsPage:
    for title, days in (("Autumn Gala", 2), ("Quartet rehearsal", 5), ("Donor reception", -3)):
        services.events.create(draft(title, days))
    widget = EventsPage(services)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


@pytest.fixture
def elsewhere(data_dir: Path) -> Iterator[Services]:
    """The command line's way in: a second connection to the same file."""
    database = open_sqlite(data_dir / "eventmate.sqlite3", data_dir / "backups")
    yield Services(database, None, clock=lambda: NOW)
    database.close()


def titles(page: EventsPage) -> list[str]:
    rows = [page.proxy.index(row, 0) for row in range(page.proxy.rowCount())]
    return [
        str(index.data()).upper() if index.data(EventRole.HEADING) else str(index.data())
        for index in rows
    ]


def uid_of(page: EventsPage, title: str) -> str:
    for row in range(page.model.rowCount()):
        index = page.model.index(row, 0)
        if index.data() == title:
            return str(index.data(EventRole.UID))
    raise AssertionError(title)


class Spy:
    """Counts the model's signals: precise updates never reset it."""

    def __init__(self, page: EventsPage) -> None:
        self.resets = self.inserted = self.removed = self.changed = 0
        model = page.model
        model.modelReset.connect(lambda: self.bump("resets"))
        model.rowsInserted.connect(lambda *_: self.bump("inserted"))
        model.rowsRemoved.connect(lambda *_: self.bump("removed"))
        model.dataChanged.connect(lambda *_: self.bump("changed"))

    def bump(self, name: str) -> None:
        setattr(self, name, getattr(self, name) + 1)


def test_changes_update_just_those_rows(
    page: EventsPage, services: Services, qtmodeltester: Any
) -> None:
    qtmodeltester.check(page.model)  # and it keeps watching every change below
    spy = Spy(page)
    page.select_event(uid_of(page, "Quartet rehearsal"))
    selected = page.current_event_uid()

    made = services.events.create(draft("Masterclass", 3))
    page.on_changes(made.changes)
    assert titles(page) == [
        "UPCOMING",
        "Autumn Gala",
        "Masterclass",
        "Quartet rehearsal",
        "PAST",
        "Donor reception",
    ]
    assert page.current_event_uid() == selected  # the selection stays on its event

    renamed = services.events.update(made.uid, draft("Masterclass with Anna", 3))
    page.on_changes(renamed)
    assert titles(page)[2] == "Masterclass with Anna"
    assert spy.changed == 1  # changed in place: not moved, not reset

    intention = services.intentions.add(made.uid, IntentionKind.LEARN, "bowing")
    page.on_changes(intention.changes)  # the event is logged as changed; its row is not
    assert spy.changed == 1

    moved = services.events.update(made.uid, draft("Masterclass with Anna", -10))
    page.on_changes(moved)
    assert titles(page)[-2:] == ["Donor reception", "Masterclass with Anna"]  # past, older

    deleted = services.events.delete(uid_of(page, "Donor reception"))
    page.on_changes(deleted.changes)
    page.on_changes(services.events.delete(made.uid).changes)
    assert titles(page) == ["UPCOMING", "Autumn Gala", "Quartet rehearsal"]  # no empty heading
    assert spy.resets == 0
    assert page.current_event_uid() == selected


def test_a_deleted_selected_event_hands_the_selection_to_its_neighbour(
    page: EventsPage, services: Services
) -> None:
    gala = uid_of(page, "Autumn Gala")
    page.select_event(gala)
    page.on_changes(services.events.delete(gala).changes)
    assert "Autumn Gala" not in titles(page)
    assert str(page.view.currentIndex().data()) == "Quartet rehearsal"


def test_deleting_an_event_already_gone_says_so_and_changes_nothing(
    page: EventsPage, qtbot: QtBot, services: Services
) -> None:
    gala = uid_of(page, "Autumn Gala")
    page.select_event(gala)
    services.events.delete(gala)  # elsewhere; this page has not heard yet
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.notice_label.text() == "This event no longer exists."
    assert not page.undo_button.isVisible()
    assert titles(page) == ["UPCOMING", "Quartet rehearsal", "PAST", "Donor reception"]
    assert [row.title for row in services.events.list_events().upcoming] == ["Quartet rehearsal"]


def test_editing_an_event_already_gone_says_so(
    page: EventsPage, qtbot: QtBot, services: Services
) -> None:
    gala = uid_of(page, "Autumn Gala")
    page.select_event(gala)
    services.events.delete(gala)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # no dialog opens for a gone event
    assert page.notice_label.text() == "This event no longer exists."
    assert "Autumn Gala" not in titles(page)


def test_an_open_edit_dialog_hears_its_event_was_deleted_and_writes_nowhere_else(
    page: EventsPage, qtbot: QtBot, services: Services
) -> None:
    gala = uid_of(page, "Autumn Gala")
    page.select_event(gala)
    seen: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EventDialog):
            QTimer.singleShot(10, step)
            return
        dialog.title.setText("Autumn Gala, my notes kept")
        page.on_changes(services.events.delete(gala).changes)  # deleted while open
        seen.append(dialog.problem.text())
        dialog.accept()  # Save: a new event, never the gone one or another

    QTimer.singleShot(0, step)
    page.edit_current()
    assert seen == ["This event was deleted meanwhile; Save adds it again."]
    assert services.events.get(gala) is None
    new = page.current_event_uid()
    assert new is not None
    assert new != gala
    assert titles(page)[1] == "Autumn Gala, my notes kept"


def test_a_change_made_from_the_command_line_reaches_the_open_page(
    main_window: MainWindow, services: Services, elsewhere: Services
) -> None:
    services.events.create(draft("Autumn Gala", 2))
    services.events.create(draft("Quartet rehearsal", 5))
    main_window.show_section(Section.EVENTS)
    page = main_window.page(Section.EVENTS)
    assert isinstance(page, EventsPage)
    page.select_event(uid_of(page, "Quartet rehearsal"))

    elsewhere.events.create(draft("Added from a terminal", 3))
    gala = uid_of(page, "Autumn Gala")
    elsewhere.events.update(gala, draft("Autumn Gala, renamed", 2))
    main_window.changes.poll()
    assert titles(page) == [
        "UPCOMING",
        "Autumn Gala, renamed",
        "Added from a terminal",
        "Quartet rehearsal",
    ]
    assert str(page.view.currentIndex().data()) == "Quartet rehearsal"

    elsewhere.events.delete(uid_of(page, "Quartet rehearsal"))
    main_window.changes.poll()
    assert "Quartet rehearsal" not in titles(page)
    assert str(page.view.currentIndex().data()) == "Added from a terminal"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_prepare_and_open_event_go_by_uid(
    main_window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    gala = services.events.create(draft("Autumn Gala", 2)).uid
    main_window.open_event(gala)
    page = main_window.page(Section.EVENTS)
    assert isinstance(page, EventsPage)
    assert page.current_event_uid() == gala
    with qtbot.waitSignal(page.prepare_requested) as asked:
        page.prepare_button.click()
    assert asked.args == [gala]
    dialog = main_window._prepare_dialogs[gala]
    assert dialog.event_uid == gala
    dialog.close()
    services.events.delete(gala)
    main_window.open_event(gala)  # a gone event: a calm status line, nothing opens
    assert main_window.statusBar().currentMessage() == "That event no longer exists."
