"""The first-run tour: three short panels (before, during, after an event), skippable.

Shown once, the first time the app opens with a database; Help ▸ Take the tour opens it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.style import heading, muted

#: Set in the UI settings once the tour has been shown (skipped or finished alike).
TOUR_SEEN_KEY = "tour/seen"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tour", text)


@dataclass(frozen=True, slots=True)
class Panel:
    """One panel of the tour."""

    moment: str
    title: str
    text: str
    example: str = ""


def panels() -> tuple[Panel, ...]:
    """Before, during, after."""
    return (
        Panel(
            _tr("Before the event"),
            _tr("Set an intention or two"),
            _tr(
                "Open Prepare on an event (Ctrl+Shift+P on Events, or Prepare on Home). Note "
                "someone you would like to hear from, something you would like to learn about "
                "others, something you could offer, or how you want to show up. One is enough."
                "<br/><br/>The briefing beside it reminds you of the people you may see: how to "
                "say their name, what they care about, what you promised each other."
            ),
        ),
        Panel(
            _tr("During a break"),
            _tr("Capture in seconds"),
            _tr(
                "Press Ctrl+Shift+N, type one line per person and press Enter: it is saved at "
                "once. A name, or a few words such as “cellist, red scarf”, is enough; the "
                "rest can wait."
            ),
            _tr("Anna Schmidt (viola, LSO) — loves Bartók !send my Ligeti recording"),
        ),
        Panel(
            _tr("After"),
            _tr("Reflect, follow up, let it rest"),
            _tr(
                "That night or the next morning, reflect: whom did you really listen to, what "
                "did you learn about them, what common ground did you find? Keep the promises "
                "you made — giving needs no return."
                "<br/><br/>Not every meeting grows into more. Let it rest, with a note if you "
                "like: nothing is deleted. F1 shows this tour again, and every shortcut."
            ),
        ),
    )


class TourDialog(QDialog):
    """Three panels; Next/Back (or → / ←), Skip (or Esc) at any time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self.setWindowTitle(self.tr("Welcome to EventMate"))
        self.resize(600, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        self.stack = QStackedWidget()
        self.stack.setObjectName("tourPanels")
        self._panels = panels()
        for index, panel in enumerate(self._panels):
            self.stack.addWidget(self._panel(index, panel))
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip the tour"))
        self.skip_button.setObjectName("skipTourButton")
        self.skip_button.setToolTip(self.tr("Close the tour (Esc); Help (F1) opens it again"))
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.reject)
        self.step_label = QLabel()
        self.step_label.setObjectName("tourStep")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("tourBackButton")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton()
        self.next_button.setObjectName("tourNextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.step_label)
        row.addSpacing(12)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self._show(0)

    def _panel(self, index: int, panel: Panel) -> QWidget:
        page = QWidget()
        page.setObjectName(f"tourPanel{index + 1}")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(muted(panel.moment.upper()))
        column.addWidget(heading(panel.title, scale=1.6))
        text = QLabel(panel.text)
        text.setWordWrap(True)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        text.setFont(font)
        text.setAccessibleName(panel.title)
        column.addWidget(text)
        if panel.example:
            example = QLabel(f"<code>{escape(panel.example)}</code>")
            example.setObjectName("tourExample")
            example.setWordWrap(True)
            example.setAccessibleName(self.tr("Example: %1").replace("%1", panel.example))
            example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(example)
        column.addStretch(1)
        return page

    @property
    def index(self) -> int:
        """The panel shown (0 … 2)."""
        return self.stack.currentIndex()

    def go(self, step: int) -> None:
        """Show the panel ``step`` away (within the tour)."""
        self._show(min(max(self.index + step, 0), self.stack.count() - 1))

    def _next(self) -> None:
        if self.index == self.stack.count() - 1:
            self.accept()
        else:
            self.go(1)

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        last = index == self.stack.count() - 1
        self.next_button.setText(self.tr("Start") if last else self.tr("Next"))
        self.next_button.setAccessibleName(
            self.tr("Start using EventMate") if last else self.tr("Next panel")
        )
        self.back_button.setEnabled(index > 0)
        self.step_label.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(self.stack.count()))
        )
        self.step_label.setAccessibleName(self.step_label.text())
        self.setAccessibleDescription(self._panels[index].title)
        self.next_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """→ and ← move between panels; Esc skips (as in any dialog)."""
        if event.key() == Qt.Key.Key_Right:
            self.go(1)
        elif event.key() == Qt.Key.Key_Left:
            self.go(-1)
        else:
            super().keyPressEvent(event)


def tour_seen(settings: QSettings) -> bool:
    """Whether the tour was shown already (and so is not offered at start-up again)."""
    return str(settings.value(TOUR_SEEN_KEY, "false")).lower() == "true"


def mark_tour_seen(settings: QSettings) -> None:
    """Remember that the tour was shown."""
    settings.setValue(TOUR_SEEN_KEY, True)
    settings.sync()
