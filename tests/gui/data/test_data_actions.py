"""File menu data actions: restore dialog, a cancelled import, export, automatic backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot
from tests.conftest import NOW

from eventmate.gui import jobs
from eventmate.gui.data.export_dialog import ExportDialog
from eventmate.gui.data.restore_dialog import RestoreDialog
from eventmate.gui.main_window import MainWindow
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window


def add_people(database: Database, n: int, name: str = "P") -> None:
    with database.write() as session:
        session.add_all(Person(name=f"{name}{i}") for i in range(n))


def test_file_menu_gets_the_data_actions_after_the_first_paint(
    qtbot: QtBot, window: MainWindow
) -> None:
    file_menu = window.menuBar().actions()[0].menu()

    def names() -> list[str]:
        return [a.objectName() for a in file_menu.actions() if a.objectName()]

    qtbot.waitUntil(lambda: "importAction" in names())
    assert names() == [
        "captureAction",
        "importCalendarAction",
        "importAction",
        "exportAction",
        "backupAction",
        "restoreAction",
        "quitAction",
    ]
    assert window.data_actions.timer.isActive()


def test_restore_dialog_lists_backups_and_restores_with_enter(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    add_people(database, 3)
    services.backups.backup_now()
    add_people(database, 4, "later")
    dialog = RestoreDialog(services.backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.backup_list.count() == 1)
    text = dialog.backup_list.item(0).text()
    assert "3 people · 0 events · 0 captures" in text
    assert "backed up by you" in text
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.keyClick(dialog.backup_list, Qt.Key.Key_Return)
    assert services.people.count() == 3
    assert "Restored" in dialog.status.text()
    # The list now also shows the backup taken just before the restore.
    qtbot.waitUntil(lambda: dialog.backup_list.count() == 2)


def test_restore_dialog_refuses_a_corrupt_file(
    qtbot: QtBot, services: Services, database: Database, tmp_path: Path
) -> None:
    add_people(database, 2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    dialog = RestoreDialog(services.backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "No backups yet" in dialog.status.text())
    dialog.restore(bad)
    qtbot.waitUntil(lambda: "Not restored" in dialog.status.text(), timeout=10_000)
    assert "Nothing was changed" in dialog.status.text()
    assert services.people.count() == 2


def test_cancelled_import_leaves_nothing_imported(
    qtbot: QtBot, window: MainWindow, services: Services, database: Database, tmp_path: Path
) -> None:
    source_dir = tmp_path / "source"
    source_dir.mkdir()
    source = open_sqlite(source_dir / "eventmate.sqlite3", source_dir / "backups")
    add_people(source, 5000)
    archive = tmp_path / "all.json"
    archive.write_bytes(Services(source, None, clock=lambda: NOW).archive.export_bytes())
    source.close()
    # Hold the write lock so the import waits at its start, while the user clicks Cancel.
    assert database.path is not None
    blocker = sqlite3.connect(database.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        job = window.data_actions.import_file(archive)
        assert job is not None
        dialog = window.findChild(QProgressDialog, "jobProgressDialog")
        assert dialog is not None
        with qtbot.waitSignal(job.signals.cancelled, timeout=20_000):
            cancel = dialog.findChild(QPushButton)
            assert cancel is not None
            assert cancel.text() == "Cancel"
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
            blocker.execute("ROLLBACK")
    finally:
        blocker.close()
    assert services.people.count() == 0
    qtbot.waitUntil(lambda: "nothing was imported" in window.statusBar().currentMessage())


def test_import_of_an_archive_refreshes_and_reports(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    source_dir = tmp_path / "source"
    source_dir.mkdir()
    source = open_sqlite(source_dir / "eventmate.sqlite3", source_dir / "backups")
    add_people(source, 12)
    archive = tmp_path / "all.json"
    archive.write_bytes(Services(source, None, clock=lambda: NOW).archive.export_bytes())
    source.close()
    job = window.data_actions.import_file(archive)
    assert job is not None
    qtbot.waitUntil(
        lambda: "Imported 12 people" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert services.people.count() == 12


def test_export_dialog_writes_the_chosen_format(
    qtbot: QtBot, services: Services, database: Database, tmp_path: Path
) -> None:
    add_people(database, 2)
    target = tmp_path / "people.csv"
    dialog = ExportDialog(lambda: services, ask_path=lambda _fmt: target)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QRadioButton, "format_csv").click()
    assert dialog.selected().key == "csv"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=10_000)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfname,")


def test_automatic_backup_runs_in_the_background_only_when_changed(
    qtbot: QtBot, window: MainWindow, services: Services, database: Database
) -> None:
    add_people(database, 1)
    assert window.data_actions.automatic_backup() is not None
    qtbot.waitUntil(lambda: not jobs.is_busy(), timeout=10_000)
    assert len(services.backups.list()) == 1
    # Unchanged since: the next run takes no backup.
    assert window.data_actions.automatic_backup() is not None
    qtbot.waitUntil(lambda: not jobs.is_busy(), timeout=10_000)
    assert len(services.backups.list()) == 1
    assert "did not work" not in window.statusBar().currentMessage()


def test_vcard_import_shows_a_preview_and_imports_after_confirming(
    qtbot: QtBot, window: MainWindow, services: Services, database: Database, tmp_path: Path
) -> None:
    with database.write() as session:
        from eventmate.domain.kinds import ContactKind
        from eventmate.storage.models import ContactMethod

        anna = Person(name="Anna S.", sort_key="anna s.")
        anna.contact_methods.append(ContactMethod(kind=ContactKind.EMAIL, value="anna@x.org"))
        session.add(anna)
    cards = tmp_path / "contacts.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nEMAIL:anna@x.org\r\n"
        b"TITLE:Violin\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kwame Mensah\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut off\r\n"
    )
    window.data_actions.import_file(cards)
    qtbot.waitUntil(lambda: window.data_actions.preview_dialog is not None, timeout=10_000)
    dialog = window.data_actions.preview_dialog
    assert dialog is not None
    table = dialog.table  # type: ignore[attr-defined]
    assert table.item(0, 2).text() == "Anna S. will be updated: role"
    assert table.item(1, 2).text() == "New person"
    assert "skipped" in " ".join(lbl.text() for lbl in dialog.findChildren(QLabel))
    assert services.people.count() == 1  # nothing written by the preview
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Imported 1 new people" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert services.people.count() == 2
    assert any(e.reason == "before-import" for e in services.backups.list())
    box = window.findChild(QMessageBox, "notice")
    assert box is not None
    assert "card 3" in box.text()


def test_preview_lets_the_user_change_what_happens_by_keyboard(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    from PySide6.QtWidgets import QComboBox

    from eventmate.gui.data.vcard_preview_dialog import VCardPreviewDialog
    from eventmate.services.data.vcards import CardAction

    with database.write() as session:
        session.add(Person(name="Léa Dubois", sort_key="lea dubois"))
    preview = services.vcards.preview(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lea Dubois\r\nTEL:+33 1 23 45 67 89\r\n"
        b"CATEGORIES:choir,strings\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kwame Mensah\r\nEND:VCARD\r\n"
    )
    dialog = VCardPreviewDialog(preview, "x.vcf")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.item(0, 2).text() == "New person (or the same as Léa Dubois?)"
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert combo is not None
    # Offered: add to Léa (first), new person, leave out; the current one is "new person".
    assert combo.currentData() == CardAction.CREATE.value
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert dialog.preview.cards[0].action is CardAction.ADD_TO_EXISTING
    assert table.item(0, 2).text() == "Léa Dubois will be updated: a phone number, 2 tags"
    dialog.set_action(1, CardAction.SKIP)
    assert "0 new, 1 to update, 0 already here with nothing new, 1 left out." in (
        dialog.summary.text()
    )
    result = services.vcards.apply(dialog.preview, backup_first=False)
    assert (result.created, result.added_to_existing) == (0, 1)
    assert services.people.count() == 1


def test_preview_of_our_own_export_says_everyone_is_already_here(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    from PySide6.QtWidgets import QComboBox

    from eventmate.gui.data.vcard_preview_dialog import VCardPreviewDialog
    from eventmate.services.data.vcards import CardAction

    services.sample_data.add()
    data = services.vcards.export()
    with database.write() as session:
        from sqlalchemy import select

        anna = session.scalars(select(Person).where(Person.name == "Anna Schmidt")).one()
        anna.role = ""  # the card brings her role back
    dialog = VCardPreviewDialog(services.vcards.preview(data), "eventmate-people.vcf")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    texts = [table.item(row, 2).text() for row in range(table.rowCount())]
    anna_row = next(
        row for row in range(table.rowCount()) if table.item(row, 0).text() == "Anna Schmidt"
    )
    assert texts[anna_row] == "Anna Schmidt will be updated: role"
    others = [text for row, text in enumerate(texts) if row != anna_row]
    assert all(text.endswith(" is already here, nothing new") for text in others)
    count = services.people.count()
    assert f"0 new, 1 to update, {count - 1} already here with nothing new, 0 left out." in (
        dialog.summary.text()
    )
    assert dialog.import_button.isEnabled()
    # A card its UID names is that person: updated or left out, never a second person.
    table.setCurrentCell(anna_row, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert combo is not None
    assert [combo.itemData(i) for i in range(combo.count())] == [
        CardAction.ADD_TO_EXISTING.value,
        CardAction.SKIP.value,
    ]
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert "0 to update" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # nothing new at all: nothing to import


def test_restore_dialog_counts_its_backups_in_words(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    add_people(database, 1)
    services.maintenance.backup(reason="automatic")
    dialog = RestoreDialog(services.backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.backup_list.count() == 1)
    assert dialog.status.text() == "One backup."  # not "1 backups"
    services.maintenance.backup(reason="manual")
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.backup_list.count() == 2)
    assert dialog.status.text() == "2 backups, newest first."
