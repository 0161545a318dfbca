"""An event as entered (a draft): what it must hold, cleaning it, and writing it to a stored event.

The events service, the calendar import and the command line build drafts; :func:`validated_draft`
says what cannot be saved (:class:`EventInvalid`), :func:`apply_draft` writes every field.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventmate.domain.i18n import _
from eventmate.domain.kinds import EventKind, MyRole
from eventmate.domain.text import clean_line, clean_text, fold
from eventmate.storage.models import Break, Event, Series, Tag

#: Most tags one event can carry (a paste of a long list is cut here, not stored whole).
MAX_TAGS = 50
#: Most breaks one event can have.
MAX_BREAKS = 20


class EventInvalid(ValueError):
    """The event cannot be saved as given; the message says why, in the user's words."""


@dataclass(frozen=True, slots=True)
class BreakDraft:
    """A break as entered: a label, when it starts (aware) and how long it lasts."""

    label: str
    starts_at: datetime
    minutes: int


@dataclass(frozen=True, slots=True)
class EventDraft:
    """Every field of an event as the user entered it; only title and start are required."""

    title: str
    starts_at: datetime
    kind: EventKind = EventKind.OTHER
    venue: str = ""
    city: str = ""
    ends_at: datetime | None = None
    all_day: bool = False
    my_role: MyRole | None = None
    programme: str = ""
    host: str = ""
    series: str = ""
    breaks: tuple[BreakDraft, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str = ""


def validated_draft(draft: EventDraft) -> EventDraft:
    """``draft`` with every text cleaned; raises :class:`EventInvalid` if it cannot be saved."""
    title = clean_line(draft.title).text
    # A title of only invisible characters (zero-width spaces) reads as no title at all.
    if not any(unicodedata.category(ch)[0] not in "CZ" for ch in title):
        raise EventInvalid(_("An event needs a title."))
    if draft.starts_at.tzinfo is None or (
        draft.ends_at is not None and draft.ends_at.tzinfo is None
    ):
        raise EventInvalid(_("Times must carry a time zone."))
    if draft.ends_at is not None and draft.ends_at < draft.starts_at:
        raise EventInvalid(_("The event ends before it starts."))
    breaks = []
    for item in draft.breaks[:MAX_BREAKS]:
        if item.minutes <= 0:
            raise EventInvalid(_("A break needs a length of at least one minute."))
        if item.starts_at.tzinfo is None:
            raise EventInvalid(_("Times must carry a time zone."))
        breaks.append(
            BreakDraft(clean_line(item.label, limit=200).text, item.starts_at, item.minutes)
        )
    tags: list[str] = []
    seen: set[str] = set()
    for raw in draft.tags:
        name = clean_line(raw.lstrip("#"), limit=100).text
        if name and fold(name) not in seen:
            seen.add(fold(name))
            tags.append(name)
    return EventDraft(
        title=title,
        starts_at=draft.starts_at,
        kind=EventKind(draft.kind),
        venue=clean_line(draft.venue).text,
        city=clean_line(draft.city).text,
        ends_at=draft.ends_at,
        all_day=draft.all_day,
        my_role=MyRole(draft.my_role) if draft.my_role else None,
        programme=clean_text(draft.programme).text,
        host=clean_line(draft.host).text,
        series=clean_line(draft.series).text,
        breaks=tuple(sorted(breaks, key=lambda b: b.starts_at)),
        tags=tuple(tags[:MAX_TAGS]),
        notes=clean_text(draft.notes).text,
    )


def _series(session: Session, name: str) -> Series | None:
    if not name:
        return None
    existing = session.scalar(select(Series).where(Series.name == name))
    if existing is not None:
        return existing
    # Reuse a series spelled differently ("thursday Chamber series"), else create it.
    for series in session.scalars(select(Series)):
        if fold(series.name) == fold(name):
            return series
    series = Series(name=name)
    session.add(series)
    return series


def tags_named(session: Session, names: tuple[str, ...]) -> list[Tag]:
    """The tags with these names (matched accent- and case-insensitively), made if new."""
    if not names:
        return []
    by_fold = {fold(tag.name): tag for tag in session.scalars(select(Tag))}
    tags = []
    for name in names:
        tag = by_fold.get(fold(name))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            by_fold[fold(name)] = tag
        tags.append(tag)
    return tags


def apply_draft(session: Session, event: Event, draft: EventDraft) -> None:
    """Set every field of ``event`` from a validated ``draft`` (series and tags found or made)."""
    event.title = draft.title
    event.kind = draft.kind
    event.venue = draft.venue
    event.city = draft.city
    event.starts_at = draft.starts_at
    event.ends_at = draft.ends_at
    event.all_day = draft.all_day
    event.my_role = draft.my_role
    event.programme = draft.programme
    event.host = draft.host
    event.notes = draft.notes
    event.series = _series(session, draft.series)
    event.tags = tags_named(session, draft.tags)
    event.breaks = [
        Break(label=item.label, starts_at=item.starts_at, minutes=item.minutes)
        for item in draft.breaks
    ]
