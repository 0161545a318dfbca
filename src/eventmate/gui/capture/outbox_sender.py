"""Sending the outbox while the app is open: on a worker thread, retried with backoff.

Captures kept on this computer while the server was away (``services/capture/outbox.py``) are
sent when the database opens (those the server refused before are offered once more), and
again after each capture kept, every ``first_delay_ms`` doubling up to ``max_delay_ms`` while
the server stays away. The GUI thread never waits for the server: a round runs on its own
thread and reports back through a queued signal. :func:`outbox_words` says the state in words.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:
    from eventmate.services.capture.capture import CaptureService
    from eventmate.services.capture.outbox import Sent

log = logging.getLogger(__name__)

#: The first retry after the server was found away, and the longest wait between two.
FIRST_DELAY_MS = 2_000
MAX_DELAY_MS = 60_000


class OutboxSender(QObject):
    """Sends capture mode's outbox in the background until it is empty."""

    #: The outbox or the server's state changed (read them from the capture service).
    changed = Signal()
    _finished = Signal(object)

    def __init__(
        self,
        capture: CaptureService,
        parent: QObject | None = None,
        *,
        first_delay_ms: int = FIRST_DELAY_MS,
        max_delay_ms: int = MAX_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.capture = capture
        self._first_delay = first_delay_ms
        self._max_delay = max_delay_ms
        self._delay = first_delay_ms
        self._busy = False
        self._again = False
        self._stopped = False
        self._refused_too = True  # the first round offers refused captures once more
        #: What the last round did (None before the first, or when it failed).
        self.last: Sent | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.send_now)
        self._finished.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        """Whether a round is under way or waiting for its time."""
        return self._busy or self._timer.isActive()

    def start(self) -> None:
        """Send what an earlier run left (the database has just opened)."""
        self.send_now()

    def poke(self) -> None:
        """A capture was kept: try to send it after the current delay (unless a try is due)."""
        self.changed.emit()
        if self._stopped:
            return
        if self._busy:
            self._again = True
        elif not self._timer.isActive():
            self._timer.start(self._delay)

    def send_now(self) -> None:
        """Start a round now (on a worker thread), unless one is under way."""
        self._timer.stop()
        if self._stopped:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._again = False
        refused_too, self._refused_too = self._refused_too, False
        thread = threading.Thread(
            target=self._round, args=(refused_too,), name="outbox", daemon=True
        )
        thread.start()

    def stop(self) -> None:
        """No more rounds (the database is closing); one under way finishes by itself and
        schedules none after it, so a closed database's captures are never sent beside the
        next sender's."""
        self._stopped = True
        self._timer.stop()
        self._again = False

    def _round(self, refused_too: bool) -> None:
        try:
            sent = self.capture.send_waiting(refused_too=refused_too)
        except Exception:  # logged; the captures stay in the outbox for the next round
            log.exception("sending the outbox failed")
            sent = None
        self._finished.emit(sent)

    def _on_finished(self, sent: Sent | None) -> None:
        self._busy = False
        self.last = sent
        if sent is not None and sent.sent:
            log.info("sent %d captures kept while the server was away", sent.sent)
        if self._stopped:
            return
        waiting, refused = self.capture.waiting()
        if sent is None or sent.offline:
            self._timer.start(self._delay)
            self._delay = min(self._delay * 2, self._max_delay)
        else:
            self._delay = self._first_delay
            if self._again or waiting > refused:
                self._timer.start(0)  # kept while this round ran: send it too
        self._again = False
        self.changed.emit()


def outbox_words(capture: CaptureService) -> str:
    """ "offline — 3 captures waiting" (or what else is true), or "" when nothing is."""
    tr = QCoreApplication.translate
    waiting, refused = capture.waiting()
    unsent = waiting - refused
    parts: list[str] = []
    if capture.offline:
        if unsent == 1:
            parts.append(tr("Outbox", "offline — 1 capture waiting"))
        elif unsent:
            parts.append(tr("Outbox", "offline — %n captures waiting", "", unsent))
        else:
            parts.append(tr("Outbox", "offline — captures are kept on this computer"))
    elif unsent == 1:
        parts.append(tr("Outbox", "sending 1 capture kept on this computer"))
    elif unsent:
        parts.append(tr("Outbox", "sending %n captures kept on this computer", "", unsent))
    if refused == 1:
        parts.append(tr("Outbox", "1 capture refused by the server, kept on this computer"))
    elif refused:
        parts.append(
            tr("Outbox", "%n captures refused by the server, kept on this computer", "", refused)
        )
    return " · ".join(parts)
