"""The briefing for an event: who I may see there, and what I remember about each of them.

People come from two places: those I linked through a "connect" or "offer" intention (the
briefing says what I hoped to offer them), and those I met
before at the same venue, in the same series, with the same host, or who work for the host.
Linked people come first, then the most recently met; the list is capped so it reads in a
minute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from eventmate.domain.kinds import Direction, EventKind, FactKind, FollowUpStatus, IntentionKind
from eventmate.domain.text import fold
from eventmate.services.events.intentions import IntentionRow, IntentionsService
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Event, Fact, FollowUp, Note, Person, Reflection

#: People shown besides those linked through intentions: a minute's reading.
DEFAULT_CAP = 10
#: Facts of one kind shown per person.
FACTS_PER_KIND = 3
#: Related events read by the first query for people met there; each next query reads 4× more.
_FIRST_CHUNK = 8


class Why(StrEnum):
    """Why a person is in the briefing."""

    INTENTION = "intention"
    #: I hope to offer them something (an "offer" intention naming them).
    OFFER = "offer"
    VENUE = "venue"
    SERIES = "series"
    HOST = "host"
    ORGANIZATION = "organization"


#: Reasons that mean I linked the person to the event myself (they come first).
_LINKED = (Why.INTENTION, Why.OFFER)


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason a person is in the briefing, with the event it comes from (if any)."""

    why: Why
    text: str = ""
    event_title: str = ""
    event_starts_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Promise:
    """An open follow-up between me and the person."""

    text: str
    mine: bool
    due_at: datetime | None


@dataclass(frozen=True, slots=True)
class BriefingPerson:
    """Everything worth a glance before seeing someone again."""

    id: int
    uid: str
    name: str
    pronunciation: str
    role: str
    organization: str
    recall_cues: str
    reasons: tuple[Reason, ...]
    common_ground: tuple[str, ...] = ()
    cares_about: tuple[str, ...] = ()
    story: tuple[str, ...] = ()
    last_note: str = ""
    last_note_at: datetime | None = None
    promises: tuple[Promise, ...] = ()
    #: What I noted I could offer them (their page's "What I could offer").
    could_offer: str = ""

    @property
    def linked(self) -> bool:
        """Whether I linked this person to the event through an intention."""
        return any(reason.why in _LINKED for reason in self.reasons)


@dataclass(frozen=True, slots=True)
class Briefing:
    """The briefing of one event."""

    event_id: int
    event_uid: str
    title: str
    kind: EventKind
    starts_at: datetime
    venue: str
    city: str
    host: str
    series: str
    intentions: tuple[IntentionRow, ...]
    energy_before: int | None
    people: tuple[BriefingPerson, ...] = field(default=())
    #: More people were met at related events than are shown.
    more: bool = False


@dataclass(slots=True)
class _Found:
    reasons: list[Reason]
    seen_at: datetime | None


class BriefingService:
    """Builds briefings; one read per briefing."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._intentions = IntentionsService(database)

    def briefing(self, event_uid: str, cap: int = DEFAULT_CAP) -> Briefing | None:
        """The briefing of the event with ``event_uid`` (None if it no longer exists)."""
        intentions = self._intentions.for_event(event_uid)
        with self._db.read() as session:
            event = session.scalar(select(Event).where(Event.uid == event_uid))
            if event is None:
                return None
            series = event.series.name if event.series is not None else ""
            found: dict[int, _Found] = {}
            for intention in intentions:
                if intention.kind.names_a_person and intention.person_id is not None:
                    entry = found.setdefault(intention.person_id, _Found([], None))
                    why = Why.OFFER if intention.kind is IntentionKind.OFFER else Why.INTENTION
                    entry.reasons.append(Reason(why, intention.text))
            linked = len(found)
            more = _met_before(session, event, found, linked + cap)
            more = _organization(session, event, found, linked + cap) or more
            ordered = sorted(
                found.items(),
                key=lambda item: (
                    not any(r.why in _LINKED for r in item[1].reasons),
                    -(item[1].seen_at.timestamp() if item[1].seen_at else 0.0),
                ),
            )[: linked + cap]
            people = _details(session, dict(ordered))
            energy = session.scalar(
                select(Reflection.energy_before).where(Reflection.event_id == event.id)
            )
            return Briefing(
                event_id=event.id,
                event_uid=event.uid,
                title=event.title,
                kind=event.kind,
                starts_at=event.starts_at,
                venue=event.venue,
                city=event.city,
                host=event.host,
                series=series,
                intentions=intentions,
                energy_before=energy,
                people=tuple(people),
                more=more or len(found) > len(ordered),
            )


def _met_before(session: Session, event: Event, found: dict[int, _Found], want: int) -> bool:
    """Add people met at earlier events sharing venue, series or host; True if some left out."""
    conditions = []
    if event.venue:
        conditions.append(func.lower(Event.venue) == event.venue.lower())
    if event.series_id is not None:
        conditions.append(Event.series_id == event.series_id)
    if event.host:
        conditions.append(func.lower(Event.host) == event.host.lower())
    if not conditions:
        return False
    related = session.execute(
        select(Event.id, Event.title, Event.starts_at, Event.venue, Event.series_id, Event.host)
        .where(or_(*conditions), Event.id != event.id, Event.starts_at < event.starts_at)
        .order_by(Event.starts_at.desc(), Event.id.desc())
    ).all()
    # Newest events first, a chunk at a time: the briefing wants the most recent people and
    # usually has them after the first chunk, long before reading every person ever met.
    start, size = 0, _FIRST_CHUNK
    while start < len(related):
        chunk = related[start : start + size]
        start, size = start + size, size * 4
        by_id = {row[0]: row for row in chunk}
        pairs: list[tuple[int, int]] = [
            (int(a), b)
            for a, b in session.execute(
                select(Person.met_event_id, Person.id).where(Person.met_event_id.in_(list(by_id)))
            )
            if a is not None
        ]
        pairs += [
            (int(a), int(b))
            for a, b in session.execute(
                select(Capture.event_id, Capture.person_id)
                .where(Capture.event_id.in_(list(by_id)), Capture.person_id.is_not(None))
                .distinct()
            )
            if a is not None and b is not None
        ]
        pairs.sort(key=lambda pair: (by_id[pair[0]][2], pair[0]), reverse=True)
        for related_id, person_id in pairs:
            if len(found) >= want and person_id not in found:
                return True
            _, title, starts_at, venue, series_id, _host = by_id[related_id]
            if event.venue and fold(venue) == fold(event.venue):
                why = Why.VENUE
            elif event.series_id is not None and series_id == event.series_id:
                why = Why.SERIES
            else:
                why = Why.HOST
            entry = found.setdefault(person_id, _Found([], starts_at))
            if entry.seen_at is None or starts_at > entry.seen_at:
                entry.seen_at = starts_at
            if len(entry.reasons) < 3 and not any(r.why is why for r in entry.reasons):
                entry.reasons.append(Reason(why, "", title, starts_at))
    return False


def _organization(session: Session, event: Event, found: dict[int, _Found], want: int) -> bool:
    """Add people who work for the event's host; True if some were left out."""
    if not event.host:
        return False
    rows = session.execute(
        select(Person.id, Person.last_interaction_at)
        .where(func.lower(Person.organization) == event.host.lower())
        .order_by(Person.last_interaction_at.desc().nulls_last(), Person.id)
        .limit(want + 1)
    ).all()
    for index, (person_id, last_seen) in enumerate(rows):
        if person_id not in found and len(found) >= want:
            return True
        if index >= want:
            return True
        entry = found.setdefault(person_id, _Found([], last_seen))
        if not any(r.why is Why.ORGANIZATION for r in entry.reasons):
            entry.reasons.append(Reason(Why.ORGANIZATION, event.host))
    return False


