"""One chart with its title and reading, a table view for screen readers, and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.insights.chart_widget import ChartWidget
from eventmate.gui.insights.charts import Chart
from eventmate.gui.insights.export import ExportError, save_chart
from eventmate.gui.insights.look import look_for
from eventmate.gui.insights.specs import table_of
from eventmate.gui.style import body, heading, muted


class ChartCard(QFrame):
    """A chart (or the same numbers as a table), its one-line reading, and "Export…"."""

    exported = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.chart: Chart | None = None
        self.file_stem = f"eventmate-{key}"
        self.setObjectName(f"chartCard-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.title = heading("", scale=1.1)
        self.reading = body("")
        self.reading.setObjectName("chartReading")
        self.chart_view = ChartWidget()
        self.chart_view.setObjectName(f"chart-{key}")
        self.table = QTableWidget()
        self.table.setObjectName(f"chartTable-{key}")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Named before the first chart arrives, then by the chart's title.
        self.chart_view.setAccessibleName(self.tr("Chart"))
        self.table.setAccessibleName(self.tr("Chart, as a table"))
        self.views = QStackedWidget()
        self.views.addWidget(self.chart_view)
        self.views.addWidget(self.table)
        self.table_button = QPushButton(self.tr("Show as table"))
        self.table_button.setObjectName("tableButton")
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self.show_table)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Save this chart as a PNG or SVG picture"))
        self.export_button.clicked.connect(lambda: self.export())
        self.status = muted("")
        self.status.setObjectName("exportStatus")
        self.status.hide()
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.table_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addWidget(self.reading)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.status)

    def show_chart(self, chart: Chart) -> None:
        """Show ``chart`` (and its numbers in the table)."""
        self.chart = chart
        self.title.setText(chart.title)
        self.title.setAccessibleName(chart.title)
        self.reading.setText(chart.reading)
        self.reading.setAccessibleName(chart.reading)
        self.chart_view.show_chart(chart)
        self.table_button.setAccessibleName(
            self.tr("Show “%1” as a table").replace("%1", chart.title)
        )
        self.export_button.setAccessibleName(self.tr("Export “%1”").replace("%1", chart.title))
        self.table.setAccessibleName(self.tr("%1, as a table").replace("%1", chart.title))
        self.table.setAccessibleDescription(chart.reading)
        table = table_of(chart.spec, chart.corner, self.tr("Reflections"))
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        self.table.setRowCount(len(table.rows))
        self.table.setHorizontalHeaderLabels(list(table.headers))
        numbers = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, cells in enumerate(table.rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(numbers)
                self.table.setItem(r, c, item)

    def show_waiting(self, title: str, text: str) -> None:
        """Show ``title`` and ``text`` (e.g. "Reading…") until the chart arrives."""
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.reading.setText(text)
        self.reading.setAccessibleName(text)

    def show_table(self, on: bool) -> None:
        """Show the numbers as a table (``on``) or as the chart."""
        if self.table_button.isChecked() != on:
            self.table_button.setChecked(on)  # comes back here through toggled
            return
        self.views.setCurrentWidget(self.table if on else self.chart_view)
        self.table_button.setText(self.tr("Show as chart") if on else self.tr("Show as table"))

    def export(self, path: Path | None = None) -> Path | None:
        """Save the chart as PNG or SVG (by suffix; asks where unless ``path`` is given)."""
        if self.chart is None:
            return None
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.PicturesLocation
            )
            svg = self.tr("SVG drawing (*.svg)")
            chosen, kind = QFileDialog.getSaveFileName(
                self,
                self.tr("Export chart"),
                str(Path(folder) / f"{self.file_stem}.png"),
                f"{self.tr('PNG image (*.png)')};;{svg}",
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".svg" if kind == svg else ".png")
        try:
            saved = save_chart(self.chart, look_for(self.palette()), path, self.font())
        except (ExportError, OSError) as error:
            self._say(self.tr("Could not save: %1").replace("%1", str(error)))
            return None
        self._say(self.tr("Saved to %1").replace("%1", str(saved)))
        self.exported.emit(str(saved))
        return saved

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()
