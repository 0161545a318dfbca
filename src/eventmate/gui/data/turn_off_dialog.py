"""Turning encryption off: the passphrase (or recovery key) again, then the rewrite, all or nothing.

What to do with the encrypted backups is asked too: decrypt them, or leave them as they are
(they still open with the passphrase or the recovery key).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import jobs
from eventmate.gui.data.encryption_fields import CopiesChoice, password_field
from eventmate.gui.style import body, heading
from eventmate.services.data.encryption import EncryptionError, EncryptionService, Switched
from eventmate.services.progress import JobControl


class TurnOffDialog(QDialog):
    """Store the data without encryption again, after the passphrase is given once more."""

    def __init__(
        self,
        encryption: EncryptionService,
        encrypted_copies: int,
        on_closing: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("turnOffEncryptionDialog")
        self.setWindowTitle(self.tr("Stop encrypting your data"))
        self.setMinimumWidth(520)
        self._encryption = encryption
        self._on_closing = on_closing
        self.job: jobs.Job | None = None
        self.result_: Switched | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Store your data without encryption"), parent=self))
        layout.addWidget(
            body(
                self.tr(
                    "Anyone who can read your data folder will be able to read your people and "
                    "notes. Your computer's own protection (full-disk encryption, your account's "
                    "password) still applies. Enter your passphrase or recovery key to go on."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.passphrase = password_field(self.tr("Passphrase or recovery key"), self)
        self.passphrase.setObjectName("currentPassphrase")
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        layout.addLayout(form)
        self.copies = CopiesChoice(
            encrypted_copies,
            (
                self.tr("&Decrypt the backup too"),
                self.tr("&Decrypt the %1 backups too"),
            ),
            self.tr("&Leave them encrypted (they open with this passphrase or the recovery key)"),
            self,
        )
        layout.addWidget(self.copies)
        self.status = body("", self)  # what went wrong must not look like a hint
        self.status.setObjectName("encryptionStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.go_button = QPushButton(self.tr("&Stop encrypting"), self)
        self.go_button.setObjectName("encryptionOff")
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.decrypt)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout.addWidget(buttons)

    def decrypt(self) -> jobs.Job | None:
        """Check the passphrase and rewrite the database plain, on a worker with progress."""
        passphrase = self.passphrase.text()
        if not passphrase or self.job is not None:
            return None
        encryption, convert = self._encryption, self.copies.chosen
        self._on_closing()
        self.go_button.setEnabled(False)

        def work(_control: JobControl) -> Switched | str:
            try:
                return encryption.turn_off(passphrase, convert_copies=convert)
            except EncryptionError as error:  # a wrong passphrase, another program busy
                return str(error)

        self.job = jobs.run_with_progress(
            self, self.tr("Decrypting your data…"), work, self._on_done, self._on_failed
        )
        return self.job

    def _on_done(self, done: Switched | str) -> None:
        if isinstance(done, str):
            self._on_failed(done)
            return
        self.job = None
        self.result_ = done
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.go_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was changed: %1.").replace("%1", message.rstrip(".")))
        self.passphrase.selectAll()
        self.passphrase.setFocus()
