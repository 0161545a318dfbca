"""A server's call when its change log grows: LISTEN on a connection of its own, on a thread.

Migration ``0013_devices`` makes the server send ``NOTIFY eventmate_changes`` with every write
that logs a change (whoever writes: another app, the command line, another program). A
:class:`ChangeListener` holds one connection that listens, and calls its callback (from its
own thread) for every notification: the feed then reads the log at once rather than at its
next look. A lost connection is opened again after a pause that doubles up to
:data:`LONGEST_PAUSE` (the callback is called once it is back: changes may have been missed);
looking for commits on a timer goes on meanwhile, so nothing is missed, only later.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

#: The channel ``0013_devices``'s trigger on ``change_log`` notifies.
CHANNEL = "eventmate_changes"
#: The first pause before listening again after the connection was lost (seconds).
FIRST_PAUSE = 0.5
#: The longest pause between two attempts (seconds).
LONGEST_PAUSE = 30.0
#: How long one wait for notifications lasts before the thread checks whether to stop.
_WAIT = 0.5


class ChangeListener:
    """Calls ``on_notify`` whenever the server says the change log grew."""

    def __init__(self, engine: Engine, on_notify: Callable[[], None]) -> None:
        self._engine = engine
        self._on_notify = on_notify
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: Any = None
        #: Set each time the connection listens (tests wait for it).
        self.listening = threading.Event()
        #: The server process id of the listening connection (None while not connected).
        self.backend_pid: int | None = None

    def start(self) -> None:
        """Begin listening (on a daemon thread)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="changeListener", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop listening and close the connection (waits for the thread, half a second at most)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=2)

    def _run(self) -> None:
        pause = FIRST_PAUSE
        reconnected = False
        while not self._stop.is_set():
            try:
                self._listen()
                pause = FIRST_PAUSE
                if reconnected:
                    self._on_notify()  # what was written while nobody listened
                reconnected = True
                self._wait_for_notifications()
            except Exception as error:  # any failure of the line: try again later
                if self._stop.is_set():
                    break
                log.warning("Not hearing the server's changes (%s); trying again", error)
            finally:
                self._close()
            if self._stop.wait(pause):
                break
            pause = min(pause * 2, LONGEST_PAUSE)

    def _listen(self) -> None:
        raw = self._engine.raw_connection()
        self._connection = raw
        driver: Any = raw.driver_connection
        driver.autocommit = True
        driver.execute(f"LISTEN {CHANNEL}")
        self.backend_pid = int(driver.info.backend_pid)
        self.listening.set()

    def _wait_for_notifications(self) -> None:
        driver = self._connection.driver_connection
        while not self._stop.is_set():
            heard = False
            for _notice in driver.notifies(timeout=_WAIT, stop_after=1):
                heard = True
            if heard:
                self._on_notify()
            if driver.closed or driver.broken:
                raise ConnectionError("the connection closed")

    def _close(self) -> None:
        self.listening.clear()
        self.backend_pid = None
        raw, self._connection = self._connection, None
        if raw is not None:
            with suppress(Exception):  # closing a line that may be gone already
                raw.invalidate()  # never back into the pool: it listens, and may be broken
