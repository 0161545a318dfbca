"""Icons for sections, actions and kinds: Lucide line icons tinted with the look's colours.

The SVGs ship in ``resources/icons/lucide/`` (ISC licence beside them). Each icon is drawn by
an engine that reads the colours in force when it paints, so a theme switch repaints icons
too; the pictures it makes are cached per colour and size.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap

from eventmate.gui.style.theme import current_palette

_PACKAGE = Path(__file__).resolve().parents[2]
#: Where the icon files are: inside an installed wheel, or at the top of a source checkout.
ICON_ROOTS = (_PACKAGE / "resources" / "icons", _PACKAGE.parents[1] / "resources" / "icons")

#: What each icon shows, by the name the code uses → the Lucide file drawn for it.
ICONS: dict[str, str] = {
    # sections
    "home": "house",
    "events": "calendar-days",
    "people": "users",
    "journal": "book-open",
    "follow-ups": "list-checks",
    "insights": "chart-column",
    # actions
    "search": "search",
    "capture": "pen-line",
    "add": "plus",
    "edit": "pencil",
    "delete": "trash-2",
    "undo": "undo-2",
    "redo": "redo-2",
    "prepare": "clipboard-list",
    "reflect": "notebook-pen",
    "import": "download",
    "export": "upload",
    "backup": "archive",
    "restore": "history",
    "help": "circle-help",
    "preferences": "settings",
    "close": "x",
    "open": "external-link",
    "rest": "moon",
    "in-touch": "message-circle",
    "person-add": "user-plus",
    "merge": "merge",
    "done": "check",
    "time": "clock",
    "tour": "sparkles",
    # kinds of event
    "event-concert": "music",
    "event-rehearsal": "metronome",
    "event-gig": "guitar",
    "event-reception": "wine",
    "event-fundraiser": "heart-handshake",
    "event-masterclass": "graduation-cap",
    "event-audition": "mic-vocal",
    "event-festival": "tent-tree",
    "event-conference": "presentation",
    "event-other": "circle-dot",
    # kinds of intention
    "intention-connect": "handshake",
    "intention-learn": "lightbulb",
    "intention-offer": "gift",
    "intention-mindset": "sprout",
}


class Tone(StrEnum):
    """Which of the look's colours an icon is drawn in."""

    TEXT = "text"
    MUTED = "muted"
    ACCENT = "accent"
    ON_ACCENT = "on_accent"
    SIDEBAR = "sidebar"  # text colour; on the soft selection colour when selected


def icon_file(name: str) -> Path | None:
    """The SVG file of the icon ``name`` (a key of :data:`ICONS`), or None if not shipped."""
    drawn = ICONS.get(name)
    if drawn is None:
        return None
    for root in ICON_ROOTS:
        candidate = root / "lucide" / f"{drawn}.svg"
        if candidate.is_file():
            return candidate
    return None


def icon(name: str, tone: Tone = Tone.TEXT) -> QIcon:
    """The icon ``name`` in ``tone``, following the look in force (an empty icon if unknown)."""
    path = icon_file(name)
    if path is None:
        return QIcon()
    return QIcon(_TintedEngine(path, tone))


_kind_icons: dict[str, QIcon] = {}


def event_kind_icon(kind: str) -> QIcon:
    """The icon for a kind of event (``EventKind`` value); one per kind, kept (lists paint it)."""
    name = f"event-{kind}" if f"event-{kind}" in ICONS else "event-other"
    if name not in _kind_icons:
        _kind_icons[name] = icon(name, Tone.MUTED)
    return _kind_icons[name]


def intention_kind_icon(kind: str) -> QIcon:
    """The icon for a kind of intention (``IntentionKind`` value)."""
    name = f"intention-{kind}"
    if name not in _kind_icons:
        _kind_icons[name] = icon(name, Tone.MUTED)
    return _kind_icons[name]


_svg_text: dict[Path, str] = {}
_pictures: dict[tuple[Path, str, int, int], QPixmap] = {}


def _colour(tone: Tone, mode: QIcon.Mode) -> str:
    p = current_palette()
    if mode == QIcon.Mode.Disabled:
        return p.border if p.dark else p.muted
    if mode == QIcon.Mode.Selected:
        return p.on_soft if tone is Tone.SIDEBAR else p.on_selection
    return {
        Tone.TEXT: p.text,
        Tone.MUTED: p.muted,
        Tone.ACCENT: p.accent,
        Tone.ON_ACCENT: p.on_accent,
        Tone.SIDEBAR: p.text,
    }[tone]


def render(path: Path, colour: str, width: int, height: int) -> QPixmap:
    """The SVG at ``path`` drawn in ``colour`` on a transparent ``width``×``height`` picture."""
    key = (path, colour, width, height)
    cached = _pictures.get(key)
    if cached is not None:
        return cached
    from PySide6.QtSvg import QSvgRenderer

    text = _svg_text.get(path)
    if text is None:
        text = _svg_text[path] = path.read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour).encode()))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(width, height)
    renderer.render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    _pictures[key] = pixmap
    return pixmap


class _TintedEngine(QIconEngine):
    """Draws one SVG in the colour of a tone in the look in force when asked."""

    def __init__(self, path: Path, tone: Tone) -> None:
        super().__init__()
        self._path = path
        self._tone = tone

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon at ``size`` (device pixels) for ``mode``."""
        return QPixmap(render(self._path, _colour(self._tone, mode), size.width(), size.height()))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """The icon for a screen with ``scale`` device pixels per pixel."""
        wanted = QSize(round(size.width() * scale), round(size.height() * scale))
        pixmap = self.pixmap(wanted, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the icon into ``rect``."""
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, scale)
        painter.drawPixmap(QPoint(rect.x(), rect.y()), pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        """Square, fitting ``size``."""
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        """A copy (Qt copies engines when an icon is detached)."""
        return _TintedEngine(self._path, self._tone)

    def key(self) -> str:
        """A name for this kind of engine."""
        return "eventmate-tinted"

    def isNull(self) -> bool:
        """Never null: the file was found."""
        return False
