"""The name rehearsal window: one card at a time, keyboard only, large type, the dim look.

A card shows a person's cues; I type the name and press Enter, or press Enter on an empty
input to reveal it and then say whether I knew it (K) or not yet (N). Ctrl+H shows how to say
the name, as a hint. After an answer, Enter goes on. Names I miss come back a few cards later
(``services.rehearsal.scheduler``). Each answer is kept at once, privately; the window never
shows a score. Esc closes at any moment.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from eventmate.gui.rehearsal import card_text
from eventmate.gui.rehearsal.keeper import AnswerKeeper
from eventmate.gui.style.dim import apply_dim, dim_label
from eventmate.gui.style.palettes import DIM, mix
from eventmate.gui.style.text import set_dim_text
from eventmate.gui.style.tokens import RADIUS_SMALL, DimText
from eventmate.services.rehearsal.answers import check
from eventmate.services.rehearsal.scheduler import SessionQueue

if TYPE_CHECKING:
    from eventmate.services.rehearsal.cards import RehearsalCard
    from eventmate.services.rehearsal.service import RehearsalDeck, RehearsalService

log = logging.getLogger(__name__)

# Type is capture mode's (gui.style.tokens.DIM_SCALE): read at arm's length on a train.
STYLE = f"""
QWidget#rehearsalWindow {{ background: {DIM.window}; }}
QWidget#rehearsalWindow QLabel {{ color: {DIM.text}; background: transparent; }}
QWidget#rehearsalWindow QLabel[role="secondary"] {{ color: {DIM.muted}; }}
QWidget#rehearsalWindow QLabel#answerName {{ color: {DIM.accent}; }}
QLineEdit#nameInput {{
    background: {DIM.surface}; color: {DIM.text}; border: 1px solid {DIM.border};
    border-radius: {RADIUS_SMALL + 1}px; padding: 6px 10px;
}}
QLineEdit#nameInput:focus {{ border: 1px solid {mix(DIM.border, DIM.text, 0.25)}; }}
"""


class NameInput(QLineEdit):
    """The name input: Enter is its own (it never also reaches the window behind it)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter submits the name and is used up here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class Step(Enum):
    """Where the current card stands."""

    ASKING = "asking"  # cues shown, waiting for a name
    REVEALED = "revealed"  # name shown, waiting for K or N
    ANSWERED = "answered"  # verdict shown, Enter goes on
    DONE = "done"


