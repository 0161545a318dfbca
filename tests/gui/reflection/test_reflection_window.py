"""The reflection window driven by keys: autosave, close saves, @ completion, chips, tidy."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conftest import NOW
from eventmate.domain.kinds import IntentionKind, IntentionOutcome
from eventmate.domain.text import fold
from eventmate.gui.reflection.tidy_dialog import TidyDialog
from eventmate.gui.reflection.window import ReflectionWindow
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, Intention, Person


@pytest.fixture
def event_uid(database: Database) -> str:
    with database.write() as session:
        event = Event(
            title="Bartók quartets",
            starts_at=NOW - timedelta(hours=20),
            ends_at=NOW - timedelta(hours=18),
        )
        session.add(event)
        session.flush()
        session.add(
            Intention(event_id=event.id, kind=IntentionKind.CONNECT, text="Meet the violist")
        )
        session.add(
            Capture(
                raw_text="Léa Dubois, viola, red scarf",
                event_id=event.id,
                captured_at=NOW - timedelta(hours=19),
            )
        )
        for name in ("Anna Schmidt", "Kwame Mensah"):
            session.add(Person(name=name, sort_key=fold(name)))
        return event.uid


@pytest.fixture
def window(qtbot: QtBot, services: Services, event_uid: str) -> ReflectionWindow:
    win = ReflectionWindow(services, event_uid)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_typing_saves_after_a_pause(
    qtbot: QtBot, window: ReflectionWindow, services: Services
) -> None:
    prompt, editor = next(iter(window.editors.items()))
    qtbot.keyClicks(editor, "The Brahms went well")
    assert window.autosaver.pending
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=3000)
    assert services.reflection.open(window.view.event_uid).answers[prompt] == "The Brahms went well"
    qtbot.waitUntil(lambda: window.status.text() == "Saved.", timeout=3000)


def test_closing_saves_without_asking(
    qtbot: QtBot, window: ReflectionWindow, services: Services, event_uid: str
) -> None:
    qtbot.keyClicks(window.body, "Last paragraph, typed just before closing.")
    prompt, editor = list(window.editors.items())[2]
    qtbot.keyClicks(editor, "She teaches on Saturdays")
    window.close()
    stored = services.reflection.open(event_uid)
    assert stored.body == "Last paragraph, typed just before closing."
    assert stored.answers[prompt] == "She teaches on Saturdays"


def test_focus_out_saves_at_once(
    qtbot: QtBot, window: ReflectionWindow, services: Services
) -> None:
    editors = list(window.editors.values())
    editors[0].setFocus()
    qtbot.keyClicks(editors[0], "quick")
    qtbot.keyClick(editors[0], Qt.Key.Key_Tab)
    assert not window.autosaver.pending
    assert "quick" in services.reflection.open(window.view.event_uid).answers.values()


def test_energy_by_keyboard(qtbot: QtBot, window: ReflectionWindow, services: Services) -> None:
    window.energy_after.setFocus()
    for _ in range(4):
        qtbot.keyClick(window.energy_after, Qt.Key.Key_Up)
    assert services.reflection.open(window.view.event_uid).energy_after == 4
    assert window.energy_before.text() == "not noted"


# The offscreen platform cannot raise or grab for the completion popup; that is all it says.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_at_completion_inserts_the_name_and_links_the_person(
    qtbot: QtBot, window: ReflectionWindow, services: Services
) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Long talk with @an")
    completer = window.body.completer
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.body.toPlainText() == "Long talk with @Anna Schmidt "
    qtbot.wait(300)  # past the lookup pause: the finished name offers nothing more
    assert not popup.isVisible()
    window.close()
    mentioned = services.reflection.open(window.view.event_uid).mentioned
    assert [name for _uid, name in mentioned] == ["Anna Schmidt"]


def test_preview_renders_markdown_but_never_raw_html(
    qtbot: QtBot, window: ReflectionWindow
) -> None:
    window.body.setPlainText("# Evening\n\n*quiet* <b>bold?</b> <img src=x>")
    window.activateWindow()
    qtbot.waitActive(window)
    window.body.setFocus()
    qtbot.keyClick(
        window.body,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.body_stack.currentWidget() is window.preview
    shown = window.preview.toPlainText()
    assert "Evening" in shown
    assert "# Evening" not in shown
    assert "<b>bold?</b>" in shown


def test_outcome_chip_saves_in_one_click(
    qtbot: QtBot, window: ReflectionWindow, services: Services, event_uid: str
) -> None:
    row = window.intentions.rows[0]
    qtbot.mouseClick(row.buttons[IntentionOutcome.PARTLY], Qt.MouseButton.LeftButton)
    row.note.setFocus()
    qtbot.keyClicks(row.note, "said hello only")
    qtbot.keyClick(row.note, Qt.Key.Key_Return)
    (review,) = services.reflection.intentions(event_uid)
    assert (review.outcome, review.outcome_note) == (IntentionOutcome.PARTLY, "said hello only")
    assert row.buttons[IntentionOutcome.PARTLY].text().startswith("✓")


def test_failed_save_keeps_the_text_and_retries(
    qtbot: QtBot, window: ReflectionWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    original = services.reflection.save_body

    def locked(*_args: object) -> None:
        raise OperationalError("UPDATE", {}, Exception("database is locked"))

    monkeypatch.setattr(services.reflection, "save_body", locked)
    qtbot.keyClicks(window.body, "precious words")
    assert not window.autosaver.flush()
    assert "Not stored yet" in window.status.text()
    assert window.autosaver.pending
    monkeypatch.setattr(services.reflection, "save_body", original)
    assert window.autosaver.flush()
    assert services.reflection.open(window.view.event_uid).body == "precious words"


def test_make_a_person_from_a_capture_and_undo(
    qtbot: QtBot, window: ReflectionWindow, services: Services, event_uid: str
) -> None:
    panel = window.captures
    capture = services.tidy.captures(event_uid)[0]
    dialog = TidyDialog(services.tidy, capture, link=False)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Léa Dubois"
    qtbot.keyClicks(dialog.cues, "red scarf")
    qtbot.keyClicks(dialog.email, "lea@example.org")
    qtbot.keyClicks(dialog.facts, "studies in Vienna")
    panel.apply(dialog, capture)
    linked = services.tidy.captures(event_uid)[0]
    assert linked.person_name == "Léa Dubois"
    assert "Léa Dubois" in panel.list.item(0).text()
    window.undo_stack.undo()
    assert services.tidy.captures(event_uid)[0].person_uid is None
    assert services.tidy.find_people("lea") == ()
    window.undo_stack.redo()
    assert services.tidy.captures(event_uid)[0].person_name == "Léa Dubois"


def test_link_to_someone_shows_a_side_by_side_preview(
    qtbot: QtBot, window: ReflectionWindow, services: Services, event_uid: str
) -> None:
    capture = services.tidy.captures(event_uid)[0]
    dialog = TidyDialog(services.tidy, capture, link=True)
    qtbot.addWidget(dialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "kwa")
    qtbot.waitUntil(lambda: dialog.search_results.count() == 1, timeout=3000)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Down)
    assert dialog.search_results.currentRow() == 0
    qtbot.keyClicks(dialog.phone, "+44 20 7946 0000")
    texts = [label.text() for label in dialog.preview.findChildren(type(window.status))]
    assert any("Kwame Mensah has" in text for text in texts)
    assert any("+44 20 7946 0000" in text for text in texts)
    window.captures.apply(dialog, capture)
    assert services.tidy.captures(event_uid)[0].person_name == "Kwame Mensah"


def test_captures_without_an_event_can_be_shown(
    qtbot: QtBot, window: ReflectionWindow, database: Database
) -> None:
    with database.write() as session:
        session.add(Capture(raw_text="someone at the bar", captured_at=NOW - timedelta(hours=2)))
    assert window.captures.list.count() == 1
    window.captures.loose.setChecked(True)
    assert window.captures.list.count() == 2
    assert "someone at the bar" in window.captures.list.item(1).text()


def test_typing_goes_on_while_another_program_holds_the_database(
    qtbot: QtBot, window: ReflectionWindow, services: Services, database: Database
) -> None:
    import sqlite3

    assert database.path is not None
    other = sqlite3.connect(database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # someone else is writing
    try:
        qtbot.keyClicks(window.body, "first line")
        qtbot.waitUntil(lambda: "body" in window.autosaver._running, timeout=3000)
        # The write waits in the background; the GUI thread still takes keys.
        qtbot.keyClicks(window.body, ", still typing")
        assert window.body.toPlainText() == "first line, still typing"
        assert window.autosaver.pending
    finally:
        other.execute("ROLLBACK")
        other.close()
    window.close()
    assert services.reflection.open(window.view.event_uid).body == "first line, still typing"


def test_make_a_person_starts_from_what_the_capture_says(
    qtbot: QtBot, services: Services, event_uid: str
) -> None:
    """A descriptor is a recall cue, not a name; the facts come along with their kinds."""
    from eventmate.domain.kinds import FactKind
    from eventmate.services.after.tidy import CaptureItem

    def dialog_for(text: str) -> TidyDialog:
        services.capture.capture(text, event_uid)
        item = next(i for i in services.tidy.captures(event_uid) if i.raw_text == text)
        assert isinstance(item, CaptureItem)
        dialog = TidyDialog(services.tidy, item, link=False)
        qtbot.addWidget(dialog)
        return dialog

    described = dialog_for("cellist, red scarf — studied in Vienna; loves Ligeti")
    assert described.name.text() == ""  # typed once known; never "cellist"
    assert described.cues.text() == "cellist, red scarf"
    assert described.facts.toPlainText() == "studied in Vienna\nloves Ligeti"
    assert not described.ok.isEnabled()
    qtbot.keyClicks(described.name, "Ilse Berg")
    assert described.ok.isEnabled()
    kinds = {text: kind for kind, text in described.new_facts()}
    assert kinds["studied in Vienna"] is FactKind.STORY
    assert kinds["loves Ligeti"] is FactKind.CARES_ABOUT
