"""The current time, injectable so services can be tested at any moment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

#: A clock returns the current time as an aware UTC datetime.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real current time, aware UTC."""
    return datetime.now(UTC)
