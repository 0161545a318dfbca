"""Converting between aware UTC datetimes (stored) and local QDateTimes (shown in edits)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from eventmate.gui.formatting import to_local


def from_local(moment: QDateTime) -> datetime:
    """A QDateTime (any zone, usually local) as an aware UTC datetime, to the minute."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC).replace(second=0, microsecond=0)


def local(moment: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime."""
    return to_local(moment)


def local_at(day: QDate, time: QTime) -> QDateTime:
    """The local date and time ``day`` ``time`` (a time skipped by a DST change moves on)."""
    return QDateTime(day, time, QTimeZone.systemTimeZone())
