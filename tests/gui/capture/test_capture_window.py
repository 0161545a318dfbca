"""Capture mode driven by real keystrokes: what is typed is what is stored."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from conftest import NOW
from eventmate.app.gui_main import on_instance_request
from eventmate.domain.text import TEXT_MAX, fold
from eventmate.gui.capture.capture_window import CaptureWindow
from eventmate.gui.capture.recent_delegate import WHEN_ROLE
from eventmate.gui.main_window import MainWindow, Section
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Break, Capture, Event, Fact, Person

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def event_id(database: Database) -> int:
    """An event running at NOW, in its intermission (14 min 30 s left)."""
    with database.write() as session:
        old = Event(title="Spring Recital", starts_at=NOW - timedelta(days=120))
        event = Event(
            title="Autumn Gala",
            starts_at=NOW - timedelta(hours=1),
            ends_at=NOW + timedelta(hours=1),
        )
        session.add_all([old, event])
        session.flush()
        session.add(
            Break(
                event_id=event.id,
                label="Intermission",
                starts_at=NOW - timedelta(minutes=5, seconds=30),
                minutes=20,
            )
        )
        session.add(Person(name="Anna Schmitt", sort_key=fold("Anna Schmitt"), met_event_id=old.id))
        return event.id


@pytest.fixture
def event_uid(database: Database, event_id: int) -> str:
    """The uid of the event running at NOW (what capture mode keeps)."""
    with database.read() as session:
        return session.scalars(select(Event.uid).where(Event.id == event_id)).one()


@pytest.fixture
def window(qtbot: QtBot, services: Services, event_id: int) -> CaptureWindow:
    win = CaptureWindow(services.capture)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.input.setFocus()
    qtbot.waitUntil(lambda: win.suggestions_ready)
    return win


def count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def type_and_enter(qtbot: QtBot, window: CaptureWindow, text: str) -> None:
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def test_header_shows_event_break_and_time_left(window: CaptureWindow, event_uid: str) -> None:
    assert window.event_uid == event_uid
    assert window.header.text() == "Autumn Gala · Intermission · 15 min left"


def test_typing_and_enter_stores_and_clears(
    qtbot: QtBot, window: CaptureWindow, database: Database, event_id: int
) -> None:
    # QTest types ASCII only; accents and dashes are covered by pasting, below.
    qtbot.keyClicks(window.input, "Zoe Ng (flute, LSO) - loves Ligeti #lso !send the score")
    assert window.person_preview.text() == "Zoe Ng · flute · LSO"
    assert "cares about: loves Ligeti" in window.detail_preview.text()
    assert "promise: send the score" in window.detail_preview.text()
    with qtbot.waitSignal(window.captured):
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.input.text == ""
    with database.read() as session:
        person = session.scalars(select(Person).where(Person.name == "Zoe Ng")).one()
        assert (person.role, person.organization, person.met_event_id) == ("flute", "LSO", event_id)
        capture = session.scalars(select(Capture)).one()
        assert capture.raw_text == "Zoe Ng (flute, LSO) - loves Ligeti #lso !send the score"
        assert capture.event_id == event_id
    assert window.recent_list.count() == 1
    saved = window.recent_list.item(0)
    assert saved.data(WHEN_ROLE) == "Just now"
    assert saved.text() == "Zoe Ng (flute, LSO) - loves Ligeti #lso !send the score"
    assert saved.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Just now")


def test_empty_enter_does_nothing(qtbot: QtBot, window: CaptureWindow, database: Database) -> None:
    type_and_enter(qtbot, window, "   ")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert count(database, Capture) == 0


def test_tab_links_to_the_suggested_person(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    qtbot.keyClicks(window.input, "Anna Schmit - has a new baby")
    assert "Did you mean Anna Schmitt (met at Spring Recital)?" in window.suggestion_line.text()
    qtbot.keyClick(window.input, Qt.Key.Key_Tab)
    assert window.person_preview.text().startswith("Adds to Anna Schmitt")
    assert window.input.hasFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert count(database, Person) == 1  # no duplicate
    with database.read() as session:
        fact = session.scalars(select(Fact)).one()
        person = session.get(Person, fact.person_id)
        assert person is not None
        assert person.name == "Anna Schmitt"
        assert fact.text == "has a new baby"


def test_second_tab_unlinks_and_a_new_person_is_made(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    qtbot.keyClicks(window.input, "Anna Schmit")
    qtbot.keyClick(window.input, Qt.Key.Key_Tab)
    qtbot.keyClick(window.input, Qt.Key.Key_Tab)
    assert "Did you mean" in window.suggestion_line.text()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert count(database, Person) == 2


def test_ctrl_z_undoes_the_last_capture_and_gives_the_text_back(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    type_and_enter(qtbot, window, "Kwame Mensah - horn")
    assert count(database, Person) == 2
    with qtbot.waitSignal(window.undone):
        qtbot.keyClick(window.input, Qt.Key.Key_Z, CTRL)
    assert count(database, Capture) == 0
    assert count(database, Person) == 1
    assert window.input.text == "Kwame Mensah - horn"
    assert window.recent_list.count() == 0
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # changed my mind: store it again
    assert count(database, Capture) == 1


def test_ctrl_z_while_typing_undoes_typing_only(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    type_and_enter(qtbot, window, "Kwame Mensah")
    qtbot.keyClicks(window.input, "Lars")
    qtbot.keyClick(window.input, Qt.Key.Key_Z, CTRL)
    assert count(database, Capture) == 1


def test_esc_leaves_and_keeps_the_text(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    qtbot.keyClicks(window.input, "half a tho")
    with qtbot.waitSignal(window.left):
        qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert window.input.text == "half a tho"
    assert count(database, Capture) == 0


def test_paste_of_many_lines_saves_each_for_the_event(
    qtbot: QtBot, window: CaptureWindow, database: Database, event_id: int
) -> None:
    window.input.insertPlainText(
        "- Lars Larsen — bass\n\n• cellist, red scarf\n3. Mei Chen (piano)\n"
    )
    assert window.person_preview.text() == "3 captures to save — Enter saves them all"
    assert "cellist, red scarf — kept to tidy later" in window.detail_preview.text()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    with database.read() as session:
        rows = session.execute(select(Capture.raw_text, Capture.event_id).order_by(Capture.id))
        assert rows.all() == [
            ("Lars Larsen — bass", event_id),
            ("cellist, red scarf", event_id),
            ("Mei Chen (piano)", event_id),
        ]
    assert window.input.text == ""


def test_no_event_can_be_picked_by_keyboard(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    window.event_picker.setFocus()
    qtbot.keyClick(window.event_picker, Qt.Key.Key_Home)
    assert window.event_uid is None
    assert window.header.text().startswith("No event")
    window.input.setFocus()
    type_and_enter(qtbot, window, "Aiko Tanaka")
    with database.read() as session:
        assert session.scalars(select(Capture.event_id)).one() is None


def test_huge_paste_is_capped_and_the_rest_stays_in_the_input(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    text = "Anna Long — " + "la" * (TEXT_MAX // 2 + 50)
    window.input.insertPlainText(text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    with database.read() as session:
        stored = session.scalars(select(Capture.raw_text)).one()
    assert len(stored) == TEXT_MAX
    assert stored + window.input.text == text
    assert "Saved the first" in window.message.text()


def test_odd_characters_are_stored_cleaned(
    qtbot: QtBot, window: CaptureWindow, database: Database
) -> None:
    window.input.insertPlainText("Zoe\u0308 Ng\x07 — 🎻 أحمد")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    with database.read() as session:
        assert session.scalars(select(Capture.raw_text)).one() == "Zoë Ng — 🎻 أحمد"


@pytest.fixture
def main(main_window: MainWindow) -> MainWindow:
    return main_window


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_ctrl_shift_n_opens_capture_from_the_main_window(
    qtbot: QtBot, main: MainWindow, services: Services, event_uid: str, database: Database
) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    capture = main.capture_window
    assert capture is not None
    qtbot.waitExposed(capture)
    assert capture.event_uid == event_uid
    qtbot.waitUntil(lambda: capture.suggestions_ready)
    type_and_enter(qtbot, capture, "Sean O'Brien: oboe")
    assert count(database, Capture) == 1
    qtbot.keyClick(capture.input, Qt.Key.Key_Escape)
    assert not capture.isVisible()
    home = main.page(Section.HOME)
    button = home.findChild(QPushButton, "captureButton")
    assert button is not None
    button.click()
    assert capture.isVisible()
    capture.close()
    on_instance_request(main, "capture")
    assert capture.isVisible()


@pytest.mark.parametrize("problem", ["database or disk is full", "database is locked"])
def test_a_failed_write_says_so_and_keeps_every_word(
    qtbot: QtBot,
    window: CaptureWindow,
    services: Services,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    problem: str,
) -> None:
    def fail(*_args: object) -> None:
        raise sqlite3.OperationalError(problem)

    monkeypatch.setattr(services.capture, "capture", fail)
    type_and_enter(qtbot, window, "Ingrid Aberg - harp")
    assert window.input.text == "Ingrid Aberg - harp"
    assert window.message.text().startswith(f"Not saved: {problem}.")
    monkeypatch.undo()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # the disk has room again: Enter retries
    assert count(database, Capture) == 1
    assert window.input.text == ""
