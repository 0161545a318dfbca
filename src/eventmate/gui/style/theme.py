"""Light and dark: the user's choice or the system's, applied to the whole app at once.

One call paints everything: the Qt palette (every widget's colours), one application style
sheet (the roles set by ``gui.style`` helpers) and a signal for what draws itself (icons,
delegates). Nothing else sets colours, so a switch while the app runs repaints every window.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from eventmate.gui.style.palettes import DARK, LIGHT, Palette, mix
from eventmate.gui.style.sheet import app_style_sheet

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


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


class Appearance(QObject):
    """The look in force; ``changed`` tells widgets that draw themselves to repaint."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.choice = ThemeChoice.SYSTEM
        self.palette: Palette = LIGHT
        #: Whether the desktop is dark (None until the first theme is applied).
        self.system_dark: bool | None = None
        #: Whether the style was chosen (once, at the first theme).
        self.styled = False


_appearance: Appearance | None = None


def appearance() -> Appearance:
    """The one :class:`Appearance` of this process."""
    global _appearance
    if _appearance is None:
        _appearance = Appearance()
    return _appearance


def current_palette() -> Palette:
    """The colours in force (light until a theme has been applied)."""
    return appearance().palette


def apply_theme(app: QApplication, choice: ThemeChoice) -> None:
    """Paint the whole app in ``choice`` (System: the desktop's light or dark scheme).

    The platform is told the scheme too (title bars, native dialogs follow it); the colours
    are always ours, whose contrast is tested, drawn by the platform's style (Fusion on
    Windows, whose native style ignores a palette).
    """
    state = appearance()
    if state.system_dark is None:
        # Before ours replaces it, the platform's palette tells whether the desktop is dark.
        # (Asking styleHints().colorScheme() would build Qt's ~90 enum types, ~100 ms, before
        # the first paint; see gui.style.text.set_plain_text_format.)
        state.system_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        app.styleHints().colorSchemeChanged.connect(
            lambda scheme: _on_system_scheme_changed(app, scheme)
        )
    state.choice = choice
    hints = app.styleHints()
    if choice is ThemeChoice.SYSTEM:
        hints.unsetColorScheme()
        dark = state.system_dark
    else:
        # Told once the window has painted: the scheme's enum would cost the first paint.
        QTimer.singleShot(0, lambda: _tell_platform(app, choice))
        dark = choice is ThemeChoice.DARK
    palette = DARK if dark else LIGHT
    if sys.platform == "win32" and not state.styled:
        # Windows' older native style ignores the palette; Linux's (Fusion, Breeze) and
        # macOS's draw with it. (Asking app.style() for its name would cost ~40 ms of enum
        # types before the first paint.)
        app.setStyle("Fusion")
    state.styled = True
    state.palette = palette
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(app_style_sheet(palette))
    state.changed.emit()


def _tell_platform(app: QApplication, choice: ThemeChoice) -> None:
    if appearance().choice is choice and choice is not ThemeChoice.SYSTEM:
        app.styleHints().setColorScheme(_scheme_named(choice.value))


def _on_system_scheme_changed(app: QApplication, scheme: object) -> None:
    """The desktop went light or dark: follow it if the user chose to follow the system."""
    name = getattr(scheme, "name", "")
    if name in ("Dark", "Light"):
        appearance().system_dark = name == "Dark"
    if appearance().choice is ThemeChoice.SYSTEM:
        apply_theme(app, ThemeChoice.SYSTEM)


def _scheme_named(name: str) -> Qt.ColorScheme:
    from PySide6.QtCore import Qt

    return {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}[name]


def qt_palette(p: Palette) -> QPalette:
    """A Qt palette for the look ``p`` (inactive windows keep the same colours)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: mix(p.surface, p.window, 0.6),
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: mix(p.window, p.surface, 0.5),
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.BrightText: p.on_accent,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.muted,
        QPalette.ColorRole.Highlight: p.selection,
        QPalette.ColorRole.HighlightedText: p.on_selection,
        QPalette.ColorRole.Link: p.link,
        QPalette.ColorRole.LinkVisited: p.link,
        QPalette.ColorRole.Accent: p.accent,
        QPalette.ColorRole.Mid: p.border,
        QPalette.ColorRole.Midlight: mix(p.border, p.surface, 0.5),
        QPalette.ColorRole.Light: mix(p.surface, "#ffffff", 0.1 if p.dark else 1.0),
        QPalette.ColorRole.Dark: mix(p.border, p.text, 0.35 if p.dark else 0.25),
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = mix(p.muted, p.window, 0.25)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def is_dark(app: QApplication) -> bool:
    """Whether the current palette is a dark one."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
