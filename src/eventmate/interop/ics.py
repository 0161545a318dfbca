"""iCalendar (.ics) import and export as plain data; see :mod:`.ics_read` and :mod:`.ics_write`."""

from __future__ import annotations

from eventmate.interop.ics_read import (
    MAX_OCCURRENCES,
    IcsEvent,
    IcsProblem,
    IcsReadResult,
    read_ics,
)
from eventmate.interop.ics_write import IcsOutEvent, write_ics

__all__ = [
    "MAX_OCCURRENCES",
    "IcsEvent",
    "IcsOutEvent",
    "IcsProblem",
    "IcsReadResult",
    "read_ics",
    "write_ics",
]