def _details(session: Session, chosen: dict[int, _Found]) -> list[BriefingPerson]:
    ids = list(chosen)
    if not ids:
        return []
    people = {
        row[0]: row
        for row in session.execute(
            select(
                Person.id,
                Person.uid,
                Person.name,
                Person.pronunciation,
                Person.role,
                Person.organization,
                Person.recall_cues,
                Person.could_offer,
            ).where(Person.id.in_(ids))
        )
    }
    facts: dict[int, dict[FactKind, list[str]]] = {}
    for person_id, kind, text in session.execute(
        select(Fact.person_id, Fact.kind, Fact.text)
        .where(Fact.person_id.in_(ids))
        .order_by(Fact.id.desc())
    ):
        bucket = facts.setdefault(person_id, {}).setdefault(kind, [])
        if len(bucket) < FACTS_PER_KIND and text not in bucket:
            bucket.append(text)
    notes: dict[int, tuple[str, datetime]] = {}
    latest = (
        select(Note.person_id, func.max(Note.created_at).label("at"))
        .where(Note.person_id.in_(ids))
        .group_by(Note.person_id)
        .subquery()
    )
    for note_person, text, created_at in session.execute(
        select(Note.person_id, Note.text, Note.created_at)
        .join(latest, (latest.c.person_id == Note.person_id) & (latest.c.at == Note.created_at))
        .order_by(Note.id)
    ):
        if note_person is not None:
            notes[note_person] = (text, created_at)
    promises: dict[int, list[Promise]] = {}
    for promise_person, text, direction, due_at in session.execute(
        select(FollowUp.person_id, FollowUp.text, FollowUp.direction, FollowUp.due_at)
        .where(FollowUp.person_id.in_(ids), FollowUp.status == FollowUpStatus.OPEN)
        .order_by(FollowUp.due_at.is_(None), FollowUp.due_at, FollowUp.id)
    ):
        if promise_person is None:
            continue
        promises.setdefault(promise_person, []).append(
            Promise(text, direction is Direction.MINE, due_at)
        )
    result = []
    for person_id in ids:
        row = people.get(person_id)
        if row is None:
            continue
        kinds = facts.get(person_id, {})
        note = notes.get(person_id)
        result.append(
            BriefingPerson(
                id=person_id,
                uid=row[1],
                name=row[2],
                pronunciation=row[3],
                role=row[4],
                organization=row[5],
                recall_cues=row[6],
                reasons=tuple(chosen[person_id].reasons),
                common_ground=tuple(kinds.get(FactKind.COMMON_GROUND, ())),
                cares_about=tuple(kinds.get(FactKind.CARES_ABOUT, ())),
                story=tuple(kinds.get(FactKind.STORY, ())),
                last_note=note[0] if note else "",
                last_note_at=note[1] if note else None,
                promises=tuple(promises.get(person_id, ())),
                could_offer=row[7],
            )
        )
    return result
