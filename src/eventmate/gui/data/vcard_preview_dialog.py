"""The vCard import preview: each card, who it becomes or updates, and what could not be read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
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

from eventmate.gui.style import heading, muted, muted_colour
from eventmate.gui.style.widgets import dialog_margins, primary
from eventmate.services.data.vcards import Addition, CardAction, CardPreview, MatchKind

if TYPE_CHECKING:
    from eventmate.services.data.vcards import VCardPreview

_ACTION = Qt.ItemDataRole.UserRole
_ACTION_COLUMN = 2
_ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("VCardPreviewDialog", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("VCardPreviewDialog", text, "", n)


def updates_text(updates: tuple[Addition, ...]) -> str:
    """What a card adds to someone, in the user's words ("a phone number, 2 tags")."""
    counts: dict[Addition, int] = {}
    for addition in updates:
        counts[addition] = counts.get(addition, 0) + 1
    words = {
        Addition.PRONUNCIATION: _tr("pronunciation"),
        Addition.ROLE: _tr("role"),
        Addition.ORGANIZATION: _tr("organisation"),
        Addition.CARD_UID: _tr("linked to this card"),
    }
    counted = {
        Addition.EMAIL: lambda n: _trn("%n e-mail addresses", n),
        Addition.PHONE: lambda n: _trn("%n phone numbers", n),
        Addition.URL: lambda n: _trn("%n web addresses", n),
        Addition.SOCIAL: lambda n: _trn("%n social profiles", n),
        Addition.TAG: lambda n: _trn("%n tags", n),
        Addition.FACT: lambda n: _trn("%n facts", n),
        Addition.NOTE: lambda n: _trn("%n notes", n),
    }
    ones = {
        Addition.EMAIL: _tr("an e-mail address"),
        Addition.PHONE: _tr("a phone number"),
        Addition.URL: _tr("a web address"),
        Addition.SOCIAL: _tr("a social profile"),
        Addition.TAG: _tr("a tag"),
        Addition.FACT: _tr("a fact"),
        Addition.NOTE: _tr("a note"),
    }
    parts = []
    for addition, count in counts.items():
        if addition in words:
            parts.append(words[addition])
        else:
            parts.append(ones[addition] if count == 1 else counted[addition](count))
    return ", ".join(parts)


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
        combo.setAccessibleName(
            QCoreApplication.translate("VCardPreviewDialog", "What happens to this card")
        )
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
                    "Nothing is saved until you choose Import. A card EventMate knows (by its "
                    "ID, or the same e-mail address or phone number as someone here) only adds "
                    "what is new to that person; nothing you wrote is changed. A similar name "
                    "is only a suggestion, unless the card holds nothing new. Change what "
                    "happens with F2 or a double click."
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
                    else self.tr(
                        "%n cards could not be read and will be skipped:", "", len(preview.skipped)
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
        """The actions offered for ``card`` (a card whose ID names someone is that person)."""
        if card.match is MatchKind.SAME_UID:
            return (CardAction.ADD_TO_EXISTING, CardAction.SKIP)
        if card.match_person_uid is not None:
            return (CardAction.ADD_TO_EXISTING, CardAction.CREATE, CardAction.SKIP)
        return (CardAction.CREATE, CardAction.SKIP)

    def describe(self, card: CardPreview, action: CardAction) -> str:
        """How ``action`` on ``card`` reads in the table."""
        if action is CardAction.SKIP:
            return self.tr("Leave out")
        if action is CardAction.ADD_TO_EXISTING:
            name = card.match_person_name
            if card.already_here:
                return self.tr("%1 is already here, nothing new").replace("%1", name)
            return (
                self.tr("%1 will be updated: %2")
                .replace("%1", name)
                .replace("%2", updates_text(card.updates))
            )
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
        # Cards that change nothing step back, so that what will change stands out.
        quiet = card.action is CardAction.SKIP or (
            card.action is CardAction.ADD_TO_EXISTING and card.already_here
        )
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if quiet:
                item.setForeground(muted_colour(self.table.palette()))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if column == _ACTION_COLUMN:
                flags |= Qt.ItemFlag.ItemIsEditable
                item.setData(_ACTION, card.action.value)
            item.setFlags(flags)
            item.setToolTip(text)
            self.table.setItem(row, column, item)

    def _update_summary(self) -> None:
        preview = self.preview
        new = preview.count(CardAction.CREATE)
        updated = preview.count(CardAction.ADD_TO_EXISTING)
        left_out = preview.count(CardAction.SKIP) + len(preview.skipped)
        self.summary.setText(
            self.tr("%1 new, %2 to update, %3 already here with nothing new, %4 left out.")
            .replace("%1", str(new))
            .replace("%2", str(updated))
            .replace("%3", str(preview.already_here))
            .replace("%4", str(left_out))
        )
        # Nothing new at all (the file was imported before): nothing to import.
        self.import_button.setEnabled(bool(new or updated))
