"""Preferences ▸ Storage: a connection test in words, the keyring, using and moving to a server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from sqlalchemy import func, select
from tests import pg_cluster

from eventmate.gui.preferences_dialog import PreferencesDialog
from eventmate.services.container import Services
from eventmate.storage.models import Person
from eventmate.storage.opening import open_url


def _dialog(qtbot: Any, folder: Path, services: Services | None = None) -> PreferencesDialog:
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    mover = (lambda url, control: services.move.move_to(url, control)) if services else None
    dialog = PreferencesDialog(settings, str(folder), None, mover)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(dialog: PreferencesDialog, pg: pg_cluster.Cluster, database: str, password: str) -> None:
    panel = dialog.storage
    panel.host.setText("127.0.0.1")
    panel.port.setValue(pg.port)
    panel.database.setText(database)
    panel.user.setText(pg_cluster.USER)
    panel.password.setText(password)


def test_the_test_says_exactly_what_failed(
    qtbot: Any, pg: pg_cluster.Cluster, data_dir: Path
) -> None:
    dialog = _dialog(qtbot, data_dir)
    panel = dialog.storage
    assert "this computer" in panel.where.text()
    _type(dialog, pg, "postgres", "wrong")
    panel.test_button.click()
    assert "refused the user name or password" in panel.result.text()
    _type(dialog, pg, "no_such_db", pg_cluster.PASSWORD)
    panel.test_button.click()
    assert "no database of that name" in panel.result.text()
    _type(dialog, pg, "postgres", pg_cluster.PASSWORD)
    panel.port.setValue(pg.port + 1)
    panel.test_button.click()
    assert "cannot be reached" in panel.result.text()
    _type(dialog, pg, "postgres", pg_cluster.PASSWORD)
    panel.test_button.click()
    assert panel.result.text().startswith("Connected: PostgreSQL")
    panel.database.setText("")
    panel.test_button.click()
    assert "Type the database" in panel.result.text()


def test_use_a_server_keeps_the_password_in_the_keyring_only(
    qtbot: Any,
    pg: pg_cluster.Cluster,
    data_dir: Path,
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    dialog = _dialog(qtbot, data_dir)
    _type(dialog, pg, "postgres", pg_cluster.PASSWORD)
    dialog.storage.remember.setChecked(True)
    dialog.storage.use_button.click()
    assert "from its next start" in dialog.storage.result.text()
    saved = (data_dir / "config" / "storage.json").read_text()
    assert pg_cluster.PASSWORD not in saved
    assert json.loads(saved)["url"].endswith(f"127.0.0.1:{pg.port}/postgres")
    assert list(memory_keyring.values()) == [pg_cluster.PASSWORD]
    again = _dialog(qtbot, data_dir)  # the next time, the server is shown as in use
    assert "on the server 127.0.0.1" in again.storage.where.text()
    assert again.storage.database.text() == "postgres"
    again.storage.local_button.click()
    assert not (data_dir / "config" / "storage.json").exists()


def test_move_my_data_there(
    qtbot: Any, pg: pg_cluster.Cluster, data_dir: Path, services: Services
) -> None:
    services.sample_data.add()
    name = pg.new_name("gui")
    pg.create(name)
    try:
        dialog = _dialog(qtbot, data_dir, services)
        _type(dialog, pg, name, pg_cluster.PASSWORD)
        dialog.storage.move_button.click()
        qtbot.waitUntil(lambda: "Moved" in dialog.storage.result.text(), timeout=60_000)
        dialog.grab().save(str(Path("/tmp") / "storage_preferences.png"))
        moved = open_url(pg.url(name))
        with moved.read() as session:
            assert (session.scalar(select(func.count()).select_from(Person)) or 0) > 0
        moved.close()
        assert name in (data_dir / "config" / "storage.json").read_text()
    finally:
        pg.drop(name)
