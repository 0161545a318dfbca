"""The flow layout: one row while its items fit, more rows (never wider) when they do not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from eventmate.gui.style.flow import FlowLayout


@pytest.fixture
def row(qtbot: QtBot) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, across=8, down=4)
    buttons = [QPushButton(f"Choice number {i}") for i in range(5)]
    for button in buttons:
        flow.addWidget(button)
    return holder, buttons


def _rows(buttons: list[QPushButton]) -> int:
    return len({button.y() for button in buttons})


def test_wide_enough_it_is_one_row(row: tuple[QWidget, list[QPushButton]]) -> None:
    holder, buttons = row
    layout = holder.layout()
    assert isinstance(layout, FlowLayout)
    holder.resize(layout.sizeHint().width(), layout.heightForWidth(layout.sizeHint().width()))
    holder.show()
    layout.activate()
    assert _rows(buttons) == 1
    assert [b.x() for b in buttons] == sorted(b.x() for b in buttons)


def test_narrow_it_wraps_and_is_never_wider_than_its_widest_item(
    row: tuple[QWidget, list[QPushButton]],
) -> None:
    holder, buttons = row
    layout = holder.layout()
    assert isinstance(layout, FlowLayout)
    widest = max(b.sizeHint().width() for b in buttons)
    assert layout.minimumSize().width() == widest
    one_row = layout.heightForWidth(layout.sizeHint().width())
    two_per_row = 2 * widest + 8
    assert layout.heightForWidth(two_per_row) > one_row
    holder.resize(two_per_row, layout.heightForWidth(two_per_row))
    holder.show()
    layout.activate()
    assert _rows(buttons) == 3
    assert all(b.geometry().right() < two_per_row for b in buttons)


def test_a_hidden_item_takes_no_room(row: tuple[QWidget, list[QPushButton]]) -> None:
    holder, buttons = row
    layout = holder.layout()
    assert isinstance(layout, FlowLayout)
    full = layout.sizeHint().width()
    holder.show()
    buttons[2].hide()
    assert layout.sizeHint().width() == full - buttons[2].sizeHint().width() - 8
