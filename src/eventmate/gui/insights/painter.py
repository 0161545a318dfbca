"""Drawing a chart spec with QPainter: on screen, into a PNG or an SVG, in any look.

Plain shapes and text only (no plotting library): a legend in stacking order, calm gridlines,
bars with a gap of background between parts so neighbouring colours stay apart.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from eventmate.gui.insights.look import ChartLook, Tone
from eventmate.gui.insights.specs import BarSpec, ChartSpec, Layout, RangeSpec

#: Space between parts of the drawing, in pixels at the font's size.
PAD = 8.0
_SWATCH = 10.0


def nice_top(value: float) -> tuple[float, float]:
    """A round top for an axis reaching ``value``, and its gridline step (1, 2 or 5 × 10ⁿ)."""
    if value <= 0:
        return 1.0, 1.0
    rough = value / 4
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    step = max(step, 1.0)
    return math.ceil(value / step) * step, step


def paint_chart(painter: QPainter, rect: QRectF, spec: ChartSpec, look: ChartLook) -> None:
    """Draw ``spec`` inside ``rect`` (the background is the caller's)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if isinstance(spec, BarSpec):
        area = _legend(painter, rect, [(s.name, s.colour(look)) for s in spec.series], look)
        if spec.is_empty:
            _empty(painter, area, spec.empty_text, look)
        elif spec.layout is Layout.STACKED_ROWS:
            _rows(painter, area, spec, look)
        else:
            _columns(painter, area, spec, look)
    else:
        entries = [
            (spec.before_name, look.tone(Tone.NEUTRAL)),
            (spec.more_name or spec.after_name, look.tone(Tone.UP)),
            (spec.less_name or spec.after_name, look.tone(Tone.DOWN)),
        ]
        area = _legend(painter, rect, entries, look)
        if spec.is_empty:
            _empty(painter, area, spec.empty_text, look)
        else:
            _ranges(painter, area, spec, look)
    painter.restore()


def _legend(
    painter: QPainter, rect: QRectF, entries: list[tuple[str, QColor]], look: ChartLook
) -> QRectF:
    """Draw the legend along the top (wrapping); return the space left below it."""
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    x, y = rect.left(), rect.top()
    for name, colour in entries:
        width = _SWATCH + 6 + metrics.horizontalAdvance(name) + 18
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + line + 4
        painter.fillRect(QRectF(x, y + (line - _SWATCH) / 2, _SWATCH, _SWATCH), colour)
        painter.setPen(look.text)
        painter.drawText(QPointF(x + _SWATCH + 6, y + metrics.ascent()), name)
        x += width
    top = y + line + PAD * 1.5
    return QRectF(rect.left(), top, rect.width(), max(rect.bottom() - top, 10.0))


def _empty(painter: QPainter, area: QRectF, text: str, look: ChartLook) -> None:
    painter.setPen(look.muted)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)


def _axis_labels(top: float, step: float) -> list[tuple[float, str]]:
    count = round(top / step)
    return [(i * step, f"{i * step:g}") for i in range(count + 1)]


