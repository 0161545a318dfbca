"""Help: how EventMate is meant to be used, and every keyboard shortcut."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    """A short guide and the list of shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("EventMate Help"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        text = QTextBrowser()
        text.setObjectName("helpText")
        text.setAccessibleName(self.tr("Help"))
        text.setOpenExternalLinks(False)
        text.setHtml(
            self.tr(
                "<h2>EventMate</h2>"
                "<p><b>Before an event</b>, set an intention or two: someone to connect with, "
                "something to learn, something to offer, how you want to show up.</p>"
                "<p><b>During a break</b>, capture a name and a few facts in seconds.</p>"
                "<p><b>After</b>, reflect, review your intentions and follow up on what you "
                "promised.</p>"
                "<h3>Keyboard</h3><table cellpadding='3'>"
                "<tr><td>Ctrl+1 … Ctrl+6</td><td>Home, Events, People, Journal, Follow-ups, "
                "Insights</td></tr>"
                "<tr><td>Ctrl+PgDown / Ctrl+PgUp</td><td>Next / previous section</td></tr>"
                "<tr><td>Up / Down in the sidebar</td><td>Move between sections</td></tr>"
                "<tr><td>Ctrl+E on People</td><td>Export the people selected (Shift/Ctrl+"
                "click, Ctrl+A) as contacts</td></tr>"
                "<tr><td>Ctrl+Shift+R in Prepare</td><td>Rehearse the names of the people you "
                "may see (type the name, or Enter to see it; K knew it, N not yet)</td></tr>"
                "<tr><td>Ctrl+,</td><td>Preferences</td></tr>"
                "<tr><td>F1</td><td>This help</td></tr>"
                "<tr><td>Ctrl+Q</td><td>Quit (everything is already saved)</td></tr>"
                "</table>"
                "<h3>Your data</h3><p>Everything stays on this computer, in one SQLite file "
                "in your data folder (Preferences shows where). <code>eventmate backup</code> "
                "writes a verified copy; <code>eventmate check</code> checks it.</p>"
            )
        )
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
