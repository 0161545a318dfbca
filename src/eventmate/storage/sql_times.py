"""Times in plain SQL: the value a time is compared as, and the aware time a raw value means.

SQLAlchemy's SQLite ``DateTime`` stores naive UTC text ("2026-11-25 18:00:00.000000") and
aggregates (``max``) bypass the column type, so plain-SQL readers (Home's first paint, the last
interaction) convert here, in one way. Importable without SQLAlchemy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def stored(moment: datetime) -> str:
    """``moment`` as SQLite stores it (naive UTC text), so comparisons in SQL are exact."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def aware(value: Any) -> datetime | None:
    """A time read raw (stored text, or a naive or aware datetime from a server) as aware UTC."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
