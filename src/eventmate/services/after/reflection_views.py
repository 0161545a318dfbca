"""What the reflection window shows: the reflection with its event, and the intention review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventmate.domain.kinds import IntentionKind, IntentionOutcome


@dataclass(frozen=True, slots=True)
class IntentionReview:
    """An intention of the event and how it turned out."""

    uid: str
    kind: IntentionKind
    text: str
    person_name: str | None
    outcome: IntentionOutcome | None
    outcome_note: str


@dataclass(frozen=True, slots=True)
class PastEvent:
    """An event that has happened, for the "Reflect on an event…" picker."""

    uid: str
    title: str
    starts_at: datetime
    #: Whether something is written about it (energy before alone is not a reflection).
    has_reflection: bool


@dataclass(frozen=True, slots=True)
class ReflectionView:
    """A reflection with its event, prompts, answers and mentioned people."""

    #: The reflection's own uid; None until something is written (opening writes nothing).
    uid: str | None
    #: The event's stable identity: every save names it.
    event_uid: str
    event_title: str
    event_starts_at: datetime
    prompts: tuple[str, ...]
    answers: dict[str, str]
    body: str
    energy_before: int | None
    energy_after: int | None
    #: (person uid, name) of everyone mentioned with ``@Name``.
    mentioned: tuple[tuple[str, str], ...]
    intentions: tuple[IntentionReview, ...]
    #: The reflection's version as read (0 while nothing is written).
    version: int = 0
