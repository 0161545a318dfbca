"""When an event is, in the event dialog: its start, an end that keeps its length, all day.

Moving the start moves the end with it (a concert moved to the next day must not become a
26-hour event); "All day" shows dates alone and saves the whole days.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit

from eventmate.gui.events.local_time import local
from eventmate.gui.formatting import date_format

if TYPE_CHECKING:
    from datetime import datetime

_DATE = "ddd d MMM yyyy"
_TIME = "   HH:mm"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventDialog", text)


class EventWhen(QObject):
    """The start, the optional end and "All day" of one event; ``start_moved`` says the start."""

    start_moved = Signal(QDateTime)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        now = QDateTime.currentDateTime()
        self.starts = QDateTimeEdit(
            QDateTime(now.date().addDays(1), QTime(19, 30)), calendarPopup=True
        )
        self.starts.setDisplayFormat(date_format(_DATE) + _TIME)
        self.starts.setAccessibleName(_tr("Starts (local time)"))
        self.starts.setObjectName("eventStarts")
        self.has_end = QCheckBox(_tr("E&nds"))
        self.has_end.setAccessibleName(_tr("The event has an end time"))
        self.ends = QDateTimeEdit(self.starts.dateTime().addSecs(2 * 3600), calendarPopup=True)
        self.ends.setDisplayFormat(date_format(_DATE) + _TIME)
        self.ends.setAccessibleName(_tr("Ends (local time)"))
        self.ends.setObjectName("eventEnds")
        self.ends.setEnabled(False)
        self.has_end.toggled.connect(self.ends.setEnabled)
        self._start_was = self.starts.dateTime()
        self.starts.dateTimeChanged.connect(self._on_starts_changed)
        self.all_day = QCheckBox(_tr("All day"))
        self.all_day.setAccessibleName(_tr("All-day event"))
        self.all_day.toggled.connect(self._on_all_day_toggled)

    def load(self, starts_at: datetime, ends_at: datetime | None, all_day: bool) -> None:
        """Show a stored event's times."""
        self.starts.setDateTime(local(starts_at))
        if ends_at is not None:
            self.has_end.setChecked(True)
            self.ends.setDateTime(local(ends_at))
        self._start_was = self.starts.dateTime()
        self.all_day.setChecked(all_day)

    def span(self) -> tuple[QDateTime, QDateTime | None]:
        """The start and the end (None: no end) as entered; all day: from 00:00 to 23:59."""
        start = self.starts.dateTime()
        end: QDateTime | None = self.ends.dateTime() if self.has_end.isChecked() else None
        if self.all_day.isChecked():
            start = QDateTime(start.date(), QTime(0, 0))
            if end is not None:
                end = QDateTime(end.date(), QTime(23, 59))
        return start, end

    def _on_starts_changed(self, moment: QDateTime) -> None:
        # Moving the start moves the end with it: the event keeps its length.
        previous, self._start_was = self._start_was, moment
        end = self.ends.dateTime()
        if end >= previous:
            self.ends.setDateTime(end.addSecs(previous.secsTo(moment)))
        else:
            self.ends.setDateTime(moment.addSecs(2 * 3600))
        self.start_moved.emit(moment)

    def _on_all_day_toggled(self, on: bool) -> None:
        fmt = date_format(_DATE) + ("" if on else _TIME)
        self.starts.setDisplayFormat(fmt)
        self.ends.setDisplayFormat(fmt)
