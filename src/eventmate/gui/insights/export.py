"""Saving a chart as a PNG or an SVG picture, with its title and reading above it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from eventmate.gui.insights.charts import Chart
from eventmate.gui.insights.look import ChartLook
from eventmate.gui.insights.painter import paint_with_title

#: Size of an exported picture, in points (a PNG is drawn at twice this many pixels).
EXPORT_SIZE = QSize(960, 540)
#: Pixels per point in a PNG: sharp on high-density screens and in print.
PNG_SCALE = 2


class ExportError(OSError):
    """The picture could not be written; the message says where and why."""


def save_chart(chart: Chart, look: ChartLook, path: Path, font: QFont) -> Path:
    """Write ``chart`` to ``path`` as SVG if it ends in .svg, else as PNG; returns the path."""
    if path.suffix.lower() == ".svg":
        return _save_svg(chart, look, path, font)
    return _save_png(chart, look, path if path.suffix else path.with_suffix(".png"), font)


def _save_png(chart: Chart, look: ChartLook, path: Path, font: QFont) -> Path:
    image = QImage(EXPORT_SIZE * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(PNG_SCALE * 96 / 0.0254))
    image.setDotsPerMeterY(round(PNG_SCALE * 96 / 0.0254))
    image.fill(look.background)
    painter = QPainter(image)
    painter.setFont(font)
    painter.scale(PNG_SCALE, PNG_SCALE)
    paint_with_title(
        painter,
        QRectF(0, 0, EXPORT_SIZE.width(), EXPORT_SIZE.height()),
        chart.title,
        chart.reading,
        chart.spec,
        look,
    )
    painter.end()
    if not image.save(str(path), format="PNG"):  # type: ignore[call-overload]
        raise ExportError(f"could not write {path}")
    return path


def _save_svg(chart: Chart, look: ChartLook, path: Path, font: QFont) -> Path:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(EXPORT_SIZE)
    generator.setViewBox(QRectF(0, 0, EXPORT_SIZE.width(), EXPORT_SIZE.height()))
    generator.setTitle(chart.title)
    generator.setDescription(chart.reading)
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(f"could not write {path}")
    painter.setFont(font)
    paint_with_title(
        painter,
        QRectF(0, 0, EXPORT_SIZE.width(), EXPORT_SIZE.height()),
        chart.title,
        chart.reading,
        chart.spec,
        look,
    )
    painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise ExportError(f"could not write {path}")
    return path
