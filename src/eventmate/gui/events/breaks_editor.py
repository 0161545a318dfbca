"""Editing an event's breaks: label, local start time and minutes per row; add and remove."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.events.local_time import from_local, local, local_at

if TYPE_CHECKING:
    from eventmate.services.events.events import BreakDraft


class BreakRow(QWidget):
    """One break: "Intermission" at 20:45 for 20 minutes, with a remove button."""

    remove_requested = Signal(QWidget)

    def __init__(
        self, label: str, time: QTime, minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLineEdit(label)
        self.label.setPlaceholderText(self.tr("Intermission"))
        self.label.setAccessibleName(self.tr("Break name"))
        self.label.setMaxLength(200)
        self.time = QTimeEdit(time)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Break starts at"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Break length in minutes"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this break"))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row.addWidget(self.label, 1)
        row.addWidget(self.time)
        row.addWidget(self.minutes)
        row.addWidget(self.remove)


class BreaksEditor(QWidget):
    """The list of break rows and an "Add break" button."""

    #: Rows were added or removed (the dialog re-applies its tab order).
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[BreakRow] = []
        self.add_button = QPushButton(self.tr("Add break"))
        self.add_button.setObjectName("addBreakButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self._default_time = QTime(20, 45)

    def set_breaks(self, breaks: tuple[BreakDraft, ...]) -> None:
        """Show ``breaks`` (times in local time)."""
        for item in breaks:
            self.add_row(item.label, local(item.starts_at).time(), item.minutes)

    def set_default_time(self, time: QTime) -> None:
        """Where a newly added break starts (e.g. 75 minutes after the event's start)."""
        self._default_time = time

    def add_row(self, label: str = "", time: QTime | None = None, minutes: int = 20) -> BreakRow:
        """Add a break row and return it."""
        row = BreakRow(label, time or self._default_time, minutes, self)
        row.remove_requested.connect(self._on_remove_requested)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        return row

    def breaks(self, start: QDateTime) -> tuple[BreakDraft, ...]:
        """The breaks as drafts, each on the event's day (after midnight if before the start)."""
        from eventmate.services.events.events import BreakDraft

        result = []
        for row in self.rows:
            moment = local_at(start.date(), row.time.time())
            if moment < start:
                moment = moment.addDays(1)
            result.append(BreakDraft(row.label.text(), from_local(moment), row.minutes.value()))
        return tuple(result)

    def tab_chain(self) -> list[QWidget]:
        """The editor's focusable widgets in reading order."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.label, row.time, row.minutes, row.remove]
        return [*chain, self.add_button]

    def _on_add_clicked(self) -> None:
        row = self.add_row()
        self._retab()
        row.label.setFocus()

    def _on_remove_requested(self, widget: QWidget) -> None:
        if not isinstance(widget, BreakRow) or widget not in self.rows:
            return
        index = self.rows.index(widget)
        self.rows.remove(widget)
        widget.setParent(None)
        widget.deleteLater()
        self._retab()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].label.setFocus()
        else:
            self.add_button.setFocus()

    def _retab(self) -> None:
        self.rows_changed.emit()


def default_break_time(start: QDateTime) -> QTime:
    """A first break 75 minutes in, a typical first half."""
    return start.addSecs(int(timedelta(minutes=75).total_seconds())).time()
