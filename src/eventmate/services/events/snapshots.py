"""Everything a deleted event takes with it, kept so that undo brings it all back exactly.

Deleting an event cascades to its breaks, intentions, tag links, reflection and event notes,
and unlinks captures, promises, exchanges and people who were met there. A snapshot records
all of it as plain values; restoring re-inserts the rows with their original ids and uids (so
every view that named the event finds it again) and re-links whatever still points nowhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.orm import Session

from eventmate.services.changes import NOTHING, Changes
from eventmate.storage.models import (
    Base,
    Break,
    Capture,
    Event,
    Exchange,
    FollowUp,
    Intention,
    Note,
    Person,
    Reflection,
    Series,
    Tag,
    event_tag,
    reflection_mention,
)

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class DeletedEvent:
    """A deleted event and everything that went with it, as plain values."""

    event: Row
    series_name: str | None
    breaks: tuple[Row, ...]
    intentions: tuple[Row, ...]
    tags: tuple[str, ...]
    reflection: Row | None
    mentions: tuple[int, ...]
    notes: tuple[Row, ...]
    captures: tuple[tuple[int, int | None], ...]
    follow_ups: tuple[int, ...]
    exchanges: tuple[int, ...]
    people_met: tuple[int, ...]
    #: What deleting it changed (set once the deletion is committed).
    changes: Changes = NOTHING

    @property
    def title(self) -> str:
        """The deleted event's title (for "“…” deleted" messages)."""
        return str(self.event["title"])

    @property
    def uid(self) -> str:
        """The deleted event's uid (it comes back with the same one)."""
        return str(self.event["uid"])


def _values(obj: Base) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(type(obj)).column_attrs}


def snapshot_event(session: Session, event: Event) -> DeletedEvent:
    """Record ``event`` and everything that refers to it (call before deleting it)."""
    reflection = session.scalar(select(Reflection).where(Reflection.event_id == event.id))
    mentions: tuple[int, ...] = ()
    if reflection is not None:
        mentions = tuple(
            session.scalars(
                select(reflection_mention.c.person_id).where(
                    reflection_mention.c.reflection_id == reflection.id
                )
            )
        )
    break_ids = [item.id for item in event.breaks]
    captures = list(
        session.execute(
            select(Capture.id, Capture.break_id).where(Capture.event_id == event.id)
        ).all()
    )
    if break_ids:
        # Captures of another event can point at one of these breaks only by mistake; keep
        # their break links too, so nothing is lost either way.
        captures += session.execute(
            select(Capture.id, Capture.break_id).where(
                Capture.break_id.in_(break_ids), Capture.event_id != event.id
            )
        ).all()
    return DeletedEvent(
        event=_values(event),
        series_name=event.series.name if event.series is not None else None,
        breaks=tuple(_values(item) for item in event.breaks),
        intentions=tuple(_values(item) for item in event.intentions),
        tags=tuple(tag.name for tag in event.tags),
        reflection=_values(reflection) if reflection is not None else None,
        mentions=mentions,
        notes=tuple(
            _values(note) for note in session.scalars(select(Note).where(Note.event_id == event.id))
        ),
        captures=tuple((row[0], row[1]) for row in captures),
        follow_ups=tuple(session.scalars(select(FollowUp.id).where(FollowUp.event_id == event.id))),
        exchanges=tuple(session.scalars(select(Exchange.id).where(Exchange.event_id == event.id))),
        people_met=tuple(session.scalars(select(Person.id).where(Person.met_event_id == event.id))),
    )


def _existing(session: Session, model: type[Base], ids: list[int]) -> set[int]:
    if not ids:
        return set()
    column = inspect(model).primary_key[0]
    return set(session.scalars(select(column).where(column.in_(ids))))


def restore_event(session: Session, deleted: DeletedEvent) -> None:
    """Re-insert a deleted event with its original ids and re-link what pointed at it."""
    event_row = dict(deleted.event)
    event_id = int(event_row["id"])
    if session.get(Event, event_id) is not None:
        return  # already back (undo pressed twice across windows): nothing to do
    series_id = event_row.get("series_id")
    if series_id is not None and session.get(Series, series_id) is None:
        # The series was removed meanwhile: bring back one of the same name.
        series = session.scalar(select(Series).where(Series.name == deleted.series_name))
        if series is None and deleted.series_name:
            series = Series(name=deleted.series_name)
            session.add(series)
            session.flush()
        event_row["series_id"] = series.id if series is not None else None
    session.execute(insert(Event).values(**event_row))
    for row in deleted.breaks:
        session.execute(insert(Break).values(**row))
    for row in deleted.intentions:
        values = dict(row)
        if values.get("person_id") is not None and session.get(Person, values["person_id"]) is None:
            values["person_id"] = None
        session.execute(insert(Intention).values(**values))
    for name in deleted.tags:
        tag = session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
        session.execute(insert(event_tag).values(event_id=event_id, tag_id=tag.id))
    if deleted.reflection is not None:
        session.execute(insert(Reflection).values(**deleted.reflection))
        people = _existing(session, Person, list(deleted.mentions))
        for person_id in deleted.mentions:
            if person_id in people:
                session.execute(
                    insert(reflection_mention).values(
                        reflection_id=deleted.reflection["id"], person_id=person_id
                    )
                )
    people_ids = _existing(
        session, Person, [int(row["person_id"]) for row in deleted.notes if row["person_id"]]
    )
    for row in deleted.notes:
        values = dict(row)
        if values.get("person_id") is not None and values["person_id"] not in people_ids:
            values["person_id"] = None
        if (
            values.get("capture_id") is not None
            and session.get(Capture, values["capture_id"]) is None
        ):
            values["capture_id"] = None
        session.execute(insert(Note).values(**values))
    _relink(session, deleted, event_id)


def _relink(session: Session, deleted: DeletedEvent, event_id: int) -> None:
    # Only rows still pointing nowhere are re-linked: if the user has since linked a capture
    # to another event, that later choice wins.
    for capture_id, break_id in deleted.captures:
        session.execute(
            update(Capture)
            .where(Capture.id == capture_id, Capture.event_id.is_(None))
            .values(event_id=event_id)
        )
        if break_id is not None:
            session.execute(
                update(Capture)
                .where(Capture.id == capture_id, Capture.break_id.is_(None))
                .values(break_id=break_id)
            )
    for model, ids in ((FollowUp, deleted.follow_ups), (Exchange, deleted.exchanges)):
        if ids:
            session.execute(
                update(model)
                .where(model.id.in_(ids), model.event_id.is_(None))
                .values(event_id=event_id)
            )
    if deleted.people_met:
        session.execute(
            update(Person)
            .where(Person.id.in_(deleted.people_met), Person.met_event_id.is_(None))
            .values(met_event_id=event_id)
        )
