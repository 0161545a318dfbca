"""PySide6 6.12 on CPython 3.11 drops references to None; the guard keeps the app alive."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import eventmate.gui  # noqa: F401 - installs the guard


def test_many_void_qt_calls_do_not_free_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    # Without the guard, CPython 3.11 aborts ("none_dealloc") long before this loop ends.
    for _ in range(20_000):
        label.setText("x")
    assert sys.getrefcount(None) > 1_000_000


def test_many_signal_emits_do_not_free_true(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        happened = Signal()

    emitter = Emitter()
    emitter.happened.connect(lambda: None)
    # Each emit drops a reference to True: without the guard, 3.11 aborts ("bool_dealloc").
    for _ in range(20_000):
        emitter.happened.emit()
    assert sys.getrefcount(True) > 1_000_000
    assert sys.getrefcount(False) > 1_000_000
