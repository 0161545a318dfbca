"""The people list's item model: keyset pages fetched as the view scrolls, never all at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eventmate.domain.kinds import PersonStatus
from eventmate.gui.widgets import muted_colour
from eventmate.services.people import PeopleFilter, PeopleSort

if TYPE_CHECKING:
    from eventmate.services.people import PeopleService, PersonRow

_Index = QModelIndex | QPersistentModelIndex
#: Rows fetched per page: a screenful or two, so the first paint never waits for the rest.
PAGE_SIZE = 200
#: Extra roles: the row's details line and whether the person is resting.
DetailRole = Qt.ItemDataRole.UserRole + 1
RestingRole = Qt.ItemDataRole.UserRole + 2


class PeopleListModel(QAbstractListModel):
    """People matching a filter, in the chosen order, fetched a page at a time."""

    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._rows: list[PersonRow] = []
        self._total = 0
        self._exhausted = True
        self.filters = PeopleFilter()
        self.sort_order = PeopleSort.NAME

    def reload(
        self, filters: PeopleFilter | None = None, sort_order: PeopleSort | None = None
    ) -> None:
        """Forget loaded rows (optionally with a new filter/order) and fetch the first page."""
        self.beginResetModel()
        if filters is not None:
            self.filters = filters
        if sort_order is not None:
            self.sort_order = sort_order
        self._rows = []
        self._total = self._people.count(self.filters)
        self._exhausted = self._total == 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        last = self._rows[-1] if self._rows else None
        rows = self._people.page_after(last, PAGE_SIZE, self.filters, self.sort_order)
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.name
        if role == DetailRole:
            return " · ".join(part for part in (row.role, row.organization) if part)
        if role == RestingRole:
            return row.status is PersonStatus.RESTING
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name
        return None

    def row_of(self, person_id: int) -> int | None:
        """The row of ``person_id`` among the loaded rows, if loaded."""
        for number, row in enumerate(self._rows):
            if row.id == person_id:
                return number
        return None

    @property
    def total(self) -> int:
        """How many people match the filter in all (loaded or not)."""
        return self._total


class PersonRowDelegate(QStyledItemDelegate):
    """Paints a person on one line: the name, then role and organisation in a muted colour."""

    def __init__(self, resting_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resting = resting_label
        self._fonts: dict[str, tuple[QFont, QFontMetrics, QFontMetrics]] = {}

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFontMetrics, QFontMetrics]:
        # Built once per base font, not per painted row: scrolling 100k rows paints a lot, and
        # (PySide6 6.12) QFont.setWeight in that hot path ends in a refcount crash.
        key = font.key()
        cached = self._fonts.get(key)
        if cached is None:
            bold = QFont(font)
            bold.setBold(True)
            cached = (bold, QFontMetrics(bold), QFontMetrics(font))
            self._fonts[key] = cached
        return cached

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(12, 0, -12, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        bold, metrics, plain_metrics = self._fonts_for(opt.font)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(rect.width() // 2, 80))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(rect, align, name)
        detail = str(index.data(DetailRole) or "")
        if index.data(RestingRole):
            detail = f"{detail} · {self._resting}" if detail else self._resting
        if detail:
            painter.setFont(opt.font)
            if not selected:
                painter.setPen(muted_colour(palette))
            left = rect.adjusted(metrics.horizontalAdvance(name) + 16, 0, 0, 0)
            detail = plain_metrics.elidedText(
                detail, Qt.TextElideMode.ElideRight, max(left.width(), 0)
            )
            painter.drawText(left, align, detail)
        painter.restore()
