"""Opening data kept in a sync app's folder: a band says why that is risky, until understood."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolBar

from eventmate.app import database_start
from eventmate.gui.main_window import MainWindow
from eventmate.storage.locations import resolve_locations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")


def start(qtbot: Any, folder: Path, settings_file: Path) -> MainWindow:
    """Open the window on ``folder`` as ``run_gui`` does, and let the start's timers run."""
    locations = resolve_locations(folder)
    locations.ensure()
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(locations.data_dir))
    qtbot.addWidget(window)
    window.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert database_start.open_database(app, window, locations, [0])
    qtbot.wait(50)
    return window


def band(window: MainWindow) -> QToolBar | None:
    return window.findChild(QToolBar, "folderRiskBanner")


def test_a_synced_data_folder_is_said_until_understood(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox" / "EventMate"
    window = start(qtbot, folder, tmp_path / "ui.ini")
    qtbot.waitUntil(lambda: (found := band(window)) is not None and found.isVisible())
    shown = band(window)
    assert shown is not None
    text = shown.findChild(QLabel, "folderRiskText")
    assert text is not None
    assert text.text().startswith("Your data is in a Dropbox folder")
    assert "Preferences ▸ Storage" in text.text()
    understood = shown.findChild(QPushButton, "folderRiskUnderstood")
    assert understood is not None
    qtbot.mouseClick(understood, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: band(window) is None)
    window.close_database()
    # Understood is remembered for this folder: the next start says nothing.
    again = start(qtbot, folder, tmp_path / "ui.ini")
    assert band(again) is None
    again.close_database()


def test_a_local_data_folder_shows_no_band(qtbot: Any, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path / "Music" / "EventMate", tmp_path / "ui.ini")
    assert band(window) is None
    window.close_database()


def test_a_database_file_chosen_in_a_synced_folder_is_said_too(qtbot: Any, tmp_path: Path) -> None:
    """The data folder is local, but its database was moved into OneDrive (``move-to``)."""
    from eventmate.storage.store_choice import save_choice

    folder = tmp_path / "Music" / "EventMate"
    resolve_locations(folder).ensure()
    moved = tmp_path / "OneDrive - Hall" / "eventmate.sqlite3"
    moved.parent.mkdir()
    save_choice(resolve_locations(folder), f"sqlite:///{moved}")
    window = start(qtbot, folder, tmp_path / "ui.ini")
    qtbot.waitUntil(lambda: band(window) is not None)
    shown = band(window)
    assert shown is not None
    text = shown.findChild(QLabel, "folderRiskText")
    assert text is not None
    assert "OneDrive folder" in text.text()
    window.close_database()


def test_a_shared_drive_is_named_by_its_file_system() -> None:
    from eventmate.gui.recovery.folder_banner import risk_text
    from eventmate.services.folder_place import FolderRisk

    text = risk_text(FolderRisk("network", "nfs4"))
    assert text.startswith("Your data is on a shared drive (nfs4), where the database's locks")
    assert text.endswith("share a server (Preferences ▸ Storage).")
