"""Screenshots of the recovery screen, the read-only band and "Check database", light and dark.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/screens_recovery.py [OUT_DIR]`` (default
/tmp/shots). A data folder with sample data and one backup; the recovery screen for every
problem kind; the main window opened read-only; the findings of a check that rebuilt an index.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from eventmate.gui.style.theme import ThemeChoice, apply_theme
from eventmate.services.container import Services
from eventmate.storage.opening import open_read_only, open_sqlite
from shots import shoot, shots_app

KINDS = ("corrupt", "read_only", "locked", "disk_full", "not_a_file", "newer_version", "not_ours")


def wait_for(condition: object, rounds: int = 400) -> None:
    """Let workers finish (the backup lookup runs on one)."""
    import time

    for _ in range(rounds):
        QApplication.processEvents()
        if callable(condition) and condition():
            return
        time.sleep(0.01)


def main() -> None:
    """Write the screenshots."""
    app, out = shots_app()
    from eventmate.gui.main_window import MainWindow
    from eventmate.gui.recovery.check_database import check_database
    from eventmate.gui.recovery.recovery_screen import RecoveryScreen
    from eventmate.gui.recovery.words import Way

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "eventmate.sqlite3"
        database = open_sqlite(path, folder / "backups")
        services = Services(database, folder / "backups")
        services.sample_data.add()
        services.maintenance.backup(reason="automatic")
        for theme in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            apply_theme(app, theme)
            for kind in KINDS:
                screen = RecoveryScreen(
                    kind, str(path), "database disk image is malformed", path, folder / "backups"
                )
                if Way.RESTORE in screen.buttons:
                    wait_for(lambda s=screen: s.buttons[Way.RESTORE].isEnabled())
                shoot(screen, out / f"recovery-{kind}-{theme.value}.png")
                screen.close()

            reader = Services(open_read_only(path, folder / "backups"), folder / "backups")
            window = MainWindow(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat), tmp)
            window.attach_services(reader)
            window.show_read_only()
            window.resize(1000, 640)
            shoot(window, out / f"read-only-window-{theme.value}.png")
            window.close()
            reader.close()

            conn = sqlite3.connect(path)
            conn.execute("INSERT INTO search_fact(rowid, text) VALUES (987654, 'ghost')")
            conn.commit()
            conn.close()
            window = MainWindow(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat), tmp)
            window.attach_services(services)
            window.resize(1000, 640)
            window.show()
            check_database(window, services)
            wait_for(lambda w=window: w.findChild(QMessageBox, "checkDatabaseResult") is not None)
            box = window.findChild(QMessageBox, "checkDatabaseResult")
            if box is not None:
                shoot(box, out / f"check-database-rebuilt-{theme.value}.png")
                box.close()
            window.close()
        services.close()


if __name__ == "__main__":
    main()
