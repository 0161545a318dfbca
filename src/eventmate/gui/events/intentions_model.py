"""An event's intentions as a Qt list model (kind chip, text, linked person)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from eventmate.gui.events.briefing_render import intention_kind_label

if TYPE_CHECKING:
    from eventmate.services.events.intentions import IntentionRow

_Index = QModelIndex | QPersistentModelIndex
#: The intention's uid.
UID_ROLE = Qt.ItemDataRole.UserRole
#: The whole :class:`IntentionRow`.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class IntentionsModel(QAbstractListModel):
    """The intentions of one event, in the user's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IntentionRow] = []

    def set_rows(self, rows: tuple[IntentionRow, ...]) -> bool:
        """Show ``rows``; returns whether anything shown changed (same rows: nothing happens)."""
        if list(rows) == self._rows:
            return False
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, intention_uid: str) -> int:
        """The row of the intention with ``intention_uid``, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.uid == intention_uid), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = row.text
            if row.person_name:
                text = f"{row.person_name} — {text}" if text else row.person_name
            return f"{intention_kind_label(row.kind.value)}  ·  {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text or row.person_name
        if role == UID_ROLE:
            return row.uid
        if role == Qt.ItemDataRole.DecorationRole:
            from eventmate.gui.style.icons import intention_kind_icon

            return intention_kind_icon(row.kind.value)
        if role == ROW_ROLE:
            return row
        return None
