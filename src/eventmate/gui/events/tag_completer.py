"""Completing tags typed as a comma-separated list: the last one is completed, the rest kept."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QCompleter, QLineEdit


class TagCompleter(QCompleter):
    """Completes the last of several comma-separated tags."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [part.strip() for part in typed.split(",")[:-1] if part.strip()]
        return ", ".join([*head, str(index.data())]) + ", "
