"""Every text a window shows or tells a screen reader, and a judge of which are still English."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
GERMAN = ROOT / "resources" / "translations" / "eventmate_de.ts"

#: English words that German text does not use (so not "an", "in", "was", "so", "man").
ENGLISH = frozenset(
    re.findall(
        r"\w+",
        """
    the you your and with for this that these what who when where which from here there yet not
    any into of on at to or by if can would could should is are were be been has have had
    it its add edit remove delete open close save show hide search new more less today tomorrow
    yesterday tonight none nothing back undo people event events follow ups met meet
    someone something nobody everything notes about after before cancel choose set
    keep let choose done next previous skip give take gave only once again first last every
    still already just all how why like day days time week ago
""",
    )
)

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)
_PATHS = re.compile(r"(?:[A-Za-z]:)?[/\\]\S+")
_PIECES = re.compile(r"\s*(?:\n|·|—|–|\||:\s|\.\s|;\s|\(|\))\s*")


def catalogue() -> tuple[dict[str, str | None], frozenset[str]]:
    """The German catalogue's source texts, each with its translation (None: not translated),
    and every translation (a German word may be spelt like another English source)."""
    found: dict[str, str | None] = {}
    german: set[str] = set()
    for message in ET.parse(GERMAN).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text: str | None = None
        if translation is not None and translation.get("type") not in ("unfinished", "vanished"):
            forms = [form.text or "" for form in translation.findall("numerusform")]
            text = forms[0] if forms else translation.text
            for form in forms or [text or ""]:
                german.update((plain(form).strip(" .,…"), bare(plain(form)).strip(" .,…")))
        for key in (source, bare(source)):
            if found.get(key) in (None, key):  # a real translation somewhere wins
                found[key] = text or None
    return found, frozenset(german)


def plain(text: str) -> str:
    """``text`` as read: no HTML tags, entities decoded."""
    if "<" in text and ">" in text:
        text = re.sub(r"<br\s*/?>|</p>|</li>|</h\d>|</tr>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text


def bare(text: str) -> str:
    """``text`` without mnemonic ampersands ("&Done" → "Done", "Give && take" → "Give & take")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``root`` and what it holds show or name."""
    objects: list[QObject] = [root, *root.findChildren(QObject)]
    seen_models: set[int] = set()
    for obj in objects:
        where = f"{type(obj).__name__}({obj.objectName()})"
        if isinstance(obj, QWidget):
            yield from _widget_texts(obj, where)
            for action in obj.actions():
                yield from _action_texts(action, where)
        if isinstance(obj, QAction):
            yield from _action_texts(obj, where)
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            model = obj.model()
            if id(model) not in seen_models:
                seen_models.add(id(model))
                yield from _model_texts(model, where)
        if isinstance(obj, QComboBox):
            for i in range(obj.count()):
                yield where, obj.itemText(i)


def _widget_texts(widget: QWidget, where: str) -> Iterator[tuple[str, str]]:
    if widget.isWindow():
        yield where + ".windowTitle", widget.windowTitle()
    yield where + ".toolTip", widget.toolTip()
    yield where + ".accessibleName", widget.accessibleName()
    yield where + ".accessibleDescription", widget.accessibleDescription()
    yield where + ".statusTip", widget.statusTip()
    if isinstance(widget, QLabel | QAbstractButton):
        yield where + ".text", widget.text()
    elif isinstance(widget, QLineEdit):
        yield where + ".placeholder", widget.placeholderText()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield where + ".placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield where + ".text", widget.toPlainText()
    elif isinstance(widget, QGroupBox):
        yield where + ".title", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield where + ".tab", widget.tabText(i)
            yield where + ".tabToolTip", widget.tabToolTip(i)
    elif isinstance(widget, QAbstractSpinBox):
        yield where + ".special", widget.specialValueText()
    if isinstance(widget, QMenu):
        yield where + ".title", widget.title()


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    where = f"{where}.action({action.text()!r})"
    yield where, action.text()
    yield where + ".toolTip", action.toolTip()
    yield where + ".statusTip", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield where + ".menu", menu.title()
        for inner in menu.actions():
            yield from _action_texts(inner, where)


def _model_texts(
    model: QAbstractItemModel, where: str, parent: QModelIndex | None = None, depth: int = 0
) -> Iterator[tuple[str, str]]:
    parent = QModelIndex() if parent is None else parent
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    if depth == 0:
        for column in range(columns):
            for role in _ROLES:
                header = model.headerData(column, Qt.Orientation.Horizontal, role)
                yield where + ".header", _str(header)
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in _ROLES:
                yield f"{where}[{row},{column}]", _str(model.data(index, role))
            if depth < 2 and column == 0 and _has_children(model, index):
                yield from _model_texts(model, where, index, depth + 1)


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a list model keeps it private: a list has no children
        return False


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def pieces(text: str) -> list[str]:
    """The whole of ``text`` and the parts it is joined from (" · ", lines, "a: b"), as shown
    and without mnemonic ampersands."""
    found: list[str] = []
    for whole in dict.fromkeys((plain(text).strip(), bare(plain(text)).strip())):
        parts = [p.strip(" .,…") for p in _PIECES.split(whole)]
        found += [whole, *(p for p in parts if p and p != whole)]
    return found


def untranslated(
    text: str, sources: dict[str, str | None], german: frozenset[str], sample: tuple[str, ...]
) -> str | None:
    """Why ``text`` reads as English (or None): a catalogue text shown as its source, or
    English words in it. ``german`` holds every translation; ``sample`` the sample data's own
    texts (names, notes: the user's words, not the app's), which are left out first."""
    whole = _PATHS.sub(" ", plain(text))
    for known in sample:
        whole = whole.replace(known, " ")
    for piece in pieces(whole):
        if piece in sources and sources[piece] != piece and piece not in german:
            return f"{piece!r} is in the catalogue but shown untranslated"
    words = {w.lower() for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", whole)}
    english = sorted(words & ENGLISH)
    if english and (len(english) >= 2 or not _german_words(whole)):
        return f"English words {english}"
    return None


def _german_words(text: str) -> bool:
    return bool(re.search(r"[äöüÄÖÜß]|\b(?:der|die|das|und|nicht|ein|eine|mit|für|ist)\b", text))
