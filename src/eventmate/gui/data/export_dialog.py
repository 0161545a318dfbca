"""Export…: choose whom and what to export and in which format, then where to save it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.file_names import file_stem
from eventmate.gui import jobs
from eventmate.gui.style import heading, muted
from eventmate.gui.style.widgets import dialog_margins, primary

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.people.people import PeopleSelection
    from eventmate.services.progress import JobControl

#: The ids to export (None: everyone).
PersonIds = Sequence[int] | None
#: Widest a selected person's name is shown in the dialog, in pixels.
_NAME_WIDTH = 320


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One choice in the dialog: what it writes and how the file is named."""

    key: str
    label: str
    file_filter: str
    file_name: str
    write: Callable[[Services, PersonIds, JobControl], bytes]
    #: Whether it can hold just some people (a selection), not only everything.
    per_person: bool = False

    @property
    def suffix(self) -> str:
        """The file name's extension, with its dot."""
        return Path(self.file_name).suffix


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def export_formats() -> tuple[ExportFormat, ...]:
    """The formats offered, in the order shown."""
    tr = _tr
    return (
        ExportFormat(
            "vcard",
            tr("People as contacts (vCard 3.0, for most address books)"),
            tr("vCard files (*.vcf)"),
            "eventmate-people.vcf",
            lambda s, ids, c: s.vcards.export(version="3.0", person_ids=ids, control=c),
            per_person=True,
        ),
        ExportFormat(
            "vcard4",
            tr("People as contacts (vCard 4.0)"),
            tr("vCard files (*.vcf)"),
            "eventmate-people.vcf",
            lambda s, ids, c: s.vcards.export(version="4.0", person_ids=ids, control=c),
            per_person=True,
        ),
        ExportFormat(
            "ics",
            tr("Events as a calendar (iCalendar, with your intentions)"),
            tr("Calendars (*.ics)"),
            "eventmate-events.ics",
            lambda s, _ids, c: s.calendar.export(control=c),
        ),
        ExportFormat(
            "csv",
            tr("People as a spreadsheet (CSV)"),
            tr("CSV spreadsheets (*.csv)"),
            "eventmate-people.csv",
            lambda s, ids, c: s.exports.people_csv(ids, control=c),
            per_person=True,
        ),
        ExportFormat(
            "markdown",
            tr("Journal as Markdown"),
            tr("Markdown (*.md)"),
            "eventmate-journal.md",
            lambda s, _ids, c: s.exports.journal_markdown(c),
        ),
        ExportFormat(
            "json",
            tr("Everything, re-importable (EventMate archive, JSON)"),
            tr("EventMate archives (*.json)"),
            "eventmate-archive.json",
            lambda s, _ids, c: s.archive.export_bytes(c),
        ),
    )


