"""The events list as a Qt item model, and a filter-as-you-type proxy over it."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from eventmate.domain.text import fold
from eventmate.gui.formatting import when

if TYPE_CHECKING:
    from datetime import datetime

    from eventmate.services.events.events import EventList, EventRow

_Index = QModelIndex | QPersistentModelIndex


class EventRole(IntEnum):
    """Data roles of :class:`EventListModel` beyond Qt's own."""

    #: The event's uid (what every view keeps).
    UID = Qt.ItemDataRole.UserRole
    ROW = Qt.ItemDataRole.UserRole + 1
    UPCOMING = Qt.ItemDataRole.UserRole + 2
    SEARCH = Qt.ItemDataRole.UserRole + 3
    DETAILS = Qt.ItemDataRole.UserRole + 4
    HEADING = Qt.ItemDataRole.UserRole + 5


def kind_label(kind: str) -> str:
    """An event kind in the user's language."""
    labels = {
        "concert": QCoreApplication.translate("kinds", "Concert"),
        "rehearsal": QCoreApplication.translate("kinds", "Rehearsal"),
        "gig": QCoreApplication.translate("kinds", "Gig"),
        "reception": QCoreApplication.translate("kinds", "Reception"),
        "fundraiser": QCoreApplication.translate("kinds", "Fundraiser"),
        "masterclass": QCoreApplication.translate("kinds", "Masterclass"),
        "audition": QCoreApplication.translate("kinds", "Audition"),
        "festival": QCoreApplication.translate("kinds", "Festival"),
        "conference": QCoreApplication.translate("kinds", "Conference"),
        "other": QCoreApplication.translate("kinds", "Other"),
    }
    return labels.get(kind, kind)


def _upcoming_key(row: EventRow) -> tuple[datetime, int]:
    return row.sort_key()


def _past_key(row: EventRow) -> tuple[float, int]:
    # Past events are listed latest first.
    return (-row.starts_at.timestamp(), -row.id)


