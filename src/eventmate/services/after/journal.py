"""Listing reflections for the journal: newest first, searchable, and "on this day".

Only reflections with something written in them are listed (``storage.reflected``): energy
before, noted in Prepare, does not make an entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from eventmate.domain.text import fold
from eventmate.services.after.reflection import written
from eventmate.services.clock import Clock, system_clock
from eventmate.storage.engine import Database
from eventmate.storage.models import Event

#: Reflections number in the hundreds (a few a week at most), so the journal reads them all.
MAX_ENTRIES = 5000


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """A reflection with the event it is about."""

    #: The reflection's uid.
    uid: str
    #: The event's uid (the Journal opens the reflection by it).
    event_uid: str
    event_title: str
    event_starts_at: datetime
    body: str
    answers: dict[str, str]
    energy_before: int | None
    energy_after: int | None

    def excerpt(self, length: int = 160) -> str:
        """The first line of the free writing, else of the first answer."""
        first_answer = next((a for a in self.answers.values() if a.strip()), "")
        text = self.body if self.body.strip() else first_answer
        # The first line with words in it, without Markdown's heading/list/quote markers.
        for line in text.splitlines():
            words = line.strip().lstrip("#>*-+ ").strip()
            if words:
                return words[:length]
        return ""

    def folded(self) -> str:
        """Everything searchable in the entry, accent- and case-folded."""
        return fold(" ".join([self.event_title, self.body, *self.answers.values()]))


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


class JournalService:
    """Reads reflections."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def entries(self, query: str = "", limit: int = MAX_ENTRIES) -> tuple[JournalEntry, ...]:
        """Reflections, the most recent event first; ``query`` keeps those containing every word.

        Matching is accent- and case-insensitive ("zoe" finds "Zoë").
        """
        r, condition = written()
        with self._db.read() as session:
            rows = session.execute(
                select(
                    r.uid,
                    Event.uid,
                    Event.title,
                    Event.starts_at,
                    r.body,
                    r.answers,
                    r.energy_before,
                    r.energy_after,
                )
                .select_from(r)
                .join(Event, r.event_id == Event.id)
                .where(condition)
                .order_by(Event.starts_at.desc(), r.id.desc())
                .limit(limit)
            ).all()
        entries = tuple(
            JournalEntry(
                uid=row[0],
                event_uid=row[1],
                event_title=row[2],
                event_starts_at=row[3],
                body=row[4],
                answers={str(k): str(v) for k, v in (row[5] or {}).items()},
                energy_before=row[6],
                energy_after=row[7],
            )
            for row in rows
        )
        words = fold(query).split()
        if not words:
            return entries
        return tuple(entry for entry in entries if all(w in entry.folded() for w in words))

    def on_this_day(self) -> tuple[JournalEntry, ...]:
        """Reflections on events from today's month and day in earlier years, newest first."""
        today = _local_day(self._clock())
        return tuple(
            entry
            for entry in self.entries()
            if (day := _local_day(entry.event_starts_at)).year < today.year
            and (day.month, day.day) == (today.month, today.day)
        )
