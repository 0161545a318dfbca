"""What one capture stored, as capture mode and the command line report it, and its errors."""

from __future__ import annotations

from dataclasses import dataclass


class NothingToCapture(ValueError):
    """The text was empty or only whitespace: nothing is stored."""


class UnknownRecord(LookupError):
    """An event, person or capture id that does not exist (any more)."""


@dataclass(frozen=True, slots=True)
class CaptureResult:
    """What one capture stored.

    Attributes:
        capture_id: The stored capture.
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
