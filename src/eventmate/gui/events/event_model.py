"""The events list as a Qt item model, a filter-as-you-type proxy, and a two-line delegate."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
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

    from eventmate.services.events import EventList, EventRow

_Index = QModelIndex | QPersistentModelIndex


class EventRole(IntEnum):
    """Data roles of :class:`EventListModel` beyond Qt's own."""

    ID = Qt.ItemDataRole.UserRole
    ROW = Qt.ItemDataRole.UserRole + 1
    UPCOMING = Qt.ItemDataRole.UserRole + 2
    SEARCH = Qt.ItemDataRole.UserRole + 3
    DETAILS = Qt.ItemDataRole.UserRole + 4


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
    """Upcoming events (soonest first) followed by past ones (most recent first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self._upcoming = 0
        self._search: dict[int, str] = {}
        self._details: dict[int, str] = {}
        self._now: datetime | None = None

    def set_events(self, events: EventList, now: datetime) -> None:
        """Show ``events`` (relative day names are computed against ``now``)."""
        self.beginResetModel()
        self._rows = [*events.upcoming, *events.past]
        self._upcoming = len(events.upcoming)
        self._search = {}
        self._details = {}
        self._now = now
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, event_id: int) -> int:
        """The row showing ``event_id``, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == event_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number = index.row()
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == EventRole.ID:
            return row.id
        if role == EventRole.UPCOMING:
            return number < self._upcoming
        if role == EventRole.ROW:
            return row
        if role == EventRole.DETAILS:
            return self._detail(row)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.title}, {self._detail(row)}"
        if role == EventRole.SEARCH:
            # Folded lazily: folding 5,000 titles up front would delay the first paint.
            text = self._search.get(row.id)
            if text is None:
                text = fold(f"{row.title} {row.venue} {row.city} {kind_label(row.kind.value)}")
                self._search[row.id] = f"{text} {row.kind.value}"
            return self._search[row.id]
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
    """Keeps the rows whose title, venue, city or kind contain every typed word."""

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

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        hay = str(source.data(source.index(source_row, 0, source_parent), EventRole.SEARCH))
        return all(word in hay for word in self._words)


def starts_group(index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether ``index`` is the first visible row of the upcoming or the past group."""
    if index.row() == 0:
        return True
    previous = index.model().index(index.row() - 1, 0)
    return bool(previous.data(EventRole.UPCOMING)) != bool(index.data(EventRole.UPCOMING))


class EventDelegate(QStyledItemDelegate):
    """Two lines per event (title; when · where · kind), with a group heading above the first."""

    PAD = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        header = QFont(base)
        header.setWeight(QFont.Weight.DemiBold)
        header.setPointSizeF(base.pointSizeF() * 0.92)
        header.setCapitalization(QFont.Capitalization.AllUppercase)
        header.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        return base, title, header

    def _header_height(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(self._fonts(option)[2]).height() + 2 * self.PAD + 4

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        base, title, _ = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(base).height() + 3 * self.PAD
        if starts_group(index):
            height += self._header_height(option)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        base, title_font, header_font = self._fonts(option)
        rect = QRect(option.rect)
        palette: QPalette = option.palette
        painter.save()
        if starts_group(index):
            header = QRect(rect)
            header.setHeight(self._header_height(option))
            painter.setFont(header_font)
            painter.setPen(muted_colour(palette))
            text = (
                QCoreApplication.translate("EventDelegate", "Upcoming")
                if index.data(EventRole.UPCOMING)
                else QCoreApplication.translate("EventDelegate", "Past")
            )
            painter.drawText(
                header.adjusted(self.PAD, self.PAD + 4, -self.PAD, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            rect.setTop(header.bottom() + 1)
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
