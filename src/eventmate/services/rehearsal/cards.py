"""Rehearsal cards: a person's cues (never their name) and the history that orders them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventmate.domain.kinds import FactKind
from eventmate.services.data.bulk import MAX_BOUND_IDS
from eventmate.services.rehearsal.scheduler import Answer, CardState, card_state
from eventmate.storage.models import Capture, Event, Fact, NameRehearsal, Person

#: Facts of one kind shown on a card: a glance, not a file.
FACTS_PER_KIND = 2


@dataclass(frozen=True, slots=True)
class RehearsalCard:
    """What I remember about someone, to recall their name from; the name is the answer."""

    person_id: int
    name: str
    pronunciation: str
    role: str
    organization: str
    recall_cues: str
    met_at: str
    met_on: datetime | None
    cares_about: tuple[str, ...]
    common_ground: tuple[str, ...]
    state: CardState

    @property
    def has_cues(self) -> bool:
        """Whether there is anything to recall the name from."""
        return any(
            (
                self.role,
                self.organization,
                self.recall_cues,
                self.met_at,
                self.cares_about,
                self.common_ground,
            )
        )


def read_cards(session: Session, person_ids: Sequence[int]) -> list[RehearsalCard]:
    """Cards for ``person_ids`` in that order (people no longer there are left out)."""
    ids = list(dict.fromkeys(person_ids))[:MAX_BOUND_IDS]
    if not ids:
        return []
    people = {
        row[0]: row
        for row in session.execute(
            select(
                Person.id,
                Person.name,
                Person.pronunciation,
                Person.role,
                Person.organization,
                Person.recall_cues,
                Event.title,
                Event.starts_at,
            )
            .outerjoin(Event, Event.id == Person.met_event_id)
            .where(Person.id.in_(ids))
        )
    }
    first_seen = _first_captured_at(session, [pid for pid, row in people.items() if row[6] is None])
    facts: dict[tuple[int, FactKind], list[str]] = {}
    for person_id, kind, text in session.execute(
        select(Fact.person_id, Fact.kind, Fact.text)
        .where(
            Fact.person_id.in_(ids), Fact.kind.in_((FactKind.CARES_ABOUT, FactKind.COMMON_GROUND))
        )
        .order_by(Fact.id.desc())
    ):
        bucket = facts.setdefault((person_id, kind), [])
        if len(bucket) < FACTS_PER_KIND and text not in bucket:
            bucket.append(text)
    answers: dict[int, list[Answer]] = {}
    for person_id, at, knew in session.execute(
        select(NameRehearsal.person_id, NameRehearsal.reviewed_at, NameRehearsal.knew).where(
            NameRehearsal.person_id.in_(ids)
        )
    ):
        answers.setdefault(person_id, []).append(Answer(at, knew))
    cards = []
    for person_id in ids:
        row = people.get(person_id)
        if row is None:
            continue
        met_title, met_on = (
            (row[6], row[7]) if row[6] is not None else first_seen.get(person_id, ("", None))
        )
        cards.append(
            RehearsalCard(
                person_id=person_id,
                name=row[1],
                pronunciation=row[2],
                role=row[3],
                organization=row[4],
                recall_cues=row[5],
                met_at=met_title,
                met_on=met_on,
                cares_about=tuple(facts.get((person_id, FactKind.CARES_ABOUT), ())),
                common_ground=tuple(facts.get((person_id, FactKind.COMMON_GROUND), ())),
                state=card_state(answers.get(person_id, ())),
            )
        )
    return cards


def _first_captured_at(
    session: Session, person_ids: list[int]
) -> dict[int, tuple[str, datetime | None]]:
    """For people with no "met at" event: the first event they were captured at."""
    if not person_ids:
        return {}
    first: dict[int, tuple[str, datetime | None]] = {}
    for person_id, title, starts_at in session.execute(
        select(Capture.person_id, Event.title, Event.starts_at)
        .join(Event, Event.id == Capture.event_id)
        .where(Capture.person_id.in_(person_ids))
        .order_by(Event.starts_at.desc())
    ):
        if person_id is not None:
            first[person_id] = (title, starts_at)  # the earliest comes last and stays
    return first
