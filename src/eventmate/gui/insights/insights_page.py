"""The Insights section: how I have shown up over a period, six charts with their readings.

The page reads the all-time tallies on a worker thread (the UI stays responsive) and keeps
them; choosing another period slices them in memory and redraws, without reading again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import jobs
from eventmate.gui.insights import words
from eventmate.gui.insights.chart_card import ChartCard
from eventmate.gui.insights.charts import build_charts
from eventmate.gui.style import heading, muted
from eventmate.services.changes import Changes, Kind
from eventmate.services.insights.periods import Period

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.insights.history import History
    from eventmate.services.insights.series import Insights

#: The cards, in reading order (keys of ``gui.insights.charts.build_charts``).
CARD_KEYS = ("people-met", "promises-made", "promises-to-me", "intentions", "energy", "giving")
#: Below this width the cards stack in one column.
TWO_COLUMNS_FROM = 980


class _FirstPart(QObject):
    """Carries the first part of a read from the worker to the page (a queued signal)."""

    arrived = Signal(object)


class InsightsPage(QWidget):
    """Period chooser on top, then the charts; every chart also reads as a table."""

    #: Emitted each time charts are shown (after a read or a change of period).
    shown = Signal()
    #: Emitted when the first chart is drawn on the first visit, before the others are read.
    first_shown = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("insightsPage")
        self.setAccessibleName(self.tr("Insights"))
        self.history: History | None = None
        self.insights: Insights | None = None
        self._job: jobs.Job | None = None
        self._reload = False
        self._first_period = Period.SEASON
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Insights"), scale=1.5))
        top.addStretch(1)
        self.tables = QCheckBox(self.tr("Show &tables instead of charts"))
        self.tables.setObjectName("tablesCheck")
        self.tables.setAccessibleName(self.tr("Show tables instead of charts"))
        self.tables.toggled.connect(self._on_tables_toggled)
        top.addWidget(self.tables)
        label = QLabel(self.tr("&Period:"))
        self.period = QComboBox()
        self.period.setObjectName("periodChooser")
        self.period.setAccessibleName(self.tr("Period"))
        for period in Period:
            self.period.addItem(words.period_label(period), period.value)
        label.setBuddy(self.period)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        top.addWidget(label)
        top.addWidget(self.period)
        outer.addLayout(top)
        self.note = muted(
            self.tr(
                "How you have shown up, to look back on — not a score. A season runs from "
                "September to August."
            )
        )
        self.note.setObjectName("insightsNote")
        outer.addWidget(self.note)
        self.status = muted("")
        self.status.setObjectName("insightsStatus")
        outer.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Charts"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self._grid = QGridLayout(content)
        self._grid.setContentsMargins(0, 8, 0, 8)
        self._grid.setSpacing(16)
        self.cards = {key: ChartCard(key) for key in CARD_KEYS}
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self._columns = 0
        self._lay_out(2)

    @property
    def current_period(self) -> Period:
        """The period chosen."""
        return Period(str(self.period.currentData()))

    def choose_period(self, period: Period) -> None:
        """Show ``period`` (as choosing it in the chooser does)."""
        self.period.setCurrentIndex(list(Period).index(period))

    def refresh(self) -> None:
        """Read the tallies again on a worker; the charts on screen stay until they arrive."""
        if self._job is not None:
            self._reload = True
            return
        if self.history is None:
            self.status.setText(self.tr("Reading…"))
        insights = self._services.insights
        first = _FirstPart(self)
        first.arrived.connect(self._on_first_part)
        period = self._first_period = self.current_period
        job = jobs.Job(lambda _control: insights.history(first.arrived.emit, period))
        job.signals.succeeded.connect(self._on_history_read)
        job.signals.failed.connect(self._on_history_failed)
        job.signals.ended.connect(self._on_job_ended)
        self._job = jobs.start(job)

    def _on_first_part(self, history: History) -> None:
        if self.history is not None or self.current_period is not self._first_period:
            # Charts are on screen already, or another period was chosen meanwhile (the
            # first part covers only the one asked for): wait for everything.
            return
        insights = self._services.insights.insights(self.current_period, history)
        for chart in build_charts(insights):
            card = self.cards[chart.key]
            if chart.key == CARD_KEYS[0]:
                card.show_chart(chart)
            else:
                card.show_waiting(chart.title, self.tr("Reading…"))
        self.first_shown.emit()

    def on_changes(self, changes: Changes) -> None:
        """Read again (in the background) when anything the charts count changed."""
        if changes.touches(
            Kind.PERSON,
            Kind.EVENT,
            Kind.CAPTURE,
            Kind.FOLLOW_UP,
            Kind.INTENTION,
            Kind.REFLECTION,
            Kind.EXCHANGE,
        ):
            self.refresh()

    def _on_history_read(self, history: History) -> None:
        self.history = history
        self.status.setText("")
        self._show()

    def _on_history_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not read your insights: %1").replace("%1", message))

    def _on_job_ended(self) -> None:
        self._job = None
        if self._reload:
            self._reload = False
            self.refresh()

    def _on_period_changed(self, _index: int) -> None:
        if self.history is not None:
            self._show()

    def _show(self) -> None:
        assert self.history is not None
        self.insights = self._services.insights.insights(self.current_period, self.history)
        period = self.current_period.value
        for chart in build_charts(self.insights):
            card = self.cards[chart.key]
            card.file_stem = f"eventmate-{chart.key}-{period}"
            card.show_chart(chart)
        self.shown.emit()

    def _on_tables_toggled(self, on: bool) -> None:
        for card in self.cards.values():
            card.show_table(on)

    def _lay_out(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for index, key in enumerate(CARD_KEYS):
            self._grid.addWidget(self.cards[key], index // columns, index % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        # Tab goes through the cards in reading order, whatever the columns.
        previous: QWidget = self.period
        for key in CARD_KEYS:
            card = self.cards[key]
            for widget in (card.table_button, card.export_button, card.chart_view, card.table):
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns of cards on a wide window, one on a narrow one."""
        super().resizeEvent(event)
        self._lay_out(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)
