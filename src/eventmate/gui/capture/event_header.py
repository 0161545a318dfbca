"""Capture mode's top line: "Autumn Gala · Intermission · 14 min left" and the event picker.

The picker keeps the event's uid and follows what changed: a picked event that is deleted
gives way to "No event", never to another event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from eventmate.gui.formatting import time_of_day, when
from eventmate.gui.style.text import set_dim_text
from eventmate.gui.style.tokens import DimText, Space
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from eventmate.services.capture.capture import CaptureService

#: When the event list is opened again if it closed at once (see ``pick``).
POPUP_RETRY_MS = 80
#: How many characters of an event's title the picker shows before it opens.
PICKER_CHARACTERS = 22
#: Where the event picker keeps each event's plain title.
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class EventHeaderWidget(QWidget):
    """The event, its break and the minutes left, beside a keyboard-friendly event picker."""

    event_changed = Signal()

    def __init__(self, capture: CaptureService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._capture = capture
        # The header wraps under itself, never under the picker; in the compact window the
        # picker goes on a line of its own.
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(Space.S)
        self._grid.setVerticalSpacing(Space.XS)
        self.header = QLabel()
        self.header.setObjectName("captureHeader")
        self.header.setProperty("role", "secondary")
        set_dim_text(self.header, DimText.HEADER)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label = QLabel(self.tr("&Event"))
        self.label.setProperty("role", "secondary")
        set_dim_text(self.label, DimText.SMALL)
        self.picker = QComboBox()
        self.picker.setObjectName("eventPicker")
        self.picker.setAccessibleName(self.tr("Event for these captures"))
        self.picker.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        set_dim_text(self.picker, DimText.SMALL)
        # Long event titles do not widen the window: the list that opens shows them whole.
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(PICKER_CHARACTERS)
        self.label.setBuddy(self.picker)
        self.picker.currentIndexChanged.connect(self._on_picker_current_index_changed)
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """Side by side in the full window; the picker under the header when compact."""
        for widget in (self.header, self.label, self.picker):
            self._grid.removeWidget(widget)
        if compact:
            self._grid.addWidget(self.header, 0, 0, 1, 3)
            self._grid.addWidget(self.label, 1, 0)
            self._grid.addWidget(self.picker, 1, 1)
            self._grid.setColumnStretch(0, 0)
            self._grid.setColumnStretch(1, 1)
        else:
            self._grid.addWidget(self.header, 0, 0)
            self._grid.addWidget(self.label, 0, 1)
            self._grid.addWidget(self.picker, 0, 2)
            self._grid.setColumnStretch(0, 1)
            self._grid.setColumnStretch(1, 0)
        self._grid.setColumnStretch(2, 0)

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
        """Ctrl+E: open the picker's list from the keyboard (it takes the focus with it).

        The list opens once the shortcut's key press has been handled: opened during it, a
        popup can lose its keyboard grab at once and close, leaving only the focus moved.
        If it is still not open a moment later (a window being activated), it opens again.
        """
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        QTimer.singleShot(0, self._popup)
        QTimer.singleShot(POPUP_RETRY_MS, self._popup)

    def _popup(self) -> None:
        if self.picker.hasFocus() and not self.picker.view().isVisible():
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
