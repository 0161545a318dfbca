"""What one capture stored, as capture mode and the command line report it; its undo record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from eventmate.services.changes import NOTHING, Changes


class NothingToCapture(ValueError):
    """The text was empty or only whitespace: nothing is stored."""


class UnknownRecord(LookupError):
    """An event or person id the store was handed does not exist (any more).

    Internal to the capture store: the service names records by uid and raises
    :class:`~eventmate.services.records.RecordGone` itself; this only marks a record deleted
    between a capture's two writes.
    """


@dataclass(frozen=True, slots=True)
class CaptureResult:
    """What one capture stored.

    Attributes:
        capture_id: The stored capture (internal id; the command line prints it).
        raw_text: The text stored verbatim (cleaned: NFC, no control characters).
        event_id: The event it is assigned to, if any.
        person_id: The person it created or was linked to; None when kept to tidy later.
        person_name: That person's name.
        person_created: Whether a new person was made.
        descriptor: The recall cue typed instead of a name ("cellist, red scarf").
        role: Role or instrument found.
        organization: Organisation or ensemble found.
        facts: Facts stored on the person.
        tags: Tags linked to the person.
        follow_ups: Promises stored (``!`` mine, ``?`` theirs).
        note: Note text stored on the person.
        kept_to_tidy: True when no person was linked: the capture waits to be tidied.
        truncated: Whether the text was longer than the cap and was cut.
        remainder: The cut-off part (never stored here; the caller keeps it for the user).
        uid: The stored capture's uid (undo names it).
        event_uid: The event's uid, if the capture is assigned to one.
        person_uid: The person's uid, if any.
        event_gone: The event asked for no longer existed: the words were kept with no event.
        changes: What storing the capture changed.
        kept_offline: The server could not be reached: the capture is kept in this
            computer's outbox (``uid`` is the one it will have) and sent when it is back;
            ``capture_id`` is 0 and nothing is stored on the server yet.
    """

    capture_id: int
    raw_text: str
    event_id: int | None
    person_id: int | None
    person_name: str | None
    person_created: bool
    descriptor: str | None
    role: str | None
    organization: str | None
    facts: tuple[str, ...]
    tags: tuple[str, ...]
    follow_ups: tuple[str, ...]
    note: str | None
    kept_to_tidy: bool
    truncated: bool
    remainder: str
    uid: str = ""
    event_uid: str | None = None
    person_uid: str | None = None
    event_gone: bool = False
    changes: Changes = NOTHING
    kept_offline: bool = False


@dataclass(slots=True)
class UndoRecord:
    """What a capture made in this session, so undoing it restores exactly the state before.

    Captures from earlier sessions have no record; their undo works out the same from the
    database (the person is the capture's own when it was created at the same moment and no
    other capture refers to them).
    """

    capture_id: int = 0
    capture_uid: str = ""
    person_id: int | None = None
    person_created: bool = False
    previous_interaction: datetime | None = None
    filled_role: bool = False
    filled_organization: bool = False
    tags_created: list[int] = field(default_factory=list)
    tag_links_created: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CaptureBatch:
    """What a pasted batch stored: one result per line, and what the batch changed."""

    results: tuple[CaptureResult, ...]
    changes: Changes
    #: The event asked for no longer existed: every line was kept with no event.
    event_gone: bool = False


@dataclass(frozen=True, slots=True)
class Assigned:
    """Captures assigned to an event: how many, and what that changed."""

    count: int
    changes: Changes
