"""Shared fixtures: a real, migrated SQLite database per test, and its services."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.opening import open_sqlite

#: A fixed "now" for services under test: Wednesday 25 November 2026, 18:00 UTC.
NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    """A fresh database built by the real migrations."""
    db = open_sqlite(data_dir / "eventmate.sqlite3", data_dir / "backups")
    yield db
    db.close()


@pytest.fixture
def services(database: Database, data_dir: Path) -> Services:
    """All services on the test database, with the clock fixed at :data:`NOW`."""
    return Services(database, data_dir / "backups", clock=lambda: NOW)


@pytest.fixture
def migrating(database: Database) -> Iterator[Connection]:
    """A connection in one transaction, foreign keys off, handed to Alembic (as at upgrade)."""
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def open_main_window(qtbot: Any, services: Services, folder: Path) -> Any:
    """The real main window on ``services``, shown, with its settings in ``folder``."""
    from PySide6.QtCore import QSettings

    from eventmate.gui.main_window import MainWindow

    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(folder))
    qtbot.addWidget(window)
    window.attach_services(services)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def main_window(qtbot: Any, services: Services, data_dir: Path) -> Any:
    """The real main window on the test database, shown (one fixture for every GUI test)."""
    return open_main_window(qtbot, services, data_dir)


@pytest.fixture
def apply_look(qapp: Any) -> Iterator[Any]:
    """A function that paints the app in a theme (as Preferences does); undone afterwards."""
    from PySide6.QtGui import QPalette

    from eventmate.gui.style.theme import ThemeChoice, apply_theme

    def apply(choice: ThemeChoice) -> None:
        apply_theme(qapp, choice)
        qapp.processEvents()

    yield apply
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())
