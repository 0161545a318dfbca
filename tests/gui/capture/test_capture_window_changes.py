"""Capture mode names its event by uid: a gone event falls back to "No event", calmly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from conftest import NOW
from eventmate.app.gui_main import on_instance_request
from eventmate.domain.text import fold
from eventmate.gui.capture.capture_window import CaptureWindow
from eventmate.gui.main_window import MainWindow
from eventmate.services.container import Services
from eventmate.services.events.events import EventDraft
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Break, Capture, Event, Person
from eventmate.storage.opening import open_sqlite

# Capture mode comes forward (raise), which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def gala(database: Database) -> tuple[int, str]:
    """An event running at NOW, in its intermission: its id and uid."""
    with database.write() as session:
        event = Event(
            title="Autumn Gala",
            starts_at=NOW - timedelta(hours=1),
            ends_at=NOW + timedelta(hours=1),
        )
        session.add(event)
        session.flush()
        session.add(Break(event_id=event.id, label="Intermission", starts_at=NOW, minutes=20))
        session.add(Person(name="Anna Schmitt", sort_key=fold("Anna Schmitt")))
        return event.id, event.uid


@pytest.fixture
def window(qtbot: QtBot, services: Services, gala: tuple[int, str]) -> CaptureWindow:
    win = CaptureWindow(services.capture)
    qtbot.addWidget(win)
    win.open()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.suggestions_ready)
    return win


@pytest.fixture
def elsewhere(data_dir: Path) -> Iterator[Services]:
    """The command line's way in: a second connection to the same file."""
    database = open_sqlite(data_dir / "eventmate.sqlite3", data_dir / "backups")
    yield Services(database, None, clock=lambda: NOW)
    database.close()


def captures(database: Database) -> list[tuple[str, int | None]]:
    with database.read() as session:
        rows = session.execute(select(Capture.raw_text, Capture.event_id).order_by(Capture.id))
        return [(text, event) for text, event in rows]


def people(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def test_a_deleted_event_falls_back_to_no_event_and_keeps_what_is_typed(
    qtbot: QtBot, window: CaptureWindow, services: Services, gala: tuple[int, str]
) -> None:
    assert window.event_uid == gala[1]
    qtbot.keyClicks(window.input, "Lars Larsen - bass")
    window.on_changes(services.events.delete(gala[1]).changes)
    assert window.event_uid is None
    assert window.header.text().startswith("No event")
    assert window.message.text() == (
        "“Autumn Gala” no longer exists. Captures go to No event for now (Ctrl+E)."
    )
    assert window.input.text == "Lars Larsen - bass"


def test_enter_for_an_event_deleted_meanwhile_keeps_the_words_with_no_event(
    qtbot: QtBot,
    window: CaptureWindow,
    services: Services,
    database: Database,
    gala: tuple[int, str],
) -> None:
    services.events.delete(gala[1])  # from elsewhere: the window has not heard yet
    qtbot.keyClicks(window.input, "Zoe Ng - flute")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert captures(database) == [("Zoe Ng - flute", None)]  # nothing typed is lost
    assert window.input.text == ""
    assert window.event_uid is None
    assert window.message.text().startswith("Saved, with no event: “Autumn Gala” no longer exists")


def test_a_linked_person_deleted_meanwhile_is_refused_and_nothing_is_lost(
    qtbot: QtBot, window: CaptureWindow, database: Database, gala: tuple[int, str]
) -> None:
    qtbot.keyClicks(window.input, "Anna Schmit - has a new baby")
    qtbot.keyClick(window.input, Qt.Key.Key_Tab)
    assert window.person_preview.text().startswith("Adds to Anna Schmitt")
    with database.write() as session:
        session.execute(Person.__table__.delete())  # deleted from elsewhere
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert captures(database) == []
    assert window.input.text == "Anna Schmit - has a new baby"
    assert window.message.text().startswith("That person no longer exists.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # as written: a new person
    assert captures(database) == [("Anna Schmit - has a new baby", gala[0])]
    assert people(database) == 1


def test_undo_of_a_capture_removed_elsewhere_says_so(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    qtbot.keyClicks(window.input, "Kwame Mensah - horn")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    with database.write() as session:
        session.execute(Capture.__table__.delete())
    qtbot.keyClick(window.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.message.text() == "That capture was already removed; nothing to undo."
    assert window.input.text == ""
    assert people(database) == 2  # nothing else was touched


def test_opening_for_a_gone_event_says_so(
    services: Services, window: CaptureWindow, gala: tuple[int, str]
) -> None:
    services.events.delete(gala[1])
    window.open(gala[1])
    assert window.event_uid is None
    assert window.message.text() == (
        "That event no longer exists. Captures go to No event for now (Ctrl+E)."
    )


def test_the_command_line_reaches_open_capture_mode(
    main_window: MainWindow,
    services: Services,
    elsewhere: Services,
    database: Database,
    gala: tuple[int, str],
) -> None:
    event_id, event_uid = gala
    on_instance_request(main_window, f"capture {event_id}")  # `eventmate capture --event ID`
    window = main_window.capture_window
    assert window is not None
    assert window.event_uid == event_uid
    window.set_event(None)
    on_instance_request(main_window, f"capture {event_uid}")  # or its uid
    assert window.event_uid == event_uid

    elsewhere.capture.capture("Mei Chen (piano)", event_uid)
    main_window.changes.poll()
    assert "Mei Chen (piano)" in window.recent_list.item(0).text()

    elsewhere.events.update(
        event_uid,
        EventDraft(
            title="Autumn Gala, second night",
            starts_at=NOW - timedelta(hours=1),
            ends_at=NOW + timedelta(hours=1),
        ),
    )
    main_window.changes.poll()
    assert window.event_uid == event_uid
    assert window.header.text() == "Autumn Gala, second night"

    elsewhere.events.delete(event_uid)
    main_window.changes.poll()
    assert window.event_uid is None
    assert "no longer exists" in window.message.text()


def test_a_person_renamed_elsewhere_is_suggested_by_the_new_name(
    qtbot: QtBot, main_window: MainWindow, elsewhere: Services, gala: tuple[int, str]
) -> None:
    on_instance_request(main_window, "capture")
    window = main_window.capture_window
    assert window is not None
    qtbot.waitUntil(lambda: window.suggestions_ready)
    qtbot.keyClicks(window.input, "Anna Schmit")
    assert "Did you mean Anna Schmitt" in window.suggestion_line.text()
    window.input.setPlainText("")

    (anna,) = elsewhere.person.people_named("Anna Schmitt")
    elsewhere.person.set_field(anna[0], PersonField.NAME, "Anna Weber")
    main_window.changes.poll()
    qtbot.keyClicks(window.input, "Anna Webr")
    assert "Did you mean Anna Weber" in window.suggestion_line.text()
    window.input.setPlainText("")
    qtbot.keyClicks(window.input, "Schmitt")
    assert "Anna" not in window.suggestion_line.text()
