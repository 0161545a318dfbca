"""The list parts of a person page: contact methods, tags and facts, each add/remove undoable.

Each editor names its person by uid (and facts by theirs). Refusals (the person or the fact
is gone, the database is busy) go to the page's ``report``; the page refills the editors from
the changes every write publishes. Typing in an editor's box belongs to the person shown: a
different person starts with an empty box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence, QPainter, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.gui.fact_words import FACT_ORDER, fact_kind_headings, fact_kind_labels
from eventmate.gui.person.commands import ContactCommand, FactCommand, Report, TagCommand
from eventmate.services.people.detail import ContactData, FactData

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


class _ListEditor(QWidget):
    """A list with an "add" row below it; Delete removes the selected entry."""

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
        self.add_row = QHBoxLayout()
        layout.addLayout(self.add_row)
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

    def _finish_row(self) -> None:
        self.add_row.addWidget(self.value, 1)
        self.add_row.addWidget(self.add_button)
        self.add_row.addWidget(self.remove_button)

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


class ContactsEditor(_ListEditor):
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
        self.add_row.addWidget(self.kind)
        self.value.setAccessibleName(_tr("New contact method"))
        self.value.setPlaceholderText(_tr("Address or number"))
        self._finish_row()

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


class TagsEditor(_ListEditor):
    """Tags on the person."""

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, stack, report, _tr("Tags"), parent)
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


class _FactDelegate(QStyledItemDelegate):
    """Facts indented under their kind's heading; a little air above each heading."""

    INDENT = 14
    AIR = 6

    def _is_fact(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return isinstance(index.data(Qt.ItemDataRole.UserRole), FactData)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        shifted = QStyleOptionViewItem(option)
        if self._is_fact(index):
            shifted.rect = option.rect.adjusted(self.INDENT, 0, 0, 0)
        elif index.row() > 0:
            shifted.rect = option.rect.adjusted(0, self.AIR, 0, 0)
        super().paint(painter, shifted, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if not self._is_fact(index) and index.row() > 0:
            size.setHeight(size.height() + self.AIR)
        return size

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().updateEditorGeometry(editor, option, index)
        editor.setGeometry(editor.geometry().adjusted(self.INDENT, 0, 0, 0))


class FactsEditor(_ListEditor):
    """What I know about the person, under a heading per kind, what they care about first.

    The list grows with its facts (the page scrolls, not the list). F2 or a double-click edits
    a fact's words in place; Delete removes it; the row below adds one of the chosen kind.
    """

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, stack, report, _tr("What I know"), parent)
        self.list.setObjectName("factsList")
        self.list.setMaximumHeight(16_777_215)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(_FactDelegate(self.list))
        # Read like text on the page: no box around it.
        self.list.setStyleSheet("QListWidget#factsList { background: transparent; }")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.kind = QComboBox()
        self.kind.setObjectName("factKind")
        self.kind.setAccessibleName(_tr("Kind of fact"))
        for kind, label in fact_kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.add_row.addWidget(self.kind)
        self.value.setObjectName("newFact")
        self.value.setAccessibleName(_tr("New fact"))
        self.value.setPlaceholderText(_tr("Something they told you, or that you share"))
        self._finish_row()
        self.remove_button.hide()  # Delete removes the selected fact; the list says so
        self.list.setToolTip(_tr("F2 edits a fact · Delete removes it · Ctrl+Z undoes"))
        self.list.itemChanged.connect(self._edited)
        self._filling = False

    def _fill(self, detail: PersonDetail) -> None:
        self._filling = True
        labels, headings = fact_kind_labels(), fact_kind_headings()
        bold = QFont(self.list.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.1)  # as the page's other headings
        bold.setWeight(QFont.Weight.DemiBold)
        for kind in FACT_ORDER:
            facts = sorted(
                (f for f in detail.facts if FactKind(f.kind) is kind), key=lambda f: f.id
            )
            if not facts:
                continue
            title = QListWidgetItem(headings[kind])
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: never selected or edited
            title.setFont(bold)
            self.list.addItem(title)
            for fact in facts:
                item = QListWidgetItem(fact.text)
                item.setToolTip(labels[kind])
                item.setData(Qt.ItemDataRole.UserRole, fact)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, labels[kind])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
        self._filling = False
        self.list.setVisible(self.list.count() > 0)
        self._fit()

    def show_person(self, detail: PersonDetail) -> None:
        """Fill the list, keeping the current fact for the same person; a heading is never
        current, and nothing looks selected until the list is used."""
        same = detail.uid == self._person_uid
        old_row = self.list.currentRow() if same else 0
        current = self.fact_at(old_row) if same else None
        self._person_uid = detail.uid
        self._shown = detail
        if not same:
            self.value.clear()
        self.list.clear()
        self._fill(detail)
        rows = [row for row in range(self.list.count()) if self.fact_at(row) is not None]
        if not rows:
            return
        chosen = rows[0]
        if current is not None:
            same_fact = [row for row in rows if self.fact_at(row).uid == current.uid]  # type: ignore[union-attr]
            later = [row for row in rows if row >= old_row]
            chosen = (same_fact or later or rows[-1:])[0]
        flag = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            if self.list.hasFocus()
            else QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.list.setCurrentRow(chosen, flag)

    def fact_at(self, row: int) -> FactData | None:
        """The fact on ``row`` (None for a heading)."""
        item = self.list.item(row)
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, FactData) else None

    def shown(self) -> list[str]:
        """What the list shows, a fact as "Kind: text" (headings left out)."""
        labels = fact_kind_labels()
        return [
            f"{labels[FactKind(fact.kind)]}: {fact.text}"
            for row in range(self.list.count())
            if (fact := self.fact_at(row)) is not None
        ]

    def _fit(self) -> None:
        """As tall as its rows: the page scrolls, never the list."""
        rows = sum(self.list.sizeHintForRow(row) for row in range(self.list.count()))
        spacing = self.list.spacing() * 2 * self.list.count()
        self.list.setFixedHeight(rows + spacing + 2 * self.list.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped lines change the rows' heights."""
        super().resizeEvent(event)
        self._fit()

    def _edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        fact = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(fact, FactData):
            return
        text = item.text().strip()
        if not text or text == fact.text:
            if self._shown is not None:
                self.show_person(self._shown)  # nothing to save: show the fact as it is
            return
        after = FactData(fact.id, fact.kind, text, fact.created_at, fact.uid)
        self._stack.push(
            FactCommand(
                self._services.person, self._person_uid, fact, after, _tr("Edit fact"), self._report
            )
        )

    def add(self) -> None:
        text = self.value.text().strip()
        if not text:
            return
        after = FactData(0, FactKind(self.kind.currentData()), text)
        self._stack.push(
            FactCommand(
                self._services.person, self._person_uid, None, after, _tr("Add fact"), self._report
            )
        )
        self.value.clear()

    def remove_selected(self) -> None:
        fact = self.fact_at(self.list.currentRow())
        if fact is None:
            return
        self._stack.push(
            FactCommand(
                self._services.person,
                self._person_uid,
                fact,
                None,
                _tr("Remove fact"),
                self._report,
            )
        )
