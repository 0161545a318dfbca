"""List rows with room to breathe: a title, a muted line under it, and an optional excerpt.

A row's title is its display text; :data:`META_ROLE` and :data:`BODY_ROLE` add the lines under
it. Rows made with a plain "title\\nmore" text are drawn the same way (the first line is the
title), so a list of such rows only needs the delegate.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from eventmate.gui.style.text import styled_font
from eventmate.gui.style.tokens import Space, TextStyle

#: The muted line under a row's title (date, who, status).
META_ROLE = Qt.ItemDataRole.UserRole + 40
#: The excerpt under that (wrapped, at most :data:`BODY_LINES` lines).
BODY_ROLE = Qt.ItemDataRole.UserRole + 41
#: Lines of excerpt shown at most.
BODY_LINES = 2

_Index = QModelIndex | QPersistentModelIndex


def _parts(index: _Index) -> tuple[str, str, str]:
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    meta = index.data(META_ROLE)
    body = index.data(BODY_ROLE)
    if meta is None and body is None and "\n" in text:
        title, _, rest = text.partition("\n")
        return title, " ".join(rest.split("\n")), ""
    return text, str(meta or ""), str(body or "")


def wrapped(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` broken into at most ``most`` lines of ``width`` pixels (the last elided)."""
    if not text:
        return []
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == most - 1:
            rest = " ".join(text[start:].split())
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + length].strip())
    layout.endLayout()
    return lines


def _body_gap(rows: list[tuple[str, TextStyle, bool]]) -> int:
    """The room between a row's heading lines and its excerpt (none without an excerpt)."""
    has_body = any(style is TextStyle.BODY for _text, style, _muted in rows[1:])
    return Space.XS if has_body else 0


class CardRowDelegate(QStyledItemDelegate):
    """Paints a title (strong), a muted line and a wrapped excerpt, with padding."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        # Rows are as wide as the list shows: measured again when it is resized (titles elide,
        # excerpts wrap), so a narrow window never needs a sideways scroll bar.
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        view = self.parent()
        if width <= 0 and isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        return max(width - 2 * Space.M, 60)

    def _layout(
        self, option: QStyleOptionViewItem, index: _Index
    ) -> list[tuple[str, TextStyle, bool]]:
        title, meta, body = _parts(index)
        width = self._width(option)
        rows: list[tuple[str, TextStyle, bool]] = []
        strong = QFontMetrics(styled_font(TextStyle.STRONG, option.font))
        rows.append(
            (strong.elidedText(title, Qt.TextElideMode.ElideRight, width), TextStyle.STRONG, False)
        )
        caption = QFontMetrics(styled_font(TextStyle.CAPTION, option.font))
        if meta:
            rows.append(
                (
                    caption.elidedText(meta, Qt.TextElideMode.ElideRight, width),
                    TextStyle.CAPTION,
                    True,
                )
            )
        for line in wrapped(body, option.font, width, BODY_LINES):
            rows.append((line, TextStyle.BODY, False))
        return rows

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Padding, then each line at its own height."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rows = self._layout(opt, index)
        height = 2 * Space.S + sum(
            QFontMetrics(styled_font(style, opt.font)).lineSpacing() for _text, style, _m in rows
        )
        return QSize(self._width(opt), height + Space.XXS * 2 + _body_gap(rows))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The row's background (selection, hover) from the style, then the lines."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rows = self._layout(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted_colour = (
            text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        painter.save()
        top = opt.rect.top() + Space.S + Space.XXS
        left = opt.rect.left() + Space.M
        first_body = next((n for n, row in enumerate(rows) if row[1] is TextStyle.BODY), 0)
        for number, (text, text_style, is_muted) in enumerate(rows):
            if number and number == first_body:
                top += _body_gap(rows)  # the excerpt apart from the title and date above it
            font = styled_font(text_style, opt.font)
            height = QFontMetrics(font).lineSpacing()
            painter.setFont(font)
            painter.setPen(muted_colour if is_muted else text_colour)
            painter.drawText(
                QRect(left, top, self._width(opt), height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            top += height
        painter.restore()
