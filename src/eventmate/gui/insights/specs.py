"""What a chart shows, independent of how it is drawn: bars or before→after ranges, and a table.

A spec is built once from the service's series and the translated words; the painter draws it
on screen, into a PNG or into an SVG, and the table view shows the same numbers as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QColor

from eventmate.gui.insights.look import ChartLook, Tone


class Layout(Enum):
    """How bars are laid out."""

    STACKED_COLUMNS = "stacked columns"  # over time
    GROUPED_COLUMNS = "grouped columns"  # side by side over time
    STACKED_ROWS = "stacked rows"  # one row per category


@dataclass(frozen=True, slots=True)
class Series:
    """One coloured part of every bar: its name, its colour (tone or category) and values."""

    name: str
    values: tuple[float, ...]
    tone: Tone | None = None
    category: int = 0

    def colour(self, look: ChartLook) -> QColor:
        """This series' colour in ``look``."""
        return look.tone(self.tone) if self.tone is not None else look.category(self.category)


@dataclass(frozen=True, slots=True)
class BarSpec:
    """Bars over ``categories`` (months, seasons or kinds), one part per series."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    layout: Layout
    #: Shown when every value is zero.
    empty_text: str

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to draw."""
        return not any(value for series in self.series for value in series.values)

    def totals(self) -> list[float]:
        """Each category's total over all series."""
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]


@dataclass(frozen=True, slots=True)
class RangeRow:
    """One kind of event: average energy before and after, and how many reflections."""

    label: str
    before: float
    after: float
    count: int


@dataclass(frozen=True, slots=True)
class RangeSpec:
    """Before → after on a 1–5 scale, one row per kind of event."""

    rows: tuple[RangeRow, ...]
    before_name: str
    after_name: str
    empty_text: str
    #: Legend words for an "after" that gives energy, and one that costs some.
    more_name: str = ""
    less_name: str = ""
    low: int = 1
    high: int = 5

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to draw."""
        return not self.rows


ChartSpec = BarSpec | RangeSpec


@dataclass(frozen=True, slots=True)
class Table:
    """A chart as a table: column headers and rows of text, for screen readers and copying."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _number(value: float) -> str:
    return f"{value:.1f}" if value != int(value) else str(int(value))


def table_of(spec: ChartSpec, corner: str, count_header: str = "") -> Table:
    """``spec`` as a table; ``corner`` heads the first column (e.g. "Month")."""
    if isinstance(spec, BarSpec):
        headers = (corner, *(series.name for series in spec.series))
        rows = tuple(
            (category, *(_number(series.values[i]) for series in spec.series))
            for i, category in enumerate(spec.categories)
        )
        return Table(headers, rows)
    return Table(
        (corner, spec.before_name, spec.after_name, count_header),
        tuple(
            (row.label, f"{row.before:.1f}", f"{row.after:.1f}", str(row.count))
            for row in spec.rows
        ),
    )
