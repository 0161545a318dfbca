"""The one place that tells open views what changed, whoever changed it.

:class:`ChangeBus` reads the database's change log (``services.changes.ChangeFeed``) right
after each write this process makes and, for writes made elsewhere (the command line, a
desktop shortcut, another program), whenever SQLite says someone committed: it looks twice a
second, which costs microseconds when nothing happened. A server says so itself (NOTIFY, heard
on a thread of the feed's): the log is read at once, and the twice-a-second look stays as the
fallback while that line is down. Each page, dialog and model
connects to :attr:`ChangeBus.changed` and updates only what the :class:`Changes` touch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from eventmate.services.changes import EVERYTHING, server_away

if TYPE_CHECKING:
    from eventmate.services.changes import ChangeFeed

#: How often writes made outside this process are looked for (ms).
WATCH_MS = 500
#: The longest wait between looks while a server cannot be reached (ms): each failed look
#: doubles the wait up to this, so a silent server (each try may wait for its connect
#: timeout) does not hold the window every half second; the first look that works resets it.
AWAY_MAX_MS = 60_000


class ChangeBus(QObject):
    """Publishes :class:`Changes` to every open view."""

    changed = Signal(object)
    #: Emitted from whichever thread wrote; queued to the GUI thread.
    _wrote = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._feed: ChangeFeed | None = None
        self._publishing = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setObjectName("changeWatch")
        self._timer.setInterval(WATCH_MS)
        self._timer.timeout.connect(self.poll)
        self._wrote.connect(self.poll)

    def attach(self, feed: ChangeFeed) -> None:
        """Follow ``feed``'s database: this process's writes at once, others' within WATCH_MS."""
        if self._feed is not None and self._feed is not feed:
            self._feed.close()  # its listeners and its server line go with it
        self._feed = feed
        feed.start()
        feed.on_write(self._on_write)
        # A server calls out when anyone writes (LISTEN/NOTIFY): read at once, from any thread.
        feed.on_elsewhere(self._wrote.emit)
        self._timer.start()

    def _on_write(self, _rows: object) -> None:
        # Any thread (autosave writes on a worker): the poll runs on the GUI thread.
        self._wrote.emit()

    def poll(self) -> None:
        """Publish what changed since the last look, if anything did."""
        if self._feed is None:
            return
        if self._publishing:
            self._again = True  # a view wrote while being told: look again afterwards
            return
        self._publishing = True
        try:
            while True:
                self._again = False
                changes = self._feed.poll()
                if changes:
                    self.changed.emit(changes)
                if not self._again:
                    break
        except Exception as error:
            self._back_off(error)
            raise  # the app's hook says it (a server away: one calm status line)
        else:
            self._timer.setInterval(WATCH_MS)
        finally:
            self._publishing = False

    def _back_off(self, error: Exception) -> None:
        """Look less often while the server cannot be reached."""
        if server_away(error):
            self._timer.setInterval(min(self._timer.interval() * 2, AWAY_MAX_MS))

    def publish_everything(self) -> None:
        """Tell every view that anything may have changed (after a restore replaced the file)."""
        if self._feed is not None:
            self._feed.restart()
            self._timer.start()
        self.changed.emit(EVERYTHING)

    def release(self) -> None:
        """Let go of the database file and stop looking (a restore may move it)."""
        self._timer.stop()
        if self._feed is not None:
            self._feed.restart()

    def stop(self) -> None:
        """Stop watching (the database is closing)."""
        self._timer.stop()
        if self._feed is not None:
            self._feed.close()
            self._feed = None
