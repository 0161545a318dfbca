"""Starting while the server cannot be reached: capture offline, the way back, never a dead end.

A cluster of this module's own is stopped before the app opens and started again while
capture mode runs offline (the shared cluster serves every other test).
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from tests import pg_cluster
from tests.stores import capture_names

from eventmate.app import database_start, offline_start
from eventmate.gui.capture.capture_window import CaptureWindow
from eventmate.gui.main_window import MainWindow
from eventmate.gui.recovery.recovery_screen import RecoveryScreen
from eventmate.gui.recovery.words import Way
from eventmate.storage.locations import DATABASE_URL_ENV, resolve_locations
from eventmate.storage.store_choice import chosen_url, save_choice

pytestmark = [
    pytest.mark.skipif(
        pg_cluster.find_bindir() is None, reason="PostgreSQL is not installed (no initdb found)"
    ),
    pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)"),
]


class Screens:
    """Answers the recovery screen with the ways given, in turn, and notes what it offered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *choices: Way | None) -> None:
        self.choices = list(choices)
        self.shown: list[RecoveryScreen] = []
        monkeypatch.setattr(RecoveryScreen, "exec", lambda screen: self.answer(screen))

    def answer(self, screen: RecoveryScreen) -> int:
        self.shown.append(screen)
        screen.choice = self.choices.pop(0)
        return 1


def start(qtbot: Any, folder: Path) -> tuple[MainWindow, list[int]]:
    """Open the app's window on ``folder`` as ``run_gui`` does (the database opened into it)."""
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(folder))
    qtbot.addWidget(window)
    window.show()
    status = [0]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    database_start.open_database(app, window, resolve_locations(folder), status)
    return window, status


def offline_window() -> CaptureWindow:
    """Capture mode opened offline (a window of its own: the main window has no database)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CaptureWindow)]
    visible = [w for w in found if w.isVisible() and w.parent() is None]
    assert len(visible) == 1
    return visible[0]


def test_capture_while_offline_then_the_server_comes_back(
    qtbot: Any,
    own_cluster: pg_cluster.Cluster,
    server_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(offline_start, "FIRST_PROBE_MS", 100)
    monkeypatch.setattr(offline_start, "MAX_PROBE_MS", 400)
    monkeypatch.setenv(DATABASE_URL_ENV, server_url)
    screens = Screens(monkeypatch, Way.CAPTURE)
    own_cluster.halt()
    try:
        window, status = start(qtbot, tmp_path)
        [screen] = screens.shown
        assert screen.title.text() == "Offline: the database server cannot be reached"
        assert screen.ways == (Way.CAPTURE, Way.TRY_AGAIN, Way.LOCAL)
        # The environment names the server: the file cannot be chosen here, and it says why.
        assert not screen.buttons[Way.LOCAL].isEnabled()
        assert "EVENTMATE_DATABASE_URL" in screen.buttons[Way.LOCAL].description()
        capture = offline_window()
        for text in ("Ada Lind (viola)", "Bo Berg (horn)"):
            capture.input.setPlainText(text)
            qtbot.keyClick(capture.input, Qt.Key.Key_Return)
            assert capture.message.text() == (
                "Kept on this computer — will be sent when the server is back."
            )
        assert capture.outbox_line.text() == "offline — 2 captures waiting"
        assert capture.event_picker.count() >= 1  # "No event": nothing read from the server
        capture.input.setPlainText("Cy Moss (half typed")  # not kept yet: moves along
    finally:
        own_cluster.resume()
    qtbot.waitUntil(lambda: window.outbox is not None, timeout=30_000)
    assert status == [0]
    assert window.capture_window is not None
    assert window.capture_window.isVisible()
    assert window.capture_window.input.text == "Cy Moss (half typed"
    qtbot.waitUntil(lambda: window.outbox is not None and window.outbox.last is not None)
    assert capture_names(server_url) == ["Ada Lind", "Bo Berg"]
    window.capture_window.close()
    window.close_database()


def test_closing_offline_capture_mode_shows_the_way_out_again(
    qtbot: Any,
    own_cluster: pg_cluster.Cluster,
    server_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, server_url)
    screens = Screens(monkeypatch, Way.CAPTURE, None)
    own_cluster.halt()
    try:
        window, status = start(qtbot, tmp_path)
        capture = offline_window()
        capture.input.setPlainText("Dee Last (harp)")
        qtbot.keyClick(capture.input, Qt.Key.Key_Return)
        qtbot.keyClick(capture.input, Qt.Key.Key_Escape)
        assert len(screens.shown) == 2  # the recovery screen again, not a dead end
        assert screens.shown[1].status.text() == (
            "1 capture is kept on this computer, waiting for the server."
        )
        assert status == [database_start.EXIT_DATABASE]  # then quit
    finally:
        own_cluster.resume()
    window.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_file_on_this_computer_is_a_way_back_from_a_saved_server(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    locations = resolve_locations(tmp_path)
    locations.ensure()
    save_choice(locations, f"postgresql+psycopg://eventmate@127.0.0.1:{free_port()}/gone")
    screens = Screens(monkeypatch, Way.LOCAL)
    window, status = start(qtbot, tmp_path)
    [screen] = screens.shown
    assert screen.buttons[Way.LOCAL].isEnabled()
    assert chosen_url(locations) is None  # the saved server is forgotten
    qtbot.waitUntil(lambda: (tmp_path / "eventmate.sqlite3").exists(), timeout=30_000)
    assert status == [0]
    qtbot.waitUntil(lambda: window.services is not None)
    assert window.services.path == tmp_path / "eventmate.sqlite3"
    window.close_database()
