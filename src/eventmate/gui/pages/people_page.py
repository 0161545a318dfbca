"""People: everyone I have met, in name order, loaded a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from eventmate.gui.widgets import heading, muted

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.people import PersonRow

_Index = QModelIndex | QPersistentModelIndex
#: Rows fetched per page: a screenful or two, so the first paint never waits for the rest.
PAGE_SIZE = 200


class PeopleListModel(QAbstractListModel):
    """People in name order; rows are fetched lazily as the view scrolls (``fetchMore``)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rows: list[PersonRow] = []
        self._total = 0

    def reload(self) -> None:
        """Forget loaded rows and fetch the first page."""
        self.beginResetModel()
        self._rows = []
        self._total = self._services.people.count()
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        rows = self._services.people.page(len(self._rows), PAGE_SIZE)
        if not rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = " · ".join(part for part in (row.role, row.organization) if part)
            return f"{row.name}\n{details}" if details else row.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.name
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @property
    def total(self) -> int:
        """How many people there are in all (loaded or not)."""
        return self._total


class PeoplePage(QWidget):
    """The list of people."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("People"), scale=1.5))
        self._empty = muted(
            self.tr(
                "People you meet will appear here. Capture someone at your next break, "
                "or import your address book."
            )
        )
        layout.addWidget(self._empty)
        self.model = PeopleListModel(services, self)
        self.view = QListView()
        self.view.setObjectName("peopleList")
        self.view.setAccessibleName(self.tr("People"))
        self.view.setUniformItemSizes(True)
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        """Reload the list from the first page."""
        self.model.reload()
        self._empty.setVisible(self.model.total == 0)
        self.view.setVisible(self.model.total > 0)

    def select_person(self, person_id: int) -> None:
        """Select ``person_id`` if it is among the loaded rows."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if index.data(Qt.ItemDataRole.UserRole) == person_id:
                self.view.setCurrentIndex(index)
                return
