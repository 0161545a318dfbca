"""The change bus looks less often while the server cannot be reached, and again at once after.

Each look at a silent server may wait for its connect timeout on the GUI thread; looking twice
a second would hold the window the whole time the hall has no signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from eventmate.gui.changes import AWAY_MAX_MS, WATCH_MS, ChangeBus
from eventmate.services.changes import NOTHING, Changes
from eventmate.storage.problems import DatabaseProblem, ProblemKind


class Feed:
    """A change feed whose server is away while ``away`` says so."""

    def __init__(self) -> None:
        self.away: Exception | None = None
        self.looks = 0

    def start(self) -> None:
        pass

    def on_write(self, _listener: Callable[[Any], None]) -> None:
        pass

    def on_elsewhere(self, _callback: Callable[[], None]) -> bool:
        return False

    def poll(self) -> Changes:
        self.looks += 1
        if self.away is not None:
            raise self.away
        return NOTHING

    def restart(self) -> None:
        pass

    def close(self) -> None:
        pass


def _interval(bus: ChangeBus) -> int:
    timer = bus.findChild(QTimer, "changeWatch")
    assert timer is not None
    return timer.interval()


def test_a_server_away_is_looked_for_less_often_until_it_answers(qtbot: QtBot) -> None:
    bus = ChangeBus()
    feed = Feed()
    bus.attach(feed)  # type: ignore[arg-type]
    assert _interval(bus) == WATCH_MS
    feed.away = DatabaseProblem(ProblemKind.UNREACHABLE, "db.example.org")
    seen = []
    for _ in range(10):
        with pytest.raises(DatabaseProblem):  # still said: the app's hook shows one status line
            bus.poll()
        seen.append(_interval(bus))
    assert seen[:3] == [2 * WATCH_MS, 4 * WATCH_MS, 8 * WATCH_MS]
    assert seen[-1] == AWAY_MAX_MS
    feed.away = None
    bus.poll()
    assert _interval(bus) == WATCH_MS
    bus.stop()


def test_other_failures_keep_the_pace(qtbot: QtBot) -> None:
    bus = ChangeBus()
    feed = Feed()
    bus.attach(feed)  # type: ignore[arg-type]
    feed.away = RuntimeError("a bug, not a server away")
    with pytest.raises(RuntimeError):
        bus.poll()
    assert _interval(bus) == WATCH_MS
    bus.stop()
