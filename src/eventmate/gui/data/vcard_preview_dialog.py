"""The vCard import preview: each card, who it becomes, and what could not be read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.style import heading, muted
from eventmate.gui.style.widgets import dialog_margins, primary
from eventmate.services.data.vcards import CardAction, CardPreview, MatchKind

if TYPE_CHECKING:
    from eventmate.services.data.vcards import VCardPreview

_ACTION = Qt.ItemDataRole.UserRole
_ACTION_COLUMN = 2
_ModelIndex = QModelIndex | QPersistentModelIndex


class _ActionDelegate(QStyledItemDelegate):
    """A combo box for "what happens" on cards that match someone already here."""

    def __init__(self, dialog: VCardPreviewDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, index: _ModelIndex
    ) -> QWidget:
        card = self._dialog.preview.cards[index.row()]
        combo = QComboBox(parent)
        combo.setAccessibleName(self._dialog.tr("What happens to this card"))
        for action in self._dialog.choices(card):
            combo.addItem(self._dialog.describe(card, action), action.value)
        # A choice (click, arrow key, Enter) takes effect at once.
        combo.activated.connect(lambda _index: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(_ACTION)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        self._dialog.set_action(index.row(), CardAction(editor.currentData()))


class VCardPreviewDialog(QDialog):
    """Shows what an import would do; the user may change each card's action."""

    def __init__(self, preview: VCardPreview, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vcardPreviewDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(760, 520)
        self.preview = preview
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.addWidget(heading(self.tr("Import contacts from %1").replace("%1", file_name)))
        layout.addWidget(
            muted(
                self.tr(
                    "Nothing is saved until you choose Import. Cards with the same e-mail "
                    "address or phone number as someone here add to that person; a similar "
                    "name is only a suggestion. Change what happens with F2 or a double click."
                )
            )
        )
        label = QLabel(self.tr("&Cards"), self)
        layout.addWidget(label)
        self.table = QTableWidget(len(preview.cards), 3, self)
        self.table.setObjectName("cardTable")
        self.table.setAccessibleName(self.tr("Cards in the file"))
        label.setBuddy(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Details"), self.tr("What happens")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 300)
        # "New person (or the same as …?)" needs the room more than the details do.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(_ACTION_COLUMN, _ActionDelegate(self))
        for row, card in enumerate(preview.cards):
            self._fill(row, card)
        layout.addWidget(self.table, 1)
        if preview.skipped:
            layout.addWidget(
                QLabel(
                    self.tr("1 card could not be read and will be skipped:")
                    if len(preview.skipped) == 1
                    else self.tr("%1 cards could not be read and will be skipped:").replace(
                        "%1", str(len(preview.skipped))
                    ),
                    self,
                )
            )
            problems = QPlainTextEdit("\n".join(preview.skipped), self)
            problems.setObjectName("skippedCards")
            problems.setReadOnly(True)
            problems.setAccessibleName(self.tr("Cards that will be skipped"))
            problems.setMaximumHeight(90)
            layout.addWidget(problems)
        self.summary = muted("", self)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importButton")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        primary(self.import_button)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_summary()
        if preview.cards:
            self.table.selectRow(0)
        self.table.setFocus()

    # -- actions -------------------------------------------------------------------------

    def choices(self, card: CardPreview) -> tuple[CardAction, ...]:
        """The actions offered for ``card``."""
        if card.match_person_id is not None:
            return (CardAction.ADD_TO_EXISTING, CardAction.CREATE, CardAction.SKIP)
        return (CardAction.CREATE, CardAction.SKIP)

    def describe(self, card: CardPreview, action: CardAction) -> str:
        """How ``action`` on ``card`` reads in the table."""
        if action is CardAction.SKIP:
            return self.tr("Leave out")
        if action is CardAction.ADD_TO_EXISTING:
            return self.tr("Add to %1").replace("%1", card.match_person_name)
        if card.match is MatchKind.SIMILAR_NAME:
            return self.tr("New person (or the same as %1?)").replace("%1", card.match_person_name)
        return self.tr("New person")

    def set_action(self, row: int, action: CardAction) -> None:
        """Change what happens to the card in ``row``."""
        self.preview = self.preview.with_action(row, action)
        self._fill(row, self.preview.cards[row])
        self._update_summary()

    def _fill(self, row: int, card: CardPreview) -> None:
        details = ", ".join(p for p in (card.detail, *card.emails, *card.phones) if p)
        if card.notes:
            details += " — " + "; ".join(card.notes)
        texts = (card.name, details, self.describe(card, card.action))
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if column == _ACTION_COLUMN:
                flags |= Qt.ItemFlag.ItemIsEditable
                item.setData(_ACTION, card.action.value)
            item.setFlags(flags)
            item.setToolTip(text)
            self.table.setItem(row, column, item)

    def _update_summary(self) -> None:
        cards = self.preview.cards
        new = sum(c.action is CardAction.CREATE for c in cards)
        added = sum(c.action is CardAction.ADD_TO_EXISTING for c in cards)
        self.summary.setText(
            self.tr("%1 new, %2 added to people already here, %3 left out.")
            .replace("%1", str(new))
            .replace("%2", str(added))
            .replace("%3", str(len(cards) - new - added + len(self.preview.skipped)))
        )
        self.import_button.setEnabled(bool(new or added))
