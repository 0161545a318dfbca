"""The application style sheet, written from a palette: one place for every styled role.

Widgets opt in by a dynamic property (``role``) set by the helpers in ``gui.style``, never by a
style sheet of their own, so switching the theme (which sets a new application style sheet)
repaints every one of them. Only colours, borders and spacing are set here: sizes of text come
from fonts scaled from the system font (``gui.style.text``).
"""

from __future__ import annotations

from eventmate.gui.style.marks import check_mark
from eventmate.gui.style.palettes import Palette, mix
from eventmate.gui.style.tokens import RADIUS_CARD, RADIUS_SMALL


def app_style_sheet(p: Palette) -> str:
    """The style sheet for the main window, its pages and dialogs in the look ``p``."""
    hover = mix(p.sidebar, p.text, 0.06)
    return _sheet(p, hover) + _indicators(p)


def _indicators(p: Palette) -> str:
    """Check boxes and radio buttons framed in the muted text colour (≥ 3:1 on any
    background: the platform's frame, a shade of the window, vanishes in dark)."""
    off = mix(p.muted, p.window, 0.45)
    return f"""
QCheckBox::indicator, QRadioButton::indicator {{
    width: 0.95em; height: 0.95em; background: {p.surface}; border: 1px solid {p.muted};
}}
QCheckBox::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 0.5em; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {p.accent}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {p.accent}; }}
QCheckBox::indicator:checked {{
    background: {p.accent}; border-color: {p.accent}; image: url({check_mark(p.on_accent)});
}}
QRadioButton::indicator:checked {{
    border-color: {p.accent};
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {p.accent}, stop: 0.5 {p.accent}, stop: 0.6 {p.surface}, stop: 1 {p.surface});
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {off}; }}
QCheckBox::indicator:checked:disabled {{ background: {off}; }}
"""


def _sheet(p: Palette, hover: str) -> str:
    return f"""
QToolTip {{ color: {p.text}; background: {p.surface}; border: 1px solid {p.border}; }}

QListWidget#sidebar {{
    background: {p.sidebar}; color: {p.text}; border: none;
    border-right: 1px solid {p.border}; padding: 10px 8px; outline: 0;
}}
QListWidget#sidebar::item {{
    padding: 8px 10px; margin: 1px 0; border-radius: {RADIUS_SMALL}px; color: {p.text};
}}
QListWidget#sidebar::item:hover {{ background: {hover}; }}
QListWidget#sidebar::item:selected {{ background: {p.soft}; color: {p.on_soft}; }}
QListWidget#sidebar::item:focus {{ border: 1px solid {p.accent}; }}

QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="chip"] {{
    color: {p.on_soft}; background: {p.soft}; border-radius: {RADIUS_SMALL}px;
    padding: 1px 8px;
}}

QFrame[role="card"] {{
    background: {p.raised}; border: 1px solid {p.border}; border-radius: {RADIUS_CARD}px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="band"] {{
    background: {p.tint}; border: none; border-radius: {RADIUS_CARD}px;
}}
QFrame[role="band"] QLabel {{ background: transparent; color: {p.text}; }}
QLabel[role="band"] {{ background: {p.tint}; color: {p.text}; }}

QPushButton[role="link"] {{
    border: 1px solid transparent; background: transparent; color: {p.text};
    text-align: left; padding: 3px 6px; border-radius: {RADIUS_SMALL}px;
}}
QPushButton[role="link"]:hover {{ color: {p.link}; background: {mix(p.window, p.text, 0.05)}; }}
QPushButton[role="link"]:focus {{ border: 1px solid {p.accent}; }}
QPushButton[role="quiet"] {{
    border: 1px solid transparent; background: transparent; color: {p.muted};
    padding: 3px 8px; border-radius: {RADIUS_SMALL}px;
}}
QPushButton[role="quiet"]:hover {{ color: {p.text}; background: {mix(p.window, p.text, 0.05)}; }}
QPushButton[role="quiet"]:focus {{ border: 1px solid {p.accent}; color: {p.text}; }}
QPushButton[role="primary"] {{
    background: {p.accent}; color: {p.on_accent}; border: 1px solid {p.accent};
    border-radius: {RADIUS_SMALL}px; padding: 5px 14px;
}}
QPushButton[role="primary"]:hover {{ background: {mix(p.accent, p.text, 0.12)}; }}
QPushButton[role="primary"]:focus {{ border: 1px solid {p.text}; }}
QPushButton[role="primary"]:disabled {{
    background: {p.border}; border-color: {p.border}; color: {p.muted};
}}
QPushButton[role="choice"] {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: {RADIUS_SMALL}px; padding: 4px 12px; min-width: 2em;
}}
QPushButton[role="choice"]:hover {{ border-color: {p.accent}; }}
QPushButton[role="choice"]:focus {{ border: 1px solid {p.accent}; }}
QPushButton[role="choice"]:checked {{
    background: {p.accent}; color: {p.on_accent}; border: 1px solid {p.accent};
}}
QPushButton[role="choice"]:checked:focus {{ border: 1px solid {p.text}; }}
"""
