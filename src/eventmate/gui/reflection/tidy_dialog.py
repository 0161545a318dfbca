"""Tidy one capture: make a new person of it, or link it to someone with a merge preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.gui.style import body, heading, muted
from eventmate.gui.style.widgets import dialog_margins, primary

if TYPE_CHECKING:
    from eventmate.services.after.tidy import (
        CaptureItem,
        Contact,
        MergePreview,
        NewFact,
        TidyService,
    )


class TidyDialog(QDialog):
    """Fields for a person from a capture; in "link" mode, a person search and a preview."""

    def __init__(
        self, tidy: TidyService, capture: CaptureItem, *, link: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from eventmate.services.after.tidy import suggested_name

        self._tidy = tidy
        self._capture = capture
        self.link = link
        self.setWindowTitle(self.tr("Link to someone") if link else self.tr("Make a person"))
        layout = QVBoxLayout(self)
        dialog_margins(layout)
        layout.addWidget(muted(self.tr("You wrote:")))
        said = body(capture.raw_text)
        said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(said)
        form = QFormLayout()
        self.name = QLineEdit(suggested_name(capture.raw_text))
        self.search_results = QListWidget()
        if link:
            self.name.setText(suggested_name(capture.raw_text).split(" ")[0])
            self.name.setPlaceholderText(self.tr("Type a name"))
            form.addRow(self.tr("&Who is it?"), self.name)
            self.search_results.setAccessibleName(self.tr("Matching people"))
            self.search_results.setMaximumHeight(130)
            form.addRow("", self.search_results)
        else:
            form.addRow(self.tr("&Name"), self.name)
        self.name.setAccessibleName(self.tr("Name"))
        #: The kinds of the facts the capture's words gave (kept when their line is kept).
        self._fact_kinds: dict[str, FactKind] = {}
        self.cues = QLineEdit()
        self.cues.setPlaceholderText(self.tr("e.g. red scarf, laughs a lot"))
        self.cues.setAccessibleName(self.tr("Recall cues"))
        form.addRow(self.tr("&Recall cues"), self.cues)
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Email"))
        form.addRow(self.tr("&Email"), self.email)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        form.addRow(self.tr("&Phone"), self.phone)
        self.facts = QPlainTextEdit()
        self.facts.setTabChangesFocus(True)
        self.facts.setPlaceholderText(self.tr("One per line, e.g. loves Bartók's quartets"))
        self.facts.setAccessibleName(self.tr("What I learned"))
        self.facts.setMaximumHeight(self.facts.fontMetrics().lineSpacing() * 5 + 12)
        form.addRow(self.tr("What I &learned"), self.facts)
        layout.addLayout(form)
        if not link:
            self._prefill(capture.raw_text)
        self.preview = QWidget()
        self.preview_grid = QGridLayout(self.preview)
        self.preview_grid.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.preview)
        self.preview.setVisible(link)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        primary(self.ok)
        self.ok.setText(self.tr("Link and add") if link else self.tr("Make person"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        if link:
            self._search_timer.timeout.connect(self._search)
            self.name.textEdited.connect(self._search_timer.start)
            self.search_results.currentRowChanged.connect(self._show_preview)
            for field in (self.cues, self.email, self.phone):
                field.textEdited.connect(self._show_preview)
            self.facts.textChanged.connect(self._show_preview)
            self.name.installEventFilter(self)
            self._search()
        else:
            self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
            self.ok.setEnabled(bool(self.name.text().strip()))
        self.resize(560, 0)

    def _prefill(self, raw_text: str) -> None:
        """What the capture already says: its name (a descriptor is a recall cue), its facts."""
        from eventmate.domain.capture_syntax import parse_capture

        parsed = parse_capture(raw_text)
        name, cues = parsed.name or "", parsed.descriptor or ""
        if not name and cues:
            # "Léa Dubois, viola, red scarf": a name leads the descriptor; "cellist, red
            # scarf" is only a description, kept as the cue to recognise them by.
            head, _, rest = cues.partition(",")
            words = head.split()
            if words and all(word[:1].isupper() for word in words):
                name, cues = head.strip(), rest.strip()
        self.name.setText(name)
        if not name:
            self.name.setPlaceholderText(self.tr("Their name, once you know it"))
        self.cues.setText(cues)
        self._fact_kinds = {fact.text: fact.kind for fact in parsed.facts}
        self.facts.setPlainText("\n".join(fact.text for fact in parsed.facts))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the name field move through the matching people."""
        if (
            watched is self.name
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and self.search_results.count()
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = self.search_results.currentRow() + step
            self.search_results.setCurrentRow(min(max(row, 0), self.search_results.count() - 1))
            return True
        return super().eventFilter(watched, event)

    # -- values ---------------------------------------------------------------------------

    def contacts(self) -> tuple[Contact, ...]:
        """The contact details typed."""
        pairs = ((ContactKind.EMAIL, self.email.text()), (ContactKind.PHONE, self.phone.text()))
        return tuple((kind, value.strip()) for kind, value in pairs if value.strip())

    def new_facts(self) -> tuple[NewFact, ...]:
        """The facts typed, one per line."""
        lines = [line.strip() for line in self.facts.toPlainText().splitlines()]
        return tuple((self._fact_kinds.get(line, FactKind.OTHER), line) for line in lines if line)

    def chosen_person(self) -> str | None:
        """The uid of the person to link to (link mode)."""
        item = self.search_results.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    # -- link mode ------------------------------------------------------------------------

    def _search(self) -> None:
        self.search_results.clear()
        for match in self._tidy.find_people(self.name.text()):
            details = " · ".join(p for p in (match.role, match.organization) if p)
            item = QListWidgetItem(f"{match.name}   {details}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, match.uid)
            self.search_results.addItem(item)
        if self.search_results.count():
            self.search_results.setCurrentRow(0)
        self._show_preview()

    def _show_preview(self) -> None:
        grid = self.preview_grid
        while (item := grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        person_uid = self.chosen_person()
        self.ok.setEnabled(person_uid is not None)
        if person_uid is None:
            grid.addWidget(muted(self.tr("Type a name to find the person.")), 0, 0, 1, 2)
            return
        from eventmate.gui.record_gone import gone_text
        from eventmate.services.records import RecordGone

        try:
            preview = self._tidy.preview_merge(
                self._capture.uid,
                person_uid,
                recall_cues=self.cues.text(),
                contacts=self.contacts(),
                facts=self.new_facts(),
            )
        except RecordGone as gone:
            self.ok.setEnabled(False)
            grid.addWidget(muted(gone_text(gone)), 0, 0, 1, 2)
            return
        self._fill_preview(preview)

    def _fill_preview(self, preview: MergePreview) -> None:
        grid = self.preview_grid
        person = preview.person
        grid.addWidget(heading(self.tr("%1 has").replace("%1", person.name), scale=1.0), 0, 0)
        grid.addWidget(heading(self.tr("This capture adds"), scale=1.0), 0, 1)
        has = [
            " · ".join(p for p in (person.role, person.organization) if p),
            person.recall_cues,
            *(value for _kind, value in person.contacts),
            *(text for _kind, text in person.facts),
        ]
        adds = [
            preview.adds_recall_cues,
            *(value for _kind, value in preview.adds_contacts),
            *(text for _kind, text in preview.adds_facts),
        ]
        left = "\n".join(line for line in has if line) or self.tr("(nothing yet)")
        right = "\n".join(line for line in adds if line) or self.tr(
            "Only the link: the capture joins their timeline."
        )
        for column, text in ((0, left), (1, right)):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(text)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, 1, column)
