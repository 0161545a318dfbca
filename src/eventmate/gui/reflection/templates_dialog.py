"""Editing reflection prompt templates: rename, change the prompts, choose the default."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui.reflection.shipped_words import shown
from eventmate.gui.style import muted
from eventmate.gui.style.widgets import dialog_margins

if TYPE_CHECKING:
    from eventmate.services.after.reflection import ReflectionService, Template


class TemplatesDialog(QDialog):
    """Templates on the left; the chosen one's name and prompts (one per line) on the right."""

    def __init__(self, reflection: ReflectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reflection = reflection
        self._templates: tuple[Template, ...] = ()
        self.setWindowTitle(self.tr("Reflection prompts"))
        outer = QVBoxLayout(self)
        dialog_margins(outer)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setMaximumWidth(220)
        self.list.currentRowChanged.connect(self._show)
        row.addWidget(self.list)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setMaxLength(200)
        form.addRow(self.tr("&Name"), self.name)
        self.prompts = QPlainTextEdit()
        self.prompts.setTabChangesFocus(True)
        self.prompts.setAccessibleName(self.tr("Prompts, one per line"))
        form.addRow(self.tr("&Prompts\n(one per line)"), self.prompts)
        row.addLayout(form, 1)
        outer.addLayout(row)
        self.message = muted("")
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New template"))
        self.new_button.clicked.connect(self.new_template)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(self.tr("&Use for new reflections"))
        self.default_button.clicked.connect(self.make_default)
        for button in (self.new_button, self.save_button, self.default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self.reload()
        self.resize(720, 420)

    def reload(self, select_id: int | None = None) -> None:
        """Read the templates again (the default one is created on first use)."""
        self._templates = self._reflection.templates()
        self.list.blockSignals(True)
        self.list.clear()
        row = 0
        for index, template in enumerate(self._templates):
            mark = self.tr(" (new reflections)") if template.is_default else ""
            item = QListWidgetItem(shown(template.name) + mark)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.list.addItem(item)
            if template.id == select_id:
                row = index
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._show(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._templates):
            return
        template = self._templates[row]
        self.name.setText(template.name)
        self.prompts.setPlainText("\n".join(template.prompts))

    def _current(self) -> Template | None:
        row = self.list.currentRow()
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def save(self) -> None:
        """Store the name and prompts of the template shown."""
        from eventmate.services.after.reflection import ReflectionError

        template = self._current()
        if template is None:
            return
        try:
            if self.name.text().strip() != template.name:
                self._reflection.rename_template(template.id, self.name.text())
            self._reflection.set_prompts(template.id, self.prompts.toPlainText().splitlines())
        except ReflectionError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Saved. Reflections already begun keep their answers."))
        self.reload(template.id)

    def new_template(self) -> None:
        """A new template, starting from the prompts shown."""
        from eventmate.services.after.reflection import ReflectionError

        base = self.tr("My prompts")
        names = {t.name for t in self._templates}
        name = base
        number = 2
        while name in names:
            name = f"{base} {number}"
            number += 1
        try:
            created = self._reflection.create_template(
                name, self.prompts.toPlainText().splitlines() or [self.tr("What went well?")]
            )
        except ReflectionError as error:
            self.message.setText(str(error))
            return
        self.reload(created.id)
        self.name.setFocus()
        self.name.selectAll()

    def make_default(self) -> None:
        """New reflections will use the template shown."""
        from eventmate.services.after.reflection import ReflectionError

        template = self._current()
        if template is None:
            return
        try:
            self._reflection.set_default(template.id)
        except ReflectionError as error:
            self.message.setText(str(error))
        self.reload(template.id)
