"""Help (F1): the approach, the three moments, the capture syntax with examples, every shortcut."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.help_content import (
    approach,
    capture_examples,
    capture_parts,
    keys_text,
    shortcut_groups,
)


class HelpDialog(QDialog):
    """A short guide to the app and its way, and the list of shortcuts.

    ``take_tour`` (if given) is offered as "Take the tour": the first-run tour, again.
    """

    def __init__(
        self, parent: QWidget | None = None, take_tour: Callable[[], object] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("EventMate Help"))
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setAccessibleName(self.tr("Help"))
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(help_html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.tour_button: QPushButton | None = None
        if take_tour is not None:
            tour = QPushButton(self.tr("Take the &tour"))
            tour.setObjectName("takeTourButton")
            tour.setToolTip(self.tr("Three short panels: before, during and after an event"))
            tour.setAutoDefault(False)
            buttons.addButton(tour, QDialogButtonBox.ButtonRole.ActionRole)
            tour.clicked.connect(self.accept)
            tour.clicked.connect(take_tour)
            self.tour_button = tour
        layout.addWidget(buttons)
        self.text.setFocus()


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def help_html() -> str:
    """Help's text as HTML (translated; examples and user-facing keys escaped)."""
    tr = _tr
    parts = [
        "<h2>",
        tr("EventMate"),
        "</h2><p>",
        tr(
            "A companion for the people you meet at concerts, rehearsals and receptions: "
            "relationships, not networking."
        ),
        "</p><h3>",
        tr("The approach"),
        "</h3><ul>",
        *(f"<li>{line}</li>" for line in approach()),
        "</ul><h3>",
        tr("Before, during, after"),
        "</h3><p>",
        tr(
            "<b>Before an event</b> (Prepare, Ctrl+Shift+P on Events): set an intention or "
            "two — someone to connect with, something to learn about others, something to "
            "offer, how you want to show up — and read the briefing on the people you may see."
        ),
        "</p><p>",
        tr(
            "<b>During a break</b> (Ctrl+Shift+N): type one line per person and press Enter. "
            "It is saved at once; nothing typed is ever lost."
        ),
        "</p><p>",
        tr(
            "<b>After</b>: reflect, review your intentions, tidy the captures into people, "
            "and follow up on what you promised. Home shows what is waiting, calmly."
        ),
        "</p><h3>",
        tr("Capturing in a break"),
        "</h3>",
    ]
    for example in capture_examples():
        parts += [
            "<p><code>",
            escape(example.typed),
            "</code><br/>→ ",
            escape(example.stored),
            "</p>",
        ]
    parts.append("<table cellpadding='4'>")
    for typed, meaning in capture_parts():
        parts += ["<tr><td><code>", typed, "</code></td><td>", meaning, "</td></tr>"]
    parts += [
        "</table><p>",
        tr("Every part is optional; anything else is kept as a note, and the line as typed."),
        "</p><h3>",
        tr("Keyboard"),
        "</h3>",
    ]
    for group in shortcut_groups():
        parts += ["<h4>", escape(group.title), "</h4><table cellpadding='3'>"]
        for shortcut in group.shortcuts:
            parts += [
                "<tr><td width='34%'><b>",
                escape(keys_text(shortcut)),
                "</b></td><td>",
                escape(shortcut.what),
                "</td></tr>",
            ]
        parts.append("</table>")
    parts += [
        "<h3>",
        tr("Your data"),
        "</h3><p>",
        tr(
            "Everything stays on this computer, in one SQLite file in your data folder "
            "(Preferences shows where). <code>eventmate backup</code> writes a verified copy; "
            "<code>eventmate check</code> checks it; File ▸ Export writes open formats."
        ),
        "</p>",
    ]
    return "".join(parts)
