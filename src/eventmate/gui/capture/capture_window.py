"""The capture window: header with the break timer, the input, a live preview, the last captures.

Enter saves at once and clears the input; Tab links the capture to the suggested existing
person; Ctrl+Z on an empty input undoes the last capture and puts its text back
(:mod:`.capture_saving`); Esc leaves (whatever is typed stays in the input for next time). The
lines under the input are :mod:`.live_preview`'s. F11 switches between a full window and a
compact window that stays on top.

The window keeps the picked event's uid. If that event is deleted (here, from the command line,
by a restore), it falls back to "No event" and says so calmly; a capture typed meanwhile keeps
its words with no event. Nothing is ever written to a gone event or person.

With a server that cannot be reached, Enter keeps the capture on this computer (the outbox) and
says so; a line under the messages reads "offline — 3 captures waiting" until they are sent
(:mod:`.outbox_sender`), and the last captures list them first, marked as waiting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from eventmate.gui.capture.capture_input import CaptureInput
from eventmate.gui.capture.capture_saving import NotStored, store, stored_words, undo_capture
from eventmate.gui.capture.event_header import EventHeaderWidget
from eventmate.gui.capture.live_preview import LivePreview
from eventmate.gui.capture.recent_list import RecentList
from eventmate.gui.style.dim import apply_dim, dim_label
from eventmate.gui.style.text import set_dim_text
from eventmate.gui.style.tokens import DimText, Space
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from eventmate.gui.capture.outbox_sender import OutboxSender
    from eventmate.services.capture.capture import CaptureService

#: How many earlier captures are listed.
RECENT_SHOWN = 5
#: The break timer's refresh interval.
TICK_MS = 15_000
#: Margins of the full window (left, top, right, bottom).
FULL_MARGINS = (Space.XXL + Space.XS, Space.XL, Space.XXL + Space.XS, Space.L + Space.XS)


class CaptureWindow(QWidget):
    """Capture mode for the event picked (by default the one happening now)."""

    captured = Signal(int)  # how many captures were stored
    undone = Signal(str)  # the uid of the capture removed
    left = Signal()

    def __init__(
        self,
        capture: CaptureService,
        event_uid: str | None = None,
        parent: QWidget | None = None,
        outbox: OutboxSender | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._capture = capture
        self._outbox = outbox
        self._compact = False
        self._opened = False
        self.setObjectName("captureWindow")
        self.setWindowTitle(self.tr("Capture — EventMate"))
        self.setAccessibleName(self.tr("Capture mode"))
        apply_dim(self)
        self._build()
        self._fill_events(event_uid)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.refresh_recent()
        self._update_preview()
        self.resize(self.full_size())
        if outbox is not None:
            outbox.changed.connect(self._on_outbox_changed)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(*FULL_MARGINS)
        layout.setSpacing(Space.M)
        self.event_header = EventHeaderWidget(self._capture)
        self.header = self.event_header.header
        self.event_picker = self.event_header.picker
        layout.addWidget(self.event_header)
        layout.addSpacing(14)

        input_label = self.input_label = QLabel(self.tr("&Who did you meet?"))
        input_label.setProperty("role", "secondary")
        set_dim_text(input_label, DimText.SMALL)
        layout.addWidget(input_label)
        self.input = CaptureInput()
        self.input.setAccessibleName(self.tr("Capture"))
        self.input.setAccessibleDescription(
            self.tr("Name (role, ensemble) — what you learned; #tag !promise. Enter saves.")
        )
        self.input.setPlaceholderText(self.tr("Anna Schmidt (viola, LSO) — loves Bartók !send…"))
        set_dim_text(self.input, DimText.INPUT)
        line = QFontMetricsF(self.input.font()).lineSpacing()
        self.input.setFixedHeight(round(line * 2.2 + 22))
        input_label.setBuddy(self.input)
        self.input.tab_handler = self.accept_suggestion
        self.input.submitted.connect(self._on_input_submitted)
        self.input.left.connect(self.leave)
        self.input.undo_requested.connect(self.undo_last)
        layout.addWidget(self.input)

        self.preview = LivePreview(self._capture, self.input, self)
        self.preview.shown.connect(self._fit_lines)
        self.person_preview = self.preview.person_line
        self.detail_preview = self.preview.detail_line
        self.suggestion_line = self.preview.suggestion_line
        self.message = dim_label(DimText.SMALL, "captureMessage", secondary=True)
        self.outbox_line = dim_label(DimText.SMALL, "outboxLine")
        self.outbox_line.setAccessibleName(self.tr("Captures waiting to be sent"))
        for label in (
            self.person_preview,
            self.detail_preview,
            self.suggestion_line,
            self.message,
            self.outbox_line,
        ):
            layout.addWidget(label)
        layout.addSpacing(12)
        self.recent_list = RecentList()
        layout.addWidget(self.recent_list, 1)
        self.hint = dim_label(DimText.SMALL, "captureHint", secondary=True)
        self.hint.setText(
            self.tr(
                "Enter saves · Tab takes the suggestion · Ctrl+Z undoes the last · "
                "Ctrl+E event · F11 compact · Esc leaves"
            )
        )
        layout.addWidget(self.hint)

        pick = QShortcut(QKeySequence("Ctrl+E"), self)
        pick.activated.connect(self.event_header.pick)
        compact = QShortcut(QKeySequence("F11"), self)
        compact.activated.connect(lambda: self.set_compact(not self._compact))
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.activated.connect(self.leave)

    def _fill_events(self, event_uid: str | None) -> None:
        if not self.event_header.fill(event_uid, now_if_none=event_uid is None):
            self._say(
                self.tr("That event no longer exists. Captures go to No event for now (Ctrl+E).")
            )

    # -- state ------------------------------------------------------------------------------

    @property
    def event_uid(self) -> str | None:
        """The uid of the event captures are assigned to (None: no event)."""
        return self.event_header.event_uid

    def open(self, event_uid: str | None = None) -> None:
        """Show capture mode for an event; on first showing, else, the event happening now.

        Reopening without an event keeps the event picked before.
        """
        if event_uid is not None or not self._opened:
            self._fill_events(event_uid)
        else:
            self._update_header()
        self._opened = True
        self.refresh_recent()
        self.focus_input()

    def set_event(self, event_uid: str | None) -> None:
        """Pick the event with ``event_uid`` (reloading the nearby events)."""
        self._fill_events(event_uid)

    def set_compact(self, compact: bool) -> None:
        """A small window that stays on top, or the full window."""
        self._compact = compact
        if compact:
            self.recent_list.setFixedHeight(self.recent_list.height_for(2))
        else:
            self.recent_list.setMinimumHeight(0)
            self.recent_list.setMaximumHeight(16_777_215)
        self.hint.setVisible(not compact)
        self.input_label.setVisible(not compact)
        self.event_header.set_compact(compact)
        self._fit_lines()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, compact)
        if compact:
            self._layout.setContentsMargins(Space.L, Space.M, Space.L, Space.M)
            self._layout.setSpacing(Space.S)
            self.setMinimumSize(0, 0)
            self.resize(self.compact_size())
            self.showNormal()
        else:
            self._layout.setContentsMargins(*FULL_MARGINS)
            self._layout.setSpacing(Space.M)
            self.resize(self.full_size())
            self.show()
        # Changing "stays on top" hides and shows the window again: take the keyboard back.
        self.activateWindow()
        self.input.setFocus()

    def compact_size(self) -> QSize:
        """The compact window: about 46 characters of the input wide, a few lines tall."""
        wide = round(QFontMetricsF(self.input.font()).averageCharWidth() * 40) + 2 * Space.L
        self._layout.activate()
        return QSize(max(wide, self.minimumSizeHint().width()), self.minimumSizeHint().height())

    def full_size(self) -> QSize:
        """The full window: room for the input's line and the last captures."""
        wide = round(QFontMetricsF(self.input.font()).averageCharWidth() * 64)
        return QSize(max(1000, wide), 640)

    @property
    def compact(self) -> bool:
        """Whether the compact, always-on-top window is used."""
        return self._compact

    def focus_input(self) -> None:
        """Bring the window forward with the cursor in the input."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.input.setFocus()

    def on_changes(self, changes: Changes) -> None:
        """Keep the event picker and the last captures true to what is stored.

        If the picked event was deleted, captures fall back to "No event" (said calmly);
        nothing typed in the input is touched. Name suggestions learn of renamed people.
        """
        self._capture.follow(changes)
        if not self._opened:
            return  # opening fills the picker afresh
        said = self.event_header.follow(changes)
        if said:
            self._say(said)
        if changes.touches(Kind.CAPTURE):
            self.refresh_recent()

    def refresh_recent(self) -> None:
        """List the last captures with how long ago they were made."""
        self.recent_list.show_captures(self._capture.recent(RECENT_SHOWN), self._capture.now())
        self._show_outbox()

    # -- actions ----------------------------------------------------------------------------

    def save(self) -> None:
        """Store what is typed (one capture, or one per pasted line) and clear the input."""
        title = self.event_header.event_title
        stored = store(self._capture, self.input.text, self.event_uid, self.preview.linked_uid)
        if isinstance(stored, NotStored):
            if stored.person_gone:
                self.preview.unlink()
                self._update_preview()
            if stored.said:
                self._say(stored.said)
            return
        results = stored.results
        remainder = "\n".join(r.remainder for r in results if r.remainder)
        self.preview.unlink()
        self.input.setPlainText(remainder)
        self.input.moveCursor(self.input.textCursor().MoveOperation.Start)
        if stored.event_gone:
            self.event_header.fill(None, now_if_none=False)
        self._say(stored_words(stored, title))
        if self._outbox is not None and all(r.kept_offline for r in results):
            self._outbox.poke()
        self.refresh_recent()
        self.captured.emit(len(results))

    def undo_last(self) -> None:
        """Undo the last capture of this session and put its text back into the empty input."""
        outcome = undo_capture(self._capture)
        if outcome.result is not None and not self.input.text:
            self.input.setPlainText(outcome.result.raw_text)
            self.input.selectAll()
        self._say(outcome.said)
        if outcome.refresh:
            self.refresh_recent()
        if outcome.result is not None:
            self.undone.emit(outcome.result.uid)

    def accept_suggestion(self) -> bool:
        """Tab: link the capture to the suggested person, or unlink it again."""
        return self.preview.toggle_link()

    def leave(self) -> None:
        """Esc: close capture mode; anything typed stays in the input for next time."""
        self.close()

    # -- slots ------------------------------------------------------------------------------

    def _on_input_submitted(self) -> None:
        self.save()

    @property
    def suggestions_ready(self) -> bool:
        """Whether the name list for suggestions has been built."""
        return self.preview.suggestions_ready

    def _on_timer_timeout(self) -> None:
        self._update_header()
        self.refresh_recent()
        if self._outbox is not None and self._capture.offline and not self._outbox.busy:
            self._outbox.poke()  # found away by a read: look for the server again

    def _on_outbox_changed(self) -> None:
        self.refresh_recent()

    # -- showing ----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self._fit_lines()

    def _show_outbox(self) -> None:
        from eventmate.gui.capture.outbox_sender import outbox_words

        self.outbox_line.setText(outbox_words(self._capture))
        self.outbox_line.setVisible(bool(self.outbox_line.text()))

    def _fit_lines(self) -> None:
        """In the compact window an empty preview line takes no room; the full one keeps it."""
        for label in (self.person_preview, self.detail_preview, self.suggestion_line, self.message):
            label.setVisible(not self._compact or bool(label.text()))
        self.outbox_line.setVisible(bool(self.outbox_line.text()))

    def _update_header(self) -> None:
        self.event_header.update_text()

    def _update_preview(self) -> None:
        self.preview.update()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Leaving keeps the typed text; the owner is told so it can come forward."""
        super().closeEvent(event)
        self.left.emit()
