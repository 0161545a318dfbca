"""The recovery screen, the read-only band, "Check database" and a full disk in capture mode."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from eventmate.app import database_start
from eventmate.gui.capture.capture_window import CaptureWindow
from eventmate.gui.main_window import MainWindow
from eventmate.gui.recovery.check_database import check_database
from eventmate.gui.recovery.recovery_screen import RecoveryScreen
from eventmate.gui.recovery.words import Way, problem_words
from eventmate.services.container import Services
from eventmate.storage.locations import resolve_locations
from eventmate.storage.opening import DatabaseProblem, ProblemKind, open_sqlite
from mounts import fill, tmpfs


def gone(widget: QWidget) -> None:
    """Close and delete ``widget`` now, so none of its timers fires in a later test."""
    widget.close()
    shiboken6.delete(widget)


def scribble(path: Path) -> None:
    """Damage the pages of a database file so that its check fails."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(3 * 4096, len(data) - 4096, 4096):
        data[offset + 8 : offset + 300] = os.urandom(292)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(services: Services, data_dir: Path) -> Path:
    """A data folder with sample data, a good backup, and a damaged database file."""
    services.sample_data.add()
    services.maintenance.backup(reason="automatic")
    services.close()
    path = data_dir / "eventmate.sqlite3"
    scribble(path)
    return path


def screen_for(qtbot: QtBot, kind: str, data_dir: Path) -> RecoveryScreen:
    path = data_dir / "eventmate.sqlite3"
    screen = RecoveryScreen(kind, str(path), "detail", path, data_dir / "backups")
    qtbot.addWidget(screen)
    screen.show()
    return screen


@pytest.mark.parametrize(
    ("kind", "first"),
    [
        ("corrupt", Way.RESTORE),
        ("not_a_database", Way.RESTORE),
        ("not_ours", Way.RESTORE),
        ("newer_version", Way.EXPORT),
        ("read_only", Way.READ_ONLY),
        ("locked", Way.TRY_AGAIN),
        ("disk_full", Way.TRY_AGAIN),
        ("not_a_file", Way.TRY_AGAIN),
        ("migration_failed", Way.TRY_AGAIN),
    ],
)
def test_every_problem_has_plain_words_and_a_way_out(
    qtbot: QtBot, data_dir: Path, kind: str, first: Way
) -> None:
    screen = screen_for(qtbot, kind, data_dir)
    assert screen.ways[0] is first
    assert Way.FOLDER in screen.ways
    assert screen.title.text()
    assert "Traceback" not in screen.what.text()
    for way, button in screen.buttons.items():
        assert button.accessibleName(), way
    if kind == "read_only":
        assert "not damaged" in screen.what.text()
        assert "damaged" not in screen.title.text()
    assert screen.quit_button.isVisible()


@pytest.mark.parametrize(
    "kind",
    [
        "unreachable",
        "wrong_password",
        "no_database",
        "server_too_old",
        "tls_required",
        "not_utf8",
        "not_a_server_url",
    ],
)
def test_a_server_problem_is_never_called_damage(qtbot: QtBot, kind: str) -> None:
    # A server has no file: no restore, no folder; trying again, or the file on this
    # computer instead, is the way out (and capture mode, when it cannot be reached).
    screen = RecoveryScreen(kind, "postgresql+psycopg://me@db.example/em", "detail", None, None)
    qtbot.addWidget(screen)
    screen.show()
    assert ProblemKind(kind)  # a kind opening can raise
    if kind == "unreachable":
        assert screen.ways == (Way.CAPTURE, Way.TRY_AGAIN, Way.LOCAL)
    else:
        assert screen.ways == (Way.TRY_AGAIN, Way.LOCAL)
    assert all(button.isEnabled() for button in screen.buttons.values())
    assert "damaged" not in screen.title.text()
    assert "damaged" not in screen.what.text()
    assert screen.title.text() != problem_words("corrupt").title


def test_restore_puts_the_newest_backup_in_place(
    qtbot: QtBot, damaged: Path, data_dir: Path
) -> None:
    screen = screen_for(qtbot, "corrupt", data_dir)
    button = screen.buttons[Way.RESTORE]
    qtbot.waitUntil(button.isEnabled)
    assert "4 people, 3 events" in button.description()
    with qtbot.waitSignal(screen.accepted, timeout=20_000):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert screen.choice is Way.TRY_AGAIN
    kept = list(data_dir.glob("eventmate.sqlite3.before-restore-*"))
    assert kept, "the damaged file is kept aside"
    conn = sqlite3.connect(damaged)
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM person").fetchone() == (4,)
    conn.close()