class ExportDialog(QDialog):
    """Pick whom (when people are selected) and a format; Export… writes it on a worker."""

    def __init__(
        self,
        services: Callable[[], Services],
        parent: QWidget | None = None,
        *,
        ask_path: Callable[[ExportFormat], Path | None] | None = None,
        selection: PeopleSelection | None = None,
        selected_first: bool = False,
    ) -> None:
        """Build the dialog.

        Args:
            services: Gives the services when Export… is pressed.
            parent: The window it belongs to.
            ask_path: Asks where to save (a file dialog unless given, e.g. by tests).
            selection: The people selected on the People page: offers "Everyone" or them.
            selected_first: Start with the selected people chosen rather than everyone.
        """
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        # Room for the longest choice and the note on one line each (they wrap otherwise).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 68)
        self._services = services
        self._ask_path = ask_path or self._ask_path_with_dialog
        self._selection = selection if selection is not None and selection.count else None
        self.formats = export_formats()
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.addWidget(heading(self.tr("Export your data"), parent=self))
        layout.addWidget(
            muted(self.tr("Exports are plain files: anyone who has the file can read it."), self)
        )
        layout.addSpacing(6)
        self.scope_group = QButtonGroup(self)
        self.everyone_button: QRadioButton | None = None
        self.selected_button: QRadioButton | None = None
        if self._selection is not None:
            layout.addWidget(self._build_scope(self._selection, selected_first))
        formats = QGroupBox(self.tr("Format"), self)
        formats.setObjectName("formatBox")
        format_layout = QVBoxLayout(formats)
        self.group = QButtonGroup(self)
        for index, fmt in enumerate(self.formats):
            button = QRadioButton(fmt.label, formats)
            button.setObjectName(f"format_{fmt.key}")
            button.setAccessibleName(fmt.label)
            self.group.addButton(button, index)
            format_layout.addWidget(button)
        self.group.button(0).setChecked(True)
        self.scope_note = muted(
            self.tr("Calendar, journal and archive exports are always complete."),
            formats,
        )
        self.scope_note.setObjectName("exportScopeNote")
        format_layout.addWidget(self.scope_note)
        layout.addWidget(formats)
        self.status = muted("", self)
        self.status.setObjectName("exportStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        primary(self.export_button)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_export_clicked)
        layout.addWidget(buttons)
        self.scope_group.idToggled.connect(lambda _id, _on: self._on_scope_changed())
        self._on_scope_changed()
        # Start on the choice that is made, so arrows change it and Enter exports.
        first = self.scope_group.checkedButton() or self.group.checkedButton()
        if first is not None:
            first.setFocus()

    def _build_scope(self, selection: PeopleSelection, selected_first: bool) -> QGroupBox:
        box = QGroupBox(self.tr("People"), self)
        box.setObjectName("scopeBox")
        column = QVBoxLayout(box)
        self.everyone_button = QRadioButton(self.tr("E&veryone"), box)
        self.everyone_button.setObjectName("scopeEveryone")
        if selection.count == 1 and selection.name:
            name = self.fontMetrics().elidedText(
                selection.name, Qt.TextElideMode.ElideRight, _NAME_WIDTH
            )
            # A name may hold "&": doubled, it is shown rather than taken as a mnemonic.
            text = self.tr("%1, &selected on the People page").replace(
                "%1", name.replace("&", "&&")
            )
        else:
            text = self.tr("The %Ln people &selected on the People page", "", selection.count)
        self.selected_button = QRadioButton(text, box)
        self.selected_button.setObjectName("scopeSelected")
        for index, button in enumerate((self.everyone_button, self.selected_button)):
            button.setAccessibleName(_without_mnemonic(button.text()))
            self.scope_group.addButton(button, index)
            column.addWidget(button)
        (self.selected_button if selected_first else self.everyone_button).setChecked(True)
        return box

    def selected(self) -> ExportFormat:
        """The chosen format."""
        return self.formats[max(self.group.checkedId(), 0)]

    def exports_selection(self) -> bool:
        """Whether the selected people (not everyone) will be exported."""
        return self.selected_button is not None and self.selected_button.isChecked()

    def suggested_name(self, fmt: ExportFormat) -> str:
        """The file name offered: the format's, or one that says whom it holds."""
        selection = self._selection
        if selection is None or not self.exports_selection():
            return fmt.file_name
        if selection.count == 1:
            return file_stem(selection.name, "eventmate-1-person") + fmt.suffix
        return f"eventmate-{selection.count}-people{fmt.suffix}"

    def _on_scope_changed(self) -> None:
        # Formats that hold everything (events, the journal, the archive) cannot be limited
        # to some people: they stay visible but unavailable, and the note says why.
        just_some = self.exports_selection()
        for index, fmt in enumerate(self.formats):
            self.group.button(index).setEnabled(fmt.per_person or not just_some)
        if not self.selected().per_person and just_some:
            self.group.button(0).setChecked(True)
        # Shown whenever there is a choice (not only while it applies): the dialog keeps its
        # size when the choice changes.
        self.scope_note.setVisible(self._selection is not None)

    def _ask_path_with_dialog(self, fmt: ExportFormat) -> Path | None:
        from eventmate.gui.file_dialogs import save_file

        return save_file(self, self.tr("Export"), self.suggested_name(fmt), fmt.file_filter)

    def _on_export_clicked(self) -> None:
        fmt = self.selected()
        target = self._ask_path(fmt)
        if target is None:
            return
        services = self._services()
        selection = self._selection if self.exports_selection() else None
        gone = self.tr("The selected people are no longer in EventMate; nothing was written.")

        def work(control: JobControl) -> Path:
            from eventmate.services.data.files import write_file_atomically

            ids = None if selection is None else services.people.selected_ids(selection)
            if ids is not None and not ids:
                raise LookupError(gone)
            return write_file_atomically(target, fmt.write(services, ids, control))

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


def _without_mnemonic(text: str) -> str:
    # "&s" marks Alt+S; "&&" is a literal "&".
    return re.sub("&(.)", r"\1", text)