class EventListModel(QAbstractListModel):
    """A heading row, upcoming events (soonest first), a heading row, past ones (latest first).

    The two headings are rows of their own (neither enabled nor selectable); the view gives
    them their own, smaller height (:meth:`heading_rows`) and every event the same one, so it
    lays out thousands of events without asking each its size.
    :meth:`apply` updates single events in place (inserted, moved, changed or removed), so
    the selection and the scroll position stay where they are.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._upcoming: list[EventRow] = []
        self._past: list[EventRow] = []
        self._search: dict[str, str] = {}
        self._details: dict[str, str] = {}
        self._now: datetime | None = None

    def set_events(self, events: EventList, now: datetime) -> None:
        """Show ``events`` (relative day names are computed against ``now``)."""
        self.beginResetModel()
        self._upcoming = list(events.upcoming)
        self._past = list(events.past)
        self._search = {}
        self._details = {}
        self._now = now
        self.endResetModel()

    def apply(self, changed: Mapping[str, EventRow | None], now: datetime) -> None:
        """Show these events as they are now (None: the event is gone), the rest untouched.

        ``now`` decides whether a changed event is upcoming or past (the service's clock).
        """
        for uid, row in changed.items():
            found = self._find(uid)
            if found is not None and row is not None:
                group, index = found
                if group[index] == row:
                    continue  # only something the list does not show changed (intentions)
                if self._fits(group, index, row, now):
                    group[index] = row
                    self._forget(uid)
                    at = self.index(self._row(group, index))
                    self.dataChanged.emit(at, at)
                    continue
            if found is not None:
                self._remove(*found)
                self._forget(uid)
            if row is not None:
                self._insert(row, now)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return self._upcoming_rows() + (len(self._past) + 1 if self._past else 0)

    def row_of(self, event_uid: str) -> int:
        """The row showing the event with ``event_uid``, or -1."""
        found = self._find(event_uid)
        return self._row(*found) if found is not None else -1

    def is_heading(self, row: int) -> bool:
        """Whether ``row`` is the "Upcoming" or "Past" heading."""
        return (row == 0 and bool(self._upcoming)) or row == self._past_heading()

    def heading_rows(self) -> list[int]:
        """The rows of the headings there are (none, one or two)."""
        return [row for row in (0 if self._upcoming else -1, self._past_heading()) if row >= 0]

    def group_rows(self, heading_row: int) -> range:
        """The event rows under the heading at ``heading_row``."""
        if heading_row == self._past_heading():
            return range(heading_row + 1, heading_row + 1 + len(self._past))
        return range(1, 1 + len(self._upcoming))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or self.is_heading(index.row()):
            # Neither enabled nor selectable: arrow keys step over the headings.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._item(index.row())
        if item is None:
            return None
        if isinstance(item, bool):
            return self._heading_data(item, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == EventRole.UID:
            return item.uid
        if role == EventRole.UPCOMING:
            return index.row() < self._upcoming_rows()
        if role == EventRole.HEADING:
            return False
        if role == EventRole.ROW:
            return item
        if role == EventRole.DETAILS:
            return self._detail(item)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{item.title}, {self._detail(item)}"
        if role == EventRole.SEARCH:
            # Folded lazily: folding 5,000 titles up front would delay the first paint.
            text = self._search.get(item.uid)
            if text is None:
                text = fold(f"{item.title} {item.venue} {item.city} {kind_label(item.kind.value)}")
                text = f"{text} {item.kind.value}"
                self._search[item.uid] = text
            return text
        return None

    # -- rows and groups --------------------------------------------------------------------

    def _upcoming_rows(self) -> int:
        return len(self._upcoming) + 1 if self._upcoming else 0

    def _past_heading(self) -> int:
        return self._upcoming_rows() if self._past else -1

    def _item(self, row: int) -> EventRow | bool | None:
        """The event (or heading: True upcoming, False past) at ``row``."""
        upcoming = self._upcoming_rows()
        if row < 0:
            return None
        if row < upcoming:
            return True if row == 0 else self._upcoming[row - 1]
        index = row - upcoming - 1
        if index == -1 and self._past:
            return False
        return self._past[index] if 0 <= index < len(self._past) else None

    def _row(self, group: list[EventRow], index: int) -> int:
        return 1 + index if group is self._upcoming else self._upcoming_rows() + 1 + index

    def _find(self, uid: str) -> tuple[list[EventRow], int] | None:
        for group in (self._upcoming, self._past):
            for index, row in enumerate(group):
                if row.uid == uid:
                    return group, index
        return None

    def _fits(self, group: list[EventRow], index: int, row: EventRow, now: datetime) -> bool:
        """Whether ``row`` may replace the event at ``index`` without moving it."""
        upcoming = group is self._upcoming
        if row.is_upcoming(now) != upcoming:
            return False
        before = group[index - 1] if index > 0 else None
        after = group[index + 1] if index + 1 < len(group) else None
        ordered = [item for item in (before, row, after) if item is not None]
        keys = [_upcoming_key(item) if upcoming else _past_key(item) for item in ordered]
        return keys == sorted(keys)

    def _remove(self, group: list[EventRow], index: int) -> None:
        row = self._row(group, index)
        if len(group) == 1:  # the heading goes with the group's last event
            self.beginRemoveRows(QModelIndex(), row - 1, row)
        else:
            self.beginRemoveRows(QModelIndex(), row, row)
        del group[index]
        self.endRemoveRows()

    def _insert(self, row: EventRow, now: datetime) -> None:
        upcoming = row.is_upcoming(now)
        group = self._upcoming if upcoming else self._past
        if upcoming:
            index = bisect.bisect_left(group, _upcoming_key(row), key=_upcoming_key)
        else:
            index = bisect.bisect_left(group, _past_key(row), key=_past_key)
        first = self._row(group, index)
        if not group:  # the group's heading comes back with its first event
            self.beginInsertRows(QModelIndex(), first - 1, first)
        else:
            self.beginInsertRows(QModelIndex(), first, first)
        group.insert(index, row)
        self.endInsertRows()

    def _forget(self, uid: str) -> None:
        self._search.pop(uid, None)
        self._details.pop(uid, None)

    def _heading_data(self, upcoming: bool, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if upcoming:
                return QCoreApplication.translate("EventListModel", "Upcoming")
            return QCoreApplication.translate("EventListModel", "Past")
        if role == EventRole.HEADING:
            return True
        if role == EventRole.UPCOMING:
            return upcoming
        return None

    def _detail(self, row: EventRow) -> str:
        text = self._details.get(row.uid)
        if text is None:
            assert self._now is not None
            place = " · ".join(part for part in (row.venue, row.city) if part)
            parts = [when(row.starts_at, self._now), place, kind_label(row.kind.value)]
            if row.is_sample:
                parts.append(QCoreApplication.translate("EventListModel", "sample"))
            text = "   ".join(part for part in parts if part)
            self._details[row.uid] = text
        return text


class EventFilterModel(QSortFilterProxyModel):
    """Keeps the events whose title, venue, city or kind contain every typed word.

    A heading stays while at least one event under it does.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        """Filter by ``text`` (accent- and case-insensitive; words in any order)."""
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_active(self) -> bool:
        """Whether some words are filtering the list."""
        return bool(self._words)

    def heading_rows(self) -> list[int]:
        """The rows (of this model) of the headings shown."""
        source = self.sourceModel()
        if not isinstance(source, EventListModel):
            return []
        rows = (self.mapFromSource(source.index(row, 0)) for row in source.heading_rows())
        return [index.row() for index in rows if index.isValid()]

    def invalidate_rows(self) -> None:
        """Filter every row again (after rows came or went under a heading)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _matches(self, source: QAbstractItemModel, row: int, parent: _Index) -> bool:
        hay = str(source.data(source.index(row, 0, parent), EventRole.SEARCH))
        return all(word in hay for word in self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        if isinstance(source, EventListModel) and source.is_heading(source_row):
            return any(
                self._matches(source, row, source_parent) for row in source.group_rows(source_row)
            )
        return self._matches(source, source_row, source_parent)