def _columns(painter: QPainter, area: QRectF, spec: BarSpec, look: ChartLook) -> None:
    metrics = QFontMetricsF(painter.font())
    totals = spec.totals()
    if spec.layout is Layout.GROUPED_COLUMNS:
        highest = max((max(s.values, default=0) for s in spec.series), default=0)
    else:
        highest = max(totals, default=0)
    top, step = nice_top(highest)
    labels = _axis_labels(top, step)
    left = area.left() + max(metrics.horizontalAdvance(text) for _v, text in labels) + PAD
    bottom = area.bottom() - metrics.height() - PAD / 2
    plot = QRectF(left, area.top(), max(area.right() - left, 10.0), max(bottom - area.top(), 10.0))
    for value, text in labels:
        y = plot.bottom() - value / top * plot.height()
        painter.setPen(QPen(look.grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(look.muted)
        width = metrics.horizontalAdvance(text)
        painter.drawText(QPointF(plot.left() - PAD / 2 - width, y + metrics.ascent() / 2.5), text)
    count = max(len(spec.categories), 1)
    slot = plot.width() / count
    every = max(
        1,
        math.ceil(
            max((metrics.horizontalAdvance(c) + PAD for c in spec.categories), default=1) / slot
        ),
    )
    for i, category in enumerate(spec.categories):
        x0 = plot.left() + i * slot
        if spec.layout is Layout.GROUPED_COLUMNS:
            width = slot * 0.8 / max(len(spec.series), 1)
            for j, series in enumerate(spec.series):
                height = series.values[i] / top * plot.height()
                bar = QRectF(x0 + slot * 0.1 + j * width, plot.bottom() - height, width - 1, height)
                painter.fillRect(bar, series.colour(look))
        else:
            width = min(slot * 0.62, 56.0)
            y = plot.bottom()
            for series in spec.series:
                height = series.values[i] / top * plot.height()
                if height <= 0:
                    continue
                bar = QRectF(x0 + (slot - width) / 2, y - height, width, height)
                painter.fillRect(bar, series.colour(look))
                if height > 2:
                    painter.setPen(QPen(look.background, 1))
                    painter.drawLine(bar.topLeft(), bar.topRight())
                y -= height
        if i % every == 0:
            painter.setPen(look.muted)
            text_width = metrics.horizontalAdvance(category)
            painter.drawText(
                QPointF(x0 + (slot - text_width) / 2, plot.bottom() + PAD / 2 + metrics.ascent()),
                category,
            )
    painter.setPen(QPen(look.muted, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())


def _rows(painter: QPainter, area: QRectF, spec: BarSpec, look: ChartLook) -> None:
    metrics = QFontMetricsF(painter.font())
    totals = spec.totals()
    top, _step = nice_top(max(totals, default=0))
    label_width = max((metrics.horizontalAdvance(c) for c in spec.categories), default=0) + PAD
    number_width = metrics.horizontalAdvance("0000") + PAD
    plot = QRectF(
        area.left() + label_width,
        area.top(),
        max(area.width() - label_width - number_width, 10.0),
        area.height(),
    )
    count = max(len(spec.categories), 1)
    slot = plot.height() / count
    height = min(slot * 0.6, 34.0)
    for i, category in enumerate(spec.categories):
        y = plot.top() + i * slot + (slot - height) / 2
        painter.setPen(look.text)
        painter.drawText(QPointF(area.left(), y + height / 2 + metrics.ascent() / 2.5), category)
        x = plot.left()
        for series in spec.series:
            width = series.values[i] / top * plot.width()
            if width <= 0:
                continue
            part = QRectF(x, y, width, height)
            painter.fillRect(part, series.colour(look))
            if width > 2:
                painter.setPen(QPen(look.background, 1))
                painter.drawLine(part.topRight(), part.bottomRight())
            x += width
        painter.setPen(look.muted)
        painter.drawText(
            QPointF(x + PAD / 2, y + height / 2 + metrics.ascent() / 2.5), f"{totals[i]:g}"
        )


def _ranges(painter: QPainter, area: QRectF, spec: RangeSpec, look: ChartLook) -> None:
    metrics = QFontMetricsF(painter.font())
    label_width = max(metrics.horizontalAdvance(row.label) for row in spec.rows) + PAD * 2
    note_width = metrics.horizontalAdvance("0.0 → 0.0") + PAD * 2
    bottom = area.bottom() - metrics.height() - PAD / 2
    plot = QRectF(
        area.left() + label_width,
        area.top(),
        max(area.width() - label_width - note_width, 10.0),
        max(bottom - area.top(), 10.0),
    )
    span = spec.high - spec.low

    def x_of(value: float) -> float:
        return plot.left() + (value - spec.low) / span * plot.width()

    for value in range(spec.low, spec.high + 1):
        x = x_of(value)
        painter.setPen(QPen(look.grid, 1))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(look.muted)
        text = str(value)
        painter.drawText(
            QPointF(
                x - metrics.horizontalAdvance(text) / 2, plot.bottom() + PAD / 2 + metrics.ascent()
            ),
            text,
        )
    slot = plot.height() / len(spec.rows)
    radius = 5.0
    for i, row in enumerate(spec.rows):
        y = plot.top() + (i + 0.5) * slot
        painter.setPen(look.text)
        painter.drawText(QPointF(area.left(), y + metrics.ascent() / 2.5), row.label)
        change = row.after - row.before
        tone = Tone.UP if change >= 0.25 else Tone.DOWN if change <= -0.25 else Tone.NEUTRAL
        colour = look.tone(tone)
        start, end = QPointF(x_of(row.before), y), QPointF(x_of(row.after), y)
        painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(start, end)
        if abs(end.x() - start.x()) > radius * 2.5:
            _arrow_head(painter, start, end, colour)
        painter.setPen(QPen(look.background, 1.5))
        painter.setBrush(QBrush(look.tone(Tone.NEUTRAL)))
        painter.drawEllipse(start, radius, radius)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(end, radius + 1, radius + 1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(look.muted)
        painter.drawText(
            QPointF(plot.right() + PAD, y + metrics.ascent() / 2.5),
            f"{row.before:.1f} → {row.after:.1f}",
        )


def _arrow_head(painter: QPainter, start: QPointF, end: QPointF, colour: QColor) -> None:
    direction = 1.0 if end.x() >= start.x() else -1.0
    tip = QPointF(end.x() - direction * 7, end.y())
    path = QPainterPath(tip)
    path.lineTo(tip.x() - direction * 8, tip.y() - 5)
    path.lineTo(tip.x() - direction * 8, tip.y() + 5)
    path.closeSubpath()
    painter.fillPath(path, colour)


def paint_with_title(
    painter: QPainter,
    rect: QRectF,
    title: str,
    reading: str,
    spec: ChartSpec,
    look: ChartLook,
) -> None:
    """Background, title and reading above the chart: what an exported image holds."""
    painter.fillRect(rect, look.background)
    inner = rect.adjusted(PAD * 2, PAD * 2, -PAD * 2, -PAD * 2)
    font = QFont(painter.font())
    bold = QFont(font)
    bold.setPointSizeF(font.pointSizeF() * 1.25)
    bold.setWeight(QFont.Weight.DemiBold)
    painter.setFont(bold)
    painter.setPen(look.text)
    title_height = QFontMetricsF(bold).height()
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_height), title)
    painter.setFont(font)
    painter.setPen(look.muted)
    flags = int(Qt.TextFlag.TextWordWrap)
    reading_rect = painter.boundingRect(
        QRectF(inner.left(), inner.top() + title_height + 4, inner.width(), 1000), flags, reading
    )
    painter.drawText(reading_rect, flags, reading)
    chart = QRectF(inner.left(), reading_rect.bottom() + PAD * 2, inner.width(), 0)
    chart.setBottom(inner.bottom())
    paint_chart(painter, chart, spec, look)
