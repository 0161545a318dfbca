"""Events: upcoming first (soonest at the top), then past ones; filter, add, edit, delete, undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.events.event_model import EventFilterModel, EventListModel, EventRole
from eventmate.gui.events.events_view import EventsView
from eventmate.gui.style import Space, body, heading, muted
from eventmate.gui.style.widgets import page_margins
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from eventmate.gui.events.event_dialog import EventDialog
    from eventmate.services.container import Services
    from eventmate.services.events.snapshots import DeletedEvent


#: More changed events than this at once (an import) reload the list instead of updating rows.
PRECISE_LIMIT = 50


class DeleteEventCommand(QUndoCommand):
    """Deleting an event; undo restores it (same uid) with everything that belonged to it."""

    def __init__(self, page: EventsPage, event_uid: str, title: str) -> None:
        super().__init__(page.tr("Delete “%1”").replace("%1", title))
        self._page = page
        self._event_uid = event_uid
        self._deleted: DeletedEvent | None = None

    def redo(self) -> None:
        from eventmate.services.records import KeptByOthers, RecordGone

        try:
            self._deleted = self._page.services.events.delete(self._event_uid)
        except KeptByOthers as kept:  # a team's server keeps it: nothing to undo
            self._deleted = None
            self.setObsolete(True)
            self._page.show_notice(str(kept), undo=False)
            return
        except RecordGone:
            self._deleted = None
            self._page.on_changes(Changes(deleted=frozenset({(Kind.EVENT, self._event_uid)})))
            self._page.show_notice(
                QCoreApplication.translate("EventsPage", "This event no longer exists."), undo=False
            )
            return
        self._page.on_changes(self._deleted.changes)
        self._page.show_notice(
            QCoreApplication.translate("EventsPage", "“%1” deleted.").replace(
                "%1", self._deleted.title
            ),
            undo=True,
        )

    def undo(self) -> None:
        if self._deleted is None:
            return
        self._page.on_changes(self._page.services.events.restore(self._deleted))
        self._page.select_event(self._event_uid)
        self._page.show_notice(
            QCoreApplication.translate("EventsPage", "“%1” is back.").replace(
                "%1", self._deleted.title
            ),
            undo=False,
        )


class EventsPage(QWidget):
    """All events in one list, grouped into upcoming and past, filtered as you type.

    The page keeps the selected event's uid; what changed elsewhere updates just those rows.
    """

    prepare_requested = Signal(str)
    message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("eventsPage")
        self.undo_stack = QUndoStack(self)
        #: The event dialog while it is open (it hears about its event going away).
        self._dialog: EventDialog | None = None
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.setSpacing(Space.S)
        # The filter beside the heading, the buttons on a line of their own: on one line with
        # the buttons the filter was ~195 px at an 800 px window (~170 in German), its hint
        # cut off. Reading order stays Tab order: filter, buttons, list.
        top = QHBoxLayout()
        top.setSpacing(Space.L)
        top.addWidget(heading(self.tr("Events"), scale=1.5))
        self.filter = QLineEdit()
        self.filter.setObjectName("eventsFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title, venue, city or kind"))
        self.filter.setAccessibleName(self.tr("Filter events"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaxLength(200)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.installEventFilter(self)
        top.addWidget(self.filter, 1)
        layout.addLayout(top)
        tools = QHBoxLayout()
        self.new_button = self._button(self.tr("New event"), "newEventButton", self.new_event)
        self.new_button.setToolTip(self.tr("New event (Ctrl+N)"))
        self.prepare_button = self._button(self.tr("Prepare"), "prepareButton", self._prepare)
        self.prepare_button.setToolTip(self.tr("Intentions and briefing (Ctrl+Shift+P)"))
        self.edit_button = self._button(self.tr("Edit…"), "editEventButton", self.edit_current)
        self.edit_button.setToolTip(self.tr("Edit the event (Enter)"))
        self.delete_button = self._button(
            self.tr("Delete"), "deleteEventButton", self.delete_current
        )
        self.delete_button.setToolTip(self.tr("Delete the event (Delete); you can undo it"))
        for button in (self.new_button, self.prepare_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)

        self.notice = QFrame()
        self.notice.setObjectName("eventsNotice")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(10, 4, 6, 4)
        self.notice_label: QLabel = body("")
        self.notice_label.setObjectName("eventsNoticeText")
        notice_row.addWidget(self.notice_label, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoDeleteButton")
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        notice_row.addWidget(self.undo_button)
        self.notice.hide()
        layout.addWidget(self.notice)

        self._empty = muted(
            self.tr("Going to a concert soon? Add it and set an intention — one is enough.")
        )
        self._no_match = muted(self.tr("No event matches. Try fewer words."))
        layout.addWidget(self._empty)
        layout.addWidget(self._no_match)
        self.model = EventListModel(self)
        self.proxy = EventFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = EventsView(self.proxy)
        self.view.setObjectName("eventsList")
        self.view.setAccessibleName(self.tr("Events"))
        self.view.activated.connect(self._on_view_activated)
        self.view.installEventFilter(self)
        layout.addWidget(self.view, 1)
        self._add_actions()
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- reading ----------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Update the rows of the events that changed (all of them after a reset)."""
        if self._dialog is not None:
            self._dialog.on_changes(changes)
        uids = changes.uids(Kind.EVENT)
        if changes.reset or len(uids) > PRECISE_LIMIT:
            self.refresh()
            return
        if not uids:
            return
        current = self.current_event_uid()
        shown_row = self.view.currentIndex().row()
        rows = self.services.events.rows(uids)
        self.model.apply({uid: rows.get(uid) for uid in uids}, self.services.events.now())
        if self.proxy.filter_active():
            self.proxy.invalidate_rows()
        self.view.size_rows()
        self._update_empty()
        if current is not None and current not in rows and changes.changed(Kind.EVENT, current):
            self._select_near(shown_row)
        elif self.current_event_uid() is None:
            self._select_first()
        self._update_buttons()

    def refresh(self) -> None:
        """Reload every event, keeping the current one selected."""
        from eventmate.services.clock import system_clock

        current = self.current_event_uid()
        self.model.set_events(self.services.events.list_events(), system_clock())
        self._update_empty()
        if current is not None:
            self.select_event(current)
        if self.current_event_uid() is None:
            self._select_first()
        self._update_buttons()

    def current_event_uid(self) -> str | None:
        """The selected event's uid, if any."""
        value = self.view.currentIndex().data(EventRole.UID)
        return str(value) if value is not None else None

    def select_event(self, event_uid: str) -> bool:
        """Select the event with ``event_uid`` (clearing the filter if it hides it).

        Returns:
            Whether it is listed (False: it no longer exists).
        """
        row = self.model.row_of(event_uid)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    # -- actions ----------------------------------------------------------------------------

    def new_event(self) -> None:
        """Open the dialog for a new event; select it once saved."""
        from eventmate.gui.events.event_dialog import EventDialog

        self._run_dialog(EventDialog(self.services, None, self))

    def edit_current(self) -> None:
        """Open the selected event in the dialog."""
        from eventmate.gui.events.event_dialog import EventDialog

        event_uid = self.current_event_uid()
        if event_uid is None:
            return
        detail = self.services.events.get(event_uid)
        if detail is None:
            self.on_changes(Changes(deleted=frozenset({(Kind.EVENT, event_uid)})))
            self.show_notice(self.tr("This event no longer exists."), undo=False)
            return
        self._run_dialog(EventDialog(self.services, detail, self))

    def _run_dialog(self, dialog: EventDialog) -> None:
        self._dialog = dialog
        try:
            accepted = dialog.exec()
        finally:
            self._dialog = None
        if accepted and dialog.saved is not None:
            self.on_changes(dialog.saved.changes)
            self.select_event(dialog.saved.uid)
            self.message.emit(self.tr("Event saved."))

    def delete_current(self) -> None:
        """Delete the selected event (undoable)."""
        index = self.view.currentIndex()
        event_uid = index.data(EventRole.UID)
        if event_uid is None:
            return
        following = self._neighbour(index.row())
        self.undo_stack.push(DeleteEventCommand(self, str(event_uid), str(index.data())))
        if self.services.records.exists(Kind.EVENT, str(event_uid)):
            self.select_event(str(event_uid))  # kept (by a team's server): still there
        elif following is not None:
            self.select_event(following)
        self.view.setFocus()

    def show_notice(self, text: str, *, undo: bool) -> None:
        """Show a calm one-line notice above the list (and in the status bar)."""
        self.notice_label.setText(text)
        self.undo_button.setVisible(undo)
        self.notice.show()
        self.message.emit(text + (" " + self.tr("Undo with Ctrl+Z.") if undo else ""))

    def _neighbour(self, row: int) -> str | None:
        """The event shown after ``row`` (or else before it), to select after a delete."""
        for other in (*range(row + 1, self.proxy.rowCount()), *range(row - 1, -1, -1)):
            value = self.proxy.index(other, 0).data(EventRole.UID)
            if value is not None:
                return str(value)
        return None

    def _select_near(self, row: int) -> None:
        """Select the event now at ``row`` in the view, or the nearest one before it."""
        for other in (*range(row, self.proxy.rowCount()), *range(row - 1, -1, -1)):
            index = self.proxy.index(other, 0)
            if index.data(EventRole.UID) is not None:
                self.view.setCurrentIndex(index)
                return

    def _select_first(self) -> None:
        for row in range(min(self.proxy.rowCount(), 3)):
            index = self.proxy.index(row, 0)
            if index.data(EventRole.UID) is not None:
                self.view.setCurrentIndex(index)
                return

    def _prepare(self) -> None:
        event_uid = self.current_event_uid()
        if event_uid is not None:
            self.prepare_requested.emit(event_uid)

    # -- plumbing ---------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _add_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bindings: list[tuple[str, list[QKeySequence], object]] = [
            ("newEventAction", [QKeySequence(QKeySequence.StandardKey.New)], self.new_event),
            ("prepareAction", [QKeySequence("Ctrl+Shift+P")], self._prepare),
            (
                "undoAction",
                [*QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)],
                self.undo_stack.undo,
            ),
            (
                "redoAction",
                [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)],
                self.undo_stack.redo,
            ),
        ]
        for name, keys, slot in bindings:
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcuts(keys)
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            self.addAction(action)

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self.view.size_rows()
        self._update_empty()
        if self.current_event_uid() is None:
            self._select_first()
        self._update_buttons()

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _update_empty(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self._empty.setVisible(total == 0)
        self._no_match.setVisible(total > 0 and shown == 0)
        self.view.setVisible(shown > 0)

    def _update_buttons(self, *_args: object) -> None:
        has = self.current_event_uid() is not None
        for button in (self.prepare_button, self.edit_button, self.delete_button):
            button.setEnabled(has)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys from the filter move in the list; Delete in the list deletes."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.filter:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    self.view.setFocus()
                    if self.current_event_uid() is None:
                        self._select_first()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proxy.rowCount():
                    self.view.setFocus()
                    if self.current_event_uid() is None:
                        self._select_first()
                    return True
                if key == Qt.Key.Key_Escape and self.filter.text():
                    self.filter.clear()
                    return True
            elif watched is self.view and key == Qt.Key.Key_Delete:
                self.delete_current()
                return True
        return super().eventFilter(watched, event)
