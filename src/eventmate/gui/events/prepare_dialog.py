"""Prepare for an event: intentions on the left, the briefing beside them (PDF, Markdown)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.events.briefing_render import briefing_html, briefing_markdown, write_pdf
from eventmate.gui.events.intentions_view import IntentionsWidget
from eventmate.gui.widgets import body, heading
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.events.briefing import Briefing


def _safe_file_name(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.split())[:60] or "briefing"


class BriefingWidget(QWidget):
    """The briefing as readable text, with PDF and Markdown export."""

    def __init__(self, services: Services, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id = event_id
        self.briefing: Briefing | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Briefing"), scale=1.2))
        self.text = QTextBrowser()
        self.text.setObjectName("briefingText")
        self.text.setAccessibleName(self.tr("Briefing"))
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(12)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("briefingPdfButton")
        self.pdf_button.setToolTip(self.tr("Save as PDF to print or carry (Ctrl+Shift+S)"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.markdown_button = QPushButton(self.tr("Save as Markdown…"))
        self.markdown_button.setObjectName("briefingMarkdownButton")
        self.markdown_button.clicked.connect(lambda: self.export_markdown())
        self.rehearse_button = QPushButton(self.tr("&Rehearse names…"))
        self.rehearse_button.setObjectName("rehearseNamesButton")
        self.rehearse_button.setToolTip(
            self.tr("Recall the names of the people you may see from their cues (Ctrl+Shift+R)")
        )
        self.rehearse_button.clicked.connect(lambda: self.rehearse())
        for button in (self.pdf_button, self.markdown_button, self.rehearse_button):
            button.setAutoDefault(False)
        row.addWidget(self.rehearse_button)
        row.addStretch(1)
        row.addWidget(self.markdown_button)
        row.addWidget(self.pdf_button)
        layout.addLayout(row)
        self.status = body("")
        self.status.setObjectName("briefingStatus")
        layout.addWidget(self.status)

    def refresh(self) -> None:
        """Build the briefing again (after intentions changed)."""
        from eventmate.services.clock import system_clock

        self.briefing = self._services.briefing.briefing(self._event_id)
        if self.briefing is None:
            self.text.setPlainText(self.tr("This event is no longer in EventMate."))
            return
        bar = self.text.verticalScrollBar()
        position = bar.value()
        self.text.setHtml(briefing_html(self.briefing, system_clock()))
        bar.setValue(position)

    def rehearse(self) -> QWidget | None:
        """Open name rehearsal for the people in this briefing."""
        from eventmate.gui.rehearsal.opening import open_rehearsal

        return open_rehearsal(
            self.window(), self._services.rehearsal, self._event_id, met_there=False
        )

    def _target(
        self, suffix: str, caption: str, filter_text: str, path: Path | None
    ) -> Path | None:
        if path is not None:
            return path
        if self.briefing is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{_safe_file_name(self.briefing.title)}{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, caption, suggested, filter_text)
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix else target.with_suffix(suffix)

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Save the briefing as a PDF (asks where unless ``path`` is given)."""
        from eventmate.services.clock import system_clock

        target = self._target(".pdf", self.tr("Save briefing as PDF"), self.tr("PDF (*.pdf)"), path)
        if target is None or self.briefing is None:
            return None
        try:
            write_pdf(briefing_html(self.briefing, system_clock()), target)
        except OSError as error:
            self.status.setText(self.tr("Could not save: %1").replace("%1", str(error)))
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return target

    def export_markdown(self, path: Path | None = None) -> Path | None:
        """Save the briefing as Markdown (asks where unless ``path`` is given)."""
        from eventmate.services.clock import system_clock

        target = self._target(
            ".md", self.tr("Save briefing as Markdown"), self.tr("Markdown (*.md)"), path
        )
        if target is None or self.briefing is None:
            return None
        try:
            target.write_text(briefing_markdown(self.briefing, system_clock()), encoding="utf-8")
        except OSError as error:
            self.status.setText(
                self.tr("Could not save: %1").replace("%1", error.strerror or str(error))
            )
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return target


class PrepareDialog(QDialog):
    """Intentions and briefing for one event. Everything saves as it is made; Esc closes."""

    closed = Signal(int)

    def __init__(self, services: Services, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_id = event_id
        self._services = services
        self.event_uid = services.records.uid_of(Kind.EVENT, event_id)
        self.setObjectName("prepareDialog")
        detail = services.events.get(event_id)
        title = detail.title if detail is not None else ""
        self.setWindowTitle(self.tr("Prepare — %1").replace("%1", title))
        self.resize(1040, 700)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.intentions = IntentionsWidget(services, event_id)
        self.briefing = BriefingWidget(services, event_id)
        splitter.addWidget(self.intentions)
        splitter.addWidget(self.briefing)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        layout.addWidget(buttons)
        self.intentions.changed.connect(self.briefing.refresh)
        self.briefing.refresh()
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.briefing.export_pdf())
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, lambda: self.briefing.rehearse())
        self.intentions.text.setFocus()

    def on_changes(self, changes: Changes) -> None:
        """Follow what changed: the briefing, or the event itself going away."""
        if self.event_uid is None or not self.isEnabled():
            return
        gone = changes.gone(Kind.EVENT, self.event_uid) or (
            changes.reset and not self._services.records.exists(Kind.EVENT, self.event_uid)
        )
        if gone:
            self.setEnabled(False)
            self.setWindowTitle(self.tr("This event no longer exists"))
            self.briefing.status.setText(self.tr("This event no longer exists."))
            return
        if changes.touches(Kind.PERSON, Kind.INTENTION, Kind.FOLLOW_UP, Kind.FACT, Kind.EVENT):
            self.briefing.refresh()

    def done(self, result: int) -> None:
        """Close (Esc or Close): nothing to save, every change is already stored."""
        self.closed.emit(self.event_id)
        super().done(result)
