"""Which people a reflection mentions: names found in its texts, linked to people.

Among people with the same name the one met at the event, then the one seen most recently, is
meant. Autosave re-resolves only when the set of names written changed.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from eventmate.domain.mentions import Mention, find_mentions, resolve
from eventmate.services.clock import Clock
from eventmate.services.people.keep_in_touch import event_moment, touch_people
from eventmate.storage.models import Person, Reflection, reflection_mention


@lru_cache(maxsize=64)
def _mentions_in(text: str) -> tuple[Mention, ...]:
    # Each save re-reads the texts it does not change (the writing, when an answer is saved):
    # their mentions are found once, not on every keystroke pause.
    return find_mentions(text)


class MentionLinks:
    """Keeps a reflection's mention links in step with what is written in it."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        # Folded names already resolved per reflection: autosave re-resolves only on change.
        self._last_candidates: dict[int, frozenset[str]] = {}

    def reopened(self, reflection_id: int) -> None:
        """Resolve the reflection's names afresh at its next save (it was opened again)."""
        self._last_candidates.pop(reflection_id, None)

    def sync(self, session: Session, reflection_id: int, texts: list[str]) -> None:
        """Link the reflection to the people its ``texts`` name (and unlink the rest)."""
        mentions = tuple(m for text in texts for m in _mentions_in(text))
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
