"""When an event counts as over: at its end, or four hours after its start when it has none."""

from __future__ import annotations

from datetime import datetime, timedelta

#: An event without an end is taken to run this long after its start.
RUNNING_WITHOUT_END = timedelta(hours=4)


def event_end(starts_at: datetime, ends_at: datetime | None) -> datetime:
    """When an event ends, assuming :data:`RUNNING_WITHOUT_END` when no end is known."""
    return ends_at if ends_at is not None else starts_at + RUNNING_WITHOUT_END
