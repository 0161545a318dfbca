"""Preferences ▸ Encryption: whether the data is encrypted, and the ways to change that.

Off: one sentence on what protects the data now, and "Turn on encryption…". On: "Remember
on this computer", "Turn off encryption…", and — if backups made before are still readable —
how many, with "Encrypt them now". Where SQLCipher is missing it says plainly that encryption
is not available here. Turning it on or off lets go of the database while the file is
rewritten (``release``) and has every view reload afterwards (``replaced``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from eventmate.gui import jobs
from eventmate.gui.data.encryption_dialog import TurnOnDialog
from eventmate.gui.data.turn_off_dialog import TurnOffDialog
from eventmate.gui.style import body, muted, set_plain_text_format
from eventmate.services.data.encryption import EncryptionService, EncryptionStatus


class EncryptionSection(QWidget):
    """The encryption part of Preferences."""

    def __init__(
        self,
        encryption: EncryptionService | None,
        release: Callable[[], None],
        replaced: Callable[[], None],
        parent: QWidget | None = None,
        *,
        writable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionSection")
        self._encryption = encryption
        self._release = release
        self._replaced = replaced
        self._writable = writable
        self.job: jobs.Job | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = body("", self)
        self.state.setObjectName("encryptionState")
        self.state.setAccessibleName(self.tr("Encryption"))
        layout.addWidget(self.state)
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setObjectName("encryptionRemember")
        self.remember.setToolTip(
            self.tr("Keep the key in this computer's keyring: EventMate opens without asking.")
        )
        self.remember.clicked.connect(self._on_remember_clicked)
        layout.addWidget(self.remember)
        row = QHBoxLayout()
        self.switch = QPushButton("", self)
        self.switch.setObjectName("encryptionSwitch")
        self.switch.clicked.connect(self._on_switch_clicked)
        row.addWidget(self.switch)
        self.encrypt_copies = QPushButton(self.tr("Encrypt &them now"), self)
        self.encrypt_copies.setObjectName("encryptCopies")
        self.encrypt_copies.clicked.connect(self._on_encrypt_copies_clicked)
        row.addWidget(self.encrypt_copies)
        row.addStretch(1)
        layout.addLayout(row)
        self.note = muted("", self)
        self.note.setObjectName("encryptionNote")
        set_plain_text_format(self.note)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.refresh()

    def status(self) -> EncryptionStatus | None:
        """Where encryption stands, or None where it does not apply (a server database)."""
        if self._encryption is None or not self._encryption.applies:
            return None
        return self._encryption.status()

    def refresh(self) -> None:
        """Show the current state."""
        status = self.status()
        self.remember.hide()
        self.encrypt_copies.hide()
        self.switch.show()
        self.switch.setEnabled(self._writable)
        if status is None:
            self.state.setText(self.tr("A database on a server is protected by the server."))
            self.switch.hide()
        elif not status.available and not status.encrypted:
            self.state.setText(
                self.tr(
                    "Encryption is not available on this computer: the SQLCipher library is not "
                    "installed with this EventMate. Your data is protected by your computer's own "
                    "security (use full-disk encryption)."
                )
            )
            self.switch.hide()
        elif status.encrypted:
            text = self.tr("On: your data and its backups are encrypted with your passphrase.")
            count = len(status.plain_copies)
            if count:
                text += " " + (
                    self.tr(
                        "1 backup made before is not encrypted: anyone who can read the folder "
                        "can read it."
                    )
                    if count == 1
                    else self.tr(
                        "%n backups made before are not encrypted: anyone who can read the "
                        "folder can read them.",
                        "",
                        count,
                    )
                )
                self.encrypt_copies.show()
                self.encrypt_copies.setEnabled(self._writable)
            self.state.setText(text)
            self.remember.setChecked(status.remembered)
            self.remember.show()
            self.switch.setText(self.tr("Turn &off encryption…"))
        else:
            self.state.setText(
                self.tr(
                    "Off: your data is protected by your computer's own security. Encrypt it "
                    "with a passphrase so that nobody without it can read it, even with the "
                    "files in hand."
                )
            )
            self.switch.setText(self.tr("Turn &on encryption…"))
        self.switch.setAccessibleName(self.switch.text().replace("&", "").rstrip("…"))

    def _on_switch_clicked(self) -> None:
        status = self.status()
        if status is None or self._encryption is None:
            return
        dialog: TurnOnDialog | TurnOffDialog
        # The backup taken just before the change is a copy too: counted with the others.
        if status.encrypted:
            copies = len(status.encrypted_copies) + 1
            dialog = TurnOffDialog(self._encryption, copies, self._release, self)
        else:
            copies = len(status.plain_copies) + 1
            dialog = TurnOnDialog(self._encryption, copies, self._release, self)
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self._replaced()
            self.refresh()

    def _on_remember_clicked(self, checked: bool) -> None:
        encryption = self._encryption
        if encryption is None or self.job is not None:
            return
        self.remember.setEnabled(False)
        job = jobs.Job(lambda _control: encryption.set_remembered(checked))
        job.signals.succeeded.connect(self._on_remembered)
        job.signals.failed.connect(self._on_remembered)
        self.job = jobs.start(job)

    def _on_remembered(self, problem: object) -> None:
        self.job = None
        self.remember.setEnabled(True)
        if problem:
            self.note.setText(self.tr("Not remembered: %1.").replace("%1", str(problem)))
        else:
            self.note.clear()
        self.refresh()

    def _on_encrypt_copies_clicked(self) -> None:
        encryption = self._encryption
        if encryption is None:
            return
        self.encrypt_copies.setEnabled(False)
        self.job = jobs.run_with_progress(
            self,
            self.tr("Encrypting the backups…"),
            lambda _control: encryption.encrypt_copies(),
            self._on_copies_encrypted,
            lambda message: self._on_copies_failed(message),
        )

    def _on_copies_encrypted(self, outcome: tuple[int, tuple[object, ...]]) -> None:
        self.job = None
        converted, left = outcome
        text = self.tr("%n backups encrypted.", "", converted)
        if left:
            text += " " + self.tr("%n damaged ones were left as they were.", "", len(left))
        self.note.setText(text)
        self.refresh()

    def _on_copies_failed(self, message: str) -> None:
        self.job = None
        self.note.setText(self.tr("Not encrypted: %1").replace("%1", message))
        self.refresh()
