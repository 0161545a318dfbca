"""Item model of a person's timeline: one row per moment, newest first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from eventmate.gui.formatting import date_format, to_local
from eventmate.services.people.timeline import TimelineItem, TimelineKind

_Index = QModelIndex | QPersistentModelIndex
#: Characters of a long capture or note shown in the list (the rest is one click away).
PREVIEW_CHARS = 280
#: The uid of the item's event (or None).
EventRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineModel", text)


def kind_label(item: TimelineItem) -> str:
    """What the moment was, in the app's words."""
    labels = {
        TimelineKind.MET: _tr("Met"),
        TimelineKind.CAPTURE: _tr("Captured"),
        TimelineKind.NOTE: _tr("Note"),
        TimelineKind.FOLLOW_UP: _tr("Follow-up"),
        TimelineKind.EXCHANGE: _tr("Gave") if item.state == "gave" else _tr("Received"),
        TimelineKind.REFLECTION: _tr("Reflection"),
        TimelineKind.INTENTION: _tr("Hoped to meet"),
    }
    label = labels[item.kind]
    if item.kind is TimelineKind.INTENTION and item.state == "offer":
        label = _tr("Hoped to offer")
    states = {"done": _tr("done"), "let_it_rest": _tr("let it rest"), "open": _tr("open")}
    if item.kind is TimelineKind.FOLLOW_UP and item.state in states:
        label = f"{label} ({states[item.state]})"
    return label


def _date(moment: datetime) -> str:
    return QLocale().toString(to_local(moment).date(), date_format("d MMM yyyy"))


class TimelineModel(QAbstractListModel):
    """A person's timeline as list rows: "12 Oct 2026 · Captured · Autumn Gala" + the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[TimelineItem, ...] = ()

    def set_items(self, items: tuple[TimelineItem, ...]) -> None:
        """Show ``items`` (already newest first); the same items again change nothing.

        A person reread after a change elsewhere usually has the same timeline: not resetting
        keeps the list's scroll position and current entry.
        """
        if items == self._items:
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = " · ".join(
                p for p in (_date(item.when), kind_label(item), item.event_title) if p
            )
            text = " ".join(item.text.split())
            if len(text) > PREVIEW_CHARS:
                text = text[:PREVIEW_CHARS].rstrip() + "…"
            return f"{head}\n{text}" if text else head
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text or None
        if role == EventRole:
            return item.event_uid
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None
