"""Reflecting on an event: answers saved as typed, energy, mentions, and the intention review.

Writes name the event (or the intention) by uid and are refused with ``RecordGone`` once it is
gone. Opening a reflection writes nothing: the row is made with the first thing written, and
only a row with something written in it counts as a reflection (``storage.reflected``).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session, aliased

from eventmate.domain.i18n import _
from eventmate.domain.kinds import IntentionOutcome
from eventmate.domain.text import clean_line, clean_text
from eventmate.services.after.reflection_mentions import MentionLinks
from eventmate.services.after.reflection_views import (
    IntentionReview,
    PastEvent,
    ReflectionView,
)
from eventmate.services.after.templates import (
    DEFAULT_PROMPTS,
    ReflectionError,
    Template,
    TemplatesMixin,
    template_prompts,
)
from eventmate.services.changes import Changes, Kind, changes_of
from eventmate.services.clock import Clock, system_clock
from eventmate.services.records import RecordGone, StaleEdit, require, require_id
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Event,
    Intention,
    Person,
    Reflection,
    ReflectionTemplate,
    new_uid,
    reflection_mention,
)
from eventmate.storage.reflected import WRITTEN

__all__ = [
    "DEFAULT_PROMPTS",
    "IntentionReview",
    "PastEvent",
    "ReflectionError",
    "ReflectionService",
    "ReflectionView",
    "Template",
    "written",
]

_TABLE: Table = Reflection.__table__  # type: ignore[assignment]


def written() -> Any:
    """The reflection rows that count as reflections, as a FROM (``r``) and a condition."""
    return aliased(Reflection, name="r"), text(WRITTEN)


class _Target(NamedTuple):
    """A reflection about to be written: its id, its answers (blank ones left out), its body,
    its uid and version."""

    id: int
    answers: dict[str, str]
    body: str
    uid: str = ""
    version: int = 1


class ReflectionService(TemplatesMixin):
    """Templates, reflections and the intention review of one event."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock
        self._mentions = MentionLinks(clock)

    # -- reading --------------------------------------------------------------------------

    def open(self, event_uid: str) -> ReflectionView:
        """The reflection on an event as stored now (empty if nothing is written yet).

        Reads only; raises ``RecordGone`` if the event no longer exists.
        """
        with self._db.read() as session:
            event = require(session, Event, event_uid)
            row = session.scalar(select(Reflection).where(Reflection.event_id == event.id))
            if row is not None:
                self._mentions.reopened(row.id)
            return self._view(session, event, row)

    def _view(self, session: Session, event: Event, row: Reflection | None) -> ReflectionView:
        template_id = row.template_id if row is not None else None
        template = (
            session.get(ReflectionTemplate, template_id)
            if template_id is not None
            else self._default_template(session)
        )
        answers = {str(k): str(v) for k, v in ((row.answers if row else None) or {}).items()}
        prompts = list(template_prompts(template) if template else DEFAULT_PROMPTS)
        # Prompts answered under an earlier wording stay visible with their answers.
        prompts += [prompt for prompt in answers if prompt not in prompts]
        mentioned: list[Any] = []
        if row is not None:
            mentioned = list(
                session.execute(
                    select(Person.uid, Person.name)
                    .join(reflection_mention, reflection_mention.c.person_id == Person.id)
                    .where(reflection_mention.c.reflection_id == row.id)
                    .order_by(Person.sort_key)
                ).all()
            )
        return ReflectionView(
            uid=row.uid if row is not None else None,
            event_uid=event.uid,
            event_title=event.title,
            event_starts_at=event.starts_at,
            prompts=tuple(prompts),
            answers=answers,
            body=row.body if row is not None else "",
            energy_before=row.energy_before if row is not None else None,
            energy_after=row.energy_after if row is not None else None,
            mentioned=tuple((uid, name) for uid, name in mentioned),
            intentions=self._intentions(session, event.id),
            version=row.version if row is not None else 0,
        )

    @staticmethod
    def _default_template(session: Session) -> ReflectionTemplate | None:
        return session.scalars(
            select(ReflectionTemplate).order_by(
                ReflectionTemplate.is_default.desc(), ReflectionTemplate.id
            )
        ).first()

    # -- writing --------------------------------------------------------------------------

    def _target(self, session: Session, event_uid: str, *, create: bool) -> _Target | None:
        """The event's reflection as stored (made if ``create``; else None when there is none).

        One statement finds the event and its reflection (saves while typing stay short).
        Raises ``RecordGone`` if the event is gone. A row made earlier without a template
        (energy before, noted in Prepare) gets the template the window showed: the default.
        """
        connection = session.connection()
        events: Table = Event.__table__  # type: ignore[assignment]
        found = connection.execute(
            select(
                events.c.id,
                _TABLE.c.id,
                _TABLE.c.template_id,
                _TABLE.c.answers,
                _TABLE.c.body,
                _TABLE.c.uid,
                _TABLE.c.version,
            )
            .select_from(events.outerjoin(_TABLE, _TABLE.c.event_id == events.c.id))
            .where(events.c.uid == event_uid)
        ).first()
        if found is None:
            raise RecordGone(Kind.EVENT, event_uid)
        event_id, reflection_id, template_id, answers, body, uid, version = found
        if reflection_id is None and not create:
            return None
        current = {str(k): str(v) for k, v in (answers or {}).items() if str(v).strip()}
        if reflection_id is not None and (template_id is not None or not create):
            return _Target(int(reflection_id), current, body or "", uid, version)
        template_id = self._ensure_default(session).id
        if reflection_id is not None:
            connection.execute(
                update(_TABLE).where(_TABLE.c.id == reflection_id).values(template_id=template_id)
            )
            return _Target(int(reflection_id), current, body or "", uid, version + 1)
        now = self._clock()
        made = connection.execute(
            insert(_TABLE).values(
                uid=new_uid(),
                event_id=event_id,
                template_id=template_id,
                answers={},
                body="",
                created_at=now,
                updated_at=now,
            )
        ).inserted_primary_key
        assert made is not None
        return _Target(int(made[0]), {}, "")

    def save_answer(
        self,
        event_uid: str,
        prompt: str,
        answer: str,
        *,
        durable: bool = True,
        was: str | None = None,
    ) -> Changes:
        """Store the answer to ``prompt`` (one short write; mentions are synced with it).

        ``durable=False`` is for saves while typing (see ``Database.write``); the save when
        the field loses focus or the window closes is durable. A blank answer is removed.
        ``was``: the answer the user started from; if it is stored differently now (written
        elsewhere meanwhile), nothing is saved and ``StaleEdit`` says both.
        """
        key = clean_line(prompt).text
        answer_text = clean_text(answer).text
        blank = not answer_text.strip()
        with self._db.write(durable=durable) as session:
            target = self._target(session, event_uid, create=not blank)
            stored = target.answers.get(key, "") if target is not None else ""
            _refuse_changed(target, event_uid, prompt, was, stored, answer_text)
            if target is not None:
                answers = target.answers
                if blank:
                    answers.pop(key, None)
                else:
                    answers[key] = answer_text
                # Core statements on the table: the ORM's bulk-update path costs more.
                session.connection().execute(
                    update(_TABLE)
                    .where(_TABLE.c.id == target.id)
                    .values(answers=answers, updated_at=self._clock())
                )
                self._mentions.sync(session, target.id, [target.body, *answers.values()])
        return changes_of(session)

    def save_body(
        self, event_uid: str, body: str, *, durable: bool = True, was: str | None = None
    ) -> Changes:
        """Store the free writing (Markdown) in one short write; mentions are synced with it.

        ``was`` as for :meth:`save_answer` (the field is named ``body``).
        """
        body_text = clean_text(body).text
        if not body_text.strip():
            body_text = ""
        with self._db.write(durable=durable) as session:
            target = self._target(session, event_uid, create=bool(body_text))
            stored = target.body if target is not None else ""
            _refuse_changed(target, event_uid, "body", was, stored, body_text)
            if target is not None:
                session.connection().execute(
                    update(_TABLE)
                    .where(_TABLE.c.id == target.id)
                    .values(body=body_text, updated_at=self._clock())
                )
                texts = [body_text, *target.answers.values()]
                self._mentions.sync(session, target.id, texts)
        return changes_of(session)

    def save_energy(
        self, event_uid: str, *, before: int | None = None, after: int | None = None
    ) -> Changes:
        """Store energy before and/or after the event (1–5; 0 clears it)."""
        values: dict[str, Any] = {}
        for column, value in (("energy_before", before), ("energy_after", after)):
            if value is None:
                continue
            if not 0 <= value <= 5:
                raise ReflectionError(_("Energy is a number from 1 to 5."))
            values[column] = value or None
        if not values:
            return Changes()
        setting = any(value is not None for value in values.values())
        with self._db.write() as session:
            target = self._target(session, event_uid, create=setting)
            if target is not None:
                session.execute(
                    update(_TABLE)
                    .where(_TABLE.c.id == target.id)
                    .values(**values, updated_at=self._clock())
                )
        return changes_of(session)

    # -- intention review -----------------------------------------------------------------

    @staticmethod
    def _intentions(session: Session, event_id: int) -> tuple[IntentionReview, ...]:
        rows = session.execute(
            select(
                Intention.uid,
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

    def intentions(self, event_uid: str) -> tuple[IntentionReview, ...]:
        """The event's intentions and their outcomes, in the order they were set."""
        with self._db.read() as session:
            event_id = session.scalar(select(Event.id).where(Event.uid == event_uid))
            return () if event_id is None else self._intentions(session, event_id)

    def set_outcome(
        self, intention_uid: str, outcome: IntentionOutcome | None, note: str | None = None
    ) -> Changes:
        """Mark how an intention turned out (None: not reviewed yet), with an optional note."""
        values: dict[str, Any] = {"outcome": outcome}
        if note is not None:
            values["outcome_note"] = clean_text(note, limit=2000).text
        with self._db.write() as session:
            intention_id = require_id(session, Intention, intention_uid)
            session.execute(update(Intention).where(Intention.id == intention_id).values(**values))
        return changes_of(session)

    # -- lists ----------------------------------------------------------------------------

    def recent_past_events(self, limit: int = 40) -> tuple[PastEvent, ...]:
        """Events that have begun, the most recent first, and whether each is reflected on."""
        now = self._clock()
        r, condition = written()
        reflected = select(r.id).where(r.event_id == Event.id, condition).exists()
        with self._db.read() as session:
            rows = session.execute(
                select(Event.uid, Event.title, Event.starts_at, reflected)
                .where(Event.starts_at <= now)
                .order_by(Event.starts_at.desc(), Event.id.desc())
                .limit(limit)
            ).all()
        return tuple(PastEvent(row[0], row[1], row[2], bool(row[3])) for row in rows)

    def count(self) -> int:
        """How many reflections exist (with something written in them)."""
        r, condition = written()
        with self._db.read() as session:
            return int(session.scalar(select(func.count(r.id)).where(condition)) or 0)


def _refuse_changed(
    target: _Target | None, event_uid: str, name: str, was: str | None, stored: str, mine: str
) -> None:
    """:class:`StaleEdit` when the text ``name`` is stored otherwise than the user's ``was``
    (compared as stored: cleaned, a blank one as none); typing the same is no conflict."""
    if was is None:
        return
    start = clean_text(was).text
    if stored.strip() in (start.strip(), mine.strip()):
        return
    raise StaleEdit(
        Kind.REFLECTION,
        target.uid if target is not None else event_uid,
        mine={name: mine},
        theirs={name: stored},
        my_version=None,
        their_version=target.version if target is not None else 0,
    )
