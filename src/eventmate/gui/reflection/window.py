"""The reflection window: prompts one under another, free writing with a preview, energy,
the intention review and the evening's captures. Everything saves as it is typed."""

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
from eventmate.gui.reflection.autosave import Autosaver
from eventmate.gui.reflection.captures import CapturesPanel
from eventmate.gui.reflection.intentions import IntentionsPanel
from eventmate.gui.reflection.text_edit import GrowingTextEdit
from eventmate.gui.widgets import heading, muted, name_spin_box
from eventmate.services.changes import Changes, Kind

if TYPE_CHECKING:
    from collections.abc import Callable

    from eventmate.domain.kinds import IntentionOutcome
    from eventmate.services.after.reflection import ReflectionView
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

    def __init__(self, services: Services, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._services = services
        self.view: ReflectionView = services.reflection.open(event_id)
        self.setObjectName("reflectionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setWindowTitle(self.tr("Reflect — %1").replace("%1", self.view.event_title))
        self.autosaver = Autosaver(self)
        self.autosaver.saved.connect(self._on_saved)
        self.undo_stack = QUndoStack(self)
        self.editors: dict[str, GrowingTextEdit] = {}

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        main = QWidget()
        self._main = QVBoxLayout(main)
        self._main.setContentsMargins(28, 22, 20, 22)
        self._main.setSpacing(6)
        scroll.setWidget(main)
        outer.addWidget(scroll, 3)
        side_scroll = QScrollArea()
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
        """Say plainly when the event reflected on is gone; follow the evening's captures."""
        uid = self.view.event_uid
        gone = changes.gone(Kind.EVENT, uid) or (
            changes.reset and not self._services.records.exists(Kind.EVENT, uid)
        )
        if gone and self.isEnabled():
            self.setEnabled(False)
            self.setWindowTitle(self.tr("This event no longer exists"))
        elif changes.touches(Kind.CAPTURE):
            self.captures.show_event(self.view.event_id)

    # -- building -------------------------------------------------------------------------

    def _lookup(self, prefix: str) -> list[str]:
        return [match.name for match in self._services.tidy.find_people(prefix, limit=10)]

    def _build_main(self) -> None:
        view, layout = self.view, self._main
        layout.addWidget(
            muted(f"{local_date(view.event_starts_at)} · {time_of_day(view.event_starts_at)}")
        )
        layout.addWidget(heading(view.event_title, scale=1.6))
        layout.addWidget(
            muted(self.tr("Write as much or as little as you like; it saves as you type."))
        )
        layout.addSpacing(8)
        energy = QFormLayout()
        self.energy_before = self._energy_box(view.energy_before, self.tr("Energy before"))
        self.energy_after = self._energy_box(view.energy_after, self.tr("Energy after"))
        self.energy_before.valueChanged.connect(
            lambda value: self._save_now(
                lambda: self._services.reflection.save_energy(view.id, before=value)
            )
        )
        self.energy_after.valueChanged.connect(
            lambda value: self._save_now(
                lambda: self._services.reflection.save_energy(view.id, after=value)
            )
        )
        energy.addRow(self.tr("Energy &before (1–5)"), self.energy_before)
        energy.addRow(self.tr("Energy &after (1–5)"), self.energy_after)
        layout.addLayout(energy)
        for prompt in view.prompts:
            label = QLabel(prompt)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            editor = GrowingTextEdit(self._lookup)
            editor.setAccessibleName(prompt)
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
        self.captures.show_event(self.view.event_id)
        self._side.addWidget(self.captures, 1)

    # -- saving ---------------------------------------------------------------------------

    def _schedule_answer(self, prompt: str, editor: GrowingTextEdit) -> None:
        reflection = self._services.reflection
        reflection_id = self.view.id

        def prepare() -> Callable[[bool], None]:
            text = editor.toPlainText()  # read on the GUI thread, written by the worker
            return lambda durable: reflection.save_answer(
                reflection_id, prompt, text, durable=durable
            )

        self.autosaver.schedule(f"answer:{prompt}", prepare)

    def _schedule_body(self) -> None:
        reflection = self._services.reflection
        reflection_id, body = self.view.id, self.body

        def prepare() -> Callable[[bool], None]:
            text = body.toPlainText()
            return lambda durable: reflection.save_body(reflection_id, text, durable=durable)

        self.autosaver.schedule("body", prepare)

    def _save_now(self, save: Callable[[], object]) -> None:
        def job(_durable: bool) -> None:
            save()

        def prepare() -> Callable[[bool], None]:
            return job

        self.autosaver.schedule(f"now:{id(save)}", prepare)
        self.autosaver.flush()

    def _save_outcome(
        self, intention_id: int, outcome: IntentionOutcome | None, note: str | None
    ) -> None:
        self._save_now(lambda: self._services.reflection.set_outcome(intention_id, outcome, note))

    def _on_saved(self, ok: bool) -> None:
        if ok:
            self.status.setText(self.tr("Saved."))
        else:
            self.status.setText(
                self.tr("Not stored yet — your text is safe here and will be saved shortly.")
            )

    def save(self) -> bool:
        """Store everything typed so far (outcome notes too); True when all is stored."""
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
