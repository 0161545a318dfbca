"""The fields both encryption dialogs use: a hidden passphrase, and what to do with the copies."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QRadioButton, QVBoxLayout, QWidget


def password_field(name: str, parent: QWidget) -> QLineEdit:
    """A line whose typing is hidden, named ``name`` for screen readers."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class CopiesChoice(QWidget):
    """What to do with the backups and copies made so far (only shown when there are some)."""

    def __init__(self, count: int, convert: tuple[str, str], leave: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        one, many = convert
        self._count = count
        self.convert = QRadioButton(one if count == 1 else many.replace("%1", str(count)), self)
        self.convert.setObjectName("copiesConvert")
        self.convert.setChecked(True)
        self.leave = QRadioButton(leave, self)
        self.leave.setObjectName("copiesLeave")
        counted = self.tr("Counting the backup taken just before the change.")
        self.convert.setToolTip(counted)
        self.convert.setAccessibleDescription(counted)
        layout.addWidget(self.convert)
        layout.addWidget(self.leave)
        self.setVisible(count > 0)

    @property
    def chosen(self) -> bool:
        """Whether the copies are to be converted too."""
        return self._count > 0 and self.convert.isChecked()
