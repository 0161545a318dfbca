"""What I know about a person: facts under a heading per kind, edited in place, undoable.

Facts are named by uid, and an edit or a removal by the version the list showed: a fact
changed elsewhere meanwhile is merged or asked about (``fact_conflicts``), never written over.
The first write is made before the step is pushed (an exception inside ``QUndoStack.push``
would be swallowed by Qt and leave a step that never happened on the stack).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QPainter, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLineEdit,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from eventmate.domain.kinds import FactKind
from eventmate.gui.fact_words import FACT_ORDER, fact_kind_headings, fact_kind_labels
from eventmate.gui.person.commands import FactCommand, Report
from eventmate.gui.person.fact_conflicts import FactConflicts
from eventmate.gui.person.person_lists import ListEditor
from eventmate.gui.stale_dialog import Choice
from eventmate.services.changes import RecordGone
from eventmate.services.people.detail import FactData, SaveFailed

if TYPE_CHECKING:
    from eventmate.gui.undo_versions import Versions
    from eventmate.services.container import Services
    from eventmate.services.people.detail import PersonDetail


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonLists", text)


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


class FactsEditor(ListEditor):
    """What I know about the person, under a heading per kind, what they care about first.

    The list grows with its facts (the page scrolls, not the list). F2 or a double-click edits
    a fact's words in place; Delete removes it; the row below adds one of the chosen kind.
    """

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        versions: Versions,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, stack, report, _tr("What I know"), parent)
        self._versions = versions
        self._conflicts = FactConflicts(services.person, versions, self)
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
        self.value.setObjectName("newFact")
        self.value.setAccessibleName(_tr("New fact"))
        self.value.setPlaceholderText(_tr("Something they told you, or that you share"))
        self._finish_row(self.kind)  # the words on a line of their own, kind and Add under
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
        outcome = self._write(lambda: self._conflicts.edit(fact, text, self._subject()))
        if isinstance(outcome, FactData):
            self._push(fact, outcome, _tr("Edit fact"), outcome.version)
        elif outcome is Choice.CANCEL:
            QTimer.singleShot(0, lambda: self._edit_again(fact.uid, text))

    def add(self) -> None:
        text = self.value.text().strip()
        if not text:
            return
        after = FactData(0, FactKind(self.kind.currentData()), text)
        self._stack.push(
            FactCommand(
                self._services.person,
                self._person_uid,
                None,
                after,
                _tr("Add fact"),
                self._report,
                self._versions,
            )
        )
        self.value.clear()

    def remove_selected(self) -> None:
        fact = self.fact_at(self.list.currentRow())
        if fact is None:
            return
        outcome = self._write(lambda: self._conflicts.remove(fact, self._subject()))
        if isinstance(outcome, FactData):
            self._push(outcome, None, _tr("Remove fact"), 0)

    def _write(self, write: Callable[[], FactData | Choice]) -> FactData | Choice:
        """The first write of a step; refused or not made, the list shows what is stored."""
        try:
            outcome = write()
        except (RecordGone, ValueError, SaveFailed) as problem:
            self._report(problem)
            outcome = Choice.THEIRS
        if not isinstance(outcome, FactData):
            self._show_stored()
        return outcome

    def _push(self, before: FactData, after: FactData | None, text: str, version: int) -> None:
        self._stack.push(
            FactCommand(
                self._services.person,
                self._person_uid,
                before,
                after,
                text,
                self._report,
                self._versions,
                version=version,
                applied=True,
            )
        )

    def _subject(self) -> str:
        name = self._shown.name if self._shown is not None else ""
        return _tr("A fact about %1").replace("%1", name)

    def _show_stored(self) -> None:
        try:
            self.show_person(self._services.person.get(self._person_uid))
        except RecordGone as gone:
            self._report(gone)

    def _edit_again(self, fact_uid: str, text: str) -> None:
        """Cancel in "Changed elsewhere": the fact's editor opens again holding the typing."""
        for row in range(self.list.count()):
            fact = self.fact_at(row)
            if fact is not None and fact.uid == fact_uid:
                item = self.list.item(row)
                self.list.setCurrentItem(item)
                self.list.editItem(item)
                editor = QApplication.focusWidget()
                if isinstance(editor, QLineEdit):
                    editor.setText(text)
                return
