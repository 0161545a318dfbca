"""The passphrase field of the recovery screen, for encrypted data: unlock, or say it was wrong.

The passphrase (or the recovery key: the same field takes either) unwraps the data key on a
worker thread (a key derivation takes a few tenths of a second). A wrong one is said calmly
— the data is not damaged — and the field is ready for the next try; "Remember on this
computer" keeps the key in the system keyring, where there is one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import jobs
from eventmate.gui.style import body
from eventmate.services.progress import JobControl


class UnlockPanel(QWidget):
    """A passphrase field and an Open button; emits ``unlocked`` once the data can be opened."""

    unlocked = Signal()

    def __init__(self, database: Path, config_dir: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self._database = database
        self._config_dir = config_dir
        self.job: jobs.Job | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.passphrase.setPlaceholderText(self.tr("Your passphrase, or your recovery key"))
        self.passphrase.returnPressed.connect(self.submit)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("unlockOpen")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        row.addWidget(self.open_button)
        form.addRow(label, row)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setObjectName("unlockRemember")
        self.remember.setToolTip(
            self.tr(
                "Keep the key in this computer's keyring, so EventMate opens without asking. "
                "Anyone who can use your account can then open your data."
            )
        )
        self.remember.setVisible(config_dir is not None)
        layout.addWidget(self.remember)
        self.status = body("", self)  # a wrong passphrase must not look like a hint
        self.status.setObjectName("unlockStatus")
        # Room for two lines from the start: a message never squeezes the screen's layout.
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        layout.addWidget(self.status)
        self.passphrase.setFocus()

    def submit(self) -> jobs.Job | None:
        """Try what was typed; on a worker, since unwrapping the key takes a moment."""
        secret = self.passphrase.text()
        if not secret or self.job is not None:
            return None
        from eventmate.services.data.unlocking import unlock_with
        from eventmate.services.failures import DatabaseProblem

        database = self._database
        remember_in = self._config_dir if self.remember.isChecked() else None

        def work(_control: JobControl) -> str:
            try:
                unlock_with(database, secret, remember_in=remember_in)
            except DatabaseProblem as problem:
                return problem.kind.value
            return ""

        self._busy(True)
        self._say(self.tr("Checking…"))
        job = jobs.Job(work)
        job.signals.succeeded.connect(self._on_checked)
        job.signals.failed.connect(self._on_failed)
        self.job = jobs.start(job)
        return self.job

    def _on_checked(self, outcome: object) -> None:
        self.job = None
        if outcome == "":
            self.passphrase.clear()
            self._say(self.tr("Opening your data…"))
            self.unlocked.emit()
            return
        self._busy(False)
        if outcome == "wrong_passphrase":
            self._say(
                self.tr(
                    "That passphrase (or recovery key) does not open your data. Your data is "
                    "not damaged; try again."
                )
            )
        else:
            self._say(self.tr("The key file beside your data is damaged; restore a backup."))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self._say(self.tr("Could not check the passphrase: %1").replace("%1", message))

    def _busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.open_button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.status.setText(text)
