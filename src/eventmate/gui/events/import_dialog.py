"""Import a calendar file: pick the range for repeating events, preview, then import all at once.

Reading the file runs on a worker thread (a large calendar can take seconds); the dialog stays
responsive and shows the preview when it is ready: each event says whether it is new, will
update an event EventMate knows by its UID (and what changes), or is already in EventMate as
it is. Nothing is written until Import is pressed, and then everything new or updated is
written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, QRunnable, Qt, QThreadPool, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.events.local_time import from_local, local, local_at
from eventmate.gui.formatting import date_format
from eventmate.gui.style import Space, TextStyle, body, heading, muted, muted_colour
from eventmate.gui.style.text import set_text_style
from eventmate.gui.style.widgets import dialog_margins, fit_list_height, primary
from eventmate.services.data.calendar_match import Field, Status

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.data.calendar_import import ImportPreview, ImportResult


def field_label(field: Field) -> str:
    """What an import updates, in the user's words."""
    from PySide6.QtCore import QCoreApplication

    return {
        Field.TITLE: QCoreApplication.translate("import", "title"),
        Field.START: QCoreApplication.translate("import", "start"),
        Field.END: QCoreApplication.translate("import", "end"),
        Field.ALL_DAY: QCoreApplication.translate("import", "all day"),
        Field.PLACE: QCoreApplication.translate("import", "place"),
        Field.KIND: QCoreApplication.translate("import", "kind"),
        Field.TAGS: QCoreApplication.translate("import", "new tags"),
    }[field]


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """Runs one call off the GUI thread and reports back by signal."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the user, never a traceback
            self.signals.failed.emit(str(error) or type(error).__name__)
            return
        self.signals.finished.emit(result)


class ImportCalendarDialog(QDialog):
    """Preview and import one .ics file."""

    preview_ready = Signal()
    imported = Signal(object)

    def __init__(self, services: Services, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._path = path
        self._jobs: set[_Job] = set()
        self.preview: ImportPreview | None = None
        self._last_window: tuple[datetime, datetime] | None = None
        self.import_result: ImportResult | None = None
        self.setObjectName("importCalendarDialog")
        self.setWindowTitle(self.tr("Import calendar"))
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.setSpacing(Space.S)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(heading(self.tr("Import “%1”").replace("%1", path.name)))

        start, end = services.calendar_import.default_window()
        dates = QHBoxLayout()
        from_label = QLabel(self.tr("Repeating events from"))
        self.window_from = QDateEdit(local(start).date())
        self.window_from.setCalendarPopup(True)
        self.window_from.setDisplayFormat(date_format("d MMM yyyy"))
        self.window_from.setAccessibleName(self.tr("Import repeating events from"))
        from_label.setBuddy(self.window_from)
        to_label = QLabel(self.tr("to"))
        self.window_to = QDateEdit(local(end).date())
        self.window_to.setCalendarPopup(True)
        self.window_to.setDisplayFormat(date_format("d MMM yyyy"))
        self.window_to.setAccessibleName(self.tr("Import repeating events until"))
        to_label.setBuddy(self.window_to)
        for widget in (from_label, self.window_from, to_label, self.window_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        layout.addLayout(dates)
        layout.addWidget(
            muted(self.tr("Events that happen once are imported whatever their date."))
        )
        self.window_from.editingFinished.connect(self.refresh_preview)
        self.window_to.editingFinished.connect(self.refresh_preview)

        self.summary = body(self.tr("Reading the file…"))
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        self.items = QListWidget()
        self.items.setObjectName("importItems")
        self.items.setAccessibleName(self.tr("Events to import"))
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setFixedWidth(self.fontMetrics().averageCharWidth() * 80)
        layout.addWidget(self.items)
        self.skipped_label = QLabel(self.tr("Left out, and why"))
        set_text_style(self.skipped_label, TextStyle.STRONG)
        layout.addWidget(self.skipped_label)
        self.skipped = QListWidget()
        self.skipped.setObjectName("importSkipped")
        self.skipped.setAccessibleName(self.tr("Left out, and why"))
        self.skipped.setWordWrap(True)
        self.skipped_label.setBuddy(self.skipped)
        self.skipped.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.skipped.setFixedWidth(self.items.minimumWidth())
        layout.addWidget(self.skipped)
        layout.addSpacing(Space.XS)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        primary(self.import_button)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.items.setFocus()
        self.refresh_preview()

    # -- preview ----------------------------------------------------------------------------

    def import_window(self) -> tuple[datetime, datetime]:
        """The chosen range for repeating events, local midnights as UTC (end exclusive)."""
        start = from_local(local_at(self.window_from.date(), QTime(0, 0)))
        last: QDate = max(self.window_to.date(), self.window_from.date())
        end = from_local(local_at(last.addDays(1), QTime(0, 0)))
        return start, end

    def refresh_preview(self) -> None:
        """Read the file again for the chosen range (on a worker)."""
        window = self.import_window()
        if window == self._last_window:
            return  # the range did not change (editingFinished also fires on leaving a field)
        self._last_window = window
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the file…"))
        service = self._services.calendar_import
        path = self._path
        self._start(lambda: service.preview_file(path, window=window), self._on_preview)

    def _start(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        job = _Job(work)
        job.setAutoDelete(False)
        self._jobs.add(job)

        def finish(result: object) -> None:
            self._jobs.discard(job)
            done(result)

        def fail(message: str) -> None:
            self._jobs.discard(job)
            self._on_failed(message)

        job.signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(job)

    def _on_preview(self, preview: object) -> None:
        from eventmate.services.data.calendar_import import ImportPreview

        assert isinstance(preview, ImportPreview)
        self.preview = preview
        self.items.clear()
        self.skipped.clear()
        readable = preview.fatal is None
        for widget in (self.items, self.skipped, self.skipped_label):
            widget.setVisible(readable)
        if preview.fatal is not None:
            self.summary.setText(
                self.tr("Nothing could be read from this file: %1").replace("%1", preview.fatal)
            )
            self.preview_ready.emit()
            return
        grey = muted_colour(self.items.palette())  # the look in force when it was read
        for item in preview.items:
            draft = item.draft
            place = " · ".join(part for part in (draft.venue, draft.city) if part)
            moment = QLocale().toString(
                local(draft.starts_at), date_format("ddd d MMM yyyy") + ", HH:mm"
            )
            if draft.all_day:
                moment = QLocale().toString(
                    local(draft.starts_at).date(), date_format("ddd d MMM yyyy")
                )
            text = f"{draft.title}\n{moment}" + (f" · {place}" if place else "")
            if item.status is Status.UNCHANGED:
                text += " · " + self.tr("already in EventMate")
            elif item.status is Status.UPDATE:
                text += " · " + self.tr("will be updated: %1").replace(
                    "%1", ", ".join(field_label(field) for field in item.updates)
                )
            row = QListWidgetItem(text)
            if item.status is Status.UNCHANGED:
                row.setForeground(grey)
            self.items.addItem(row)
        for problem in preview.skipped:
            self.skipped.addItem(QListWidgetItem(f"{problem.what}: {problem.reason}"))
        self.skipped_label.setVisible(bool(preview.skipped))
        self.skipped.setVisible(bool(preview.skipped))
        self.items.setVisible(bool(preview.items))
        fit_list_height(self.items, 8)
        fit_list_height(self.skipped, 4)
        new = len(preview.new)
        parts = []
        if new or not preview.updates:
            parts.append(
                self.tr("1 event to import")
                if new == 1
                else self.tr("%n events to import", "", new)
            )
        if preview.updates:
            parts.append(self.tr("%n to update", "", len(preview.updates)))
        if preview.duplicates:
            parts.append(self.tr("%n already in EventMate", "", preview.duplicates))
        if preview.skipped:
            parts.append(self.tr("%n left out or changed", "", len(preview.skipped)))
        if preview.method and preview.method != "PUBLISH":
            parts.append(self.tr("an invitation (%1)").replace("%1", preview.method))
        text = " · ".join(parts)
        writes = len(preview.writes)
        if writes == 0:
            text += "\n" + self.tr(
                "Nothing new to import. Repeating events may lie outside the dates above."
            )
        self.summary.setText(text)
        self.import_button.setEnabled(writes > 0)
        # Disabling a dialog's default button clears the default: Enter must import again.
        self.import_button.setDefault(writes > 0)
        self.preview_ready.emit()

    def _on_failed(self, message: str) -> None:
        self.summary.setText(self.tr("Could not import: %1").replace("%1", message))
        self.import_button.setEnabled(self.preview is not None and bool(self.preview.writes))
        self.preview_ready.emit()

    # -- import -----------------------------------------------------------------------------

    def accept(self) -> None:
        """Import every new event in one transaction; close when done."""
        if self.preview is None or not self.preview.writes or not self.import_button.isEnabled():
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        preview = self.preview
        service = self._services.calendar_import
        self._start(lambda: service.commit(preview), self._on_imported)

    def done_message(self) -> str:
        """What the import did, for the status line ("" before it is done)."""
        result = self.import_result
        if result is None:
            return ""
        imported = (
            self.tr("1 event imported from %1")
            if result.imported == 1
            else self.tr("%n events imported from %1", "", result.imported)
        ).replace("%1", self._path.name)
        if result.updated:
            imported += " · " + self.tr("%n updated", "", result.updated)
        return imported

    def _on_imported(self, result: object) -> None:
        from eventmate.services.data.calendar_import import ImportResult

        assert isinstance(result, ImportResult)
        self.import_result = result
        self.imported.emit(result)
        super().accept()
