"""Unlocking encrypted data beside the window being built, so start-up does not wait for it.

With the passphrase in ``EVENTMATE_PASSPHRASE`` (or the key remembered in the keyring),
unwrapping the data key costs a few tenths of a second (scrypt, which releases the GIL; or
loading the keyring). Started on a thread before Qt is even imported (``main``), it is done
by the time the window has painted and the database is opened. Plain data starts no thread.
"""

from __future__ import annotations

import os
import sys
import threading
from contextlib import suppress
from pathlib import Path

from eventmate.storage.locations import Locations


class EarlyUnlock:
    """A thread that unlocks the data folder's database without asking anyone."""

    def __init__(self, locations: Locations) -> None:
        self._locations = locations
        self._error: BaseException | None = None
        #: How the data was unlocked (see ``services.data.unlocking``), once done.
        self.how = ""
        self._thread = threading.Thread(target=self._run, name="eventmate-unlock", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        _yield_to_the_window()
        from eventmate.services.data.unlocking import unlock_without_asking
        from eventmate.storage import keyed

        try:
            self.how = unlock_without_asking(self._locations.database, self._locations.config_dir)
            keyed.cipher_module()  # loading SQLCipher (7 MB) here, not on the way to Home
        except BaseException as error:  # handed to the GUI thread by wait()
            self._error = error

    def wait(self) -> str:
        """Wait for the thread; raise what it raised (a ``DatabaseProblem``), once; else how."""
        self._thread.join()
        error, self._error = self._error, None
        if error is not None:
            raise error
        return self.how


def _yield_to_the_window() -> None:
    # On a busy machine the window comes first: this thread runs at a lower priority, so it
    # uses a free core when there is one and never slows the window down when there is not.
    # Linux only (a thread id there names a schedulable task); elsewhere it is a no-op.
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def start_unlocking(locations: Locations) -> EarlyUnlock | None:
    """Start unlocking if the data folder's database has a key file (else None: plain data)."""
    key_file = Path(f"{locations.database}.key")  # keyed.key_file_path, without importing it
    if not key_file.exists():
        return None
    from eventmate.storage.store_choice import chosen_url

    # A server chosen (the environment or Preferences ▸ Storage) does not use the file.
    return None if chosen_url(locations) else EarlyUnlock(locations)
