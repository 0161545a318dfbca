"""Reflecting on an event: prompt templates, answers saved as typed, mentions, intention review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from eventmate.domain.kinds import IntentionKind, IntentionOutcome
from eventmate.domain.mentions import find_mentions, resolve
from eventmate.domain.text import clean_line, clean_text
from eventmate.services.after.templates import (
    DEFAULT_PROMPTS,
    ReflectionError,
    Template,
    TemplatesMixin,
    prompts_of,
)
from eventmate.services.clock import Clock, system_clock
from eventmate.services.people.keep_in_touch import event_moment, touch_people
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Event,
    Intention,
    Person,
    Reflection,
    ReflectionTemplate,
    reflection_mention,
)

__all__ = [
    "DEFAULT_PROMPTS",
    "IntentionReview",
    "PastEvent",
    "ReflectionError",
    "ReflectionService",
    "ReflectionView",
    "Template",
]

_TABLE: Table = Reflection.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class IntentionReview:
    """An intention of the event and how it turned out."""

    id: int
    kind: IntentionKind
    text: str
    person_name: str | None
    outcome: IntentionOutcome | None
    outcome_note: str


@dataclass(frozen=True, slots=True)
class PastEvent:
    """An event that has happened, for the "Reflect on an event…" picker."""

    id: int
    title: str
    starts_at: datetime
    has_reflection: bool


@dataclass(frozen=True, slots=True)
class ReflectionView:
    """A reflection with its event, prompts, answers and mentioned people."""

    id: int
    event_id: int
    event_title: str
    event_starts_at: datetime
    #: The event's stable identity (the window follows it across changes).
    event_uid: str
    prompts: tuple[str, ...]
    answers: dict[str, str]
    body: str
    energy_before: int | None
    energy_after: int | None
    mentioned: tuple[tuple[int, str], ...]
    intentions: tuple[IntentionReview, ...]


class ReflectionService(TemplatesMixin):
    """Templates, reflections and the intention review of one event."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock
        # Folded names already resolved per reflection: autosave re-resolves only on change.
        self._last_candidates: dict[int, frozenset[str]] = {}

    # -- reflections ----------------------------------------------------------------------

    def open(self, event_id: int) -> ReflectionView:
        """The reflection on ``event_id``, created (with the default template) if none exists."""
        with self._db.write() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise ReflectionError("That event no longer exists.")
            row = session.scalar(select(Reflection).where(Reflection.event_id == event_id))
            if row is None:
                template = self._ensure_default(session)
                row = Reflection(event_id=event_id, template_id=template.id, answers={}, body="")
                row.created_at = row.updated_at = self._clock()
                session.add(row)
                session.flush()
            self._last_candidates.pop(row.id, None)
            return self._view(session, row, event)

    def get(self, reflection_id: int) -> ReflectionView:
        """The reflection ``reflection_id`` as it is stored now."""
        with self._db.read() as session:
            row = session.get(Reflection, reflection_id)
            if row is None:
                raise ReflectionError("That reflection no longer exists.")
            event = session.get(Event, row.event_id)
            assert event is not None
            return self._view(session, row, event)

    def _view(self, session: Session, row: Reflection, event: Event) -> ReflectionView:
        template = session.get(ReflectionTemplate, row.template_id) if row.template_id else None
        answers = {str(k): str(v) for k, v in (row.answers or {}).items()}
        prompts = list(prompts_of(template.prompts) if template else DEFAULT_PROMPTS)
        # Prompts answered under an earlier wording stay visible with their answers.
        prompts += [prompt for prompt in answers if prompt not in prompts]
        mentioned = session.execute(
            select(Person.id, Person.name)
            .join(reflection_mention, reflection_mention.c.person_id == Person.id)
            .where(reflection_mention.c.reflection_id == row.id)
            .order_by(Person.sort_key)
        ).all()
        return ReflectionView(
            id=row.id,
            event_id=event.id,
            event_title=event.title,
            event_starts_at=event.starts_at,
            event_uid=event.uid,
            prompts=tuple(prompts),
            answers=answers,
            body=row.body,
            energy_before=row.energy_before,
            energy_after=row.energy_after,
            mentioned=tuple((pid, name) for pid, name in mentioned),
            intentions=self._intentions(session, event.id),
        )

    def save_answer(
        self, reflection_id: int, prompt: str, answer: str, *, durable: bool = True
    ) -> None:
        """Store the answer to ``prompt`` (one short write; mentions are synced with it).

        ``durable=False`` is for saves while typing (see ``Database.write``); the save when
        the field loses focus or the window closes is durable.
        """
        key = clean_line(prompt).text
        text = clean_text(answer).text
        with self._db.write(durable=durable) as session:
            # Core statements on the table: the ORM's bulk-update path costs more than the write.
            connection = session.connection()
            current = connection.execute(
                select(_TABLE.c.answers).where(_TABLE.c.id == reflection_id)
            ).scalar()
            if current is None:
                raise ReflectionError("That reflection no longer exists.")
            answers = {str(k): str(v) for k, v in current.items()}
            answers[key] = text
            connection.execute(
                update(_TABLE)
                .where(_TABLE.c.id == reflection_id)
                .values(answers=answers, updated_at=self._clock())
            )
            self._sync_mentions(session, reflection_id, [*answers.values()])

    def save_body(self, reflection_id: int, body: str, *, durable: bool = True) -> None:
        """Store the free writing (Markdown) in one short write; mentions are synced with it."""
        text = clean_text(body).text
        with self._db.write(durable=durable) as session:
            connection = session.connection()
            answers = connection.execute(
                select(_TABLE.c.answers).where(_TABLE.c.id == reflection_id)
            ).scalar()
            if answers is None:
                raise ReflectionError("That reflection no longer exists.")
            connection.execute(
                update(_TABLE)
                .where(_TABLE.c.id == reflection_id)
                .values(body=text, updated_at=self._clock())
            )
            self._sync_mentions(session, reflection_id, [text, *map(str, answers.values())])

    def save_energy(
        self, reflection_id: int, *, before: int | None = None, after: int | None = None
    ) -> None:
        """Store energy before and/or after the event (1–5; 0 clears it)."""
        values: dict[str, Any] = {}
        for column, value in (("energy_before", before), ("energy_after", after)):
            if value is None:
                continue
            if not 0 <= value <= 5:
                raise ReflectionError("Energy is a number from 1 to 5.")
            values[column] = value or None
        if not values:
            return
        with self._db.write() as session:
            result = session.execute(
                update(Reflection)
                .where(Reflection.id == reflection_id)
                .values(**values, updated_at=self._clock())
            )
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise ReflectionError("That reflection no longer exists.")

    def _sync_mentions(self, session: Session, reflection_id: int, texts: list[str]) -> None:
        mentions = tuple(m for text in texts for m in find_mentions(text))
        candidates = frozenset(c for m in mentions for c in m.candidates)
        if self._last_candidates.get(reflection_id) == candidates:
            return
        known: dict[str, int] = {}
        if candidates:
            event_id = session.scalar(
                select(Reflection.event_id).where(Reflection.id == reflection_id)
            )
            rows = session.execute(
                select(Person.sort_key, Person.id)
                .where(Person.sort_key.in_(candidates))
                # Among people with the same name, prefer whom I met at this event, then
                # whom I saw most recently: the one I most likely mean.
                .order_by(
                    (Person.met_event_id == event_id).desc().nulls_last(),
                    Person.last_interaction_at.desc().nulls_last(),
                    Person.id.desc(),
                )
            ).all()
            for sort_key, person_id in rows:
                known.setdefault(sort_key, person_id)
        wanted = {known[name] for name in resolve(mentions, frozenset(known))}
        existing = set(
            session.scalars(
                select(reflection_mention.c.person_id).where(
                    reflection_mention.c.reflection_id == reflection_id
                )
            )
        )
        added, removed = wanted - existing, existing - wanted
        if removed:
            session.execute(
                delete(reflection_mention).where(
                    reflection_mention.c.reflection_id == reflection_id,
                    reflection_mention.c.person_id.in_(removed),
                )
            )
        if added:
            session.execute(
                insert(reflection_mention),
                [{"reflection_id": reflection_id, "person_id": pid} for pid in sorted(added)],
            )
            moment = event_moment(session, reflection_id, self._clock())
            touch_people(session, sorted(added), moment)
        self._last_candidates[reflection_id] = candidates

    # -- intention review -----------------------------------------------------------------

    @staticmethod
    def _intentions(session: Session, event_id: int) -> tuple[IntentionReview, ...]:
        rows = session.execute(
            select(
                Intention.id,
                Intention.kind,
                Intention.text,
                Person.name,
                Intention.outcome,
                Intention.outcome_note,
            )
            .outerjoin(Person, Person.id == Intention.person_id)
            .where(Intention.event_id == event_id)
            .order_by(Intention.position, Intention.id)
        ).all()
        return tuple(IntentionReview(*row) for row in rows)

    def intentions(self, event_id: int) -> tuple[IntentionReview, ...]:
        """The event's intentions and their outcomes, in the order they were set."""
        with self._db.read() as session:
            return self._intentions(session, event_id)

    def set_outcome(
        self, intention_id: int, outcome: IntentionOutcome | None, note: str | None = None
    ) -> None:
        """Mark how an intention turned out (None: not reviewed yet), with an optional note."""
        values: dict[str, Any] = {"outcome": outcome}
        if note is not None:
            values["outcome_note"] = clean_text(note, limit=2000).text
        with self._db.write() as session:
            result = session.execute(
                update(Intention).where(Intention.id == intention_id).values(**values)
            )
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise ReflectionError("That intention no longer exists.")

    def recent_past_events(self, limit: int = 40) -> tuple[PastEvent, ...]:
        """Events that have begun, the most recent first, and whether each has a reflection."""
        now = self._clock()
        with self._db.read() as session:
            rows = session.execute(
                select(Event.id, Event.title, Event.starts_at, Reflection.id.is_not(None))
                .outerjoin(Reflection, Reflection.event_id == Event.id)
                .where(Event.starts_at <= now)
                .order_by(Event.starts_at.desc(), Event.id.desc())
                .limit(limit)
            ).all()
        return tuple(PastEvent(row[0], row[1], row[2], bool(row[3])) for row in rows)

    def count(self) -> int:
        """How many reflections exist."""
        with self._db.read() as session:
            return int(session.scalar(select(func.count(Reflection.id))) or 0)
