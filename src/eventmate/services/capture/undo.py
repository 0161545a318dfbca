"""Undoing a capture: remove exactly what it created, never what was there before it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from eventmate.domain.capture_syntax import parse_capture
from eventmate.services.capture.result import UndoRecord as UndoRecord
from eventmate.services.changes import NOTHING, Changes
from eventmate.services.records import deleted_unless_kept
from eventmate.storage.models import (
    Capture,
    ContactMethod,
    Exchange,
    Fact,
    FollowUp,
    Intention,
    Note,
    Person,
    Tag,
    event_tag,
    person_tag,
    reflection_mention,
)


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What undoing a capture removed.

    Attributes:
        capture_id: The capture removed.
        raw_text: Its text, so it can be put back into the input (nothing typed is lost).
        person_id: The person it was about, if any.
        person_removed: The name of the person removed with it (it had created them), or None.
        facts: Facts removed.
        notes: Notes removed.
        follow_ups: Promises removed.
        tag_links: Tag links removed.
        uid: The capture's uid.
        changes: What undoing it changed.
    """

    capture_id: int
    raw_text: str
    person_id: int | None
    person_removed: str | None
    facts: int
    notes: int
    follow_ups: int
    tag_links: int
    uid: str = ""
    changes: Changes = NOTHING


def undo_capture(session: Session, capture_id: int, record: UndoRecord | None) -> UndoResult | None:
    """Remove capture ``capture_id`` and what it created, inside the caller's transaction.

    Returns:
        What was removed, or None when the capture does not exist.
    """
    capture = session.get(Capture, capture_id)
    if capture is None:
        return None
    raw_text, person_id, captured_at = capture.raw_text, capture.person_id, capture.captured_at
    uid = capture.uid
    # note.capture_id and follow_up.capture_id have no index: a capture's notes and promises
    # are found through the indexed person_id (NULL for a capture kept to tidy later).
    facts = _delete_count(session, Fact, Fact.capture_id == capture_id)
    notes = 0
    follow_ups = _delete_count(
        session, FollowUp, FollowUp.person_id.is_(None) & (FollowUp.capture_id == capture_id)
    )
    if person_id is not None:
        notes = _delete_count(
            session, Note, (Note.person_id == person_id) & (Note.capture_id == capture_id)
        )
        follow_ups += _delete_count(
            session,
            FollowUp,
            (FollowUp.person_id == person_id) & (FollowUp.capture_id == capture_id),
        )
    session.delete(capture)
    session.flush()
    person_removed: str | None = None
    tag_links = 0
    named_tags = parse_capture(raw_text).tags
    if person_id is not None and (person := session.get(Person, person_id)) is not None:
        created = (
            record.person_created
            if record is not None
            else person.created_at == captured_at and not _other_captures(session, person_id)
        )
        if created and not _referenced(session, person_id):
            links = _count(session, person_tag, person_tag.c.person_id == person_id)
            # Core delete: the database cascades to what is left (tag links were counted).
            # On a server, others in the team may have written about them: then they stay.
            if deleted_unless_kept(
                session,
                delete(person_tag).where(person_tag.c.person_id == person_id),
                delete(Person).where(Person.id == person_id),
            ):
                tag_links = links
                person_removed = person.name
                session.expunge(person)
        elif record is not None:
            tag_links = _delete_count(
                session,
                person_tag,
                (person_tag.c.person_id == person_id)
                & person_tag.c.tag_id.in_(record.tag_links_created),
            )
            person.last_interaction_at = record.previous_interaction
            if record.filled_role:
                person.role = ""
            if record.filled_organization:
                person.organization = ""
        else:
            # No record of this session: the interaction time falls back to the latest capture
            # left (tag links on a person who existed before are kept: they may be older).
            latest = session.scalar(
                select(func.max(Capture.captured_at)).where(Capture.person_id == person_id)
            )
            person.last_interaction_at = latest or person.first_met_at
    session.flush()
    # A tag nobody uses any more, and that this capture named, goes too.
    for name in named_tags:
        tag = session.scalar(select(Tag).where(Tag.name == name))
        unused = tag is not None and not _tag_used(session, tag.id)
        if unused and tag is not None and (record is None or tag.id in record.tags_created):
            session.execute(delete(Tag).where(Tag.id == tag.id))
    return UndoResult(
        capture_id=capture_id,
        raw_text=raw_text,
        person_id=person_id,
        person_removed=person_removed,
        facts=facts,
        notes=notes,
        follow_ups=follow_ups,
        tag_links=tag_links,
        uid=uid,
    )


def _delete_count(session: Session, target: object, condition: object) -> int:
    result = session.execute(delete(target).where(condition))  # type: ignore[arg-type]
    return int(getattr(result, "rowcount", 0) or 0)


def _count(session: Session, target: object, condition: object) -> int:
    found = session.scalar(select(func.count()).select_from(target).where(condition))  # type: ignore[arg-type]
    return int(found or 0)


def _other_captures(session: Session, person_id: int) -> bool:
    return bool(session.scalar(select(exists().where(Capture.person_id == person_id))))


def _referenced(session: Session, person_id: int) -> bool:
    """Whether anything but the undone capture refers to the person."""
    checks = (
        exists().where(Capture.person_id == person_id),
        exists().where(Fact.person_id == person_id),
        exists().where(Note.person_id == person_id),
        exists().where(FollowUp.person_id == person_id),
        exists().where(ContactMethod.person_id == person_id),
        exists().where(Exchange.person_id == person_id),
        exists().where(Intention.person_id == person_id),
        exists().where(reflection_mention.c.person_id == person_id),
        exists().where(Person.introduced_by_id == person_id),
    )
    return any(session.scalar(select(check)) for check in checks)


def _tag_used(session: Session, tag_id: int) -> bool:
    return bool(
        session.scalar(select(exists().where(person_tag.c.tag_id == tag_id)))
        or session.scalar(select(exists().where(event_tag.c.tag_id == tag_id)))
    )
