"""Light and dark appearance: follow the system, or a choice made in Preferences."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


class ThemeChoice(StrEnum):
    """The appearance the user picked."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


#: Where the choice is kept in the UI settings.
THEME_KEY = "appearance/theme"


def saved_theme(settings: QSettings) -> ThemeChoice:
    """The theme choice stored in ``settings`` (System if none or unknown)."""
    value = settings.value(THEME_KEY, ThemeChoice.SYSTEM.value)
    try:
        return ThemeChoice(str(value))
    except ValueError:
        return ThemeChoice.SYSTEM


def _palette(dark: bool) -> QPalette:
    # Calm, not pure black or white; accent a muted blue that passes WCAG AA on both.
    if dark:
        window, base, text, mid = "#232629", "#1b1d20", "#e6e1da", "#3a3f44"
        highlight, link, muted = "#4a78a8", "#8fb8e8", "#a9a39b"
    else:
        window, base, text, mid = "#f3f1ee", "#ffffff", "#1f2326", "#c9c5bf"
        highlight, link, muted = "#2f5f8f", "#245a8c", "#5c5852"
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: muted,
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: link,
        QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.Midlight: mid,
        QPalette.ColorRole.Light: base if dark else "#ffffff",
        QPalette.ColorRole.Dark: "#111315" if dark else "#a19d97",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(muted))
    return palette


def apply_theme(app: QApplication, choice: ThemeChoice) -> None:
    """Apply ``choice``: the platform's own scheme where it supports one, else our palette."""
    hints = app.styleHints()
    # Imported here: the first use of Qt's namespace builds ~130 enum types (~50 ms), which
    # the first paint of the window should not wait for.
    from PySide6.QtCore import Qt

    wanted = {
        ThemeChoice.SYSTEM: Qt.ColorScheme.Unknown,
        ThemeChoice.LIGHT: Qt.ColorScheme.Light,
        ThemeChoice.DARK: Qt.ColorScheme.Dark,
    }[choice]
    if choice is ThemeChoice.SYSTEM:
        hints.unsetColorScheme()
        app.setPalette(QPalette())
        return
    hints.setColorScheme(wanted)
    if hints.colorScheme() != wanted:
        # The platform cannot switch (e.g. no portal): paint it ourselves with Fusion.
        app.setStyle("Fusion")
        app.setPalette(_palette(dark=choice is ThemeChoice.DARK))


def is_dark(app: QApplication) -> bool:
    """Whether the current palette is a dark one."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
