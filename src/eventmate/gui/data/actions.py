"""The File menu's data actions (Import…, Export…, Back up now, Restore from backup…) and
the automatic backup timer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from eventmate.gui import jobs, messages
from eventmate.gui.menus import set_key

if TYPE_CHECKING:
    from eventmate.gui.navigation import WindowCommands
    from eventmate.services.container import Services
    from eventmate.services.progress import JobControl

#: How often the automatic backup checks for changes (it backs up only if data changed).
AUTOMATIC_BACKUP_MS = 30 * 60 * 1000


class DataActions(QObject):
    """Owns the data actions of one main window."""

    def __init__(self, window: QMainWindow, commands: WindowCommands) -> None:
        super().__init__(window)
        self._window = window
        self._commands = commands
        self.import_action = self._action(self.tr("&Import…"), "importAction", "Ctrl+Shift+I")
        self.export_action = self._action(self.tr("&Export…"), "exportAction", "Ctrl+Shift+E")
        self.backup_action = self._action(self.tr("&Back up now"), "backupAction", None)
        self.restore_action = self._action(self.tr("&Restore from backup…"), "restoreAction", None)
        self.import_action.triggered.connect(self._on_import_triggered)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.backup_action.triggered.connect(self._on_backup_triggered)
        self.restore_action.triggered.connect(self._on_restore_triggered)
        #: The open vCard preview, if any (kept so it is not garbage-collected).
        self.preview_dialog: QDialog | None = None
        #: The Export dialog opened last (deleted once closed).
        self.export_dialog: QDialog | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("automaticBackupTimer")
        self.timer.setInterval(AUTOMATIC_BACKUP_MS)
        self.timer.timeout.connect(self.automatic_backup)

    def _services(self) -> Services:
        return self._commands.services

    def _action(self, text: str, name: str, shortcut: str | None) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut:
            set_key(action, shortcut)
        return action

    def install(self, menu: QMenu, before: QAction) -> None:
        """Add the actions to ``menu`` above ``before`` and start the automatic backups."""
        menu.insertActions(before, [self.import_action, self.export_action])
        menu.insertSeparator(before)
        menu.insertActions(before, [self.backup_action, self.restore_action])
        menu.insertSeparator(before)
        self.timer.start()

    # -- backups -------------------------------------------------------------------------

    def automatic_backup(self) -> jobs.Job | None:
        """Back up in the background if data changed (skipped while another job runs)."""
        if jobs.is_busy():
            return None
        services = self._services()
        job = jobs.Job(lambda _control: services.backups.backup_if_changed())
        job.signals.failed.connect(
            lambda message: self._status(
                self.tr("The automatic backup did not work: %1").replace("%1", message)
            )
        )
        return jobs.start(job)

    def _on_backup_triggered(self) -> None:
        services = self._services()
        jobs.run_with_progress(
            self._window,
            self.tr("Backing up…"),
            lambda _control: services.backups.backup_now(),
            lambda info: self._status(self.tr("Backed up to %1.").replace("%1", str(info.path))),
            lambda message: self._tell(self.tr("Not backed up"), message),
        )

    def _on_restore_triggered(self) -> None:
        from eventmate.gui.data.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._services().backups, self._window)
        # The change bus lets go of the file while a restore may move it, and afterwards
        # every open view reloads and checks that what it shows still exists.
        self._commands.release_database()
        try:
            dialog.exec()
        finally:
            self._commands.database_replaced()

    # -- import and export ---------------------------------------------------------------

    def _on_export_triggered(self) -> None:
        from eventmate.gui.data.export_dialog import ExportDialog

        # On the People page with people selected, Export… also offers just them.
        selection = self._commands.people_selection()
        dialog = ExportDialog(self._services, self._window, selection=selection)
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def _on_import_triggered(self) -> None:
        from eventmate.gui.file_dialogs import open_files

        self.import_files(
            open_files(
                self._window,
                self.tr("Import"),
                self.tr(
                    "Files EventMate can import (*.vcf *.ics *.json);;Contacts (*.vcf);;"
                    "Calendars (*.ics);;EventMate archives (*.json)"
                ),
            )
        )

    def import_files(self, paths: list[Path]) -> None:
        """Import ``paths`` one after another (each the way its kind is imported)."""
        waiting = list(paths)

        def next_file() -> None:
            if not waiting:
                return
            job = self.import_file(waiting.pop(0))
            if job is None:
                next_file()  # a calendar (its own modal preview) or a file refused
                return
            job.signals.ended.connect(next_file)  # whatever came of this one

        next_file()

    def import_file(self, path: Path) -> jobs.Job | None:
        """Import ``path`` by its extension, on a worker with progress and Cancel.

        A vCard file is read first and shown in a preview; nothing is written until the
        user confirms it.
        """
        suffix = path.suffix.lower()
        if suffix in (".ics", ".ical", ".ifb"):
            # Calendars have their own preview (repeats, duplicates): hand over to it.
            self._commands.import_calendar(path)
            return None
        if suffix not in (".json", ".vcf"):
            self._tell(
                self.tr("Not imported"),
                self.tr("EventMate cannot import %1 files.").replace("%1", suffix or path.name),
            )
            return None
        services = self._services()
        if suffix == ".vcf":
            return jobs.run_with_progress(
                self._window,
                self.tr("Reading %1…").replace("%1", path.name),
                lambda _control: services.vcards.preview(_read(path)),
                lambda preview: self._show_vcard_preview(preview, path),
                lambda message: self._tell(self.tr("Not imported"), message),
            )

        def work(control: JobControl) -> dict[str, int]:
            return services.archive.import_bytes(_read(path), control)

        return jobs.run_with_progress(
            self._window,
            self.tr("Importing %1…").replace("%1", path.name),
            work,
            self._on_imported,
            lambda message: self._tell(self.tr("Not imported"), message),
            self._on_import_stopped,
        )

    def _show_vcard_preview(self, preview: Any, path: Path) -> None:
        from eventmate.gui.data.vcard_preview_dialog import VCardPreviewDialog

        dialog = VCardPreviewDialog(preview, path.name, self._window)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_vcards(dialog.preview))
        dialog.open()

    def apply_vcards(self, preview: Any) -> jobs.Job:
        """Import the cards of a confirmed preview (after a verified backup)."""
        services = self._services()
        return jobs.run_with_progress(
            self._window,
            self.tr("Importing contacts…"),
            lambda control: services.vcards.apply(preview, control),
            self._on_vcards_imported,
            lambda message: self._tell(self.tr("Not imported"), message),
            self._on_import_stopped,
        )

    def _on_vcards_imported(self, result: Any) -> None:
        text = (
            self.tr("Imported %1; updated %2 already here.")
            .replace("%1", self.tr("%n new people", "", result.created))
            .replace("%2", self.tr("%n people", "", result.added_to_existing))
        )
        self._status(text)
        if result.skipped:
            self._tell(
                self.tr("Contacts imported"),
                text + "\n\n" + self.tr("Skipped:") + "\n" + "\n".join(result.skipped[:30]),
            )

    def _on_import_stopped(self) -> None:
        self._status(self.tr("Import stopped; nothing was imported."))

    def _on_imported(self, counts: Any) -> None:
        people = counts.get("person", 0)
        events = counts.get("event", 0)
        self._status(
            self.tr("Imported %1 and %2.")
            .replace("%1", self.tr("%n people", "", people))
            .replace("%2", self.tr("%n events", "", events))
        )

    # -- messages ------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        messages.status(text)

    def _tell(self, title: str, message: str) -> None:
        messages.notice(title, message)


def _read(path: Path) -> bytes:
    """The file, read only up to its format's limit (runs on the worker).

    An unreadable or too large file becomes the job's failure message.
    """
    from eventmate.interop.json_archive import MAX_BYTES
    from eventmate.interop.limited_read import read_limited
    from eventmate.interop.vcard import MAX_FILE_BYTES

    limit = MAX_FILE_BYTES if path.suffix.lower() == ".vcf" else MAX_BYTES
    return read_limited(path, limit)
