"""Help (F1) lists every shortcut and the capture syntax; the first-run tour shows once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import NOW, open_main_window

from eventmate.gui.help_content import shortcut_groups
from eventmate.gui.help_dialog import HelpDialog, help_html
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.tour import TourDialog, tour_seen
from eventmate.services.container import Services

PORTABLE = QKeySequence.SequenceFormat.PortableText
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def listed_keys() -> set[str]:
    """Every key sequence Help lists, as portable text."""
    return {
        QKeySequence(key).toString(PORTABLE)
        for group in shortcut_groups()
        for shortcut in group.shortcuts
        for key in shortcut.keys
    }


def platform_equivalents(listed: set[str]) -> set[str]:
    """``listed`` and every other binding of a standard key it names (Ctrl+F4 for Ctrl+W)."""
    covered = set(listed)
    for standard in QKeySequence.StandardKey:
        keys = {key.toString(PORTABLE) for key in QKeySequence.keyBindings(standard)}
        if keys & listed:
            covered |= keys
    return covered


def bound_keys(widgets: list[QWidget]) -> set[str]:
    """Every key sequence bound by an action or shortcut of ``widgets`` and their children."""
    keys: set[str] = set()
    for widget in widgets:
        actions = [*widget.findChildren(QAction), *widget.actions()]
        for action in actions:
            keys |= {key.toString(PORTABLE) for key in action.shortcuts()}
        for shortcut in widget.findChildren(QShortcut):
            keys |= {key.toString(PORTABLE) for key in shortcut.keys()}  # noqa: SIM118 - Qt method
    return {key for key in keys if key}


def test_help_lists_every_shortcut_the_app_binds(
    main_window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    from eventmate.gui.events.prepare_dialog import PrepareDialog
    from eventmate.gui.reflection.window import ReflectionWindow
    from eventmate.services.events.events import EventDraft

    event_uid = services.events.create(
        EventDraft(title="Autumn Gala", starts_at=NOW - timedelta(days=1))
    ).uid
    for section in Section:
        main_window.show_section(section)
    main_window.data_actions  # noqa: B018 - the File menu's import/export actions
    main_window.open_capture()
    prepare = PrepareDialog(services, event_uid)
    reflection = ReflectionWindow(services, event_uid)
    qtbot.addWidget(prepare)
    qtbot.addWidget(reflection)
    assert main_window.capture_window is not None
    bound = bound_keys([main_window, main_window.capture_window, prepare, reflection])
    assert {"Ctrl+Shift+N", "Ctrl+K", "Ctrl+6", "F11", "Ctrl+Shift+R"} <= bound
    missing = bound - platform_equivalents(listed_keys())
    assert sorted(missing) == []


def test_help_teaches_the_syntax_the_approach_and_the_keys(qtbot: QtBot) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for words in ("Listen", "common ground", "Offer something", "Let it rest"):
        assert words in text
    assert "Anna Schmidt (viola, LSO) — loves Bartók" in text
    assert "Their story: grew up in Leipzig" in text
    assert "Ctrl+Shift+N" in text
    assert "Ctrl+K" in text
    assert "Ctrl+1 … Ctrl+6" in text
    assert "Ctrl+1 … Ctrl+4" not in text
    assert "conductor-search" not in help_html()
    assert dialog.tour_button is None  # offered only when there is a tour to open


def test_f1_opens_help_and_help_reopens_the_tour(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[HelpDialog] = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: opened.append(self) or 0)
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert len(opened) == 1
    tour_button = opened[0].tour_button
    assert tour_button is not None
    qtbot.mouseClick(tour_button, Qt.MouseButton.LeftButton)
    tour = main_window.findChild(TourDialog)
    assert tour is not None
    assert tour.isVisible()
    assert tour.index == 0


def test_the_tour_has_three_panels_and_can_be_skipped(qtbot: QtBot) -> None:
    tour = TourDialog()
    qtbot.addWidget(tour)
    tour.show()
    qtbot.waitExposed(tour)
    assert tour.stack.count() == 3
    assert not tour.back_button.isEnabled()
    assert tour.step_label.text() == "1 of 3"
    qtbot.keyClick(tour, Qt.Key.Key_Right)
    assert tour.index == 1
    assert "Ctrl+Shift+N" in " ".join(
        label.text()
        for label in tour.stack.currentWidget().findChildren(QWidget)
        if hasattr(label, "text")
    )
    qtbot.keyClick(tour, Qt.Key.Key_Left)
    assert tour.index == 0
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert tour.index == 2
    assert tour.next_button.text() == "Start"
    with qtbot.waitSignal(tour.accepted):
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)

    skipped = TourDialog()
    qtbot.addWidget(skipped)
    skipped.show()
    with qtbot.waitSignal(skipped.rejected):
        qtbot.keyClick(skipped, Qt.Key.Key_Escape)


def test_the_tour_is_offered_once(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    window = open_main_window(qtbot, services, tmp_path)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert not tour_seen(settings)
    first = window.offer_tour()
    assert first is not None
    assert first.isVisible()
    skip = first.findChild(QPushButton, "skipTourButton")
    assert skip is not None
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert not first.isVisible()
    settings.sync()
    assert tour_seen(settings)
    window.close()

    again = open_main_window(qtbot, services, tmp_path)  # the next start
    assert again.offer_tour() is None
    assert again.findChild(TourDialog) is None
