"""A chart on screen: drawn with QPainter, focusable, named for screen readers by its reading."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from eventmate.gui.insights.charts import Chart
from eventmate.gui.insights.look import look_for
from eventmate.gui.insights.painter import PAD, paint_chart


class ChartWidget(QWidget):
    """Draws one :class:`Chart` in the look of its palette (light, dark or dim)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(200)

    def show_chart(self, chart: Chart) -> None:
        """Draw ``chart`` from now on."""
        self.chart = chart
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(chart.reading)
        self.setToolTip(chart.reading)
        self.update()

    def sizeHint(self) -> QSize:
        """Wide and calm: about the height of a few lines of text per bar row."""
        return QSize(640, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the chart on the palette's base colour."""
        painter = QPainter(self)
        look = look_for(self.palette())
        painter.fillRect(self.rect(), look.background)
        if self.chart is not None:
            area = QRectF(self.rect()).adjusted(PAD * 1.5, PAD * 1.5, -PAD * 1.5, -PAD)
            paint_chart(painter, area, self.chart.spec, look)
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
