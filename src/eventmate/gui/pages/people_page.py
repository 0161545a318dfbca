"""People: everyone I have met, filtered and sorted, loaded a page at a time; and one person.

The list follows changes without losing the user's place: rows that only changed are read
again in place; when people come or go it reloads and keeps the current person and the
scroll position. Records are named by uid throughout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.pages.people_filters import PeopleFilters
from eventmate.gui.person.people_model import PeopleListModel, PersonRowDelegate
from eventmate.gui.person.people_selection import count_rows, describe, selected_spans
from eventmate.gui.style import Space, heading, muted
from eventmate.gui.style.flow import FlowLayout
from eventmate.gui.style.widgets import page_margins
from eventmate.services.changes import Changes, Kind
from eventmate.services.people.people import PeopleFilter

if TYPE_CHECKING:
    from eventmate.gui.person.person_page import PersonPage
    from eventmate.services.container import Services
    from eventmate.services.people.people import PeopleSelection


class PeoplePage(QWidget):
    """The list of people (sortable, filterable) and, on Enter, the person's own page."""

    #: An event's uid (from a person's timeline).
    event_opened = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._services = services
        #: Undo history of list-wide actions (merges).
        self.undo_stack = QUndoStack(self)
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        page_margins(layout)
        layout.setSpacing(Space.S)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("People"), scale=1.5), 1)
        self.count_label = muted("")
        self.count_label.setObjectName("peopleCount")
        self.count_label.setWordWrap(False)  # "4 people" on one line, never one word a line
        top.addWidget(self.count_label)
        # The actions side by side, the second under the first in a narrow window (German's
        # longer words made the page 805 px wide).
        actions = QWidget()
        action_row = FlowLayout(actions, across=Space.S, down=Space.XS)
        self.duplicates_button = QPushButton(self.tr("Possible duplicates…"))
        self.duplicates_button.setObjectName("duplicatesButton")
        self.duplicates_button.clicked.connect(self.show_duplicates)
        action_row.addWidget(self.duplicates_button)
        self.export_button = QPushButton(self.tr("E&xport selected as contacts…"))
        self.export_button.setObjectName("exportSelectedButton")
        self.export_button.setToolTip(
            self.tr("Save the selected people as a vCard file for an address book (Ctrl+E)")
        )
        self.export_button.clicked.connect(self.export_selected)
        action_row.addWidget(self.export_button)
        top.addWidget(actions)
        layout.addLayout(top)
        self.filters = PeopleFilters(services.people)
        self.filters.changed.connect(self._apply_filters)
        layout.addWidget(self.filters)
        self._empty = muted(
            self.tr(
                "People you meet will appear here. Capture someone at your next break, "
                "or import your address book."
            )
        )
        layout.addWidget(self._empty)
        self.model = PeopleListModel(services.people, self)
        # A one-column table, not a QListView: QListView lays out every row on each reset
        # (200k rowCount calls at 100k people, ~300 ms); a table with fixed row heights
        # asks for only the rows on screen.
        self.view = QTableView()
        self.view.setObjectName("peopleList")
        self.view.setAccessibleName(self.tr("People"))
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl+click, Shift+arrows and Ctrl+A choose several people (e.g. to export them);
        # Enter and double-click still open the current one.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setItemDelegate(PersonRowDelegate(self.tr("resting"), self.view))
        self.view.setModel(self.model)
        self.view.activated.connect(self._open_index)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.status = muted("")
        self.status.setObjectName("peopleStatus")
        bottom.addWidget(self.status, 1)
        self.selection_label = muted("")
        self.selection_label.setObjectName("peopleSelected")
        bottom.addWidget(self.selection_label)
        layout.addLayout(bottom)
        self.pages.addWidget(list_page)
        self._build_list_actions(list_page)
        undo = self.undo_stack.createUndoAction(list_page, self.tr("&Undo"))
        redo = self.undo_stack.createRedoAction(list_page, self.tr("&Redo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            list_page.addAction(action)

        self._person_page: PersonPage | None = None
        #: Changes arrived while a person's page was showing: the list follows on the way back.
        self._stale = False
        self._stale_choices = False

    def _build_list_actions(self, list_page: QWidget) -> None:
        """Open and Export selected: in the list's context menu; Ctrl+E while the list shows."""
        open_action = QAction(self.tr("&Open"), self.view)
        open_action.triggered.connect(lambda: self._open_index(self.view.currentIndex()))
        self.export_action = QAction(self.tr("&Export selected as contacts…"), list_page)
        self.export_action.setObjectName("exportSelectedAction")
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])
        # The whole window while the list shows (from the sidebar or the search box too);
        # nothing else in the main window uses Ctrl+E.
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.export_action.triggered.connect(self.export_selected)
        list_page.addAction(self.export_action)
        self.view.addActions([open_action, self.export_action])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._on_view_selection_changed()

    @property
    def person_page(self) -> PersonPage:
        """The person page, built the first time someone is opened (the list paints first)."""
        if self._person_page is None:
            from eventmate.gui.person.person_page import PersonPage

            page = PersonPage(self._services)
            page.back_requested.connect(self.show_list)
            page.event_opened.connect(self.event_opened)
            self.pages.addWidget(page)
            self._person_page = page
        return self._person_page

    # -- list -----------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Follow what changed: the open person's page, the filter menus, the list's rows."""
        if self._person_page is not None:
            self._person_page.on_changes(changes)
        if changes.reset:
            # Merges recorded before a restore name rows the restored file may not have.
            self.undo_stack.clear()
        choices = changes.touches(Kind.TAG, Kind.EVENT)
        if not (choices or changes.touches(Kind.PERSON)):
            return
        if self.pages.currentIndex() != 0:
            self._stale = True
            self._stale_choices = self._stale_choices or choices
            return
        self._follow(choices)

    def _follow(self, choices: bool) -> None:
        """Update the list for changes, keeping the current person and the scroll position."""
        self._stale = self._stale_choices = False
        if choices:
            self.filters.fill_choices()
        filters = self.filters.current()
        if filters != self.model.filters:  # a filter's tag or event is gone
            self._apply_filters()
            return
        if self.model.refresh_in_place(*self._rows_on_screen()):
            return
        current = self.view.currentIndex().data(Qt.ItemDataRole.UserRole)
        scrolled = self.view.verticalScrollBar().value()
        self.model.reload()
        self._show_counts()
        self.view.verticalScrollBar().setValue(scrolled)
        row = None
        if current is not None:
            row = self._services.people.locate(str(current), filters, self.model.sort_order)
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        elif self.model.rowCount():  # the current person is gone: the first one in sight
            self.view.setCurrentIndex(self.model.index(max(self.view.rowAt(0), 0)))
        self._on_view_selection_changed()

    def _rows_on_screen(self) -> tuple[int, int]:
        top = max(self.view.rowAt(0), 0)
        bottom = self.view.rowAt(self.view.viewport().height() - 1)
        return top, bottom if bottom >= 0 else max(self.model.rowCount() - 1, top)

    def refresh(self) -> None:
        """Reload filter menus and the list from the first page (when the list is showing)."""
        self.filters.fill_choices()
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.model.reload(self.filters.current(), self.filters.sort())
        self._stale = self._stale_choices = False
        self._show_counts()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))
        # A reset clears the selection without selectionChanged (an empty list selects none).
        self._on_view_selection_changed()

    def _show_counts(self) -> None:
        everyone = self._services.people.count() if self.model.total == 0 else None
        self._empty.setVisible(everyone == 0)
        self.view.setVisible(everyone != 0)
        if everyone:
            self.status.setText(self.tr("Nobody matches these filters."))
        else:
            self.status.setText("")
        total = self.model.total
        self.count_label.setText(
            self.tr("1 person") if total == 1 else self.tr("%Ln people", "", total)
        )

    def show_list(self) -> None:
        """Back from a person to the list (following changes, the person selected)."""
        person_uid = self._person_page.person_uid if self._person_page is not None else None
        self.pages.setCurrentIndex(0)
        if self._stale:
            self._follow(self._stale_choices)
        if person_uid is not None:
            row = self.model.row_of(person_uid)
            if row is None:
                row = self._services.people.locate(
                    person_uid, self.model.filters, self.model.sort_order
                )
            if row is not None:
                index = self.model.index(row)
                if self.view.selectionModel().isSelected(index):
                    # Back from one of several selected people: keep the others selected.
                    self.view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.NoUpdate
                    )
                else:
                    self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
        self.view.setFocus()

    def _open_index(self, index: QModelIndex) -> None:
        person_uid = index.data(Qt.ItemDataRole.UserRole)
        if person_uid is not None:
            self.select_person(str(person_uid))

    def select_person(self, person_uid: str) -> None:
        """Open the page of the person with ``person_uid`` (from the list, Home or search)."""
        self.person_page.open_person(person_uid)
        self.pages.setCurrentWidget(self.person_page)
        # The page opens to be read, not typed into: its "Edit details" button has the focus
        # (set by open_person), so the window's keys (Ctrl+Shift+E, Ctrl+K) reach it.

    # -- selection and export -------------------------------------------------------------

    def _on_view_selection_changed(self) -> None:
        # Counted from the selection's ranges (one per click or Ctrl+A), never row by row.
        count = count_rows(selected_spans(self.view.selectionModel()))
        self.selection_label.setText(self.tr("%Ln people selected", "", count) if count > 1 else "")
        self.export_action.setEnabled(count > 0)
        self.export_button.setEnabled(count > 0)

    def selection(self) -> PeopleSelection | None:
        """The people selected in the list, or the person whose page is showing."""
        if self.pages.currentIndex() != 0:
            page = self._person_page
            uid = page.person_uid if page is not None else None
            person_id = self._services.records.id_of(Kind.PERSON, uid) if uid else None
            if uid is None or person_id is None:
                return None
            from eventmate.services.people.people import PeopleSelection

            name = self._services.person.get(uid).name
            sort = self.filters.sort()
            return PeopleSelection(PeopleFilter(), sort, 1, (person_id,), name=name)
        return describe(self.model, selected_spans(self.view.selectionModel()))

    def export_selected(self) -> QDialog | None:
        """Open Export with "the people selected" chosen (vCard 3.0 unless changed)."""
        selection = self.selection()
        if selection is None:
            return None
        from eventmate.gui.data.export_dialog import ExportDialog

        services = self._services
        dialog = ExportDialog(lambda: services, self, selection=selection, selected_first=True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- duplicates -----------------------------------------------------------------------

    def show_duplicates(self) -> None:
        """Open the side-by-side duplicates dialog."""
        from eventmate.gui.person.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self._services, self.undo_stack, self._after_merge, self)
        dialog.exec()

    def _after_merge(self) -> None:
        # The list itself follows the merge's changes.
        self.status.setText(self.tr("Merged. Ctrl+Z here brings both people back."))
