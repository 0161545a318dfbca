"""Journal: my reflections, the most recent event first, searchable, with "On this day".

Entries are kept by uid; the page reads again only when a reflection or an event it shows
changed, and never touches the search being typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.formatting import local_date, plain_markdown
from eventmate.gui.style import Space, TextStyle, heading, muted
from eventmate.gui.style.delegates import BODY_ROLE, META_ROLE, CardRowDelegate
from eventmate.gui.style.widgets import page_margins
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from eventmate.services.after.journal import JournalEntry
    from eventmate.services.after.reflection import PastEvent
    from eventmate.services.container import Services


def _entry_item(entry: JournalEntry) -> QListWidgetItem:
    # Shown as a card row: the event, its date, then the words as read (not as typed in
    # Markdown: no stars or hashes).
    first_answer = next((a for a in entry.answers.values() if a.strip()), "")
    written = entry.body if entry.body.strip() else first_answer
    # Headings name parts of a long entry; the excerpt is the words themselves.
    words = "\n".join(line for line in written.splitlines() if not line.lstrip().startswith("#"))
    excerpt = plain_markdown(words[:2000])[:400]
    when = local_date(entry.event_starts_at)
    item = QListWidgetItem(entry.event_title)
    item.setData(META_ROLE, when)
    item.setData(BODY_ROLE, excerpt)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.event_title}, {when}: {excerpt}")
    item.setData(Qt.ItemDataRole.UserRole, entry.event_uid)
    return item


class EventPicker(QDialog):
    """Choose a recent past event to reflect on (type to filter, Enter to open)."""

    def __init__(self, events: tuple[PastEvent, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reflect on an event"))
        self._events = events
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find an event"))
        self.filter.setAccessibleName(self.tr("Find an event"))
        self.filter.textChanged.connect(self._fill)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recent events"))
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reflect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.installEventFilter(self)
        self._fill("")
        self.resize(480, 420)

    def _fill(self, text: str) -> None:
        from eventmate.domain.text import fold

        words = fold(text).split()
        self.list.clear()
        for event in self._events:
            if all(word in fold(event.title) for word in words):
                mark = self.tr("  · reflected") if event.has_reflection else ""
                item = QListWidgetItem(f"{event.title} — {local_date(event.starts_at)}{mark}")
                item.setData(Qt.ItemDataRole.UserRole, event.uid)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up/Down in the filter move through the list."""
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in arrows
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
            self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def chosen(self) -> str | None:
        """The chosen event's uid."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class JournalPage(QWidget):
    """All reflections, newest first; filter as you type; "On this day" from earlier years."""

    #: The uid of the event whose reflection to open.
    reflect_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        #: Uids of the events and reflections shown (to tell which changes concern the page).
        self._shown: set[str] = set()
        self._past: set[str] = set()
        self.setObjectName("journalPage")
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.setSpacing(Space.M)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Journal"), style=TextStyle.TITLE), 1)
        self.reflect_button = QPushButton(self.tr("&Reflect on an event…"))
        self.reflect_button.setObjectName("reflectOnEventButton")
        self.reflect_button.clicked.connect(self.pick_event)
        top.addWidget(self.reflect_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.prompts_button = QPushButton(self.tr("&Prompts…"))
        self.prompts_button.setObjectName("editPromptsButton")
        self.prompts_button.setToolTip(self.tr("Change the questions a reflection asks"))
        self.prompts_button.clicked.connect(self.edit_prompts)
        top.addWidget(self.prompts_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.search = QLineEdit()
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Search your reflections"))
        self.search.setAccessibleName(self.tr("Search your reflections"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._fill)
        self.search.textChanged.connect(self._search_timer.start)
        layout.addWidget(self.search)
        self.on_this_day_title = heading(self.tr("On this day"), style=TextStyle.SUBHEADING)
        layout.addWidget(self.on_this_day_title)
        self.on_this_day = QListWidget()
        self.on_this_day.setObjectName("onThisDayList")
        self.on_this_day.setAccessibleName(self.tr("On this day in earlier years"))
        self.on_this_day.setItemDelegate(CardRowDelegate(self.on_this_day))
        self.on_this_day.setMaximumHeight(150)
        self.on_this_day.itemActivated.connect(self._open_item)
        layout.addWidget(self.on_this_day)
        self._empty = muted(
            self.tr(
                "After an event, write a few lines: whom you really listened to, what you "
                "learned about them. Your reflections collect here."
            )
        )
        layout.addWidget(self._empty)
        self.list = QListWidget()
        self.list.setObjectName("journalList")
        self.list.setAccessibleName(self.tr("Reflections"))
        self.list.setItemDelegate(CardRowDelegate(self.list))
        self.list.setSpacing(Space.XXS)
        self.list.itemActivated.connect(self._open_item)
        layout.addWidget(self.list, 1)

    def on_changes(self, changes: Changes) -> None:
        """Read again if a reflection changed (one may have come or gone) or an event shown did."""
        if changes.touches(Kind.REFLECTION) or self._shown & changes.uids(Kind.EVENT):
            self.refresh()

    def refresh(self) -> None:
        """Reload the reflections and "On this day" (the search typed stays)."""
        past = self._services.journal.on_this_day()
        self.on_this_day.clear()
        for entry in past:
            self.on_this_day.addItem(_entry_item(entry))
        self.on_this_day_title.setVisible(bool(past))
        self.on_this_day.setVisible(bool(past))
        self._past = {entry.event_uid for entry in past}
        self._fill()

    def _fill(self) -> None:
        query = self.search.text()
        entries = self._services.journal.entries(query)
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        for entry in entries:
            self.list.addItem(_entry_item(entry))
        if entries:
            uids = [entry.event_uid for entry in entries]
            self.list.setCurrentRow(uids.index(keep) if keep in uids else 0)
        self.list.setVisible(bool(entries) or bool(query.strip()))
        self._empty.setVisible(not entries and not query.strip())
        self._shown = {entry.event_uid for entry in entries} | self._past

    def _open_item(self, item: QListWidgetItem) -> None:
        self.reflect_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def edit_prompts(self) -> None:
        """Open the prompt templates editor."""
        from eventmate.gui.reflection.templates_dialog import TemplatesDialog

        TemplatesDialog(self._services.reflection, self).exec()

    def pick_event(self) -> None:
        """Choose a recent past event and reflect on it."""
        picker = EventPicker(self._services.reflection.recent_past_events(), self)
        if picker.exec() == QDialog.DialogCode.Accepted and (event_uid := picker.chosen()):
            self.reflect_requested.emit(event_uid)