def test_without_a_backup_restore_is_not_offered_but_other_ways_are(
    qtbot: QtBot, data_dir: Path
) -> None:
    (data_dir / "eventmate.sqlite3").write_bytes(b"garbage" * 100)
    screen = screen_for(qtbot, "not_a_database", data_dir)
    button = screen.buttons[Way.RESTORE]
    qtbot.waitUntil(lambda: "No backup" in button.description())
    assert not button.isEnabled()
    assert screen.buttons[Way.EXPORT].isDefault()


def test_export_saves_what_can_be_read_and_stays(
    qtbot: QtBot,
    services: Services,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.sample_data.add()
    services.close()
    path = data_dir / "eventmate.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page,) = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'fact' AND pagetype = 'leaf'"
    ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096 : page * 4096] = os.urandom(4096)  # the facts' page only
    path.write_bytes(bytes(data))
    screen = screen_for(qtbot, "corrupt", data_dir)
    target = tmp_path / "saved.json"
    monkeypatch.setattr(screen, "ask_export_path", lambda: target)
    screen.buttons[Way.EXPORT].click()
    qtbot.waitUntil(lambda: screen.status.isVisible(), timeout=20_000)
    assert str(target) in screen.status.text(), screen.status.text()
    assert "Saved 4 people" in screen.status.text()
    assert "damaged rows could not be read" in screen.status.text()
    assert target.exists()
    assert screen.isVisible()
    assert screen.choice is None


def test_export_of_an_unreadable_file_says_so_plainly(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "eventmate.sqlite3").write_bytes(b"SQLite format 3\x00" + os.urandom(20_000))
    screen = screen_for(qtbot, "corrupt", data_dir)
    monkeypatch.setattr(screen, "ask_export_path", lambda: tmp_path / "saved.json")
    screen.buttons[Way.EXPORT].click()
    qtbot.waitUntil(lambda: screen.status.isVisible(), timeout=20_000)
    assert "Nothing was saved" in screen.status.text()
    assert "SQL" not in screen.status.text()
    assert not (tmp_path / "saved.json").exists()


def test_choosing_read_only_opens_the_window_read_only(
    qtbot: QtBot, data_dir: Path, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.sample_data.add()
    services.close()
    locations = resolve_locations(data_dir)
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(data_dir))
    qtbot.addWidget(window)

    def choose_read_only(screen: RecoveryScreen) -> int:
        screen.choice = Way.READ_ONLY
        return 1

    monkeypatch.setattr(RecoveryScreen, "exec", choose_read_only)
    status = [0]
    problem = DatabaseProblem(ProblemKind.READ_ONLY, str(locations.database), "read-only disk")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    database_start.refuse(app, window, locations, status, problem)
    try:
        assert window.read_only_banner is not None
        assert window.services.maintenance.read_only
        assert status == [0]
        capture = CaptureWindow(window.services.capture, parent=window)
        capture.show()
        qtbot.keyClicks(capture.input, "Bob Ray - loves jazz")
        qtbot.keyClick(capture.input, Qt.Key.Key_Return)
        assert "read-only" in capture.message.text()
        assert capture.input.text == "Bob Ray - loves jazz"
        gone(capture)
    finally:
        window.close_database()


def test_check_database_rebuilds_a_damaged_index_and_says_so(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    services.sample_data.add()
    conn = sqlite3.connect(data_dir / "eventmate.sqlite3")
    conn.execute("INSERT INTO search_fact(rowid, text) VALUES (987654, 'ghost')")
    conn.commit()
    conn.close()
    window = MainWindow(QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat), "")
    qtbot.addWidget(window)
    window.attach_services(services)
    check_database(window, services)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "checkDatabaseResult") is not None, timeout=20_000
    )
    box = window.findChild(QMessageBox, "checkDatabaseResult")
    assert box is not None
    assert "search index for facts was damaged and has been rebuilt" in box.text()
    assert services.maintenance.check(thorough=True).healthy


def test_a_full_disk_in_capture_mode_keeps_the_words_and_works_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "small", "4m") as disk:
        database = open_sqlite(disk / "eventmate.sqlite3", disk / "backups")
        services = Services(database, disk / "backups")
        window = CaptureWindow(services.capture)
        try:
            window.show()
            window.input.setFocus()
            filler = fill(disk)
            words = "Carl Oh — loves long stories " + "and more " * 2000
            window.input.setPlainText(words)
            qtbot.keyClick(window.input, Qt.Key.Key_Return)
            assert "disk is full" in window.message.text()
            assert window.input.text == words
            filler.unlink()
            qtbot.keyClick(window.input, Qt.Key.Key_Return)
            assert window.input.text == ""
            assert "Saved" in window.message.text() or "Carl Oh" in window.message.text()
        finally:
            gone(window)  # its timers must not read the disk once it is unmounted
            services.close()
        conn = sqlite3.connect(disk / "eventmate.sqlite3")
        assert conn.execute("SELECT count(*) FROM capture").fetchone() == (1,)
        conn.close()
