"""The list parts of a person page: contact methods and tags, each add/remove undoable.

Each editor names its person by uid (facts, in ``facts_editor``, build on :class:`ListEditor`
too). Refusals (the person is gone, the database is busy) go to the page's ``report``; the
page refills the editors from the changes every write publishes. Typing in an editor's box
belongs to the person shown: a different person starts with an empty box.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import ContactKind
from eventmate.gui.person.commands import ContactCommand, Report, TagCommand
from eventmate.services.people.detail import ContactData

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.people.detail import PersonDetail


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonLists", text)


def contact_kind_labels() -> dict[ContactKind, str]:
    """Contact kinds in the app's words."""
    return {
        ContactKind.EMAIL: _tr("Email"),
        ContactKind.PHONE: _tr("Phone"),
        ContactKind.URL: _tr("Web"),
        ContactKind.SOCIAL: _tr("Social"),
    }


class ListEditor(QWidget):
    """A list with the new entry's field below it, then its kind, Add and Remove; Delete
    removes the selected entry."""

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        report: Report,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._stack, self._report = services, stack, report
        self._person_uid = ""
        self._shown: PersonDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(name)
        self.list.setMaximumHeight(130)
        layout.addWidget(self.list)
        self.value = QLineEdit()
        self.value.returnPressed.connect(self.add)
        self.add_button = QPushButton(_tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(_tr("Remove"))
        self.remove_button.setToolTip(
            _tr("Remove the selected entry (Delete); Ctrl+Z brings it back")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.remove_selected)

    def _finish_row(self, kind: QWidget | None = None) -> None:
        """The value gets a line of its own; its ``kind`` (if any), Add and Remove go under it.

        On one line with them the field was ~135 px wide at an 800 px window, too narrow to
        read what is typed. Tab goes value, kind, Add, Remove.
        """
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.addWidget(self.value)
        below = QHBoxLayout()
        if kind is not None:
            below.addWidget(kind)
        below.addStretch(1)
        below.addWidget(self.add_button)
        below.addWidget(self.remove_button)
        column.addLayout(below)
        chain = [self.value, *([kind] if kind is not None else []), self.add_button]
        for first, second in pairwise([*chain, self.remove_button]):
            QWidget.setTabOrder(first, second)

    def show_person(self, detail: PersonDetail) -> None:
        """Fill the list from ``detail``; the same person again keeps the selection and typing."""
        same = detail.uid == self._person_uid
        self._person_uid = detail.uid
        self._shown = detail
        selected = self.list.currentRow() if same else 0
        if not same:
            self.value.clear()
        self.list.clear()
        self._fill(detail)
        if self.list.count():
            self.list.setCurrentRow(min(max(selected, 0), self.list.count() - 1))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Only as tall as its entries (up to a few), and no box at all when there are none."""
        rows = self.list.count()
        self.list.setVisible(rows > 0)
        if rows:
            row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height())
            shown = min(rows, 5)
            self.list.setFixedHeight(row * shown + 2 * self.list.frameWidth() + 4)

    # The three hooks below are implemented by every editor (contacts, tags, facts); the base
    # class only lays out the list, the value field and the Add/Remove buttons.

    def _fill(self, detail: PersonDetail) -> None:
        """Put the person's entries of this editor's kind into the list (per subclass)."""
        raise NotImplementedError

    def add(self) -> None:
        """Add what is typed in the value field (per subclass)."""
        raise NotImplementedError

    def remove_selected(self) -> None:
        """Remove the selected entry, undoably (per subclass)."""
        raise NotImplementedError


class ContactsEditor(ListEditor):
    """Email addresses, phone numbers, web addresses and social handles."""

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, stack, report, _tr("Contact methods"), parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(_tr("Kind of contact"))
        for kind, label in contact_kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.value.setObjectName("newContact")
        self.value.setAccessibleName(_tr("New contact method"))
        self.value.setPlaceholderText(_tr("Address or number"))
        self._finish_row(self.kind)

    def _fill(self, detail: PersonDetail) -> None:
        labels = contact_kind_labels()
        for contact in detail.contacts:
            text = f"{labels[ContactKind(contact.kind)]}: {contact.value}"
            if contact.label:
                text += f" ({contact.label})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, contact)
            self.list.addItem(item)

    def add(self) -> None:
        value = self.value.text().strip()
        if not value:
            return
        data = ContactData(0, ContactKind(self.kind.currentData()), value)
        self._stack.push(
            ContactCommand(
                self._services.person,
                self._person_uid,
                data,
                True,
                _tr("Add contact"),
                self._report,
            )
        )
        self.value.clear()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        data: ContactData = item.data(Qt.ItemDataRole.UserRole)
        self._stack.push(
            ContactCommand(
                self._services.person,
                self._person_uid,
                data,
                False,
                _tr("Remove contact"),
                self._report,
            )
        )


class TagsEditor(ListEditor):
    """Tags on the person."""

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, stack, report, _tr("Tags"), parent)
        self.value.setObjectName("newTag")
        self.value.setAccessibleName(_tr("New tag"))
        self.value.setPlaceholderText(_tr("e.g. choir, chamber-music"))
        self._finish_row()

    def _fill(self, detail: PersonDetail) -> None:
        for tag in detail.tags:
            self.list.addItem(tag)

    def add(self) -> None:
        name = self.value.text().strip()
        if not name:
            return
        present = {self.list.item(i).text() for i in range(self.list.count())}
        if name not in present:
            self._stack.push(
                TagCommand(
                    self._services.person,
                    self._person_uid,
                    name,
                    True,
                    _tr("Add tag"),
                    self._report,
                )
            )
        self.value.clear()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._stack.push(
            TagCommand(
                self._services.person,
                self._person_uid,
                item.text(),
                False,
                _tr("Remove tag"),
                self._report,
            )
        )
