"""Name rehearsal use cases: decks of cards for an event (before it, or from it), answers kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import CompoundSelect, select, union

from eventmate.services.clock import Clock, system_clock
from eventmate.services.events.briefing import BriefingService
from eventmate.services.rehearsal.cards import RehearsalCard, read_cards
from eventmate.services.rehearsal.scheduler import order_by_need
from eventmate.storage.engine import Database
from eventmate.storage.models import (
    Capture,
    Event,
    NameRehearsal,
    Person,
    Reflection,
    reflection_mention,
)


@dataclass(frozen=True, slots=True)
class RehearsalDeck:
    """The cards of one sitting, in the order they are best rehearsed."""

    event_id: int | None
    event_title: str
    cards: tuple[RehearsalCard, ...]
    #: People left out because nothing is noted to recall them from (their names).
    without_cues: tuple[str, ...] = ()


def met_at(event_id: int) -> CompoundSelect[tuple[int]]:
    """People met at ``event_id``: first met there, captured there, or in its reflection."""
    return union(
        select(Person.id.label("person_id")).where(Person.met_event_id == event_id),
        select(Capture.person_id).where(
            Capture.event_id == event_id, Capture.person_id.is_not(None)
        ),
        select(reflection_mention.c.person_id)
        .join(Reflection, Reflection.id == reflection_mention.c.reflection_id)
        .where(Reflection.event_id == event_id),
    )


class RehearsalService:
    """Builds rehearsal decks and keeps the private history of answers."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock
        self._briefing = BriefingService(database)

    def for_event(self, event_id: int) -> RehearsalDeck | None:
        """The people likely at ``event_id`` (its briefing's), before going; None if it is gone."""
        with self._db.read() as session:
            event_uid = session.scalar(select(Event.uid).where(Event.id == event_id))
        briefing = self._briefing.briefing(event_uid) if event_uid is not None else None
        if briefing is None:
            return None
        return self._deck(event_id, briefing.title, [p.id for p in briefing.people])

    def from_event(self, event_id: int) -> RehearsalDeck | None:
        """The people met at ``event_id`` ("names from last night"); None if it is gone."""
        with self._db.read() as session:
            title = session.scalar(select(Event.title).where(Event.id == event_id))
            if title is None:
                return None
            ids = list(session.scalars(select(met_at(event_id).subquery().c.person_id)))
        return self._deck(event_id, title, sorted(ids))

    def for_people(self, person_ids: Sequence[int]) -> RehearsalDeck:
        """Cards for chosen people, with no event."""
        return self._deck(None, "", person_ids)

    def _deck(self, event_id: int | None, title: str, person_ids: Sequence[int]) -> RehearsalDeck:
        with self._db.read() as session:
            cards = read_cards(session, person_ids)
        usable = [card for card in cards if card.has_cues]
        order = order_by_need([card.state for card in usable], self._clock())
        return RehearsalDeck(
            event_id=event_id,
            event_title=title,
            cards=tuple(usable[index] for index in order),
            without_cues=tuple(card.name for card in cards if not card.has_cues),
        )

    def record(
        self, person_id: int, knew: bool, *, typed: bool = False, event_id: int | None = None
    ) -> bool:
        """Keep one answer; False (nothing kept) if the person is no longer in EventMate.

        Not flushed to disk at once (like typing's autosave): it survives the app crashing,
        and the next durable write anywhere makes it durable too.
        """
        with self._db.write(durable=False) as session:
            if session.get(Person, person_id) is None:
                return False
            if event_id is not None and session.get(Event, event_id) is None:
                event_id = None
            session.add(
                NameRehearsal(
                    person_id=person_id,
                    event_id=event_id,
                    reviewed_at=self._clock(),
                    knew=knew,
                    typed=typed,
                )
            )
        return True
