"""Follow-ups: what I promised and what was promised to me, the longest waiting first.

The page keeps follow-ups by uid. It reads again only when a follow-up changed (wherever:
``eventmate followups done`` in a terminal takes it off the open list within a second) or a
person it names did, keeps the selected follow-up selected and never touches the form being
typed. A step on a follow-up that is gone meanwhile is refused with a calm line.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import Direction, FollowUpKind, FollowUpStatus
from eventmate.gui import messages
from eventmate.gui.formatting import date_format, due_label, to_local
from eventmate.gui.pages.followup_conflicts import FollowUpConflicts, Write
from eventmate.gui.pages.followup_undo import StatusStep
from eventmate.gui.pages.give_take import GiveTakePanel
from eventmate.gui.person_field import PersonField
from eventmate.gui.record_gone import gone_text
from eventmate.gui.stale_dialog import Choice
from eventmate.gui.style import Space, heading, muted, name_spin_box
from eventmate.gui.style.delegates import CardRowDelegate
from eventmate.gui.style.widgets import page_margins
from eventmate.gui.undo_versions import Versions, not_stepped_text
from eventmate.services.changes import Changes, Kind, StaleEdit
from eventmate.services.records import RecordGone

if TYPE_CHECKING:
    from eventmate.services.after.followups import FollowUpItem
    from eventmate.services.container import Services


#: The page lists this many open follow-ups (oldest first); the CLI lists them all.
LIST_LIMIT = 300


class FollowUpsPage(QScrollArea):
    """Open follow-ups, a quick way to add one, and give & take."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("followUpsPage")
        self.setAccessibleName(self.tr("Follow-ups"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.undo_stack = QUndoStack(self)
        self._versions = Versions()
        self._conflicts = FollowUpConflicts(services.followups, self._versions, self)
        self._items: tuple[FollowUpItem, ...] = ()
        #: Uids of the follow-ups and people shown (open and recently closed).
        self._people: set[str] = set()
        content = QWidget()
        layout = QVBoxLayout(content)
        page_margins(layout)
        layout.setSpacing(Space.S)
        self.setWidget(content)
        layout.addWidget(heading(self.tr("Follow-ups"), scale=1.5))
        layout.addWidget(
            muted(
                self.tr(
                    "Promises by you and to you. Whatever has waited longest comes first; "
                    "mark it done when it's done, or let it rest."
                )
            )
        )
        layout.addLayout(self._build_form())
        self.list = QListWidget()
        self.list.setObjectName("followUpList")
        self.list.setAccessibleName(self.tr("Open follow-ups"))
        self.list.setItemDelegate(CardRowDelegate(self.list))
        self.list.setMinimumHeight(220)
        self.list.setSpacing(Space.XXS)
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        layout.addWidget(self.list, 1)
        self._empty = muted(
            self.tr(
                "Nothing waiting. When you offer someone a recording or an introduction, "
                "note it here and it will wait for you."
            )
        )
        layout.addWidget(self._empty)
        actions = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("followUpDoneButton")
        self.done_button.setToolTip(self.tr("Mark the selected follow-up done (Ctrl+D)"))
        self.done_button.clicked.connect(self.mark_done)
        self.rest_button = QPushButton(self.tr("Let it &rest…"))
        self.rest_button.setObjectName("followUpRestButton")
        # clicked(bool) would arrive as the note: ask for it instead.
        self.rest_button.clicked.connect(lambda: self.let_rest())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        for button in (self.done_button, self.rest_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.closed_label = muted("")
        self.closed_label.setObjectName("closedFollowUps")
        layout.addWidget(self.closed_label)
        layout.addSpacing(16)
        self.give_take = GiveTakePanel(services)
        layout.addWidget(self.give_take)
        layout.addStretch(1)
        QShortcut(QKeySequence("Ctrl+D"), self, self.mark_done)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_stack.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self, self.undo_stack.redo)

    def _build_form(self) -> QGridLayout:
        form = QGridLayout()
        self.text = QLineEdit()
        self.text.setObjectName("followUpText")
        self.text.setPlaceholderText(self.tr("What was promised? e.g. send the Ligeti recording"))
        self.text.setAccessibleName(self.tr("New follow-up"))
        self.text.setMaxLength(2000)
        self.text.returnPressed.connect(self.add)
        label = QLabel(self.tr("&New:"))
        label.setBuddy(self.text)
        self.person = PersonField(self._services.tidy.find_people)
        self.person.setObjectName("followUpPerson")
        self.person.setPlaceholderText(self.tr("With whom"))
        self.person.setAccessibleName(self.tr("With whom"))
        self.person.returnPressed.connect(self.add)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind, caption in (
            (FollowUpKind.GIVE, self.tr("Give")),
            (FollowUpKind.ASK, self.tr("Ask")),
            (FollowUpKind.CATCH_UP, self.tr("Catch up")),
        ):
            self.kind.addItem(caption, kind)
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Who promised"))
        self.direction.addItem(self.tr("I promised"), Direction.MINE)
        self.direction.addItem(self.tr("They promised"), Direction.THEIRS)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_format("ddd d MMM yyyy"))
        name_spin_box(self.due, self.tr("Due"))
        self.due.setToolTip(self.tr("Due date (three days from now unless you change it)"))
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addFollowUpButton")
        add.clicked.connect(self.add)
        # Two lines: what and with whom get the width they need to be read while typed; kind,
        # who promised, when and Add sit under them (one line squeezed "What was promised"
        # to a few characters at 1,000 px and to nothing in a narrow window).
        form.addWidget(label, 0, 0)
        words = QHBoxLayout()
        words.addWidget(self.text, 3)
        words.addWidget(self.person, 2)
        form.addLayout(words, 0, 1)
        details = QHBoxLayout()
        for widget in (self.kind, self.direction, self.due):
            details.addWidget(widget)
        details.addStretch(1)
        details.addWidget(add)
        form.addLayout(details, 1, 1)
        self._reset_due()
        return form

    def _reset_due(self) -> None:
        due = to_local(self._services.followups.default_due(None)).date()
        self.due.setDate(due)

    def _due_at(self) -> datetime:
        # The end of the chosen local day, so "due Thursday" means any time on Thursday.
        day: QDate = self.due.date()
        local = datetime.combine(day.toPython(), time(18, 0)).astimezone()  # type: ignore[arg-type]
        return local.astimezone(UTC)

    # -- actions --------------------------------------------------------------------------

    def add(self) -> None:
        """Add the follow-up typed in the form."""
        from eventmate.services.after.followups import FollowUpError

        if not self.text.text().strip():
            self.text.setFocus()
            return
        try:
            self._services.followups.add(
                self.text.text(),
                person_uid=self.person.person_uid,
                kind=self.kind.currentData(),
                direction=self.direction.currentData(),
                due_at=self._due_at(),
            )
        except FollowUpError as error:
            messages.status(str(error))
            return
        except RecordGone as gone:
            messages.status(gone_text(gone))
            self.person.setFocus()
            return
        self.text.clear()
        self.person.choose(None)
        self._reset_due()
        self.text.setFocus()
        self.refresh()

    def _current(self) -> FollowUpItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _push(self, item: FollowUpItem, do: Write, text: str, already: str) -> None:
        """Make the step on ``item`` as shown (see ``followup_conflicts``), then push it."""
        try:
            outcome = self._conflicts.status(item.uid, item.version, item.text, do)
        except RecordGone as gone:
            self._refused(gone)
            return
        if outcome is None:
            messages.status(already)
        if not isinstance(outcome, Choice) and outcome is not None:
            follow_ups = self._services.followups
            command = StatusStep(
                item.uid,
                do,
                lambda v: follow_ups.reopen(item.uid, version=v),
                text,
                self._versions,
                outcome.version,
            )
            command.after = self.refresh
            command.refused = self._refused
            self.undo_stack.push(command)
        self.refresh()

    def _refused(self, problem: Exception) -> None:
        if isinstance(problem, StaleEdit):
            name = str(problem.theirs.get("text") or "")
            messages.status(not_stepped_text(name, undoing=True))
        elif isinstance(problem, RecordGone):
            messages.status(gone_text(problem))
        self.refresh()

    def mark_done(self) -> None:
        """Mark the selected follow-up done (undo opens it again)."""
        item = self._current()
        if item is not None:
            follow_ups = self._services.followups
            self._push(
                item,
                lambda v: follow_ups.mark_done(item.uid, version=v),
                self.tr("Done"),
                self.tr("Already marked done elsewhere."),
            )

    def let_rest(self, note: str | None = None) -> None:
        """Let the selected follow-up rest with a one-line note (asked for unless given)."""
        item = self._current()
        if item is None:
            return
        if note is None:
            from eventmate.gui.rest_dialog import ask_rest_note

            note = ask_rest_note(item.text, self)
            if note is None:
                return
        follow_ups, text = self._services.followups, note
        self._push(
            item,
            lambda v: follow_ups.let_rest(item.uid, text, version=v),
            self.tr("Let it rest"),
            self.tr("Already resting: it was let rest elsewhere."),
        )

    def edit_current(self, typed: str | None = None, shown: FollowUpItem | None = None) -> None:
        """Change the words of the selected follow-up (after Cancel in "Changed elsewhere":
        ``typed`` over the follow-up as ``shown`` then, so saving again asks again)."""
        item = shown or self._current()
        if item is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Edit follow-up"),
            self.tr("What was promised:"),
            text=item.text if typed is None else typed,
        )
        if ok and text.strip() and text != item.text:
            try:
                outcome = self._conflicts.edit(item, text)
            except RecordGone as gone:
                self._refused(gone)
                return
            self.refresh()
            if outcome is Choice.CANCEL:
                self.edit_current(text, item)  # go on editing what was typed

    # -- reading --------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Read the follow-ups again only if one changed or a person they name did; let give &
        take decide for itself."""
        if changes.touches(Kind.FOLLOW_UP) or self._people & changes.uids(Kind.PERSON):
            self._read_follow_ups()
        self.give_take.on_changes(changes)

    def refresh(self) -> None:
        """Read the follow-ups and give & take again."""
        self._read_follow_ups()
        self.give_take.refresh()

    def _read_follow_ups(self) -> None:
        from eventmate.services.clock import system_clock

        now = system_clock()
        current = self._current()
        keep = current.uid if current is not None else None
        row = self.list.currentRow()
        self._items = self._services.followups.open_items(limit=LIST_LIMIT)
        self.list.clear()
        for item in self._items:
            mine = (
                self.tr("I promised")
                if item.direction is Direction.MINE
                else self.tr("they promised")
            )
            who = f" — {item.person_name}" if item.person_name else ""
            when = due_label(item.due_at, now)
            line = QListWidgetItem(f"{item.text}{who}\n{mine} · {when}".rstrip(" ·"))
            line.setData(Qt.ItemDataRole.UserRole, item.uid)
            self.list.addItem(line)
        has = bool(self._items)
        self.list.setVisible(has)
        self._empty.setVisible(not has)
        for button in (self.done_button, self.rest_button, self.edit_button):
            button.setEnabled(has)
        if has:
            uids = [item.uid for item in self._items]
            at = uids.index(keep) if keep in uids else min(max(row, 0), len(uids) - 1)
            self.list.setCurrentRow(at)
        closed = self._services.followups.closed_items(limit=5)
        self._people = {
            item.person_uid for item in (*self._items, *closed) if item.person_uid is not None
        }
        lines = [
            (
                self.tr("✓ %1") if c.status is FollowUpStatus.DONE else self.tr("· %1 (resting)")
            ).replace("%1", c.text)
            for c in closed
        ]
        self.closed_label.setText(
            self.tr("Recently closed:") + "\n" + "\n".join(lines) if lines else ""
        )
        self.closed_label.setVisible(bool(lines))
