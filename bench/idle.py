"""What the running app does while nobody types, done before measuring (as after a while open)."""

from __future__ import annotations

import gc
import time

from eventmate.storage.engine import Database
from eventmate.storage.upkeep import IDLE_SECONDS


def settle(database: Database) -> None:
    """Let the app's idle upkeep run, then freeze the heap, as the app has by a user's break.

    The app keeps upkeep running (``Database.keep_tidy``): once idle it merges the search
    indexes and checkpoints the log. Start-up and capture mode freeze the heap once their
    long-lived objects are built (``gc.freeze``), so commits never pay for rescanning them.
    """
    database.keep_tidy()
    time.sleep(IDLE_SECONDS + 0.5)
    while database.upkeep_busy:
        time.sleep(0.1)
    gc.collect()
    gc.freeze()
