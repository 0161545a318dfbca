"""The search results panel: rows grouped by kind, matched words in bold, over the current page.

Built the first time a search runs, not with the window: its widgets and Qt's enum namespace
are not needed to paint the window at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.search.results_model import (
    HeadingRole,
    HitRole,
    RichTextRole,
    SearchResultsModel,
)
from eventmate.gui.style import muted_colour
from eventmate.services.search.hits import SearchHit, SearchResults

_Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    """Paints a row's :data:`RichTextRole` (escaped user text with matched words in bold)."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(str(index.data(RichTextRole) or ""))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        document = self._document(opt, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        if selected:
            colour = palette.color(QPalette.ColorRole.HighlightedText)
        elif index.data(HeadingRole):
            colour = muted_colour(palette)
        else:
            colour = palette.color(QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        painter.translate(opt.rect.left() + 6, opt.rect.top() + 3)
        document.documentLayout().draw(painter, context)
        painter.restore()


class ResultsPanel(QFrame):
    """The floating panel under the search field: a list of results, or "Nothing found"."""

    #: A result was clicked.
    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.nothing = QLabel()
        self.nothing.setTextFormat(Qt.TextFormat.PlainText)
        self.nothing.setObjectName("searchNothing")
        self.nothing.setWordWrap(True)
        self.nothing.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.nothing)
        self.model = SearchResultsModel(self)
        self.list = QListView()
        self.list.setObjectName("searchResultsList")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setModel(self.model)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        # Long captures are cut at the panel's edge rather than scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.clicked.connect(lambda index: self._emit_hit(index))
        layout.addWidget(self.list)
        self.hide()

    def show_results(self, results: SearchResults, text: str, field: QLineEdit) -> None:
        """Show ``results`` for ``text`` under ``field``, the first result current."""
        self.model.set_results(results)
        empty = self.model.rowCount() == 0
        self.nothing.setText(
            self.tr("Nothing found for “%1”.").replace("%1", " ".join(text.split())[:80])
        )
        self.nothing.setVisible(empty)
        self.list.setVisible(not empty)
        first = self.model.first_hit_row()
        if first is not None:
            self.list.setCurrentIndex(self.model.index(first))
        self._place_under(field)

    def _place_under(self, field: QLineEdit) -> None:
        parent = self.parentWidget()
        assert parent is not None
        top_left = field.mapTo(parent, QPoint(0, field.height() + 2))
        width = min(max(field.width(), 640), parent.width() - top_left.x() - 8)
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.model.rowCount()))
        height = min(max(rows + 16, 48), int(parent.height() * 0.7))
        self.setGeometry(top_left.x(), top_left.y(), width, height)
        self.show()
        self.raise_()

    def step(self, step: int) -> None:
        """Move the current row ``step`` results down (up if negative), skipping headings."""
        count = self.model.rowCount()
        row = self.list.currentIndex().row()
        for _ in range(count):
            row = (row + step) % count if count else -1
            if self.model.hit_at(row) is not None:
                self.list.setCurrentIndex(self.model.index(row))
                return

    def current_hit(self) -> SearchHit | None:
        """The result on the current row, if any."""
        index = self.list.currentIndex()
        hit: SearchHit | None = index.data(HitRole) if index.isValid() else None
        return hit

    def _emit_hit(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(HitRole) if index.isValid() else None
        if hit is not None:
            self.chosen.emit(hit)
