"""The main window offscreen: sections by keyboard, Home's states, sample data, geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from eventmate.gui.main_window import PRELOAD_CAPTURE_MS, MainWindow, Section
from eventmate.services.container import Services


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window


def labels(widget: object) -> list[str]:
    assert hasattr(widget, "findChildren")
    return [label.text() for label in widget.findChildren(QLabel)]


def test_starts_on_home_with_inviting_empty_states(window: MainWindow) -> None:
    assert window.current_section is Section.HOME
    texts = " ".join(labels(window.page(Section.HOME)))
    assert "Going to a concert soon?" in texts
    assert "People you meet will appear here" in texts


def test_keyboard_moves_between_sections(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section is Section.EVENTS
    assert window.stack.currentWidget() is window.page(Section.EVENTS)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section is Section.FOLLOW_UPS
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section is Section.INSIGHTS
    assert window.stack.currentWidget().objectName() == "insightsPage"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section is Section.HOME
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section is Section.INSIGHTS
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section is Section.JOURNAL
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.current_section is Section.PEOPLE
    assert window.stack.currentWidget() is window.page(Section.PEOPLE)


def test_sample_data_in_and_out_from_home(window: MainWindow, qtbot: QtBot) -> None:
    home = window.page(Section.HOME)
    add = home.findChild(QPushButton, "addSampleButton")
    assert add is not None
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    title = home.findChild(QLabel, "nextEventTitle")
    assert title is not None
    assert "Autumn Gala" in title.text()
    assert "sample" in title.text()
    window.show_section(Section.PEOPLE)
    people = window.page(Section.PEOPLE).findChild(QAbstractItemView, "peopleList")
    assert people is not None
    assert people.model().rowCount() == 4
    window.show_section(Section.HOME)
    remove = home.findChild(QPushButton, "removeSampleButton")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert home.findChild(QPushButton, "removeSampleButton") is None or not any(
        button.isVisible() for button in home.findChildren(QPushButton, "removeSampleButton")
    )
    assert "Going to a concert soon?" in " ".join(labels(home))
    window.show_section(Section.PEOPLE)  # a hidden page catches up when it is shown
    assert people.model().rowCount() == 0


def test_events_page_lists_upcoming_before_past(window: MainWindow, services: Services) -> None:
    from eventmate.gui.events.event_model import EventRole

    services.sample_data.add()
    window.show_section(Section.EVENTS)
    events = window.page(Section.EVENTS).findChild(QAbstractItemView, "eventsList")
    assert events is not None
    model = events.model()
    rows = [model.index(i, 0) for i in range(model.rowCount())]
    assert rows[0].data() == "Upcoming"
    assert str(rows[1].data()).startswith("Autumn Gala")
    assert rows[1].data(EventRole.UPCOMING)
    donor = next(i for i in rows if "Donor" in str(i.data()))
    assert not donor.data(EventRole.UPCOMING)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_prepare_from_home_opens_intentions_and_briefing(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    from eventmate.gui.events.prepare_dialog import PrepareDialog

    services.sample_data.add()
    home = window.page(Section.HOME)
    prepare = home.findChild(QPushButton, "prepareNextEventButton")
    assert prepare is not None
    qtbot.mouseClick(prepare, Qt.MouseButton.LeftButton)
    dialogs = [d for d in window.findChildren(PrepareDialog) if d.isVisible()]
    assert len(dialogs) == 1
    briefing = dialogs[0].briefing.text.toPlainText()
    assert "Anna Schmidt" in briefing  # linked through the sample gala's intention
    assert "Hear how Anna" in briefing
    qtbot.mouseClick(prepare, Qt.MouseButton.LeftButton)  # a second click brings the same one
    assert len([d for d in window.findChildren(PrepareDialog) if d.isVisible()]) == 1
    dialogs[0].close()


def test_journal_lists_reflections(window: MainWindow, services: Services) -> None:
    services.sample_data.add()
    window.show_section(Section.JOURNAL)
    journal = window.page(Section.JOURNAL).findChild(QListWidget, "journalList")
    assert journal is not None
    assert journal.count() == 1
    assert "Spring Recital" in journal.item(0).text()


def test_geometry_is_remembered(
    qtbot: QtBot, services: Services, settings: QSettings, data_dir: Path
) -> None:
    first = MainWindow(settings, str(data_dir))
    qtbot.addWidget(first)
    first.resize(777, 555)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(settings, str(data_dir))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (777, 555)


def test_every_focusable_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QWidget

    for section in Section:
        window.show_section(section)
    unnamed = [
        widget.objectName() or type(widget).__name__
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisibleTo(window)
        and not widget.accessibleName()
        and not (isinstance(widget, QPushButton) and widget.text())
        and type(widget).__name__ not in {"QScrollBar", "QMenuBar"}
    ]
    assert unnamed == []


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_file_import_calendar_previews_and_imports(
    window: MainWindow, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from eventmate.gui.events.import_dialog import ImportCalendarDialog

    action = window.findChild(QAction, "importCalendarAction")
    assert action is not None
    assert action.text() == "Import &calendar…"
    path = tmp_path / "one.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:one@x\r\n"
        "DTSTAMP:20261101T000000Z\r\nSUMMARY:Imported gala\r\nDTSTART:20261203T183000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )

    def press_import() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportCalendarDialog) or dialog.preview is None:
            QTimer.singleShot(20, press_import)
            return
        dialog.accept()

    QTimer.singleShot(0, press_import)
    window.import_calendar(path)
    assert [row.title for row in services.events.list_events().upcoming] == ["Imported gala"]
    assert window.statusBar().currentMessage() == "1 event imported from one.ics"


def test_home_offers_adding_an_event_when_nothing_is_planned(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventmate.gui.pages.events_page import EventsPage

    opened: list[bool] = []
    monkeypatch.setattr(EventsPage, "new_event", lambda self: opened.append(True))
    button = window.page(Section.HOME).findChild(QPushButton, "addEventButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_section is Section.EVENTS
    assert opened == [True]


def test_home_shows_the_next_events_intentions_in_their_own_words(
    window: MainWindow, services: Services
) -> None:
    from eventmate.domain.kinds import IntentionKind

    services.sample_data.add()  # the gala comes with three intentions
    home = window.page(Section.HOME)
    shown = labels(home)
    assert "Connect · Hear how Anna's Bartók project is going (Anna Schmidt)" in shown
    assert "Offer · Two seats at my March recital for her students (Zoë Ng)" in shown
    assert "Mindset · Listen more than I talk" in shown
    assert not any("intentions set" in text for text in shown)
    gala = services.home.summary().next_event
    assert gala is not None
    for row in services.intentions.for_event(gala.uid):
        services.intentions.remove(row.uid)
    assert "No intentions yet — one is enough." in labels(home)
    services.intentions.add(gala.uid, IntentionKind.LEARN, "How the hall books soloists")
    assert "Learn · How the hall books soloists" in labels(home)


def test_a_window_closed_early_builds_no_capture_mode_afterwards(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[object] = []
    monkeypatch.setattr(window, "_capture_window", lambda: built.append(1))
    window.close()
    qtbot.wait(PRELOAD_CAPTURE_MS + 300)
    assert built == []
