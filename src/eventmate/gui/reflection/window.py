"""The reflection window: prompts one under another, free writing with a preview, energy,
the intention review and the evening's captures. Everything saves as it is typed.

The window keeps its event's uid and every save names it. If the event is deleted (or a
restore replaces it) the window says so, saves nothing more, and keeps what was written on
screen to copy. Opening it writes nothing (see ``services.after.reflection``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QTextDocument,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.formatting import local_date, time_of_day
from eventmate.gui.record_gone import gone_text
from eventmate.gui.reflection.autosave import Autosaver
from eventmate.gui.reflection.captures import CapturesPanel
from eventmate.gui.reflection.conflicts import BODY, ReflectionConflicts, SeenTexts, answer_key
from eventmate.gui.reflection.intentions import IntentionsPanel
from eventmate.gui.reflection.shipped_words import shown
from eventmate.gui.reflection.text_edit import GrowingTextEdit
from eventmate.gui.style import heading, muted, name_spin_box
from eventmate.services.changes import Changes, Kind
from eventmate.services.records import RecordGone

if TYPE_CHECKING:
    from collections.abc import Callable

    from eventmate.domain.kinds import IntentionOutcome
    from eventmate.services.after.reflection import ReflectionView
    from eventmate.services.changes import StaleEdit
    from eventmate.services.container import Services

#: Markdown as GitHub writes it, but raw HTML in the text is shown as text, never run.
MARKDOWN = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class ReflectionWindow(QWidget):
    """Reflect on one event. Closing saves; nothing ever asks "save?"."""

    #: Emitted after the window closed (everything saved), so lists can refresh.
    closed = Signal()

    def __init__(self, services: Services, event_uid: str, parent: QWidget | None = None) -> None:
        """Open the reflection on the event ``event_uid`` (``RecordGone`` if it is gone)."""
        super().__init__(parent, Qt.WindowType.Window)
        self._services = services
        self.view: ReflectionView = services.reflection.open(event_uid)
        #: True once the event is gone: nothing more is saved.
        self.gone = False
        self.setObjectName("reflectionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setWindowTitle(self.tr("Reflect — %1").replace("%1", self.view.event_title))
        self.autosaver = Autosaver(self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.refused.connect(self._on_refused)
        self.autosaver.conflicted.connect(self._on_conflict)
        self._seen = SeenTexts(self.view)
        self._conflicts = ReflectionConflicts(
            self._seen, self._editor_for, self._save_again, self._say, self
        )
        self.undo_stack = QUndoStack(self)
        self.editors: dict[str, GrowingTextEdit] = {}

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        # Not a stop of its own for Tab: the fields inside are, and it scrolls to them.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        main = QWidget()
        self._main = QVBoxLayout(main)
        self._main.setContentsMargins(28, 22, 20, 22)
        self._main.setSpacing(6)
        scroll.setWidget(main)
        outer.addWidget(scroll, 3)
        side_scroll = QScrollArea()
        # Not a stop of its own for Tab: the fields inside are, and it scrolls to them.
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side = QWidget()
        side.setObjectName("reflectionSide")
        self._side = QVBoxLayout(side)
        self._side.setContentsMargins(16, 22, 24, 22)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(300)
        outer.addWidget(side_scroll, 2)

        self._build_main()
        self._build_side()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.toggle_preview)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_stack.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self, self.undo_stack.redo)
        self.resize(1060, 760)
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()

    def on_changes(self, changes: Changes) -> None:
        """Follow the event (title, intentions) and the evening's captures; say plainly when
        the event is gone."""
        if self.gone or not self.isVisible():
            return  # a closed window is never shown again: opening makes a fresh one
        uid = self.view.event_uid
        if changes.gone(Kind.EVENT, uid) or (
            changes.reset and not self._services.records.exists(Kind.EVENT, uid)
        ):
            self.mark_gone()
            return
        if changes.changed(Kind.EVENT, uid):
            # The event's own fields, or something of it (intentions, the reflection) changed.
            try:
                view = self._services.reflection.open(uid)
            except RecordGone:
                self.mark_gone()
                return
            self._show_event(view)
            self._conflicts.refresh(view)
            items = view.intentions
            if not self.intentions.same_intentions(items):
                # Rows are made again: keep notes being typed by storing them first.
                self.intentions.save_notes()
                items = self._services.reflection.intentions(uid)
            self.intentions.show_intentions(items)
        self.captures.on_changes(changes)

    def mark_gone(self) -> None:
        """The event is gone: say so, save nothing more, keep the writing on screen."""
        if self.gone:
            return
        self.gone = True
        self.autosaver.stop()
        for editor in (*self.editors.values(), self.body):
            editor.setReadOnly(True)
        for widget in (self.energy_before, self.energy_after, self.intentions, self.captures):
            widget.setEnabled(False)
        self.status.setText("")
        self.banner.setText(
            self.tr(
                "“%1” no longer exists: it was deleted, or a restored backup replaced it. "
                "Nothing more is saved here; what you wrote stays on screen so you can copy it."
            ).replace("%1", self.view.event_title)
        )
        self.banner.setVisible(True)
        self.hint.setVisible(False)
        self.setWindowTitle(self.tr("This event no longer exists"))

    def _show_event(self, view: ReflectionView) -> None:
        self.view = view
        self.setWindowTitle(self.tr("Reflect — %1").replace("%1", view.event_title))
        self.title.setText(view.event_title)
        self.when.setText(
            f"{local_date(view.event_starts_at)} · {time_of_day(view.event_starts_at)}"
        )

    def _on_refused(self, error: RecordGone) -> None:
        if error.kind is Kind.INTENTION:
            self.intentions.mark_gone(error.uid)
            self.status.setText(gone_text(error))
        else:
            self.mark_gone()

    # -- building -------------------------------------------------------------------------

    def _lookup(self, prefix: str) -> list[str]:
        return [match.name for match in self._services.tidy.find_people(prefix, limit=10)]

    def _build_main(self) -> None:
        view, layout = self.view, self._main
        self.banner = QLabel()
        self.banner.setObjectName("reflectionGone")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(10)
        font = self.banner.font()
        font.setBold(True)
        self.banner.setFont(font)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.when = muted(
            f"{local_date(view.event_starts_at)} · {time_of_day(view.event_starts_at)}"
        )
        layout.addWidget(self.when)
        self.title = heading(view.event_title, scale=1.6)
        layout.addWidget(self.title)
        self.hint = muted(self.tr("Write as much or as little as you like; it saves as you type."))
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        energy = QFormLayout()
        self.energy_before = self._energy_box(view.energy_before, self.tr("Energy before"))
        self.energy_after = self._energy_box(view.energy_after, self.tr("Energy after"))
        reflection, event_uid = self._services.reflection, view.event_uid
        self.energy_before.valueChanged.connect(
            lambda value: self._save_now(lambda: reflection.save_energy(event_uid, before=value))
        )
        self.energy_after.valueChanged.connect(
            lambda value: self._save_now(lambda: reflection.save_energy(event_uid, after=value))
        )
        energy.addRow(self.tr("Energy &before (1–5)"), self.energy_before)
        energy.addRow(self.tr("Energy &after (1–5)"), self.energy_after)
        layout.addLayout(energy)
        for prompt in view.prompts:
            label = QLabel(shown(prompt))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            editor = GrowingTextEdit(self._lookup)
            editor.setAccessibleName(shown(prompt))
            editor.setPlainText(view.answers.get(prompt, ""))
            label.setBuddy(editor)
            editor.textChanged.connect(lambda p=prompt, e=editor: self._schedule_answer(p, e))
            editor.focus_left.connect(self.save)
            self.editors[prompt] = editor
            layout.addSpacing(6)
            layout.addWidget(label)
            layout.addWidget(editor)
        layout.addSpacing(10)
        header = QHBoxLayout()
        header.addWidget(heading(self.tr("Free writing"), scale=1.1))
        header.addStretch(1)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(self.tr("Show the writing formatted (Ctrl+Shift+P)"))
        self.preview_button.toggled.connect(self._show_preview)
        header.addWidget(self.preview_button)
        layout.addLayout(header)
        layout.addWidget(
            muted(self.tr("Markdown works: *emphasis*, - lists, # headings. @Name links a person."))
        )
        self.body_stack = QStackedWidget()
        self.body = GrowingTextEdit(self._lookup, min_lines=6)
        self.body.setObjectName("reflectionBody")
        self.body.setAccessibleName(self.tr("Free writing"))
        self.body.setPlainText(view.body)
        self.body.textChanged.connect(self._schedule_body)
        self.body.focus_left.connect(self.save)
        self.preview = QTextBrowser()
        self.preview.setObjectName("reflectionPreview")
        self.preview.setAccessibleName(self.tr("Free writing, formatted"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(160)
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.preview)
        layout.addWidget(self.body_stack)
        self.status = muted("")
        self.status.setObjectName("saveStatus")
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _energy_box(self, value: int | None, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 5)
        box.setSpecialValueText(self.tr("not noted"))
        box.setValue(value or 0)
        name_spin_box(box, name)
        box.setMaximumWidth(140)
        return box

    def _build_side(self) -> None:
        self.intentions = IntentionsPanel(self._save_outcome)
        self.intentions.show_intentions(self.view.intentions)
        self._side.addWidget(self.intentions)
        self._side.addSpacing(16)
        self.captures = CapturesPanel(self._services.tidy, self.undo_stack)
        self.captures.show_event(self.view.event_uid)
        self._side.addWidget(self.captures, 1)

    # -- saving ---------------------------------------------------------------------------

    def _schedule_answer(self, prompt: str, editor: GrowingTextEdit) -> None:
        reflection, seen = self._services.reflection, self._seen
        event_uid, key = self.view.event_uid, answer_key(prompt)

        def prepare() -> Callable[[bool], object]:
            text = editor.toPlainText()  # read on the GUI thread, written by the worker

            def job(durable: bool) -> object:
                # What it was typed over, read when written (saves run one after another).
                was = seen.get(key)
                changes = reflection.save_answer(event_uid, prompt, text, durable=durable, was=was)
                seen.set(key, text)
                return changes

            return job

        self.autosaver.schedule(key, prepare)

    def _schedule_body(self) -> None:
        reflection, seen = self._services.reflection, self._seen
        event_uid, body = self.view.event_uid, self.body

        def prepare() -> Callable[[bool], object]:
            text = body.toPlainText()

            def job(durable: bool) -> object:
                was = seen.get(BODY)
                changes = reflection.save_body(event_uid, text, durable=durable, was=was)
                seen.set(BODY, text)
                return changes

            return job

        self.autosaver.schedule(BODY, prepare)

    def _editor_for(self, key: str) -> GrowingTextEdit | None:
        if key == BODY:
            return self.body
        return next((e for p, e in self.editors.items() if answer_key(p) == key), None)

    def _save_again(self, key: str) -> None:
        editor = self._editor_for(key)
        if key == BODY:
            self._schedule_body()
        elif editor is not None:
            prompt = next(p for p, e in self.editors.items() if e is editor)
            self._schedule_answer(prompt, editor)
        self.autosaver.flush()  # the user chose: stored now (also when the window is closing)

    def _on_conflict(self, stale: StaleEdit, key: str) -> None:
        if not self.gone:
            self._conflicts.refused(stale, key, self.view.event_title)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _save_now(self, save: Callable[[], object]) -> None:
        def job(_durable: bool) -> None:
            save()

        def prepare() -> Callable[[bool], object]:
            return job

        self.autosaver.schedule(f"now:{id(save)}", prepare)
        self.autosaver.flush()

    def _save_outcome(
        self, intention_uid: str, outcome: IntentionOutcome | None, note: str | None
    ) -> None:
        self._save_now(lambda: self._services.reflection.set_outcome(intention_uid, outcome, note))

    def _on_saved(self, ok: bool) -> None:
        if self.gone:
            return
        if ok:
            self.status.setText(self.tr("Saved."))
        else:
            self.status.setText(
                self.tr("Not stored yet — your text is safe here and will be saved shortly.")
            )

    def save(self) -> bool:
        """Store everything typed so far (outcome notes too); True when all is stored.

        Once the event is gone nothing is stored (and nothing waits).
        """
        if self.gone:
            return True
        self.intentions.save_notes()
        return self.autosaver.flush()

    # -- preview and closing --------------------------------------------------------------

    def toggle_preview(self) -> None:
        """Switch the free writing between editing and the formatted preview."""
        self.preview_button.toggle()

    def _show_preview(self, on: bool) -> None:
        self.preview_button.setText(self.tr("Edit") if on else self.tr("Preview"))
        if on:
            self.preview.document().setMarkdown(self.body.toPlainText(), MARKDOWN)
            self.body_stack.setCurrentWidget(self.preview)
            self.preview.setFocus()
        else:
            self.body_stack.setCurrentWidget(self.body)
            self.body.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        """Save when the window goes away for any reason."""
        self.save()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save and close; never asks."""
        self.save()
        self.autosaver.shutdown()
        super().closeEvent(event)
        self.closed.emit()
