"""Export…: choose what to export and in which format, then where to save it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import jobs
from eventmate.gui.widgets import heading, muted

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.progress import JobControl


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One choice in the dialog: what it writes and how the file is named."""

    key: str
    label: str
    file_filter: str
    file_name: str
    write: Callable[[Services, JobControl], bytes]


def export_formats(tr: Callable[[str], str]) -> tuple[ExportFormat, ...]:
    """The formats offered, in the order shown."""
    return (
        ExportFormat(
            "vcard",
            tr("People as contacts (vCard 3.0, for most address books)"),
            tr("vCard files (*.vcf)"),
            "eventmate-people.vcf",
            lambda s, c: s.vcards.export(version="3.0", control=c),
        ),
        ExportFormat(
            "vcard4",
            tr("People as contacts (vCard 4.0)"),
            tr("vCard files (*.vcf)"),
            "eventmate-people.vcf",
            lambda s, c: s.vcards.export(version="4.0", control=c),
        ),
        ExportFormat(
            "ics",
            tr("Events as a calendar (iCalendar, with your intentions)"),
            tr("Calendars (*.ics)"),
            "eventmate-events.ics",
            lambda s, c: s.calendar.export(control=c),
        ),
        ExportFormat(
            "csv",
            tr("People as a spreadsheet (CSV)"),
            tr("CSV spreadsheets (*.csv)"),
            "eventmate-people.csv",
            lambda s, c: s.exports.people_csv(control=c),
        ),
        ExportFormat(
            "markdown",
            tr("Journal as Markdown"),
            tr("Markdown (*.md)"),
            "eventmate-journal.md",
            lambda s, c: s.exports.journal_markdown(c),
        ),
        ExportFormat(
            "json",
            tr("Everything, re-importable (EventMate archive, JSON)"),
            tr("EventMate archives (*.json)"),
            "eventmate-archive.json",
            lambda s, c: s.archive.export_bytes(c),
        ),
    )


class ExportDialog(QDialog):
    """Pick a format; Export… asks where to save and writes the file on a worker."""

    def __init__(
        self,
        services: Callable[[], Services],
        parent: QWidget | None = None,
        *,
        ask_path: Callable[[ExportFormat], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._services = services
        self._ask_path = ask_path or self._ask_path_with_dialog
        self.formats = export_formats(self.tr)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Export your data"), parent=self))
        layout.addWidget(
            muted(self.tr("Exports are plain files: anyone who has the file can read it."), self)
        )
        self.group = QButtonGroup(self)
        for index, fmt in enumerate(self.formats):
            button = QRadioButton(fmt.label, self)
            button.setObjectName(f"format_{fmt.key}")
            button.setAccessibleName(fmt.label)
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        self.status = muted("", self)
        self.status.setObjectName("exportStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_export_clicked)
        layout.addWidget(buttons)

    def selected(self) -> ExportFormat:
        """The chosen format."""
        return self.formats[max(self.group.checkedId(), 0)]

    def _ask_path_with_dialog(self, fmt: ExportFormat) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / fmt.file_name), fmt.file_filter
        )
        return Path(path) if path else None

    def _on_export_clicked(self) -> None:
        fmt = self.selected()
        target = self._ask_path(fmt)
        if target is None:
            return
        services = self._services()

        def work(control: JobControl) -> Path:
            from eventmate.services.files import write_file_atomically

            return write_file_atomically(target, fmt.write(services, control))

        self.export_button.setEnabled(False)
        jobs.run_with_progress(
            self, self.tr("Exporting…"), work, self._on_written, self._on_failed, self._on_stop
        )

    def _on_written(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved %1.").replace("%1", str(path)))

    def _on_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Not exported: %1").replace("%1", message))

    def _on_stop(self) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export stopped; no file was written."))
