"""The people list's item model: pages read as the view shows them, never everyone at once.

Each row's ``UserRole`` is the person's uid (what opening them names).
"""

from __future__ import annotations

from collections import OrderedDict
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
from eventmate.gui.style import muted_colour
from eventmate.services.people.people import PeopleFilter, PeopleSort

if TYPE_CHECKING:
    from eventmate.services.people.people import PeopleService, PersonRow

_Index = QModelIndex | QPersistentModelIndex
#: Rows fetched per page: a screenful or two, so the first paint never waits for the rest.
PAGE_SIZE = 200
#: Pages kept in memory (the rest are read again when scrolled back to).
CACHED_PAGES = 40
#: Extra roles: the row's details line and whether the person is resting.
DetailRole = Qt.ItemDataRole.UserRole + 1
RestingRole = Qt.ItemDataRole.UserRole + 2
_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
    DetailRole,
    RestingRole,
}


class PeopleListModel(QAbstractListModel):
    """People matching a filter, in the chosen order, read a page at a time as rows are shown.

    The model reports every matching person as a row from the start (one ``count``), and
    reads a page of :data:`PAGE_SIZE` rows when the view first asks for one of them. Rows are
    never inserted while scrolling (inserting into a 100k-row view relays it out each time)
    and only :data:`CACHED_PAGES` pages stay in memory, so jumping to the end is as quick as
    the first screen.
    """

    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._pages: OrderedDict[int, tuple[PersonRow, ...]] = OrderedDict()
        self._total = 0
        self.filters = PeopleFilter()
        self.sort_order = PeopleSort.NAME

    def reload(
        self, filters: PeopleFilter | None = None, sort_order: PeopleSort | None = None
    ) -> None:
        """Forget loaded rows (optionally with a new filter/order) and count again."""
        self.beginResetModel()
        if filters is not None:
            self.filters = filters
        if sort_order is not None:
            self.sort_order = sort_order
        self._pages.clear()
        self._total = self._people.count(self.filters)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def row(self, number: int) -> PersonRow | None:
        """The person on row ``number`` (reading their page if needed)."""
        if not 0 <= number < self._total:
            return None
        page_number = number // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._load(page_number)
        else:
            self._pages.move_to_end(page_number)
        offset = number - page_number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _load(self, page_number: int) -> tuple[PersonRow, ...]:
        previous = self._pages.get(page_number - 1)
        if previous is not None and len(previous) == PAGE_SIZE:
            # Scrolling down: continue from the last row above (keyset, no offset to walk).
            page = self._people.page_after(previous[-1], PAGE_SIZE, self.filters, self.sort_order)
        else:
            page = self._people.page_at(
                page_number * PAGE_SIZE, PAGE_SIZE, self.filters, self.sort_order
            )
        self._pages[page_number] = page
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.column() != 0:
            return None
        if role not in _ROLES:
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.name
        if role == DetailRole:
            return " · ".join(part for part in (row.role, row.organization) if part)
        if role == RestingRole:
            return row.status is PersonStatus.RESTING
        if role == Qt.ItemDataRole.UserRole:
            return row.uid
        return row.name  # ToolTipRole

    def row_of(self, person_uid: str) -> int | None:
        """The row of the person with ``person_uid`` among the pages in memory, if there."""
        for page_number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.uid == person_uid:
                    return page_number * PAGE_SIZE + offset
        return None

    def refresh_in_place(self, first: int, last: int) -> bool:
        """Read rows ``first`` to ``last`` (those on screen) again; True if nobody moved.

        Then only ``dataChanged`` is emitted: the view keeps its selection, current row and
        scroll position (a person's role changed, a capture touched someone). Other pages are
        dropped and read afresh when scrolled to. False (nothing changed here) when people
        came, went or moved on screen: the caller reloads instead.
        """
        if self._people.count(self.filters) != self._total:
            return False
        wanted = range(max(first, 0) // PAGE_SIZE, max(last, 0) // PAGE_SIZE + 1)
        fresh: dict[int, tuple[PersonRow, ...]] = {}
        for number in wanted:
            page = self._pages.get(number)
            if page is None:
                continue
            again = self._people.page_at(
                number * PAGE_SIZE, PAGE_SIZE, self.filters, self.sort_order
            )
            if [row.uid for row in again] != [row.uid for row in page]:
                return False
            fresh[number] = again
        for number in [n for n in self._pages if n not in fresh]:
            del self._pages[number]
        for number, page in fresh.items():
            if page != self._pages[number]:
                self._pages[number] = page
                start = number * PAGE_SIZE
                self.dataChanged.emit(self.index(start), self.index(start + len(page) - 1))
        return True

    def loaded_ids(self, first: int, last: int) -> list[int] | None:
        """The ids on rows ``first`` to ``last`` if all of them are in memory, else None.

        Never reads a page: a stretch longer than the pages kept is answered at once.
        """
        if not 0 <= first <= last < self._total:
            return None
        numbers = range(first // PAGE_SIZE, last // PAGE_SIZE + 1)
        if len(numbers) > len(self._pages) or any(n not in self._pages for n in numbers):
            return None
        ids: list[int] = []
        for number in numbers:
            offset = number * PAGE_SIZE
            page = self._pages[number]
            ids.extend(row.id for row in page[max(first - offset, 0) : last - offset + 1])
        # Fewer than asked: a page came back short (the list changed since it was counted).
        return ids if len(ids) == last - first + 1 else None

    @property
    def loaded_rows(self) -> int:
        """How many rows are in memory now."""
        return sum(len(page) for page in self._pages.values())

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
