"""Restore from backup: the backups with their date and what they hold; restore one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import formatting, jobs
from eventmate.gui.style import heading, muted
from eventmate.gui.style.widgets import dialog_margins, primary

if TYPE_CHECKING:
    from eventmate.services.data.backups import BackupEntry, BackupsService, RestoreResult
    from eventmate.services.progress import JobControl

_PATH = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Lists backups newest first; Enter restores the selected one."""

    #: Emitted on the GUI thread after a restore succeeded (the data changed underneath).
    restored = Signal(object)

    def __init__(self, backups: BackupsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 440)
        self._backups = backups
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.addWidget(heading(self.tr("Restore from backup"), parent=self))
        layout.addWidget(
            muted(
                self.tr(
                    "Choose a backup to go back to. Your data as it is now is kept: it is "
                    "backed up first and set aside, so you can come back to it."
                ),
                self,
            )
        )
        self.list_label = QLabel(self.tr("&Backups"), self)
        layout.addWidget(self.list_label)
        self.backup_list = QListWidget(self)
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(self.tr("Backups"))
        self.backup_list.setAlternatingRowColors(True)
        self.backup_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list_label.setBuddy(self.backup_list)
        layout.addWidget(self.backup_list, 1)
        self.status = muted(self.tr("Reading backups…"), self)
        self.status.setObjectName("restoreStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.file_button = QPushButton(self.tr("Other &file…"), self)
        self.file_button.setAccessibleName(self.tr("Restore from another backup file"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        primary(self.restore_button)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.setAutoDefault(False)
        self.restore_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.file_button.clicked.connect(self._on_file_clicked)
        # Return reaches the default button (Restore); a double click restores too.
        self.backup_list.itemDoubleClicked.connect(lambda _item: self._on_restore_clicked())
        self.backup_list.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(buttons)
        self._job: jobs.Job | None = None
        self._busy = False
        self._message: str | None = None
        self.reload()

    # -- loading -------------------------------------------------------------------------

    def reload(self, message: str | None = None) -> None:
        """Read the backups (and what each holds) on a worker, then list them.

        ``message`` stays in the status line instead of the count of backups.
        """
        self._message = message
        self.backup_list.clear()
        self.status.setText(message or self.tr("Reading backups…"))
        job = jobs.Job(lambda _control: self._backups.list())
        job.signals.succeeded.connect(self._on_listed)
        job.signals.failed.connect(self.status.setText)
        self._job = jobs.start(job)

    def _on_listed(self, entries: tuple[BackupEntry, ...]) -> None:
        self.backup_list.clear()
        for entry in entries:
            item = QListWidgetItem(self._describe(entry))
            item.setData(_PATH, str(entry.path))
            item.setToolTip(f"{formatting.local_date_time(entry.taken_at)}\n{entry.path}")
            if not entry.readable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.backup_list.addItem(item)
        if self._message:
            self.status.setText(self._message)
        elif entries:
            count = (
                self.tr("One backup.")
                if len(entries) == 1
                else self.tr("%n backups, newest first.", "", len(entries))
            )
            self.status.setText(count)
            first = next(
                (
                    i
                    for i in range(self.backup_list.count())
                    if self.backup_list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
                ),
                None,
            )
            if first is not None:
                self.backup_list.setCurrentRow(first)
        else:
            self.status.setText(
                self.tr("No backups yet. EventMate makes one every half hour while you work.")
            )
        self.backup_list.setFocus()

    def _describe(self, entry: BackupEntry) -> str:
        reasons = {
            "automatic": self.tr("automatic"),
            "manual": self.tr("backed up by you"),
            "before-import": self.tr("before an import"),
            "before-restore": self.tr("before a restore"),
            "before-merge": self.tr("before a merge"),
            "pre-merge": self.tr("before a merge"),
        }
        base = entry.reason.rsplit("-", 1)[0] if entry.reason[-1:].isdigit() else entry.reason
        reason = reasons.get(
            base,
            self.tr("before an update") if base.startswith("pre-migration") else base,
        )
        when = formatting.when(entry.taken_at, datetime.now(UTC))
        if not entry.readable:
            return self.tr("%1 — %2\ncannot be read").replace("%1", when).replace("%2", reason)
        people, events, captures = entry.people or 0, entry.events or 0, entry.captures or 0
        counts = " · ".join(
            (
                _count(entry.people, self.tr("1 person"), self.tr("%n people", "", people)),
                _count(entry.events, self.tr("1 event"), self.tr("%n events", "", events)),
                _count(entry.captures, self.tr("1 capture"), self.tr("%n captures", "", captures)),
            )
        )
        return f"{when} — {reason}\n{counts}"

    # -- restoring -----------------------------------------------------------------------

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        self.restore_button.setEnabled(current is not None)

    def _on_restore_clicked(self) -> None:
        item = self.backup_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled or self._busy:
            return
        self.restore(Path(str(item.data(_PATH))))

    def _on_file_clicked(self) -> None:
        from eventmate.gui.file_dialogs import open_file

        path = open_file(
            self,
            self.tr("Restore from a backup file"),
            self.tr("EventMate backups (*.sqlite3);;All files (*)"),
        )
        if path is not None:
            self.restore(path)

    def restore(self, path: Path) -> None:
        """Restore ``path`` on a worker; report the outcome in the dialog."""
        self._busy = True
        self.restore_button.setEnabled(False)
        self.backup_list.setEnabled(False)

        def work(_control: JobControl) -> RestoreResult:
            return self._backups.restore(path)

        self._job = jobs.run_with_progress(
            self,
            self.tr("Restoring the backup…"),
            work,
            self._on_restored,
            self._on_failed,
        )

    def _on_restored(self, result: RestoreResult) -> None:
        self._busy = False
        self.backup_list.setEnabled(True)
        aside = result.set_aside[0].name if result.set_aside else "—"
        message = self.tr(
            "Restored. Your previous data was kept as %1, and as the backup “before a restore”."
        ).replace("%1", aside)
        self.restored.emit(result)
        self.reload(message)

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self.backup_list.setEnabled(True)
        self.restore_button.setEnabled(self.backup_list.currentItem() is not None)
        self.status.setText(
            self.tr("Not restored: %1. Nothing was changed.").replace("%1", message)
        )


def _count(n: int | None, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` (already translated with its count)."""
    return one if n == 1 else many
