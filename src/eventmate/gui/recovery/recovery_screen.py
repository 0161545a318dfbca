"""The recovery screen: what happened to the data, in plain words, and every way out.

Shown instead of the main window when the database cannot be opened (damaged, not ours,
newer, read-only, locked, disk full, a folder in its place, encrypted and locked: then it
asks for the passphrase, :mod:`~eventmate.gui.recovery.unlock_panel`). Each problem offers
the ways out that make sense for it (:func:`~eventmate.gui.recovery.words.problem_words`):
restore the newest backup that checks out (with its date and what it holds), open read-only,
save what can be read as an archive, show the folder, try again. Quitting is always there
too, so the screen is never a dead end, and nothing on it changes the data unasked.

The screen does the restore and the export itself (on a worker, with progress) and stays
open after an export; :attr:`RecoveryScreen.choice` tells the app what to do next.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import formatting, jobs
from eventmate.gui.recovery.words import PASSPHRASE_KINDS, SERVER_WAYS, Way, problem_words
from eventmate.gui.style import body, heading, muted, set_plain_text_format

if TYPE_CHECKING:
    from eventmate.gui.recovery.unlock_panel import UnlockPanel
    from eventmate.services.data.backups import BackupEntry
    from eventmate.services.data.recovery import SalvageReport
    from eventmate.services.progress import JobControl


class RecoveryScreen(QDialog):
    """What went wrong with the data and the ways out; ``choice`` is the way taken.

    ``choice`` is ``Way.TRY_AGAIN`` (also after a restore), ``Way.READ_ONLY``,
    ``Way.CAPTURE`` (a server that cannot be reached: capture mode on this computer's outbox),
    ``Way.LOCAL`` (use the data folder's own file instead of the server), or None when the
    user quits. ``local`` says why the file cannot be chosen here (the environment names the
    server), or is empty when it can.
    """

    def __init__(
        self,
        kind: str,
        location: str,
        detail: str,
        database: Path | None,
        backups_dir: Path | None,
        parent: QWidget | None = None,
        *,
        config_dir: Path | None = None,
        local: str = "",
        waiting: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryScreen")
        self._local_blocked = local
        words = problem_words(kind)
        self.setWindowTitle(self.tr("EventMate — %1").replace("%1", words.title))
        self.setMinimumWidth(620)
        self.kind = kind
        self.choice: Way | None = None
        self._database = database
        self._backups_dir = backups_dir
        self._backup: BackupEntry | None = None
        self.ways = tuple(
            way
            for way in words.ways
            if (database is not None and way not in (Way.CAPTURE, Way.LOCAL))
            or (database is None and way in SERVER_WAYS)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        self.title = heading(words.title, scale=1.45, parent=self)
        self.title.setObjectName("recoveryTitle")
        layout.addWidget(self.title)
        self.what = body(words.what, self)
        self.what.setObjectName("recoveryWhat")
        layout.addWidget(self.what)
        self.where = muted(self.tr("Your data: %1").replace("%1", location), self)
        set_plain_text_format(self.where)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        layout.addSpacing(6)
        self.unlock: UnlockPanel | None = None
        if kind in PASSPHRASE_KINDS and database is not None:
            from eventmate.gui.recovery.unlock_panel import UnlockPanel

            self.unlock = UnlockPanel(database, config_dir, self)
            self.unlock.unlocked.connect(self._on_unlock_unlocked)
            layout.addWidget(self.unlock)

        self.buttons: dict[Way, QCommandLinkButton] = {}
        for way in self.ways:
            button = self._way_button(way)
            self.buttons[way] = button
            layout.addWidget(button)
        if self.ways and self.unlock is None:
            first = self.buttons[self.ways[0]]
            first.setDefault(True)
            first.setFocus()
        elif self.unlock is not None:
            for button in self.buttons.values():
                button.setAutoDefault(False)  # Enter opens with the passphrase
            self.unlock.passphrase.setFocus()

        self.status = muted("", self)
        self.status.setObjectName("recoveryStatus")
        set_plain_text_format(self.status)
        self.status.hide()
        layout.addWidget(self.status)
        if waiting:
            self._say(waiting)
        layout.addStretch(1)
        if detail:
            self.details = muted(self.tr("Details: %1").replace("%1", detail), self)
            set_plain_text_format(self.details)
            self.details.setObjectName("recoveryDetails")
            layout.addWidget(self.details)
        box = QDialogButtonBox(self)
        self.quit_button = box.addButton(
            self.tr("&Quit EventMate"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("recoveryQuit")
        self.quit_button.setAutoDefault(False)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        if Way.RESTORE in self.buttons:
            self._find_backup()

    # -- the ways out -------------------------------------------------------------------------

    def _way_button(self, way: Way) -> QCommandLinkButton:
        texts = {
            Way.TRY_AGAIN: (self.tr("&Try again"), self.tr("Open your data again now.")),
            Way.READ_ONLY: (
                self.tr("&Open read-only"),
                self.tr("Look, search and export your data; nothing can be changed."),
            ),
            Way.RESTORE: (
                self.tr("&Restore the newest backup"),
                self.tr("Looking for a backup that checks out…"),
            ),
            Way.EXPORT: (
                self.tr("&Save what can be read…"),
                self.tr("As an EventMate archive (JSON), which can be imported again."),
            ),
            Way.FOLDER: (
                self.tr("Show the &folder"),
                self.tr("Open the folder that holds your data and its backups."),
            ),
            Way.CAPTURE: (
                self.tr("&Capture while offline"),
                self.tr("Captures are kept on this computer and sent when the server is back."),
            ),
            Way.LOCAL: (
                self.tr("Use the &file on this computer"),
                self.tr(
                    "Open the data folder's own file instead of the server (Preferences ▸ "
                    "Storage changes it back). Captures waiting for the server stay here "
                    "until you use it again."
                ),
            ),
        }
        title, description = texts[way]
        if way is Way.LOCAL and self._local_blocked:
            description = self._local_blocked
        button = QCommandLinkButton(title, description, self)
        button.setEnabled(way is not Way.LOCAL or not self._local_blocked)
        button.setIcon(_arrow(self.palette().color(QPalette.ColorRole.ButtonText)))
        button.setObjectName(f"recovery_{way.value}")
        button.setAccessibleName(title.replace("&", ""))
        button.setAccessibleDescription(description)
        button.clicked.connect(lambda _=False, chosen=way: self._on_way_clicked(chosen))
        return button

    def _on_unlock_unlocked(self) -> None:
        self.choice = Way.TRY_AGAIN
        self.accept()

    def _on_way_clicked(self, way: Way) -> None:
        if way in (Way.TRY_AGAIN, Way.READ_ONLY, Way.CAPTURE, Way.LOCAL):
            self.choice = way
            self.accept()
        elif way is Way.RESTORE:
            self.restore()
        elif way is Way.EXPORT:
            target = self.ask_export_path()
            if target is not None:
                self.export(target)
        elif way is Way.FOLDER:
            self.show_folder()

    def _find_backup(self) -> None:
        from eventmate.services.data.recovery import newest_verified_backup

        button = self.buttons[Way.RESTORE]
        button.setEnabled(False)
        folder = self._backups_dir
        if folder is None:
            self._show_backup(None)
            return
        job = jobs.Job(lambda _control: newest_verified_backup(folder))
        job.signals.succeeded.connect(self._show_backup)
        job.signals.failed.connect(lambda _message: self._show_backup(None))
        jobs.start(job)

    def _show_backup(self, entry: Any) -> None:
        self._backup = entry
        button = self.buttons[Way.RESTORE]
        if entry is None:
            button.setDescription(self.tr("No backup that checks out was found."))
            button.setEnabled(False)
            self._move_default_off(button)
            return
        button.setEnabled(True)
        button.setDescription(
            self.tr("From %1: %2. Your data as it is now is kept aside.")
            .replace("%1", formatting.when(entry.taken_at, datetime.now(UTC)))
            .replace("%2", self._holds(entry))
        )
        button.setAccessibleDescription(button.description())

    def _holds(self, entry: BackupEntry) -> str:
        """ "212 people, 14 events and 1 capture"."""
        people, events, captures = entry.people or 0, entry.events or 0, entry.captures or 0
        parts = (
            self.tr("1 person") if people == 1 else self.tr("%n people", "", people),
            self.tr("1 event") if events == 1 else self.tr("%n events", "", events),
            self.tr("1 capture") if captures == 1 else self.tr("%n captures", "", captures),
        )
        return (
            self.tr("%1, %2 and %3")
            .replace("%1", parts[0])
            .replace("%2", parts[1])
            .replace("%3", parts[2])
        )

    def _move_default_off(self, button: QCommandLinkButton) -> None:
        if not button.isDefault():
            return
        button.setDefault(False)
        for way in self.ways:
            other = self.buttons[way]
            if other.isEnabled():
                other.setDefault(True)
                other.setFocus()
                return
        self.quit_button.setFocus()

    def restore(self) -> jobs.Job | None:
        """Put the newest verified backup in place of the data file (kept aside), then retry."""
        from eventmate.services.data.backups import restore_database

        backup, database, folder = self._backup, self._database, self._backups_dir
        if backup is None or database is None or folder is None:
            return None

        def work(_control: JobControl) -> object:
            return restore_database(backup.path, database, folder, datetime.now(UTC))

        def restored(_result: object) -> None:
            self.choice = Way.TRY_AGAIN
            self.accept()

        return jobs.run_with_progress(
            self,
            self.tr("Restoring the backup…"),
            work,
            restored,
            lambda message: self._say(
                self.tr("The backup was not restored: %1").replace("%1", message)
            ),
        )

    def ask_export_path(self) -> Path | None:
        """Ask where to save the archive (a separate method, so tests can answer it)."""
        stamp = datetime.now().strftime("%Y%m%d")
        from eventmate.gui.file_dialogs import save_file

        return save_file(
            self,
            self.tr("Save what can be read"),
            f"eventmate-saved-{stamp}.json",
            self.tr("EventMate archives (*.json)"),
        )

    def export(self, target: Path) -> jobs.Job | None:
        """Save everything that can be read to ``target`` on a worker; stay on this screen."""
        from eventmate.services.data.recovery import salvage_archive

        database = self._database
        if database is None:
            return None
        return jobs.run_with_progress(
            self,
            self.tr("Saving what can be read…"),
            lambda control: salvage_archive(database, target, control),
            self._on_exported,
            lambda message: self._say(self.tr("Nothing was saved: %1").replace("%1", message)),
        )

    def _on_exported(self, report: SalvageReport) -> None:
        text = self.tr(
            "Saved %n people and everything else that could be read to %1.", "", report.people
        ).replace("%1", str(report.target))
        if not report.complete:
            lost = sum(report.unreadable.values())
            text += " " + self.tr("%n damaged rows could not be read.", "", lost)
        self._say(text)

    def show_folder(self) -> None:
        """Open the data folder in the file manager."""
        if self._database is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._database.parent)))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


def _arrow(colour: QColor) -> QIcon:
    """A right-pointing arrow in ``colour``: the style's own is dark on a dark palette."""
    pixmap = QPixmap(20, 20)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2.4))
    painter.drawPolyline([QPointF(7, 4), QPointF(13, 10), QPointF(7, 16)])
    painter.end()
    return QIcon(pixmap)
