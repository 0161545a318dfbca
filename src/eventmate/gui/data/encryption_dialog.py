"""Turning encryption on: the passphrase, then the recovery key shown once, then the rewrite.

It takes two steps in one dialog: the passphrase typed twice, "remember on this
computer", and what to do with the backups made so far (encrypt them, recommended, or leave
them readable); then the recovery key, shown once in large letters, to be written down
before anything changes. The database is rewritten on a worker with progress; the dialog
says what was done. Turning it off: :mod:`.turn_off_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import jobs
from eventmate.gui.data.encryption_fields import CopiesChoice, password_field
from eventmate.gui.style import body, heading
from eventmate.services.data.encryption import (
    EncryptionError,
    EncryptionService,
    NewKey,
    Switched,
)
from eventmate.services.progress import JobControl


def two_lines(recovery_key: str) -> str:
    """The recovery key as two lines of four groups: large, whole, and easy to copy by hand."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


class TurnOnDialog(QDialog):
    """Encrypt the data: a passphrase, the recovery key, then the rewrite."""

    def __init__(
        self,
        encryption: EncryptionService,
        plain_copies: int,
        on_closing: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("turnOnEncryptionDialog")
        self.setWindowTitle(self.tr("Encrypt your data"))
        self.setMinimumWidth(560)
        self._encryption = encryption
        self._on_closing = on_closing
        self.new_key: NewKey | None = None
        self.result_: Switched | None = None
        self.job: jobs.Job | None = None
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._passphrase_page(plain_copies))
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._done_page())
        self.status = body("", self)  # what went wrong must not look like a hint
        self.status.setObjectName("encryptionStatus")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.next_button = QPushButton(self.tr("&Continue"), self)
        self.next_button.setObjectName("encryptionNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    # -- pages --------------------------------------------------------------------------------

    def _passphrase_page(self, plain_copies: int) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Encrypt your data with a passphrase"), parent=page))
        layout.addWidget(
            body(
                self.tr(
                    "Your people, notes and backups will be stored encrypted: without the "
                    "passphrase nobody can read them, not even with the files in hand. You "
                    "will type it when EventMate starts. Choose a few words you will remember; "
                    "if you forget it, only your recovery key (shown next) can open your data."
                ),
                page,
            )
        )
        form = QFormLayout()
        self.passphrase = password_field(self.tr("Passphrase"), page)
        self.passphrase.setObjectName("newPassphrase")
        self.repeat = password_field(self.tr("Passphrase again"), page)
        self.repeat.setObjectName("repeatPassphrase")
        for text, field in (
            (self.tr("&Passphrase:"), self.passphrase),
            (self.tr("&Again:"), self.repeat),
        ):
            label = QLabel(text, page)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember on this computer (in its keyring)"), page)
        self.remember.setObjectName("rememberKey")
        self.remember.setToolTip(
            self.tr("EventMate then opens without asking here; anyone using your account can too.")
        )
        layout.addWidget(self.remember)
        self.copies = CopiesChoice(
            plain_copies,
            (
                self.tr("&Encrypt the backup too (recommended)"),
                self.tr("&Encrypt the %1 backups too (recommended)"),
            ),
            self.tr("&Leave them readable (anyone who can read the folder can read them)"),
            page,
        )
        layout.addWidget(self.copies)
        layout.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Your recovery key"), parent=page))
        layout.addWidget(
            body(
                self.tr(
                    "If you forget your passphrase, this key opens your data. Write it down "
                    "and keep it somewhere safe, away from this computer. It is shown only "
                    "now: EventMate keeps no copy it could show again."
                ),
                page,
            )
        )
        self.recovery = QLabel("", page)
        self.recovery.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.recovery.setFont(font)
        self.recovery.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.recovery)
        copy = QPushButton(self.tr("C&opy"), page)
        copy.setObjectName("copyRecoveryKey")
        copy.clicked.connect(self._on_copy_clicked)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addStretch(1)
        layout.addLayout(row)
        self.written = QCheckBox(self.tr("I have &written down my recovery key"), page)
        self.written.setObjectName("recoveryKeyWritten")
        self.written.toggled.connect(self._on_written_toggled)
        layout.addWidget(self.written)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Your data is encrypted"), parent=page))
        self.summary = body("", page)
        self.summary.setObjectName("encryptionSummary")
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return page

    # -- steps --------------------------------------------------------------------------------

    def _on_next_clicked(self) -> None:
        step = self.pages.currentIndex()
        if step == 0:
            self.make_key()
        elif step == 1:
            self.encrypt()
        else:
            self.accept()

    def make_key(self) -> jobs.Job | None:
        """Check the passphrase and make the key and recovery key (on a worker, ~0.3 s)."""
        passphrase = self.passphrase.text()
        if passphrase != self.repeat.text():
            self._say(self.tr("The two passphrases differ. Type the same one twice."))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return None
        encryption = self._encryption
        self._busy(True, self.tr("Making your key…"))

        def work(_control: JobControl) -> NewKey | str:
            try:
                return encryption.prepare(passphrase)
            except EncryptionError as error:  # a short passphrase, no SQLCipher
                return str(error)

        job = jobs.Job(work)
        job.signals.succeeded.connect(self._on_key_made)
        job.signals.failed.connect(self._on_failed)
        self.job = jobs.start(job)
        return self.job

    def _on_key_made(self, new_key: NewKey | str) -> None:
        if isinstance(new_key, str):
            self._on_failed(new_key)
            return
        self.job = None
        self._busy(False, "")
        self.new_key = new_key
        self.passphrase.clear()
        self.repeat.clear()
        self.recovery.setText(two_lines(new_key.recovery_key))
        self.pages.setCurrentIndex(1)
        self.next_button.setText(self.tr("&Encrypt now"))
        self.next_button.setEnabled(False)
        self.written.setFocus()

    def _on_written_toggled(self, checked: bool) -> None:
        self.next_button.setEnabled(checked)

    def _on_copy_clicked(self) -> None:
        if self.new_key is not None:
            QGuiApplication.clipboard().setText(self.new_key.recovery_key)
        self._say(self.tr("Copied. Paste it somewhere safe, not beside your data."))

    def encrypt(self) -> jobs.Job | None:
        """Rewrite the database encrypted, on a worker with progress."""
        new_key = self.new_key
        if new_key is None:
            return None
        encryption = self._encryption
        convert, remember = self.copies.chosen, self.remember.isChecked()
        self._on_closing()
        self._busy(True, self.tr("Encrypting your data…"))

        def work(_control: JobControl) -> Switched | str:
            try:
                return encryption.turn_on(new_key, convert_copies=convert, remember=remember)
            except EncryptionError as error:  # said in the dialog; nothing was changed
                return str(error)

        self.job = jobs.run_with_progress(
            self, self.tr("Encrypting your data…"), work, self._on_encrypted, self._on_failed
        )
        return self.job

    def _on_encrypted(self, done: Switched | str) -> None:
        if isinstance(done, str):
            self._on_failed(done)
            return
        self.job = None
        self.result_ = done
        self._busy(False, "")
        lines = [self.tr("Only your passphrase or your recovery key can open it now.")]
        if done.copies_converted:
            lines.append(self.tr("%n backups were encrypted too.", "", done.copies_converted))
        if done.copies_left:
            lines.append(
                self.tr(
                    "%n damaged backups could not be encrypted and were left as they were.",
                    "",
                    len(done.copies_left),
                )
            )
        if done.not_remembered:
            lines.append(
                self.tr("Not remembered on this computer: %1.").replace("%1", done.not_remembered)
            )
        self.summary.setText(" ".join(lines))
        self.recovery.clear()
        self.pages.setCurrentIndex(2)
        self.next_button.setText(self.tr("&Close"))
        self.next_button.setEnabled(True)
        self.cancel_button.hide()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self._busy(False, "")
        self._say(self.tr("Not encrypted: %1").replace("%1", message))

    def _busy(self, busy: bool, text: str) -> None:
        self.next_button.setEnabled(not busy)
        self.pages.setEnabled(not busy)
        if text:
            self._say(text)
        elif not busy:
            self.status.clear()

    def _say(self, text: str) -> None:
        self.status.setText(text)
