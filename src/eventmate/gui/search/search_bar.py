"""Search everywhere from one box: results as you type, grouped by kind, opened with Enter."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
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
from eventmate.gui.widgets import muted_colour

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.search_types import SearchHit

_Index = QModelIndex | QPersistentModelIndex
#: Results shown per kind while typing.
RESULTS_PER_KIND = 5
#: Wait this long after a keystroke before searching (typing bursts cost one search).
TYPING_PAUSE_MS = 40


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


class SearchBar(QWidget):
    """The search field; results appear in a panel under it, over the current page."""

    result_chosen = Signal(object)
    problem = Signal(str)

    def __init__(self, services: Callable[[], Services], overlay_parent: QWidget) -> None:
        super().__init__()
        self.setObjectName("searchBar")
        self._services = services
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Search people, notes, events…"))
        self.field.setAccessibleName(self.tr("Search everywhere"))
        self.field.setToolTip(self.tr("Search everywhere (Ctrl+K or Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(560)
        layout.addStretch(1)
        layout.addWidget(self.field, 4)
        layout.addStretch(1)

        self.panel = QFrame(overlay_parent)
        self.panel.setObjectName("searchResults")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setAutoFillBackground(True)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(4, 4, 4, 4)
        self.nothing = QLabel()
        self.nothing.setTextFormat(Qt.TextFormat.PlainText)
        self.nothing.setObjectName("searchNothing")
        self.nothing.setWordWrap(True)
        self.nothing.setContentsMargins(8, 8, 8, 8)
        panel_layout.addWidget(self.nothing)
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
        self.list.clicked.connect(self._open_index)
        panel_layout.addWidget(self.list)
        self.panel.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textEdited.connect(lambda _text: self._timer.start())
        self.field.installEventFilter(self)

    # -- searching ------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the field with its text selected (Ctrl+K / Ctrl+F)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Search for the field's text now and show the results."""
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self.hide_results()
            return
        results = self._services().search.search(text, RESULTS_PER_KIND)
        if results.failed:
            self.problem.emit(self.tr("That search could not run; try other words."))
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
        self._place_panel()

    def _place_panel(self) -> None:
        parent = self.panel.parentWidget()
        assert parent is not None
        top_left = self.field.mapTo(parent, QPoint(0, self.field.height() + 2))
        width = min(max(self.field.width(), 640), parent.width() - top_left.x() - 8)
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.model.rowCount()))
        height = min(max(rows + 16, 48), int(parent.height() * 0.7))
        self.panel.setGeometry(top_left.x(), top_left.y(), width, height)
        self.panel.show()
        self.panel.raise_()

    def hide_results(self) -> None:
        """Close the results panel (the text stays)."""
        self.panel.hide()

    # -- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            # Clicking a result arrives after focus leaves: close a moment later.
            QTimer.singleShot(150, self._hide_unless_focused)
        return False

    def _hide_unless_focused(self) -> None:
        if not self.field.hasFocus():
            self.hide_results()

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.panel.isVisible():
                self.run_search()
            else:
                self._step(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self.panel.isVisible():
                self.run_search()
            self._open_index(self.list.currentIndex())
            return True
        if key == Qt.Key.Key_Escape:
            if self.panel.isVisible():
                self.hide_results()
            else:
                self.field.clear()
                self.field.clearFocus()
            return True
        return False

    def _step(self, step: int) -> None:
        count = self.model.rowCount()
        row = self.list.currentIndex().row()
        for _ in range(count):
            row = (row + step) % count if count else -1
            if self.model.hit_at(row) is not None:
                self.list.setCurrentIndex(self.model.index(row))
                return

    def _open_index(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(HitRole) if index.isValid() else None
        if hit is None:
            return
        self.hide_results()
        self.result_chosen.emit(hit)
