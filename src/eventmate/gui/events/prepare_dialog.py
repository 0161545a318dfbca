"""Prepare for an event: intentions on the left, the briefing beside them (PDF, Markdown).

The dialog names its event by uid and follows what changed: the briefing when people, facts,
notes or promises change, the intentions and energy when the event's own rows change. If the
event is deleted meanwhile it says "This event no longer exists" and saves nothing more.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.events.briefing_render import briefing_html, briefing_markdown, write_pdf
from eventmate.gui.events.intentions_view import IntentionsWidget
from eventmate.gui.style import body, heading
from eventmate.gui.style.widgets import dialog_margins
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.events.briefing import Briefing


def _safe_file_name(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.split())[:60] or "briefing"


class BriefingWidget(QWidget):
    """The briefing as readable text, with PDF and Markdown export."""

    def __init__(self, services: Services, event_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_uid = event_uid
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
        """Build the briefing again (nothing is redrawn when it reads the same)."""
        from eventmate.services.clock import system_clock

        briefing = self._services.briefing.briefing(self._event_uid)
        if briefing is None:
            self.show_gone()
            return
        if briefing == self.briefing:
            return
        self.briefing = briefing
        for button in (self.pdf_button, self.markdown_button, self.rehearse_button):
            button.setEnabled(True)
        bar = self.text.verticalScrollBar()
        position = bar.value()
        self.text.setHtml(briefing_html(briefing, system_clock()))
        bar.setValue(position)

    def show_gone(self) -> None:
        """The event no longer exists: say so instead of a briefing."""
        self.briefing = None
        self.text.setPlainText(self.tr("This event no longer exists."))
        for button in (self.pdf_button, self.markdown_button, self.rehearse_button):
            button.setEnabled(False)

    def rehearse(self) -> QWidget | None:
        """Open name rehearsal for the people in this briefing."""
        from eventmate.gui.rehearsal.opening import open_rehearsal

        event_id = self._services.records.id_of(Kind.EVENT, self._event_uid)
        if event_id is None:
            self.show_gone()
            return None
        return open_rehearsal(self.window(), self._services.rehearsal, event_id, met_there=False)

    def _target(
        self, suffix: str, caption: str, filter_text: str, path: Path | None
    ) -> Path | None:
        if path is not None:
            return path
        if self.briefing is None:
            return None
        from eventmate.gui.file_dialogs import save_file

        suggested = f"{_safe_file_name(self.briefing.title)}{suffix}"
        target = save_file(self, caption, suggested, filter_text)
        if target is None:
            return None
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

    closed = Signal(str)

    def __init__(self, services: Services, event_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_uid = event_uid
        self._services = services
        self._gone = False
        self.setObjectName("prepareDialog")
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        # Said plainly, first thing in the window, in the heading's weight (never in red).
        self.banner = heading("", scale=1.15)
        self.banner.setObjectName("prepareGone")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(0, 4, 0, 8)
        self.banner.hide()
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.intentions = IntentionsWidget(services, event_uid)
        self.briefing = BriefingWidget(services, event_uid)
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
        self.intentions.event_gone.connect(self.show_gone)
        self._set_title()
        self.briefing.refresh()
        self.resize(1040, 700)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.briefing.export_pdf())
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, lambda: self.briefing.rehearse())
        self.intentions.text.setFocus()

    @property
    def gone(self) -> bool:
        """Whether the event no longer exists (the dialog then saves nothing)."""
        return self._gone

    def on_changes(self, changes: Changes) -> None:
        """Follow what changed: the event going (or coming back), its intentions, the briefing."""
        uid = self.event_uid
        if changes.gone(Kind.EVENT, uid) or (
            changes.reset and not self._services.records.exists(Kind.EVENT, uid)
        ):
            self.show_gone()
            return
        if self._gone and (changes.reset or (Kind.EVENT, uid) in changes.created):
            self._back()  # the deletion was undone: the same event, the same uid
            return
        if self._gone:
            return
        if changes.changed(Kind.EVENT, uid):
            # Its title, intentions, breaks or energy check-in (all logged as the event).
            self._set_title()
            self.intentions.reload()
            self.intentions.sync_energy()
        if changes.touches(Kind.EVENT, Kind.PERSON, Kind.FACT, Kind.NOTE, Kind.FOLLOW_UP):
            self.briefing.refresh()

    def show_gone(self) -> None:
        """Say plainly that the event no longer exists, and accept no more changes."""
        if self._gone:
            return
        self._gone = True
        self.setWindowTitle(self.tr("This event no longer exists"))
        self.banner.setText(
            self.tr("This event no longer exists. Nothing more is saved here; you can close it.")
        )
        self.banner.show()
        self.intentions.setEnabled(False)
        self.briefing.show_gone()

    def _back(self) -> None:
        self._gone = False
        self.banner.hide()
        self.intentions.setEnabled(True)
        self._set_title()
        self.intentions.reload()
        self.intentions.sync_energy()
        self.briefing.refresh()

    def _set_title(self) -> None:
        detail = self._services.events.get(self.event_uid)
        if detail is None:
            self.show_gone()
            return
        self.setWindowTitle(self.tr("Prepare — %1").replace("%1", detail.title))

    def done(self, result: int) -> None:
        """Close (Esc or Close): nothing to save, every change is already stored."""
        self.closed.emit(self.event_uid)
        super().done(result)
