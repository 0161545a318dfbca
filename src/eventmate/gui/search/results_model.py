"""Item model of search results: a heading row per kind, then its hits with highlighted words."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from eventmate.services.search.hits import SearchHit, SearchKind, SearchResults

_Index = QModelIndex | QPersistentModelIndex
#: The row's hit (None on heading rows).
HitRole = Qt.ItemDataRole.UserRole + 1
#: The row's text as safe rich text: user text escaped, matched words in <b>.
RichTextRole = Qt.ItemDataRole.UserRole + 2
#: True on the heading rows ("People", "Facts", …).
HeadingRole = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchResultsModel", text)


def kind_heading(kind: SearchKind) -> str:
    """The heading of a group of results."""
    return {
        SearchKind.PERSON: _tr("People"),
        SearchKind.EVENT: _tr("Events"),
        SearchKind.FACT: _tr("Facts"),
        SearchKind.CAPTURE: _tr("Captures"),
        SearchKind.NOTE: _tr("Notes"),
        SearchKind.REFLECTION: _tr("Reflections"),
    }[kind]


def highlighted(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` as rich text: every character escaped, the ``spans`` in bold."""
    parts: list[str] = []
    position = 0
    for start, end in spans:
        if start < position or end > len(text):
            continue
        parts.append(escape(text[position:start]))
        parts.append(f"<b>{escape(text[start:end])}</b>")
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


def context_line(hit: SearchHit) -> str:
    """Whose or which event's this hit is, and the detail, as plain text."""
    owner = " · ".join(p for p in (hit.person_name, hit.event_title) if p)
    if hit.kind is SearchKind.PERSON:
        return hit.detail
    if hit.kind is SearchKind.EVENT:
        return hit.detail
    return owner


class SearchResultsModel(QAbstractListModel):
    """Rows: heading, hits, heading, hits… Heading rows cannot be selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SearchKind | SearchHit] = []
        self._more: frozenset[SearchKind] = frozenset()

    def set_results(self, results: SearchResults) -> None:
        """Show ``results`` grouped by kind."""
        self.beginResetModel()
        self._rows = []
        for kind in SearchKind:
            hits = results.groups.get(kind, ())
            if hits:
                self._rows.append(kind)
                self._rows.extend(hits)
        self._more = results.more
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], SearchKind):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, SearchKind):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                more = _tr(" (more: keep typing)") if row in self._more else ""
                return kind_heading(row) + more
            if role == RichTextRole:
                return f"<small>{escape(kind_heading(row).upper())}</small>"
            if role == HeadingRole:
                return True
            return None
        text = " ".join(row.text.split())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            context = context_line(row)
            return f"{text} — {context}" if context else text
        if role == RichTextRole:
            context = context_line(row)
            rich = highlighted(text, _collapsed_spans(row.text, row.spans))
            return f"{rich}&nbsp;&nbsp;<small>{escape(context)}</small>" if context else rich
        if role == HitRole:
            return row
        if role == HeadingRole:
            return False
        return None

    def first_hit_row(self) -> int | None:
        """The first selectable row."""
        for number, row in enumerate(self._rows):
            if not isinstance(row, SearchKind):
                return number
        return None

    def hit_at(self, row: int) -> SearchHit | None:
        """The hit on ``row`` (None for headings and out of range)."""
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return None if isinstance(item, SearchKind) else item
        return None


def _collapsed_spans(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Map spans of ``text`` onto the text with its whitespace runs collapsed to one space."""
    mapping: list[int] = []
    collapsed = 0
    previous_space = True  # leading whitespace is dropped
    for ch in text:
        if ch.isspace():
            mapping.append(collapsed)
            if not previous_space:
                collapsed += 1
            previous_space = True
        else:
            mapping.append(collapsed)
            collapsed += 1
            previous_space = False
    mapping.append(collapsed)
    return tuple((mapping[start], mapping[end]) for start, end in spans if end <= len(text))
