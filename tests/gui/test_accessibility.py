"""Every control on every page and dialog has a name a screen reader can say.

The pages are walked in the real main window on the sample data; the dialogs are the ones
`make screenshots` draws (bench/screenshots.py lists every window and dialog of the app).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from eventmate.gui.main_window import MainWindow, Section
from eventmate.services.changes import Kind
from eventmate.services.container import Services

BENCH = Path(__file__).resolve().parents[2] / "bench"

#: Controls that take typed or chosen values: they need a name of their own or a label.
INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def unnamed(root: QWidget) -> list[str]:
    """Every control under ``root`` that keyboard focus reaches and that has no name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or combo box: named with it
        if isinstance(widget, INPUTS):
            named = bool(widget.accessibleName().strip()) or id(widget) in buddies
        elif isinstance(widget, (QAbstractButton, QSlider)) or widget.focusPolicy():
            interface = QAccessible.queryAccessibleInterface(widget)
            said = interface.text(QAccessible.Text.Name) if interface is not None else ""
            named = bool(said.replace("&", "").strip())
        else:
            named = True
        if not named:
            missing.append(
                f"{type(widget).__name__} {widget.objectName() or '(no object name)'} "
                f"in {type(root).__name__}"
            )
    return missing


def test_the_check_finds_an_unnamed_control(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    field = QLineEdit(box)
    named = QLineEdit(box)
    named.setAccessibleName("Title")
    box.show()
    assert unnamed(box) == ["QLineEdit (no object name) in QWidget"]
    field.setAccessibleName("Venue")
    assert unnamed(box) == []


@pytest.fixture
def sample(services: Services) -> Services:
    """The sample data, and two captures made at the gala."""
    sys.path.insert(0, str(BENCH))
    from screenshots import add_captures

    services.sample_data.add()
    add_captures(services)
    return services


def test_every_page_names_its_controls(
    main_window: MainWindow, sample: Services, qtbot: QtBot
) -> None:
    window = main_window
    missing: list[str] = []
    for section in Section:
        window.show_section(section)
        qtbot.wait(1)
        missing += [f"{section.name}: {m}" for m in unnamed(window)]
    anna = next(row.id for row in sample.people.page(0, 50) if row.name == "Anna Schmidt")
    uid = sample.records.uid_of(Kind.PERSON, anna)
    assert uid is not None
    window.open_person(uid)
    qtbot.wait(1)
    missing += [f"person page: {m}" for m in unnamed(window)]
    window.show_section(Section.HOME)
    window.search_bar.field.setText("anna")
    window.search_bar.run_search()
    missing += [f"search: {m}" for m in unnamed(window)]
    assert missing == []


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_every_dialog_names_its_controls(
    main_window: MainWindow, sample: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    from screenshots import scenes

    missing: list[str] = []
    built: list[Any] = []
    for name, build in scenes(main_window, sample, tmp_path).items():
        widget = build()
        qtbot.addWidget(widget)
        built.append(widget)
        widget.show()
        qtbot.wait(1)
        missing += [f"{name}: {m}" for m in unnamed(widget)]
        widget.close()
    assert missing == []
