"""Capture mode's top line: "Autumn Gala · Intermission · 14 min left" and the event picker.

The picker keeps the event's uid and follows what changed: a picked event that is deleted
gives way to "No event", never to another event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from eventmate.gui.capture.dim_theme import HEADER_PT, SMALL_PT, sized
from eventmate.gui.formatting import time_of_day, when
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from eventmate.services.capture.capture import CaptureService

#: Where the event picker keeps each event's plain title.
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class EventHeaderWidget(QWidget):
    """The event, its break and the minutes left, beside a keyboard-friendly event picker."""

    event_changed = Signal()

    def __init__(self, capture: CaptureService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._capture = capture
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setObjectName("captureHeader")
        self.header.setProperty("role", "secondary")
        self.header.setFont(sized(self.header.font(), HEADER_PT))
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.header, 1)
        label = QLabel(self.tr("&Event"))
        label.setProperty("role", "secondary")
        label.setFont(sized(label.font(), SMALL_PT))
        self.picker = QComboBox()
        self.picker.setObjectName("eventPicker")
        self.picker.setAccessibleName(self.tr("Event for these captures"))
        self.picker.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picker.setFont(sized(self.picker.font(), SMALL_PT))
        label.setBuddy(self.picker)
        self.picker.currentIndexChanged.connect(self._on_picker_current_index_changed)
        row.addWidget(label)
        row.addWidget(self.picker)

    @property
    def event_uid(self) -> str | None:
        """The uid of the event picked (None: no event)."""
        data = self.picker.currentData()
        return str(data) if data is not None else None

    @property
    def event_title(self) -> str:
        """The title of the event picked ("" for no event)."""
        return str(self.picker.currentData(TITLE_ROLE) or "")

    def fill(self, event_uid: str | None, *, now_if_none: bool = True) -> bool:
        """List the events near today and pick ``event_uid``.

        Args:
            event_uid: The event to pick; None picks the one happening now, if any (or no
                event, when ``now_if_none`` is False).
            now_if_none: Whether no event asked for means the event happening now.

        Returns:
            False when ``event_uid`` names an event that no longer exists ("No event" is
            picked then).
        """
        now = self._capture.now()
        picker = self.picker
        picker.blockSignals(True)
        picker.clear()
        picker.addItem(self.tr("No event"), None)
        for choice in self._capture.event_choices():
            picker.addItem(f"{choice.title} · {when(choice.starts_at, now)}", choice.uid)
            picker.setItemData(picker.count() - 1, choice.title, TITLE_ROLE)
        wanted = event_uid
        if wanted is None and now_if_none:
            current = self._capture.current_event(now)
            wanted = current.uid if current is not None else None
        exists = True
        if wanted is not None and picker.findData(wanted) < 0:
            title = self._capture.context.event_title(wanted)
            if title is not None:  # an older event, outside the nearby ones
                picker.insertItem(1, title, wanted)
                picker.setItemData(1, title, TITLE_ROLE)
            else:
                exists = False
        index = picker.findData(wanted) if wanted is not None else 0
        picker.setCurrentIndex(max(index, 0))
        picker.blockSignals(False)
        self.update_text()
        return exists

    def follow(self, changes: Changes) -> str | None:
        """Follow what changed; returns what to tell the user, if anything.

        A picked event that was deleted gives way to "No event" (never to another event);
        the picker is filled again when the events it offers may have changed.
        """
        picked = self.event_uid
        if picked is not None and (
            changes.gone(Kind.EVENT, picked)
            or (changes.reset and self._capture.context.event_title(picked) is None)
        ):
            title = self.event_title
            self.fill(None, now_if_none=False)
            return self.tr(
                "“%1” no longer exists. Captures go to No event for now (Ctrl+E)."
            ).replace("%1", title)
        if (
            changes.reset
            or any(kind is Kind.EVENT for kind, _ in changes.created | changes.deleted)
            or changes.uids(Kind.EVENT) & self.listed()
        ):
            self.fill(picked, now_if_none=False)
        return None

    def listed(self) -> frozenset[str]:
        """The uids of the events the picker offers."""
        return frozenset(
            str(data)
            for index in range(self.picker.count())
            if (data := self.picker.itemData(index)) is not None
        )

    def pick(self) -> None:
        """Ctrl+E: open the picker from the keyboard."""
        self.picker.setFocus()
        self.picker.showPopup()

    def update_text(self) -> None:
        """Show the event, its break and the whole minutes left (the timer calls this)."""
        event_uid = self.event_uid
        if event_uid is None:
            self.header.setText(self.tr("No event — captures can be assigned to one later"))
            return
        parts = [self.event_title]
        status = self._capture.current_break(event_uid)
        if status is not None:
            label = status.label or self.tr("Break")
            if status.is_on:
                parts += [label, self.tr("%n min left", "", status.minutes_left)]
            else:
                at = time_of_day(status.starts_at)
                parts.append(self.tr("%1 at %2").replace("%1", label).replace("%2", at))
        self.header.setText(" · ".join(parts))

    def _on_picker_current_index_changed(self, _index: int) -> None:
        self.update_text()
        self.event_changed.emit()
