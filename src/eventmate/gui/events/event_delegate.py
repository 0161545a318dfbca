"""How the events list paints a row: title, then when · where · kind; headings small and muted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eventmate.gui.events.event_model import EventRole
from eventmate.gui.style import muted_colour
from eventmate.gui.style.icons import event_kind_icon

_Index = QModelIndex | QPersistentModelIndex


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
