"""Preferences ▸ Storage: keep the data on this computer or on a PostgreSQL server.

A server's address in parts, a connection test that says exactly what failed, the password
kept in the system keyring only when asked, "Use this server" (from the next start) and
"Move my data there…" (everything copied, verified, all or nothing; then used from the next
start). The store in use never changes under a running window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eventmate.gui import jobs
from eventmate.gui.style import body, muted, row
from eventmate.services.data.storage_choice import (
    DEFAULT_PORT,
    ConnectionCheck,
    ServerAddress,
    check_connection,
    chosen_server,
    remember_password,
    set_by_environment,
    use_store,
)
from eventmate.services.progress import JobControl

#: Copies everything into the store at a URL (``MoveService.move_to``), on a worker thread.
Mover = Callable[[str, JobControl], Any]


class StoragePanel(QWidget):
    """Where the data lives, and the way to a server (Preferences puts it in its own card)."""

    def __init__(self, data_dir: Path, mover: Mover | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storagePanel")
        self._data_dir = data_dir
        self._mover = mover
        current = chosen_server(data_dir)
        #: Whether the data folder uses a server now (the environment or a saved choice).
        self.on_server = current is not None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.where = body(self._where_words(current), self)
        self.where.setObjectName("storageWhere")
        self.where.setAccessibleName(self.tr("Where your data is kept"))
        layout.addWidget(self.where)

        form = QFormLayout()
        self.host = self._field(
            "storageHost", self.tr("Server host"), current.host if current else ""
        )
        self.port = QSpinBox()
        self.port.setObjectName("storagePort")
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Server port"))
        self.database = self._field(
            "storageDatabase", self.tr("Database"), current.database if current else ""
        )
        self.user = self._field(
            "storageUser", self.tr("User name"), current.user if current else ""
        )
        self.password = self._field("storagePassword", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setObjectName("storageRemember")
        self.remember.setAccessibleName(self.tr("Remember the password in the system keyring"))
        for label, widget in (
            (self.tr("&Host:"), self.host),
            (self.tr("P&ort:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&User:"), self.user),
            (self.tr("Pass&word:"), self.password),
        ):
            title = QLabel(label)
            title.setBuddy(widget)
            form.addRow(title, widget)
        form.addRow("", self.remember)
        layout.addLayout(form)
        tls = muted(
            self.tr(
                "A server on another computer is always reached encrypted (TLS). "
                "A saved password is kept in the system keyring, never in a file."
            ),
            self,
        )
        layout.addWidget(tls)

        self.test_button = self._button("storageTest", self.tr("&Test connection"), self._test)
        self.use_button = self._button("storageUse", self.tr("U&se this server"), self._use)
        self.move_button = self._button("storageMove", self.tr("&Move my data there…"), self._move)
        self.local_button = self._button(
            "storageLocal", self.tr("Keep data on this &computer"), self._use_local
        )
        self.move_button.setEnabled(mover is not None)
        # Two rows: four buttons side by side do not fit Preferences' width.
        layout.addLayout(row(self.test_button, self.use_button))
        layout.addLayout(row(self.move_button, self.local_button))
        self.result = body("", self)
        self.result.setObjectName("storageResult")
        self.result.setAccessibleName(self.tr("Connection test result"))
        layout.addWidget(self.result)
        if set_by_environment():
            self.result.setText(
                self.tr("EVENTMATE_DATABASE_URL is set: it chooses the store while it is.")
            )

    # -- building ------------------------------------------------------------------------

    def _field(self, name: str, accessible: str, value: str | None) -> QLineEdit:
        field = QLineEdit(value or "")
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        return field

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _where_words(self, current: ServerAddress | None) -> str:
        if current is None:
            return self.tr("Your data is kept on this computer, in the data folder.")
        return (
            self.tr("Your data is kept on the server %1 (database %2).")
            .replace("%1", f"{current.host or 'localhost'}:{current.port}")
            .replace("%2", current.database)
        )

    # -- actions -------------------------------------------------------------------------

    def address(self) -> ServerAddress | None:
        """The address typed, or None (and a message) if a part is missing."""
        host, database, user = (f.text().strip() for f in (self.host, self.database, self.user))
        if not database or not user:
            self.result.setText(self.tr("Type the database and the user name first."))
            return None
        return ServerAddress(host or "localhost", database, user, self.port.value())

    def _test(self) -> None:
        address = self.address()
        if address is None:
            return
        self.result.setText(self.tr("Connecting…"))
        self.result.repaint()
        self.show_check(check_connection(address, self.password.text() or None))

    def show_check(self, check: ConnectionCheck) -> None:
        """Show a connection test's outcome in words."""
        if check.ok:
            text = self.tr("Connected: PostgreSQL %1.").replace("%1", check.version)
            if check.has_data:
                text += " " + self.tr("It already holds EventMate data.")
            else:
                text += " " + self.tr("It is empty: move your data there, or start afresh.")
        else:
            text = check.words
            if check.detail:
                text += " " + self.tr("(The server said: %1)").replace("%1", check.detail)
        self.result.setText(text)

    def _remember(self, address: ServerAddress) -> bool:
        if not self.remember.isChecked() or not self.password.text():
            return True
        problem = remember_password(address, self.password.text())
        if problem is not None:
            self.result.setText(
                self.tr(
                    "The password could not be saved: there is no system keyring (%1)."
                ).replace("%1", problem)
            )
            return False
        return True

    def _use(self) -> None:
        address = self.address()
        if address is None:
            return
        check = check_connection(address, self.password.text() or None)
        if not check.ok:
            self.show_check(check)
            return
        if not self._remember(address):
            return
        use_store(self._data_dir, address)
        self.where.setText(self._where_words(address))
        self.result.setText(self.tr("EventMate will use this server from its next start."))

    def _use_local(self) -> None:
        use_store(self._data_dir, None)
        self.where.setText(self._where_words(None))
        self.result.setText(self.tr("EventMate will use this computer from its next start."))

    def _move(self) -> None:
        address = self.address()
        if address is None or self._mover is None:
            return
        check = check_connection(address, self.password.text() or None)
        if not check.ok:
            self.show_check(check)
            return
        if not self._remember(address):
            return
        mover = self._mover
        url = address.url(self.password.text() or None).render_as_string(hide_password=False)

        def moved(result: Any) -> None:
            use_store(self._data_dir, address)
            self.where.setText(self._where_words(address))
            self.result.setText(
                self.tr(
                    "Moved and checked: %n people and everything else, byte for byte. "
                    "EventMate will use the server from its next start; the data on this "
                    "computer is left as it was.",
                    "",
                    result.people,
                )
            )

        def failed(message: str) -> None:
            self.result.setText(self.tr("Nothing was moved: %1").replace("%1", message))

        jobs.run_with_progress(
            self,
            self.tr("Moving your data to the server…"),
            lambda control: mover(url, control),
            moved,
            failed,
        )
