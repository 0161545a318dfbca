"""The app's rules about time, each in one place: when an event is on or over, when a promise
falls due, and what "due soon" means.

Every path uses these: capture (GUI and command line), the follow-ups page, Home's plain SQL
(which states the same conditions with parameters computed here; a test holds them equal),
the events list and capture mode's current event. Times are aware datetimes; "local" means
the computer's time zone, the one dates are shown in.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

#: An event with no end is taken to run this long after its start: Home shows it as "now",
#: capture mode picks it, the events list keeps it under "upcoming", and nobody is asked to
#: reflect on it, until then.
RUNNING_WITHOUT_END = timedelta(hours=4)

#: A promise is due this long after the event it was made at ("within 72 hours of the event").
DUE_AFTER_EVENT = timedelta(hours=72)

#: Home's "Promised, due soon" (and the follow-ups service's ``due``) looks this far ahead,
#: then to the end of that local day: far enough that every promise made at an event running
#: now (due :data:`DUE_AFTER_EVENT` after it ends, at most :data:`RUNNING_WITHOUT_END` away
#: when no end is set) is listed, even when the event ends after midnight.
DUE_SOON = DUE_AFTER_EVENT + RUNNING_WITHOUT_END


def event_end(starts_at: datetime, ends_at: datetime | None) -> datetime:
    """When an event is over: its end, else :data:`RUNNING_WITHOUT_END` after its start."""
    return ends_at if ends_at is not None else starts_at + RUNNING_WITHOUT_END


def break_end(starts_at: datetime, minutes: int) -> datetime:
    """When a break of ``minutes`` starting at ``starts_at`` is over."""
    return starts_at + timedelta(minutes=minutes)


def in_break(starts_at: datetime, minutes: int, now: datetime) -> bool:
    """Whether a break is on at ``now``: a capture made then belongs to it."""
    return starts_at <= now < break_end(starts_at, minutes)


def running_since(now: datetime) -> datetime:
    """The earliest start at which an event without an end is still running at ``now``.

    SQL states "not over" as ``ends_at > :now OR (ends_at IS NULL AND starts_at >
    :running_since)`` with this value, which is :func:`is_over` negated.
    """
    return now - RUNNING_WITHOUT_END


def is_over(starts_at: datetime, ends_at: datetime | None, now: datetime) -> bool:
    """Whether an event is over at ``now`` (see :func:`event_end`)."""
    return event_end(starts_at, ends_at) <= now


def is_on(starts_at: datetime, ends_at: datetime | None, now: datetime) -> bool:
    """Whether an event is happening at ``now``: started and not over."""
    return starts_at <= now < event_end(starts_at, ends_at)


def is_upcoming(starts_at: datetime, ends_at: datetime | None, now: datetime) -> bool:
    """Whether an event is still to come or running at ``now`` (else it is past)."""
    # is_over, inlined: the events list asks this of every event.
    end = ends_at if ends_at is not None else starts_at + RUNNING_WITHOUT_END
    return starts_at >= now or end > now


def event_moment(starts_at: datetime, ends_at: datetime | None) -> datetime:
    """When an event happened, as far as is known: its end, else its start.

    Unlike :func:`event_end` nothing is guessed: a promise's due date and the "last
    interaction" a reflection mention counts as are dates people read, and an assumed four
    hours would move an evening concert's promises past midnight, to the next day.
    """
    return ends_at if ends_at is not None else starts_at


def default_due(now: datetime, event: tuple[datetime, datetime | None] | None = None) -> datetime:
    """When a new promise falls due unless the user says otherwise.

    72 hours after the event it was made at (:func:`event_moment`: its end, else its start),
    or after ``now`` without an event; never before ``now``, because a promise cannot have
    been waiting since before it was made (notes from an event weeks ago pasted today are due
    today, not "waiting since" a day that had passed).

    Args:
        now: When the promise is made.
        event: The event's (start, end or None), or None for a promise made without one.
    """
    if event is None:
        return now + DUE_AFTER_EVENT
    return max(event_moment(*event) + DUE_AFTER_EVENT, now)


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in the computer's time zone, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


def due_soon_until(now: datetime) -> datetime:
    """The end of the local day :data:`DUE_SOON` from ``now``: what is due before it is "due soon".

    By days, not hours, because due dates are read as days ("due Thursday"): every promise
    due on a day that is listed at all is listed. Counting from ``now`` alone (72 hours) hid
    the promises made at tonight's event, due 72 hours after it ends, until their last day.
    """
    last_day = (now + DUE_SOON).astimezone().date()
    return local_midnight(last_day + timedelta(days=1))
