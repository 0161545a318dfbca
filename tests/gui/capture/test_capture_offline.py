"""Capture mode with the server taken away while the app is open, and brought back.

The server is a cluster of this module's own (``pg_ctl stop`` would end every other test's
sessions on the shared one): captures typed while it is stopped are kept on this computer, the
window says how many wait, and once it is back they arrive in order, each once — also when the
app was closed meanwhile and opened again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests import pg_cluster
from tests.conftest import open_main_window
from tests.stores import capture_names

from eventmate.services.container import Services
from eventmate.storage.opening import open_url

pytestmark = [
    pytest.mark.skipif(
        pg_cluster.find_bindir() is None, reason="PostgreSQL is not installed (no initdb found)"
    ),
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]


def open_app(qtbot: Any, url: str, folder: Path) -> Any:
    """The main window on the server, as the app opens it (the outbox in ``folder``)."""
    services = Services(
        open_url(url), folder / "backups", config_dir=folder, outbox=folder / "outbox.sqlite3"
    )
    window = open_main_window(qtbot, services, folder)
    assert window.outbox is not None
    # Retry quickly here; the app waits 2 s, then twice as long each time, up to a minute.
    window.outbox._first_delay = window.outbox._delay = 100
    window.outbox._max_delay = 400
    # The change feed's own handling of a server that is away belongs to the feed (it is
    # being moved to LISTEN/NOTIFY); this test is about capture mode and the outbox.
    window.changes.stop()
    return window


def type_capture(qtbot: Any, capture_window: Any, text: str) -> None:
    capture_window.input.setPlainText(text)
    qtbot.keyClick(capture_window.input, Qt.Key.Key_Return)


def test_captures_typed_while_the_server_is_away_arrive_once_in_order(
    qtbot: Any, own_cluster: pg_cluster.Cluster, server_url: str, tmp_path: Path
) -> None:
    window = open_app(qtbot, server_url, tmp_path)
    window.open_capture()
    capture_window = window.capture_window
    type_capture(qtbot, capture_window, "Ada Lind (viola)")
    assert "Ada Lind" in capture_window.message.text()
    assert capture_window.outbox_line.isHidden()

    own_cluster.halt()
    try:
        for text in ("Bo Berg (horn)", "Cy Moss (oboe)", "Dee Last (harp)"):
            type_capture(qtbot, capture_window, text)
            assert capture_window.input.text == ""
            assert capture_window.message.text() == (
                "Kept on this computer — will be sent when the server is back."
            )
        assert capture_window.outbox_line.text() == "offline — 3 captures waiting"
        assert capture_window.outbox_line.isVisible()
        assert "offline — 3 captures waiting" in _status_text(window)
        listed = [capture_window.recent_list.item(i) for i in range(4)]
        assert [item.text() for item in listed] == [
            "Dee Last (harp)",
            "Cy Moss (oboe)",
            "Bo Berg (horn)",
            "Ada Lind (viola)",
        ]
    finally:
        own_cluster.resume()

    qtbot.waitUntil(lambda: capture_window.outbox_line.isHidden(), timeout=30_000)
    assert capture_names(server_url) == ["Ada Lind", "Bo Berg", "Cy Moss", "Dee Last"]
    assert _status_text(window) == ""
    # Online again: the next capture is stored on the server at once.
    type_capture(qtbot, capture_window, "Eve Stone (cello)")
    assert "Eve Stone" in capture_window.message.text()
    assert capture_names(server_url)[-1] == "Eve Stone"
    window.close_database()


def test_the_outbox_survives_closing_the_app_and_is_sent_when_it_opens_again(
    qtbot: Any, own_cluster: pg_cluster.Cluster, server_url: str, tmp_path: Path
) -> None:
    window = open_app(qtbot, server_url, tmp_path)
    window.open_capture()
    own_cluster.halt()
    try:
        type_capture(qtbot, window.capture_window, "Fay Gold (flute)")
        type_capture(qtbot, window.capture_window, "Gus Reed (bassoon)")
        assert window.capture_window.outbox_line.text() == "offline — 2 captures waiting"
        window.capture_window.close()
        window.close_database()
        window.close()
    finally:
        own_cluster.resume()
    assert capture_names(server_url) == []

    again = open_app(qtbot, server_url, tmp_path)  # sends at once when it opens
    qtbot.waitUntil(lambda: again.outbox.last is not None, timeout=30_000)
    assert again.outbox.last.sent == 2
    assert capture_names(server_url) == ["Fay Gold", "Gus Reed"]
    assert _status_text(again) == ""
    again.close_database()


def _status_text(window: Any) -> str:
    from PySide6.QtWidgets import QLabel

    label = window.findChild(QLabel, "outboxStatus")
    return label.text() if label is not None and label.isVisible() else ""
