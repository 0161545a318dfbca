"""Capture mode as a process: `eventmate capture` opens it, a second launch hands over, and a
capture confirmed just before a SIGKILL is in the database afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select
from test_startup import wait_for_log

from eventmate.storage.models import Capture, Person
from eventmate.storage.opening import open_sqlite

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}


def start(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "eventmate", "--data-dir", str(data_dir), *args],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_capture_without_text_opens_capture_mode_and_hands_over(tmp_path: Path) -> None:
    first = start(tmp_path, "capture")
    try:
        wait_for_log(tmp_path, "capture mode shown", first)
        second = start(tmp_path, "capture")
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "opened capture mode there" in out
        wait_for_log(tmp_path, "asked by a later launch: capture", first)
    finally:
        first.send_signal(signal.SIGTERM)
        _, err = first.communicate(timeout=30)
    assert first.returncode == 0, err
    assert "Traceback" not in err


# Types a capture into the real capture window with key events, prints once it is confirmed,
# then keeps running (connection open, WAL not checkpointed) until it is killed.
TYPIST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from eventmate.gui.capture.capture_window import CaptureWindow
    from eventmate.services.container import Services
    from eventmate.storage.opening import open_sqlite

    app = QApplication([])
    folder = Path(sys.argv[1])
    services = Services(open_sqlite(folder / "eventmate.sqlite3", folder / "backups"), None)
    window = CaptureWindow(services.capture)
    window.show()
    window.captured.connect(lambda n: print("confirmed", n, flush=True))
    QTest.keyClicks(window.input, "Kwame Mensah (horn) - plays in a brass quintet !send dates")
    QTest.keyClick(window.input, Qt.Key.Key_Return)
    app.exec()
    """
)


def test_a_confirmed_capture_survives_sigkill(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(tmp_path)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "confirmed 1", process.stderr.read() if process.stderr else ""
        process.send_signal(signal.SIGKILL)  # no clean shutdown, no checkpoint
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    database = open_sqlite(tmp_path / "eventmate.sqlite3", tmp_path / "backups")
    try:
        with database.read() as session:
            raw = session.scalars(select(Capture.raw_text)).one()
            name = session.scalars(select(Person.name)).one()
    finally:
        database.close()
    assert raw == "Kwame Mensah (horn) - plays in a brass quintet !send dates"
    assert name == "Kwame Mensah"
