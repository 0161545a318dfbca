"""The outbox in words ("offline — 3 captures waiting"), and refused captures shown, not lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.conftest import NOW

from eventmate.gui.capture.capture_window import CaptureWindow
from eventmate.gui.capture.outbox_sender import outbox_words
from eventmate.gui.capture.recent_delegate import WHEN_ROLE
from eventmate.services.capture.capture import CaptureService
from eventmate.services.capture.outbox import Outbox
from eventmate.services.container import Services
from eventmate.storage.outbox_file import OutboxFile

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def capture(services: Services, tmp_path: Path) -> CaptureService:
    return CaptureService(services.database, lambda: NOW, Outbox(tmp_path / "outbox.sqlite3"))


def test_the_words_follow_the_count_and_the_state(capture: CaptureService) -> None:
    assert outbox_words(capture) == ""
    assert capture.outbox is not None
    capture.outbox.go_offline()
    assert outbox_words(capture) == "offline — captures are kept on this computer"
    capture.capture("Ada Lind")
    assert outbox_words(capture) == "offline — 1 capture waiting"
    capture.capture("Bo Berg")
    capture.capture("Cy Moss")
    assert outbox_words(capture) == "offline — 3 captures waiting"
    capture.outbox._offline = False  # the server answers; a round is under way
    assert outbox_words(capture) == "sending 3 captures kept on this computer"


def test_a_refused_capture_is_listed_with_the_reason(qtbot: Any, capture: CaptureService) -> None:
    assert capture.outbox is not None
    kept = capture.outbox.keep("Refused Person (viola)", None, NOW)
    OutboxFile(capture.outbox.path).refuse(kept.uid, "permission denied for table capture")
    window = CaptureWindow(capture)
    qtbot.addWidget(window)
    window.open()
    item = window.recent_list.item(0)
    assert item.text() == "Refused Person (viola)"
    assert item.data(WHEN_ROLE) == "refused"
    assert item.toolTip() == "Refused by the server: permission denied for table capture"
    assert window.outbox_line.text() == "1 capture refused by the server, kept on this computer"
    assert window.outbox_line.isVisible()


def test_a_stopped_sender_sends_no_more_rounds(qtbot: Any, capture: CaptureService) -> None:
    """A round under way when the database closes finishes, and no retry follows it (the
    next window's sender would otherwise send beside it)."""
    from eventmate.gui.capture.outbox_sender import OutboxSender

    assert capture.outbox is not None
    capture.outbox.go_offline()
    capture.capture("Ada Lind")
    rounds: list[bool] = []
    real = capture.send_waiting

    def away(*, refused_too: bool = False) -> Any:
        rounds.append(refused_too)
        return real(refused_too=refused_too) if len(rounds) > 1 else None  # first: a failure

    capture.send_waiting = away  # type: ignore[method-assign]
    sender = OutboxSender(capture, first_delay_ms=0, max_delay_ms=0)
    sender.send_now()
    sender.stop()  # the database closes while the round runs
    qtbot.waitUntil(lambda: not sender.busy)
    qtbot.wait(100)
    sender.poke()
    sender.send_now()
    qtbot.wait(100)
    assert rounds == [True]
    assert not sender.busy
    assert capture.waiting() == (1, 0)
