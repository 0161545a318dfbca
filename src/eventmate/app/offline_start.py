"""Started while the server cannot be reached: capture mode on the outbox until it is back.

The recovery screen's "Capture while offline" opens capture mode on this computer's outbox
(:func:`eventmate.services.data_folder.offline_capture`): Enter keeps each capture in the data
folder. Meanwhile the server is asked again on a worker thread, after 2 s and then twice as
long each time up to a minute; when it answers, :attr:`OfflineStart.back` fires and the app
opens it the usual way (which sends the outbox). Closing capture mode fires
:attr:`OfflineStart.left`: the app shows the recovery screen again (try again, the file on
this computer, or capture once more), so this is never a dead end.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from eventmate.gui.capture.capture_window import CaptureWindow
from eventmate.services.data_folder import (
    DATABASE_URL_ENV,
    Locations,
    offline_capture,
    server_answers,
    waiting_captures,
)

if TYPE_CHECKING:
    from eventmate.gui.main_window import MainWindow

log = logging.getLogger(__name__)

#: The first probe of the server, and the longest wait between two.
FIRST_PROBE_MS = 2_000
MAX_PROBE_MS = 60_000


class OfflineStart(QObject):
    """Capture mode on the outbox while the server stays away, and the probe for its return."""

    #: The server answers again: open it.
    back = Signal()
    #: Capture mode was closed while the server is still away.
    left = Signal()
    _probed = Signal(bool)

    def __init__(self, locations: Locations, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._url = url
        self._delay = FIRST_PROBE_MS
        self._closing = False
        self.capture = offline_capture(locations, url)
        self.window = CaptureWindow(self.capture)
        self.window.left.connect(self._on_left)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe)
        self._probed.connect(self._on_probed)

    def open(self) -> None:
        """Show capture mode and start asking for the server."""
        self.window.open()
        self._timer.start(self._delay)

    def probe(self) -> None:
        """Ask the server now, on a worker thread (the window never waits for it)."""
        self._timer.stop()
        url = self._url
        thread = threading.Thread(
            target=lambda: self._probed.emit(server_answers(url)), name="probe", daemon=True
        )
        thread.start()

    def close(self) -> str:
        """Stop probing and close capture mode; returns what was typed and not yet kept."""
        self._closing = True
        self._timer.stop()
        typed = self.window.input.text
        self.window.close()
        self.window.deleteLater()
        return typed

    def _on_probed(self, answered: bool) -> None:
        if self._closing:
            return
        if answered:
            log.info("the server answers again")
            self.back.emit()
            return
        self._delay = min(self._delay * 2, MAX_PROBE_MS)
        self._timer.start(self._delay)

    def _on_left(self) -> None:
        if not self._closing:
            self.left.emit()


def capture_offline(
    window: MainWindow,
    locations: Locations,
    url: str,
    *,
    reopen: Callable[[], bool],
    refuse: Callable[[], None],
) -> OfflineStart:
    """Open capture mode offline; once the server is back, ``reopen()`` it and carry on there.

    What was typed and not yet kept moves to the main window's capture mode. Closing capture
    mode while the server is away calls ``refuse()`` (the recovery screen again).
    """
    offline = OfflineStart(locations, url, window)

    def back() -> None:
        typed = offline.close()
        window.show()
        if reopen():
            window.open_capture()
            if typed and window.capture_window is not None:
                window.capture_window.input.setPlainText(typed)

    def left() -> None:
        offline.close()
        refuse()

    offline.back.connect(back)
    offline.left.connect(left)
    offline.open()
    log.info("capture mode offline")
    return offline


def local_blocked() -> str:
    """Why the file on this computer cannot be chosen on the recovery screen ("" if it can)."""
    if not os.environ.get(DATABASE_URL_ENV):
        return ""
    return QCoreApplication.translate(
        "RecoveryScreen",
        "EVENTMATE_DATABASE_URL names the server: unset it to use the file on this computer.",
    )


def waiting_words(locations: Locations) -> str:
    """ "3 captures are kept on this computer, waiting for the server." ("" for none)."""
    try:
        waiting, _refused = waiting_captures(locations)
    except Exception:  # an unreadable outbox is reported where it is used, not here
        log.exception("cannot read the outbox")
        return ""
    tr = QCoreApplication.translate
    if waiting == 1:
        return tr("RecoveryScreen", "1 capture is kept on this computer, waiting for the server.")
    if waiting:
        return tr(
            "RecoveryScreen",
            "%n captures are kept on this computer, waiting for the server.",
            "",
            waiting,
        )
    return ""
