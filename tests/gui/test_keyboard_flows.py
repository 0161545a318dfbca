"""One flow per section, by keyboard alone: the keys a person at the keyboard would press.

Each flow starts in the main window and reaches its end without a click: a new event
(Ctrl+2, Ctrl+N), a person and their export (Ctrl+3, Tab, Enter, Ctrl+Shift+E), a reflection
(Ctrl+4, Alt+R), a promise let rest with a note (Ctrl+5), a capture with its event picked
(Ctrl+Shift+N, Ctrl+E), Insights (Ctrl+6) and search (Ctrl+K).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QListView, QWidget
from pytestqt.qtbot import QtBot

from eventmate.domain.kinds import FollowUpStatus
from eventmate.gui.main_window import MainWindow, Section
from eventmate.services.container import Services

from PySide6.QtCore import Qt  # isort: skip

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(main_window: MainWindow, services: Services) -> MainWindow:
    services.sample_data.add()
    main_window.activateWindow()
    assert main_window.data_actions is not None  # File ▸ Import/Export (added after 250 ms)
    return main_window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key as the user presses it: to whatever has the focus."""
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


@pytest.fixture
def when_modal() -> Iterator[Callable[[Callable[[QWidget], None]], None]]:
    """Arms a watcher that runs an action on the next modal dialog once it is up.

    ``exec()`` waits meanwhile; a dialog still open 5 s later is cancelled, so a flow that goes
    wrong fails its test instead of hanging it. Every watcher ends with the test.
    """
    owner = QObject()

    def arm(act: Callable[[QWidget], None]) -> None:
        timer = QTimer(owner)
        timer.setInterval(10)

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and dialog.isVisible():
                timer.stop()
                QTimer.singleShot(5000, owner, dialog.reject)
                act(dialog.focusWidget() or dialog)

        timer.timeout.connect(look)
        timer.start()

    yield arm
    owner.deleteLater()  # its timers with it: nothing reaches a later test's dialogs


def tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], most: int = 30) -> QWidget:
    """Press Tab until the focus is on a widget ``wanted`` accepts."""
    for _ in range(most):
        if wanted(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the control")


def test_events_new_event_right_after_ctrl_2(
    window: MainWindow,
    services: Services,
    qtbot: QtBot,
    when_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.current_section is Section.EVENTS

    def fill(field: QWidget) -> None:
        qtbot.keyClicks(field, "Quartet evening")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_modal(fill)
    press(qtbot, Qt.Key.Key_N, CTRL)  # no Tab, Tab first
    titles = [row.title for row in services.events.list_events().upcoming]
    assert "Quartet evening" in titles


def test_people_open_a_person_and_export_them(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    press(qtbot, Qt.Key.Key_3, CTRL)
    people = tab_to(qtbot, lambda w: w.objectName() == "peopleList")
    assert isinstance(people, QListView) or people.objectName() == "peopleList"
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    page = window.page(Section.PEOPLE)
    assert page.pages.currentWidget() is page.person_page  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.data_actions.export_dialog is not None)
    dialog = window.data_actions.export_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    offered = dialog.selected_button  # type: ignore[attr-defined]
    assert offered is not None
    assert offered.text().startswith("Anna Schmidt")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Escape)
    assert page.pages.currentIndex() == 0  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_journal_reflect_on_an_event(
    window: MainWindow, qtbot: QtBot, when_modal: Callable[[Callable[[QWidget], None]], None]
) -> None:
    press(qtbot, Qt.Key.Key_4, CTRL)
    when_modal(lambda picker: qtbot.keyClick(picker, Qt.Key.Key_Return))
    press(qtbot, Qt.Key.Key_R, ALT)  # a mnemonic "animates" the click: it comes a moment later
    qtbot.waitUntil(lambda: bool(window._reflections))
    reflection = next(iter(window._reflections.values()))
    qtbot.waitUntil(reflection.isVisible)
    reflection.close()


def test_follow_ups_add_one_and_let_it_rest_with_a_note(
    window: MainWindow,
    services: Services,
    qtbot: QtBot,
    when_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    press(qtbot, Qt.Key.Key_5, CTRL)
    field = tab_to(qtbot, lambda w: w.objectName() == "followUpText")
    qtbot.keyClicks(field, "Send Ilse the Ligeti score")
    press(qtbot, Qt.Key.Key_Return)
    added = next(
        i for i in services.followups.open_items() if i.text == "Send Ilse the Ligeti score"
    )
    tab_to(qtbot, lambda w: w.objectName() == "followUpList")
    page = window.page(Section.FOLLOW_UPS)
    while page.list.currentItem().text().split("\n")[0].split(" — ")[0] != added.text:  # type: ignore[attr-defined]
        press(qtbot, Qt.Key.Key_Down)

    def note(field: QWidget) -> None:
        qtbot.keyClicks(field, "she has it already")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_modal(note)
    press(qtbot, Qt.Key.Key_R, ALT)  # Let it rest… asks for the note
    qtbot.waitUntil(lambda: services.followups.get(added.uid).status is FollowUpStatus.LET_IT_REST)
    stored = services.followups.get(added.uid)
    assert (stored.status, stored.status_note) == (FollowUpStatus.LET_IT_REST, "she has it already")


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_capture_and_pick_the_event_from_home(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    capture = window.capture_window
    assert capture is not None
    qtbot.waitUntil(capture.isVisible)
    capture.activateWindow()  # as the window manager does; offscreen it must be asked
    qtbot.waitUntil(lambda: QApplication.activeWindow() is capture)
    qtbot.keyClicks(capture.input, "Ilse Berg (cello) - teaches at the Guildhall")
    qtbot.keyClick(capture.input, Qt.Key.Key_Return)
    assert any(item.raw_text.startswith("Ilse Berg") for item in services.capture.recent(3))
    for _ in range(2):  # the second time too: Ctrl+E always opens the list
        qtbot.keyClick(capture.input, Qt.Key.Key_E, CTRL)
        qtbot.waitUntil(capture.event_picker.view().isVisible)
        qtbot.keyClick(capture.event_picker.view(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not capture.event_picker.view().isVisible())
        capture.input.setFocus()
    capture.set_compact(True)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is capture)
    qtbot.keyClick(capture.input, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(capture.event_picker.view().isVisible)
    qtbot.keyClick(capture.event_picker.view(), Qt.Key.Key_Escape)
    qtbot.keyClick(capture.input, Qt.Key.Key_Escape)
    assert not capture.isVisible()


def test_search_finds_a_person_from_anywhere(window: MainWindow, qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_6, CTRL)
    assert window.current_section is Section.INSIGHTS
    assert window.page(Section.INSIGHTS).isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_K, CTRL)
    assert focused() is window.search_bar.field
    type_text(qtbot, "Zoe")
    qtbot.waitUntil(lambda: window.search_bar.panel.isVisible())
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_section is Section.PEOPLE
    page = window.page(Section.PEOPLE)
    assert page.pages.currentWidget() is page.person_page  # type: ignore[attr-defined]


@pytest.mark.parametrize("section", list(Section))
def test_ctrl_f_searches_everywhere_from_inside_every_section(
    window: MainWindow, qtbot: QtBot, section: Section
) -> None:
    # As the help says. A page binding Ctrl+F too made it ambiguous, and Qt then runs
    # neither: on Events and Journal it did nothing at all.
    press(qtbot, getattr(Qt.Key, f"Key_{section + 1}"), CTRL)
    assert window.page(section).isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.search_bar.field


def test_keys_of_the_window_are_bound_nowhere_else(window: MainWindow) -> None:
    from PySide6.QtGui import QAction, QShortcut

    for section in Section:
        window.page(section)
    everywhere = {
        key.toString()
        for action in window.actions() + window.findChildren(QAction)
        if action.parent() is window
        and action.shortcutContext()
        in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
        for key in action.shortcuts()
    }
    assert {"Ctrl+K", "Ctrl+F", "Ctrl+Q", "Ctrl+1"} <= everywhere
    elsewhere = [
        (action.objectName() or action.text(), key.toString())
        for action in window.findChildren(QAction)
        if action.parent() is not window
        for key in action.shortcuts()
        if key.toString() in everywhere
    ] + [
        (type(shortcut.parent()).__name__, key.toString())
        for shortcut in window.findChildren(QShortcut)
        for key in shortcut.keys()  # noqa: SIM118 - Qt method
        if key.toString() in everywhere
    ]
    assert elsewhere == []
