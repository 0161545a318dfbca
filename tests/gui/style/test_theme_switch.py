"""Switching light ↔ dark while the app runs repaints everything: sidebar, Home, icons, dialogs.

Before the design system the sidebar stayed white in dark (it had a style sheet of its own),
and Home's "Recently met" names stayed near-black on dark until a restart (their palette was
set once, by hand). Colours are read back from the pixels drawn.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.style.palettes import DARK, LIGHT, Palette
from eventmate.gui.style.theme import ThemeChoice
from eventmate.services.container import Services


def near(colour: QColor, expected: str, slack: int = 3) -> bool:
    """Whether ``colour`` is ``expected`` give or take a little rounding."""
    want = QColor(expected)
    return all(
        abs(a - b) <= slack
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (want.red(), want.green(), want.blue()),
            strict=True,
        )
    )


def ink(widget: QWidget, behind: str) -> list[int]:
    """Lightness of every pixel of ``widget`` unlike its background: its text (or icon).

    The picture is laid on ``behind`` first: a flat button draws no background of its own.
    """
    picture = widget.grab()
    image = QImage(picture.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(behind))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, picture)
    painter.end()
    back = QColor(behind).lightness()
    found = []
    for y in range(image.height()):
        for x in range(image.width()):
            lightness = image.pixelColor(x, y).lightness()
            if abs(lightness - back) > 60:
                found.append(lightness)
    return found


def ink_of(image: QImage, behind: str) -> list[int]:
    """Lightness of the pixels of ``image`` unlike ``behind``."""
    back = QColor(behind).lightness()
    return [
        image.pixelColor(x, y).lightness()
        for y in range(image.height())
        for x in range(image.width())
        if abs(image.pixelColor(x, y).lightness() - back) > 60
    ]


def recently_met(window: MainWindow) -> QPushButton | None:
    """Anna's line under "Recently met" on Home (None until Home shows it)."""
    home = window.page(Section.HOME)
    return next(
        (
            button
            for button in home.findChildren(QPushButton)
            if button.text().startswith("Anna Schmidt") and button.isVisible()
        ),
        None,
    )


def check_look(window: MainWindow, look: Palette) -> None:
    sidebar = window.sidebar.grab().toImage()
    bottom = QPoint(sidebar.width() // 2, sidebar.height() - 10)
    assert near(sidebar.pixelColor(bottom), look.sidebar), look.name
    home = window.page(Section.HOME).grab().toImage()
    # Bottom left: Home's column is centred, and a scroll bar may take the right edge.
    assert near(home.pixelColor(5, home.height() - 5), look.window), look.name
    name = recently_met(window)
    assert name is not None
    text = ink(name, look.window)
    assert text, "the name is drawn"
    # The strongest ink of the name: light on dark, dark on light (not near-black on dark).
    if look.dark:
        assert max(text) > 170, "names are light on dark"
    else:
        assert min(text) < 90, "names are dark on light"
    # Section icons are drawn in the text colour of the look in force.
    row = window.sidebar.visualItemRect(window.sidebar.item(Section.PEOPLE))
    icon_ink = ink_of(window.sidebar.viewport().grab(row).toImage(), look.sidebar)
    assert icon_ink
    assert (max(icon_ink) > 170) if look.dark else (min(icon_ink) < 90), look.name


def test_switching_theme_repaints_sidebar_home_and_icons(
    main_window: MainWindow, services: Services, qtbot: QtBot, apply_look: Any
) -> None:
    services.sample_data.add()
    window = main_window
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: recently_met(window) is not None, timeout=5000)
    for choice, look in (
        (ThemeChoice.LIGHT, LIGHT),
        (ThemeChoice.DARK, DARK),
        (ThemeChoice.LIGHT, LIGHT),
        (ThemeChoice.DARK, DARK),
    ):
        apply_look(choice)
        check_look(window, look)


def test_preferences_switch_the_whole_app_at_once(
    main_window: MainWindow, qtbot: QtBot, apply_look: Any
) -> None:
    from eventmate.gui.preferences_dialog import PreferencesDialog

    apply_look(ThemeChoice.LIGHT)
    dialog = PreferencesDialog(main_window._settings, "/tmp/data", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dark = dialog.theme_buttons[ThemeChoice.DARK]
    qtbot.mouseClick(dark, _left(), pos=QPoint(8, dark.height() // 2))
    assert dialog.theme is ThemeChoice.DARK
    assert main_window._settings.value("appearance/theme") == "dark"
    image = dialog.grab().toImage()
    assert near(image.pixelColor(2, 2), DARK.window)
    sidebar = main_window.sidebar.grab().toImage()
    assert near(sidebar.pixelColor(sidebar.width() // 2, sidebar.height() - 10), DARK.sidebar)


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_preferences_give_every_wrapped_line_its_height(
    main_window: MainWindow, qtbot: QtBot, apply_look: Any
) -> None:
    """With the encryption card below, the first card's lines were squeezed into one."""
    from PySide6.QtWidgets import QLabel

    apply_look(ThemeChoice.DARK)
    from eventmate.gui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(
        main_window._settings,
        "/tmp/data",
        main_window,
        encryption=main_window._encryption_section(),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert len(wrapped) >= 3
    for label in wrapped:
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
