"""Shared fixtures: a real, migrated SQLite database per test, and its services."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

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
