"""Text in the design's type scale: headings, body and muted lines that grow with the system font.

Every size is a factor of the application font (the desktop's), set through
:func:`set_text_style`; when the desktop's font changes while the app runs, every styled widget
takes the new size (see :func:`follow_system_font`). No pixel sizes anywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from eventmate.gui.style.tokens import DIM_SCALE, TYPE_SCALE, DimText, TextStyle

#: The dynamic property naming a widget's text style (read when the font changes).
TEXT_STYLE_PROPERTY = "textStyle"
#: The dynamic property naming a widget's capture-mode text size.
DIM_TEXT_PROPERTY = "dimText"

_WEIGHTS = {
    400: QFont.Weight.Normal,
    500: QFont.Weight.Medium,
    600: QFont.Weight.DemiBold,
    700: QFont.Weight.Bold,
}


def base_font() -> QFont:
    """The application's font: the desktop's, or what the user chose for it."""
    return QApplication.font()


def styled_font(style: TextStyle, base: QFont | None = None) -> QFont:
    """``base`` (default: the application font) at ``style``'s size and weight."""
    font = QFont(base if base is not None else base_font())
    factor, weight = TYPE_SCALE[style]
    if factor != 1.0:
        font.setPointSizeF(_points(font) * factor)
    font.setWeight(_WEIGHTS[weight])
    return font


def dim_font(size: DimText, base: QFont | None = None) -> QFont:
    """Capture mode's larger type: a minimum in points, or more with a large system font."""
    font = QFont(base if base is not None else base_font())
    least, factor = DIM_SCALE[size]
    font.setPointSizeF(max(least, _points(font) * factor))
    return font


def _points(font: QFont) -> float:
    size = font.pointSizeF()
    return size if size > 0 else 10.0  # a pixel-sized font has no point size: assume 10 pt


def set_text_style(widget: QWidget, style: TextStyle) -> None:
    """Give ``widget`` the font of ``style``, kept when the desktop's font changes."""
    widget.setProperty(TEXT_STYLE_PROPERTY, style.value)
    widget.setFont(styled_font(style))


def set_dim_text(widget: QWidget, size: DimText) -> None:
    """Give ``widget`` capture mode's font of ``size``, kept when the desktop's font changes."""
    widget.setProperty(DIM_TEXT_PROPERTY, size.value)
    widget.setFont(dim_font(size))


def refresh_fonts() -> None:
    """Set every styled widget's font again from the application font (after it changed)."""
    for widget in QApplication.allWidgets():
        style = widget.property(TEXT_STYLE_PROPERTY)
        if style:
            widget.setFont(styled_font(TextStyle(str(style))))
            continue
        dim = widget.property(DIM_TEXT_PROPERTY)
        if dim:
            widget.setFont(dim_font(DimText(str(dim))))


_following = False


def follow_system_font(app: QApplication) -> None:
    """Make styled text follow changes of the application font (connected once).

    A signal, not an event filter on the application: a filter there would run Python for
    every event the app handles (~100 ms more before the first paint).
    """
    global _following
    if not _following:
        _following = True
        app.fontChanged.connect(lambda _font: refresh_fonts())


def _style_for_scale(scale: float) -> TextStyle:
    """The text style nearest to an old ``scale`` factor (for callers not yet moved)."""
    choices = (TextStyle.SUBHEADING, TextStyle.HEADING, TextStyle.TITLE, TextStyle.DISPLAY)
    return min(choices, key=lambda style: abs(TYPE_SCALE[style][0] - scale))


def set_plain_text_format(label: QLabel) -> None:
    """Show ``label``'s text literally, as ``setTextFormat(Qt.TextFormat.PlainText)`` would.

    Set through Qt's property system by name: touching any ``Qt.*`` enum from Python makes
    PySide6 build all ~90 of the ``Qt`` namespace's enum types (~30 ms), and Home's labels
    are painted before anything else needs them.
    """
    label.setProperty("textFormat", "PlainText")


def set_role(widget: QWidget, role: str) -> None:
    """Tag ``widget`` with a style-sheet ``role`` ("muted", "card", "link", …) and restyle it."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def heading(
    text: str,
    *,
    style: TextStyle | None = None,
    scale: float | None = None,
    parent: QWidget | None = None,
) -> QLabel:
    """A heading label in ``style`` (default: a heading); ``scale`` picks the nearest style."""
    label = QLabel(parent)
    set_plain_text_format(label)
    label.setText(text)
    if style is None:
        style = _style_for_scale(scale) if scale is not None else TextStyle.HEADING
    set_text_style(label, style)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setProperty("heading", True)
    return label


def muted(text: str, parent: QWidget | None = None) -> QLabel:
    """Secondary text in the look's muted colour (≥ 4.5:1), wrapping, never rich text."""
    label = QLabel(parent)
    set_plain_text_format(label)
    label.setText(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


def caption(text: str, parent: QWidget | None = None) -> QLabel:
    """A small muted line: a hint under an input, the keys that work here."""
    label = muted(text, parent)
    set_text_style(label, TextStyle.CAPTION)
    return label


def body(text: str, parent: QWidget | None = None) -> QLabel:
    """Plain wrapping text (never interpreted as rich text: user data may contain "<")."""
    label = QLabel(parent)
    set_plain_text_format(label)
    label.setText(text)
    label.setWordWrap(True)
    return label


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text colour for painting by hand (delegates): the palette's placeholder.

    The look's palettes set it to their muted colour, tested at ≥ 4.5:1 on every background.
    """
    return palette.color(QPalette.ColorRole.PlaceholderText)