class RehearsalWindow(QWidget):
    """Rehearse the names of a deck's people, one card at a time."""

    answered = Signal(int, bool)  # person id, knew it
    closed = Signal()

    def __init__(
        self, rehearsal: RehearsalService, deck: RehearsalDeck, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._rehearsal = rehearsal
        self.keeper = AnswerKeeper(rehearsal, self)
        self.keeper.failed.connect(self._on_keeper_failed)
        self.deck = deck
        self.queue: SessionQueue[RehearsalCard] = SessionQueue(list(deck.cards))
        self.step = Step.ASKING
        self._knew = False
        self.setObjectName("rehearsalWindow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title = deck.event_title or self.tr("People")
        self.setWindowTitle(self.tr("Rehearse names — %1").replace("%1", title))
        self.setAccessibleName(self.tr("Rehearse names"))
        apply_dim(self)
        self.setStyleSheet(STYLE)
        self._build(title)
        self.resize(900, 600)
        self._show_card()

    def _build(self, title: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(10)
        self.header = dim_label(DimText.SMALL, "rehearsalHeader", secondary=True)
        layout.addWidget(self.header)
        self._title = title
        self.left_out = dim_label(DimText.SMALL, "leftOut", secondary=True)
        layout.addWidget(self.left_out)
        layout.addSpacing(12)
        self.cues = dim_label(DimText.CUE, "cues")
        self.cues.setAccessibleName(self.tr("What you remember about them"))
        layout.addWidget(self.cues)
        self.hint = dim_label(DimText.PREVIEW, "hint", secondary=True)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        prompt = self.prompt = QLabel(self.tr("&Who is this?"))
        prompt.setObjectName("prompt")
        set_dim_text(prompt, DimText.PREVIEW)
        prompt.setProperty("role", "secondary")
        self.input = NameInput()
        self.input.setObjectName("nameInput")
        self.input.setAccessibleName(self.tr("Their name"))
        self.input.setPlaceholderText(self.tr("Type the name, or press Enter to see it"))
        set_dim_text(self.input, DimText.INPUT)
        self.input.submitted.connect(self._on_input_submitted)
        prompt.setBuddy(self.input)
        layout.addWidget(prompt)
        layout.addWidget(self.input)
        layout.addSpacing(12)
        self.answer = dim_label(DimText.NAME, "answerName")
        self.answer.setAccessibleName(self.tr("Their name"))
        layout.addWidget(self.answer)
        self.message = dim_label(DimText.PREVIEW, "verdict")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.keys = dim_label(DimText.SMALL, "keys", secondary=True)
        layout.addWidget(self.keys)

    # -- showing ----------------------------------------------------------------------------

    @property
    def card(self) -> RehearsalCard | None:
        """The card on screen (None when done)."""
        return self.queue.current

    def _show_card(self) -> None:
        card = self.card
        remaining = self.queue.remaining
        if card is None:
            self._show_done()
            return
        self.step = Step.ASKING
        self.header.setText(
            self.tr("%1 · 1 name to go").replace("%1", self._title)
            if remaining == 1
            else self.tr("%1 · %n names to go", "", remaining).replace("%1", self._title)
        )
        first = remaining == len(self.deck.cards) and not self.queue.missed
        self.left_out.setVisible(first and bool(self.deck.without_cues))
        self.left_out.setText(
            self.tr("Left out, with nothing noted to recall them by: %1").replace(
                "%1", ", ".join(self.deck.without_cues)
            )
        )
        self.cues.setText("\n".join(card_text.cue_lines(card)))
        self.hint.clear()
        self.hint.hide()
        self.answer.clear()
        self.message.clear()
        self.input.clear()
        self.input.setReadOnly(False)
        self.input.show()
        self.prompt.show()
        self.input.setFocus()
        self.keys.setText(
            self.tr(
                "Enter: check the name · Enter on an empty line: see it · Ctrl+H: how to say "
                "it · Esc: close"
            )
            if card.pronunciation
            else self.tr("Enter: check the name · Enter on an empty line: see it · Esc: close")
        )

    def _show_done(self) -> None:
        self.step = Step.DONE
        if not self.deck.cards and not self.deck.without_cues:
            self.cues.setText(
                self.tr(
                    "Nobody to rehearse yet. People you link with a “connect” intention, or "
                    "have met at this venue, series or host, will be here."
                )
            )
        elif not self.deck.cards:
            self.cues.setText(self.tr("No one to rehearse yet: nobody here has cues noted."))
            if self.deck.without_cues:
                self.left_out.setText(
                    self.tr("Add a cue (a role, where you met, what you noticed) to: %1").replace(
                        "%1", ", ".join(self.deck.without_cues)
                    )
                )
                self.left_out.show()
        else:
            self.cues.setText(card_text.farewell([card.name for card in self.queue.missed]))
            self.left_out.hide()
        self.header.setText(self._title)
        self.hint.hide()
        self.answer.clear()
        self.message.clear()
        self.input.hide()
        self.prompt.hide()
        self.keys.setText(self.tr("Enter or Esc: close"))
        self.setFocus()

    def show_hint(self) -> None:
        """Show how to say the current name (Ctrl+H), if it is noted."""
        card = self.card
        if card is None or self.step is not Step.ASKING or not card.pronunciation:
            return
        self.hint.setText(card_text.hint(card))
        self.hint.show()

    # -- answering --------------------------------------------------------------------------

    def _on_input_submitted(self) -> None:
        card = self.card
        if card is None or self.step is not Step.ASKING:
            return
        typed = self.input.text()
        if not typed.strip():
            self._reveal(card)
            return
        recall = check(typed, card.name)
        self._keep(card, recall.knew, typed=True)
        self._show_answer(card, card_text.verdict(recall))

    def _reveal(self, card: RehearsalCard) -> None:
        self.step = Step.REVEALED
        self._name(card)
        self.input.hide()
        self.prompt.hide()
        self.message.setText(self.tr("Did you know it?"))
        self.keys.setText(self.tr("K: I knew it · N: not yet · Esc: close"))
        self.setFocus()

    def _on_said(self, *, knew: bool) -> None:
        card = self.card
        if card is None or self.step is not Step.REVEALED:
            return
        self._keep(card, knew, typed=False)
        self._show_answer(
            card,
            self.tr("Good.") if knew else self.tr("Not yet — this one comes back in a moment."),
        )

    def _show_answer(self, card: RehearsalCard, text: str) -> None:
        self.step = Step.ANSWERED
        self._name(card)
        self.message.setText(text)
        self.input.setReadOnly(True)
        self.keys.setText(self.tr("Enter: next · Esc: close"))
        self.setFocus()

    def _name(self, card: RehearsalCard) -> None:
        self.answer.setText(card.name)
        self.hint.setText(card_text.hint(card))
        self.hint.setVisible(bool(card.pronunciation))

    def _keep(self, card: RehearsalCard, knew: bool, *, typed: bool) -> None:
        self._knew = knew
        self.keeper.keep(card.person_id, knew, typed=typed, event_id=self.deck.event_id)
        self.answered.emit(card.person_id, knew)

    def _on_keeper_failed(self, message: str) -> None:
        # A busy or read-only database must not stop a rehearsal: say so, and go on.
        log.warning("a rehearsal answer was not kept: %s", message)
        self.left_out.setText(
            self.tr("An answer could not be kept (%1); the rehearsal goes on.").replace(
                "%1", message
            )
        )
        self.left_out.show()

    def next_card(self) -> None:
        """Go on to the next card (Enter after an answer)."""
        if self.step is Step.ANSWERED:
            self.queue.answer(self._knew)
            self._show_card()
        elif self.step is Step.DONE:
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The window's keys (the name input keeps letters and Enter while asking).

        Handled here rather than by shortcuts, which only fire in the active window: the
        keys must work however the window manager hands the window focus.
        """
        key, control = event.key(), event.modifiers() == Qt.KeyboardModifier.ControlModifier
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if key == Qt.Key.Key_Escape or (control and key == Qt.Key.Key_W):
            self.close()
        elif control and key == Qt.Key.Key_H:
            self.show_hint()
        elif plain and key in (Qt.Key.Key_K, Qt.Key.Key_Y):
            self._on_said(knew=True)
        elif plain and key == Qt.Key.Key_N:
            self._on_said(knew=False)
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next_card()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing asks nothing; it waits only for answers still being written."""
        self.keeper.flush()
        self.closed.emit()
        super().closeEvent(event)
