"""How the events list paints a row: title, then when · where · kind; headings small and muted."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eventmate.gui.events.event_model import EventRole
from eventmate.gui.style import Space, muted_colour
from eventmate.gui.style.icons import event_kind_icon

_Index = QModelIndex | QPersistentModelIndex


class RowHeights(NamedTuple):
    """The list's row heights in pixels for one font."""

    #: An event's two lines.
    event: int
    #: The first heading: its label and a little air.
    heading: int
    #: A later heading: the same with a gap above, to set the groups apart.
    later_heading: int


class _Fonts(NamedTuple):
    base: QFont
    title: QFont
    header: QFont
    heights: RowHeights


class EventDelegate(QStyledItemDelegate):
    """Two lines per event (title; when · where · kind); headings small and muted.

    A heading is a compact row sized to its label (later ones with a gap above); the page
    gives the rows these heights (:meth:`heights`), so the view never asks every row its size.
    """

    PAD = 8
    #: Air above a heading's label, and less below it: the label belongs to the rows under it.
    HEADING_ABOVE = Space.S
    HEADING_BELOW = Space.XS
    #: The gap above a later heading ("Past"), setting it apart from the events before it.
    GAP = Space.M

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Fonts and heights per base font: sizeHint runs for every row on each layout, and
        # building fonts there thousands of times is slow (and has tripped PySide refcounts).
        self._cache: dict[str, _Fonts] = {}

    def heights(self, font: QFont) -> RowHeights:
        """The rows' heights when the list is drawn in ``font``."""
        return self._fonts_for(font).heights

    def _fonts(self, option: QStyleOptionViewItem) -> _Fonts:
        return self._fonts_for(option.font)

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        base = QFont(font)
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        header = QFont(base)
        header.setWeight(QFont.Weight.DemiBold)
        header.setPointSizeF(base.pointSizeF() * 0.92)
        header.setCapitalization(QFont.Capitalization.AllUppercase)
        header.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        row_height = QFontMetrics(title).height() + QFontMetrics(base).height() + 3 * self.PAD
        heading = QFontMetrics(header).height() + self.HEADING_ABOVE + self.HEADING_BELOW
        cached = _Fonts(base, title, header, RowHeights(row_height, heading, heading + self.GAP))
        self._cache[key] = cached
        return cached

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        heights = self._fonts(option).heights
        if not index.data(EventRole.HEADING):
            return QSize(200, heights.event)
        return QSize(200, heights.later_heading if index.row() > 0 else heights.heading)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        base, title_font, header_font, heights = self._fonts(option)
        rect = QRect(option.rect)
        palette: QPalette = option.palette
        painter.save()
        if index.data(EventRole.HEADING):
            # The label fills the row's last line; a later heading has its gap above it.
            label = QRect(rect)
            label.setTop(rect.bottom() + 1 - heights.heading)
            # Left-aligned with the events' icons.
            label = label.adjusted(self.PAD + 4, self.HEADING_ABOVE, -self.PAD, -self.HEADING_BELOW)
            painter.setFont(header_font)
            painter.setPen(muted_colour(palette))
            painter.drawText(
                label,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QFontMetrics(header_font).elidedText(
                    str(index.data()), Qt.TextElideMode.ElideRight, label.width()
                ),
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
        row = index.data(EventRole.ROW)
        if row is not None:
            # The kind of event as a quiet icon beside the two lines.
            side = title_height + QFontMetrics(base).height() // 2
            icon_rect = QRect(inner.left(), inner.top() + (inner.height() - side) // 2, side, side)
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            event_kind_icon(row.kind.value).paint(painter, icon_rect, mode=mode)
            inner.setLeft(inner.left() + side + self.PAD + 4)
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
