"""The events list as a Qt item model, a filter-as-you-type proxy, and a two-line delegate."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eventmate.domain.text import fold
from eventmate.gui.formatting import when
from eventmate.gui.widgets import muted_colour

if TYPE_CHECKING:
    from datetime import datetime

    from eventmate.services.events.events import EventList, EventRow

_Index = QModelIndex | QPersistentModelIndex


class EventRole(IntEnum):
    """Data roles of :class:`EventListModel` beyond Qt's own."""

    ID = Qt.ItemDataRole.UserRole
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


class EventListModel(QAbstractListModel):
    """A heading row, upcoming events (soonest first), a heading row, past ones (latest first).

    The two headings are rows of their own (neither enabled nor selectable), so every row has
    the same height and the view lays out thousands of events without asking each its size.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Event rows, or True/False for the "Upcoming"/"Past" heading.
        self._items: list[EventRow | bool] = []
        self._past_heading = -1
        self._search: dict[int, str] = {}
        self._details: dict[int, str] = {}
        self._now: datetime | None = None

    def set_events(self, events: EventList, now: datetime) -> None:
        """Show ``events`` (relative day names are computed against ``now``)."""
        self.beginResetModel()
        items: list[EventRow | bool] = []
        if events.upcoming:
            items += [True, *events.upcoming]
        self._past_heading = len(items) if events.past else -1
        if events.past:
            items += [False, *events.past]
        self._items = items
        self._search = {}
        self._details = {}
        self._now = now
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def row_of(self, event_id: int) -> int:
        """The row showing ``event_id``, or -1."""
        for number, item in enumerate(self._items):
            if not isinstance(item, bool) and item.id == event_id:
                return number
        return -1

    def is_heading(self, row: int) -> bool:
        """Whether ``row`` is the "Upcoming" or "Past" heading."""
        return 0 <= row < len(self._items) and isinstance(self._items[row], bool)

    def group_rows(self, heading_row: int) -> range:
        """The event rows under the heading at ``heading_row``."""
        if heading_row == self._past_heading:
            return range(heading_row + 1, len(self._items))
        end = self._past_heading if self._past_heading > heading_row else len(self._items)
        return range(heading_row + 1, end)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or self.is_heading(index.row()):
            # Neither enabled nor selectable: arrow keys step over the headings.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if isinstance(item, bool):
            return self._heading_data(item, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == EventRole.ID:
            return item.id
        if role == EventRole.UPCOMING:
            return self._past_heading < 0 or index.row() < self._past_heading
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
            text = self._search.get(item.id)
            if text is None:
                text = fold(f"{item.title} {item.venue} {item.city} {kind_label(item.kind.value)}")
                text = f"{text} {item.kind.value}"
                self._search[item.id] = text
            return text
        return None

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
        text = self._details.get(row.id)
        if text is None:
            assert self._now is not None
            place = " · ".join(part for part in (row.venue, row.city) if part)
            parts = [when(row.starts_at, self._now), place, kind_label(row.kind.value)]
            if row.is_sample:
                parts.append(QCoreApplication.translate("EventListModel", "sample"))
            text = "   ".join(part for part in parts if part)
            self._details[row.id] = text
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


class EventDelegate(QStyledItemDelegate):
    """Two lines per event (title; when · where · kind); headings small and muted.

    Every row has the same height, so the view can use uniform item sizes.
    """

    PAD = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Fonts and heights per base font: sizeHint runs for every row on each layout, and
        # building fonts there thousands of times is slow (and has tripped PySide refcounts).
        self._cache: dict[str, tuple[QFont, QFont, QFont, int, int]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, int, int]:
        key = option.font.key()
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        base = QFont(option.font)
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        header = QFont(base)
        header.setWeight(QFont.Weight.DemiBold)
        header.setPointSizeF(base.pointSizeF() * 0.92)
        header.setCapitalization(QFont.Capitalization.AllUppercase)
        header.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        row_height = QFontMetrics(title).height() + QFontMetrics(base).height() + 3 * self.PAD
        header_height = QFontMetrics(header).height() + 2 * self.PAD + 4
        cached = (base, title, header, row_height, header_height)
        self._cache[key] = cached
        return cached

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(200, self._fonts(option)[3])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        base, title_font, header_font, _, _ = self._fonts(option)
        rect = QRect(option.rect)
        palette: QPalette = option.palette
        painter.save()
        if index.data(EventRole.HEADING):
            painter.setFont(header_font)
            painter.setPen(muted_colour(palette))
            painter.drawText(
                rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD // 2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                str(index.data()),
            )
            painter.restore()
            return
        item = QStyleOptionViewItem(option)
        item.rect = rect
        item.text = ""
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = rect.adjusted(self.PAD + 4, self.PAD, -self.PAD, -self.PAD)
        title_height = QFontMetrics(title_font).height()
        painter.setFont(title_font)
        painter.setPen(text_colour)
        elided = QFontMetrics(title_font).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), title_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided,
        )
        painter.setFont(base)
        painter.setPen(text_colour if selected else muted_colour(palette))
        details = QFontMetrics(base).elidedText(
            str(index.data(EventRole.DETAILS)), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(
                inner.left(),
                inner.top() + title_height + self.PAD // 2,
                inner.width(),
                title_height,
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            details,
        )
        painter.restore()
