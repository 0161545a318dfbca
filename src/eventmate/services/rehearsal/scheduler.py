"""When a name comes back: Leitner boxes across sessions, and a short queue within one.

**Across sessions** each person's card sits in one of five boxes. A new card starts in box 1.
A card is *due* once its box's interval has passed since it was last rehearsed:

======  =========================
box     due again after
======  =========================
1       at once (every session)
2       1 day
3       3 days
4       7 days
5       21 days
======  =========================

Knowing the name of a **due** card moves it up a box; knowing it before it is due keeps it
where it is (rehearsing twice on one train ride does not make a name "learnt"); not knowing it
sends it back to box 1. The box is never stored: it is replayed from the private history of
answers (:func:`card_state`), so the history is the only truth.

**Within a session** the deck is ordered by need: due cards first (lowest box, then the
longest overdue), then the rest as a quick look. A name I miss comes back after
:data:`REQUEUE_GAP` other cards, at most :data:`MAX_REPEATS` more times in that session, so a
hard name returns without turning two minutes into a chore.

Nothing here is ever shown as a score: no percentages, no streaks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Generic, TypeVar

#: How long after a rehearsal a card in each box is due again (index = box).
INTERVALS: tuple[timedelta, ...] = (
    timedelta(0),  # unused: boxes are numbered from 1
    timedelta(0),
    timedelta(days=1),
    timedelta(days=3),
    timedelta(days=7),
    timedelta(days=21),
)
#: The highest box.
TOP_BOX = len(INTERVALS) - 1
#: A missed name comes back after this many other cards (sooner if fewer are left).
REQUEUE_GAP = 3
#: A missed name comes back at most this many times in one session.
MAX_REPEATS = 2


@dataclass(frozen=True, slots=True)
class Answer:
    """One past answer: when, and whether I knew the name."""

    at: datetime
    knew: bool


@dataclass(frozen=True, slots=True)
class CardState:
    """Where a card stands: its box, and when it was last rehearsed (None: never)."""

    box: int = 1
    last_at: datetime | None = None

    @property
    def due_at(self) -> datetime | None:
        """When the card is due again (None: new, due now)."""
        return None if self.last_at is None else self.last_at + INTERVALS[self.box]

    def is_due(self, now: datetime) -> bool:
        """Whether the card's interval has passed at ``now``."""
        due = self.due_at
        return due is None or due <= now

    def after(self, answer: Answer) -> CardState:
        """The state once ``answer`` is given."""
        if not answer.knew:
            return CardState(1, answer.at)
        box = min(self.box + 1, TOP_BOX) if self.is_due(answer.at) else self.box
        return CardState(box, answer.at)


def card_state(answers: Iterable[Answer]) -> CardState:
    """Replay ``answers`` (any order) into the card's state."""
    state = CardState()
    for answer in sorted(answers, key=lambda a: a.at):
        state = state.after(answer)
    return state


def order_by_need(states: Sequence[CardState], now: datetime) -> list[int]:
    """Positions of ``states`` in rehearsal order: due first (low box, most overdue), then the rest.

    Ties keep the given order (the briefing's: people linked to the event first).
    """

    def need(index: int) -> tuple[bool, int, float, int]:
        state = states[index]
        due = state.due_at
        waited = (now - due).total_seconds() if due is not None else float("inf")
        return (not state.is_due(now), state.box, -waited, index)

    return sorted(range(len(states)), key=need)


T = TypeVar("T")


@dataclass
class SessionQueue(Generic[T]):
    """The cards of one sitting, in order; missed ones come back a few cards later."""

    cards: list[T]
    gap: int = REQUEUE_GAP
    max_repeats: int = MAX_REPEATS
    _repeats: dict[int, int] = field(default_factory=dict)
    #: Cards missed at least once this session, in the order first missed (by identity).
    missed: list[T] = field(default_factory=list)

    @property
    def current(self) -> T | None:
        """The card to show now (None when the session is over)."""
        return self.cards[0] if self.cards else None

    @property
    def remaining(self) -> int:
        """How many cards are still to come, the current one included."""
        return len(self.cards)

    def answer(self, knew: bool) -> T | None:
        """Record the answer to the current card and move on; returns the next card."""
        if not self.cards:
            return None
        card = self.cards.pop(0)
        if not knew:
            if not any(seen is card for seen in self.missed):
                self.missed.append(card)
            key = id(card)
            done = self._repeats.get(key, 0)
            if done < self.max_repeats:
                self._repeats[key] = done + 1
                self.cards.insert(min(self.gap, len(self.cards)), card)
        return self.current
