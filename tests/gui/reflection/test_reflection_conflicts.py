"""A reflection written on another device while this window is open: never overwritten unasked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from tests.gui.stale_answers import Asked, answer_with

from conftest import NOW
from eventmate.gui.reflection.window import ReflectionWindow
from eventmate.gui.stale_dialog import Choice
from eventmate.services.changes import Kind, StaleEdit
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Event


@pytest.fixture
def event_uid(database: Database) -> str:
    with database.write() as session:
        event = Event(title="Bartók quartets", starts_at=NOW - timedelta(hours=20))
        session.add(event)
        session.flush()
        return event.uid


@pytest.fixture
def window(qtbot: QtBot, services: Services, event_uid: str) -> ReflectionWindow:
    win = ReflectionWindow(services, event_uid)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_service_refuses_a_text_changed_since_it_was_read(
    services: Services, event_uid: str
) -> None:
    services.reflection.save_body(event_uid, "Mine, first", was="")
    services.reflection.save_body(event_uid, "Theirs")  # another device
    with pytest.raises(StaleEdit) as refused:
        services.reflection.save_body(event_uid, "Mine, second", was="Mine, first")
    assert refused.value.kind is Kind.REFLECTION
    assert (refused.value.mine, refused.value.theirs) == (
        {"body": "Mine, second"},
        {"body": "Theirs"},
    )
    services.reflection.save_answer(event_uid, "How was it?", "Good", was="")
    services.reflection.save_body(event_uid, "Theirs, again", was="Theirs")  # others: no conflict
    assert services.reflection.open(event_uid).body == "Theirs, again"


def test_free_writing_changed_on_both_sides_asks_and_keep_mine_stores_mine(
    qtbot: QtBot, window: ReflectionWindow, services: Services, event_uid: str
) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "The slow movement")
    services.reflection.save_body(event_uid, "Written on the laptop")  # another device
    asked = Asked()
    answer_with(Choice.MINE, asked)
    window.save()
    assert asked.times == [(["Free writing"], ["The slow movement"], ["Written on the laptop"])]
    assert services.reflection.open(event_uid).body == "The slow movement"
    qtbot.keyClicks(window.body, ", then the finale")  # goes on saving without asking
    window.save()
    assert services.reflection.open(event_uid).body == "The slow movement, then the finale"
    assert len(asked.times) == 1


def test_keep_theirs_puts_their_text_in_the_editor(
    qtbot: QtBot, window: ReflectionWindow, services: Services, event_uid: str
) -> None:
    prompt, editor = next(iter(window.editors.items()))
    editor.setFocus()
    qtbot.keyClicks(editor, "Mine")
    services.reflection.save_answer(event_uid, prompt, "Theirs")
    asked = Asked()
    answer_with(Choice.THEIRS, asked)
    window.save()
    assert len(asked.times) == 1
    assert editor.toPlainText() == "Theirs"
    window.save()
    assert services.reflection.open(event_uid).answers[prompt] == "Theirs"


def test_a_text_nobody_is_typing_in_takes_what_was_written_elsewhere(
    qtbot: QtBot, window: ReflectionWindow, services: Services, event_uid: str
) -> None:
    prompt, editor = next(iter(window.editors.items()))
    window.body.setFocus()
    changes = services.reflection.save_answer(event_uid, prompt, "From the phone")
    window.on_changes(changes)
    assert editor.toPlainText() == "From the phone"
    assert not window.autosaver.pending  # taking it is not an edit
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " and more")
    window.save()
    assert services.reflection.open(event_uid).answers[prompt] == "From the phone and more"
