"""Capture mode's last captures: when in a column of its own, the words wrapping beside it.

A saved line is never cut off at the window's edge: it wraps onto a second line, and only a
very long one ends in "…" there (its whole text is in the tooltip and on the timeline).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eventmate.gui.style.delegates import wrapped
from eventmate.gui.style.tokens import Space

#: Where each row keeps when it was captured ("Just now", "19:42").
WHEN_ROLE = Qt.ItemDataRole.UserRole + 1
#: Lines of a capture's text shown at most.
MAX_LINES = 2
#: Width of the "when" column, in average characters, at least.
WHEN_CHARACTERS = 10

_Index = QModelIndex | QPersistentModelIndex
#: The widest "when" by font and locale (measured once).
_WIDEST: dict[tuple[str, str], int] = {}


class RecentCaptureDelegate(QStyledItemDelegate):
    """Paints "when" muted in its column and the capture's words wrapped beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _columns(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        metrics = QFontMetrics(option.font)
        key = (option.font.key(), QLocale().name())
        if key not in _WIDEST:
            _WIDEST[key] = _widest_when(metrics)
        when = max(metrics.averageCharWidth() * WHEN_CHARACTERS, _WIDEST[key])
        return when, max(option.rect.width() - when - Space.M, 40)

    def _lines(self, text: str, option: QStyleOptionViewItem, width: int) -> list[str]:
        """``text`` broken into at most :data:`MAX_LINES` lines of ``width`` pixels."""
        return wrapped(text, option.font, width, MAX_LINES) or [""]

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """As tall as the capture's wrapped lines (one or two)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        if isinstance(view, QWidget):
            opt.rect = QRect(0, 0, view.width() - 2 * Space.XS, 0)
        _when, width = self._columns(opt)
        lines = self._lines(str(index.data() or ""), opt, width)
        return QSize(width, QFontMetrics(opt.font).lineSpacing() * len(lines) + Space.S)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The time, muted, then the words."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        palette: QPalette = opt.palette
        when_width, width = self._columns(opt)
        metrics = QFontMetrics(opt.font)
        top = opt.rect.top() + Space.XS
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(opt.rect.left(), top, when_width, metrics.lineSpacing()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(WHEN_ROLE) or ""),
        )
        text_role = (
            QPalette.ColorRole.HighlightedText
            if opt.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.WindowText
        )
        painter.setPen(palette.color(text_role))
        left = opt.rect.left() + when_width + Space.M
        for number, line in enumerate(self._lines(str(index.data() or ""), opt, width)):
            painter.drawText(
                QRect(left, top + number * metrics.lineSpacing(), width, metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
        painter.restore()


def _widest_when(metrics: QFontMetrics) -> int:
    """The widest "when" this language writes ("Gerade eben", "Mi. 30 Sept.") in ``metrics``."""
    from datetime import UTC, datetime, timedelta

    from eventmate.gui.capture.preview import relative_time

    now = datetime(2026, 1, 31, 12, tzinfo=UTC)
    moments = [now, now - timedelta(minutes=59), now - timedelta(days=1)]
    moments += [now - timedelta(days=8 + 30 * month) for month in range(12)]
    return max(metrics.horizontalAdvance(relative_time(m, now)) for m in moments)
