"""Capture mode's lines under the input: what Enter will store, and the person Tab links it to.

A paste of several lines previews each line. The name list for suggestions is built slice
by slice once the window has painted (keys typed meanwhile come first); until then each
preview asks for suggestions again. Texts longer than :data:`LONG_TEXT` are previewed after
a short pause, not on every keystroke.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from eventmate.domain.capture_syntax import split_lines
from eventmate.gui.capture.preview import (
    batch_lines,
    detail_line,
    person_line,
    shorten,
    suggestion_text,
)
from eventmate.gui.heap import freeze_new
from eventmate.gui.style.dim import dim_label
from eventmate.gui.style.tokens import DimText

if TYPE_CHECKING:
    from eventmate.gui.capture.capture_input import CaptureInput
    from eventmate.services.capture.capture import CaptureService, PersonSuggestion

#: Delay before the name list for suggestions starts building (after the first paint).
WARM_UP_DELAY_MS = 150
#: Texts longer than this are previewed after a short pause, not on every keystroke.
LONG_TEXT = 5_000


class LivePreview(QObject):
    """The preview lines of ``input`` and the suggested person; ``shown`` follows each update."""

    shown = Signal()

    def __init__(self, capture: CaptureService, input: CaptureInput, parent: QObject) -> None:
        super().__init__(parent)
        self._capture = capture
        self._input = input
        self._suggestion: PersonSuggestion | None = None
        self._linked: PersonSuggestion | None = None
        self._linked_head: str | None = None
        self._asked: tuple[str | None, PersonSuggestion | None] = (None, None)
        self.person_line = dim_label(DimText.PREVIEW, "previewPerson")
        self.detail_line = dim_label(DimText.PREVIEW, "previewDetails", secondary=True)
        self.suggestion_line = dim_label(DimText.PREVIEW, "suggestion")
        self.suggestion_line.setProperty("role", "suggestion")
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(150)
        self._delay.timeout.connect(self.update)
        input.textChanged.connect(self._on_input_text_changed)
        self._warm_steps: Iterator[None] | None = None
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.timeout.connect(self._on_warm_timer_timeout)
        self._warm_timer.start(WARM_UP_DELAY_MS)

    @property
    def suggestions_ready(self) -> bool:
        """Whether the name list for suggestions has been built."""
        return self._warm_steps is None and not self._warm_timer.isActive()

    @property
    def linked_uid(self) -> str | None:
        """The uid of the person the capture is linked to (Tab), if any."""
        return self._linked.uid if self._linked is not None else None

    def toggle_link(self) -> bool:
        """Link the capture to the suggested person, or unlink it; False: nothing to do."""
        if self._linked is not None:
            self.unlink()
            self.update()
            return True
        if self._suggestion is None:
            return False
        self._linked = self._suggestion
        self._linked_head = self._capture.preview(self._input.text[:LONG_TEXT]).person_label
        self.update()
        return True

    def unlink(self) -> None:
        """Forget the link to a person (the text stays)."""
        self._linked = None
        self._linked_head = None

    def update(self) -> None:
        """Show what the input's text will store now."""
        self._show_lines()
        self.shown.emit()

    def _on_input_text_changed(self) -> None:
        if len(self._input.text) > LONG_TEXT:
            self._delay.start()
        else:
            self.update()

    def _on_warm_timer_timeout(self) -> None:
        if self._warm_steps is None:
            self._warm_steps = self._capture.warm_up_steps()
        if next(self._warm_steps, StopIteration) is StopIteration:
            self._warm_steps = None
            freeze_new()  # the word list: never rescanned inside a capture's commit
            self._asked = (None, None)
            self.update()  # suggestions for what was typed meanwhile
            return
        self._warm_timer.start(0)  # keys typed meanwhile are handled before the next slice

    def _show_lines(self) -> None:
        text = self._input.text
        lines = split_lines(text) if "\n" in text.strip() else []
        if len(lines) > 1:
            self.unlink()
            parsed_lines = [self._capture.preview(line) for line in lines]
            self.person_line.setText(
                QCoreApplication.translate(
                    "CaptureWindow", "%n captures to save — Enter saves them all", "", len(lines)
                )
            )
            self.detail_line.setText("\n".join(batch_lines(lines, parsed_lines)))
            self._show_suggestion(None)
            return
        if not text.strip():
            self.unlink()
            self.person_line.clear()
            self.detail_line.clear()
            self._show_suggestion(None)
            return
        parsed = self._capture.preview(text)
        if self._linked is not None and parsed.person_label != self._linked_head:
            self.unlink()  # the name changed: the link no longer applies
        linked_name = self._linked.name if self._linked is not None else None
        self.person_line.setText(shorten(person_line(parsed, linked_name)))
        self.detail_line.setText(detail_line(parsed, self._linked is not None))
        query = parsed.name
        if query is None and parsed.descriptor and len(parsed.descriptor.split()) <= 3:
            query = parsed.descriptor if "," not in parsed.descriptor else None
        if query != self._asked[0] or self._warm_steps is not None:
            # Typing the facts after a name asks nothing new.
            found = self._capture.suggest_people(query, 1) if query else ()
            self._asked = (query, found[0] if found else None)
        self._show_suggestion(self._asked[1])

    def _show_suggestion(self, suggestion: PersonSuggestion | None) -> None:
        self._suggestion = suggestion
        self.suggestion_line.setText(suggestion_text(self._linked, suggestion))
