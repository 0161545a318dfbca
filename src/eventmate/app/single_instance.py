"""Bringing the running EventMate forward when it is launched again on the same data folder.

The file lock (``storage.instance_lock``) decides who owns the folder; this local socket only
lets a second launch ask the first to show itself (or open capture mode) instead of failing.
QLocalServer is a Unix domain socket on Linux and macOS and a named pipe on Windows, where pipe
names are shared by every user of the machine: the name carries the user as well as the folder.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """A per-user, per-folder socket name (short, and safe as a file or pipe name)."""
    # normcase: Windows paths differ in letter case from one launch to the next.
    key = f"{_user()}\0{os.path.normcase(str(data_dir))}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"eventmate-{digest}"


def _user() -> str:
    """Who runs EventMate: the user id on POSIX, the user name on Windows (no os.getuid)."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    return os.environ.get("USERDOMAIN", "") + "\\" + os.environ.get("USERNAME", "")


class InstanceServer(QObject):
    """Listens for requests from later launches; emits ``requested`` with the command."""

    requested = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        # We hold the folder's lock, so any socket left under this name is from a dead process.
        QLocalServer.removeServer(name)
        self._server.listen(name)
        self._server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data()).decode("utf-8", "replace").strip()
        socket.disconnectFromServer()
        for line in data.splitlines():
            self.requested.emit(line.strip())


def ask_running_instance(data_dir: Path, command: str) -> bool:
    """Send ``command`` ("show", "capture") to the instance running on ``data_dir``."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(f"{command}\n".encode())
    ok = socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    return ok
