"""The real program starts, shows Home with data, and quits cleanly; one instance per folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HOME_SHOWN = "home shown with data"


def start_app(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "eventmate", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_log(
    data_dir: Path, text: str, process: subprocess.Popen[str], *, times: int = 1
) -> str:
    log = data_dir / "logs" / "eventmate.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        content = log.read_text(encoding="utf-8") if log.exists() else ""
        if content.count(text) >= times:
            return content
        if process.poll() is not None:
            pytest.fail(f"app exited early ({process.returncode}): {process.communicate()}")
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"{text!r} never logged")


def test_app_starts_shows_home_and_quits_cleanly(tmp_path: Path) -> None:
    process = start_app(tmp_path)
    wait_for_log(tmp_path, HOME_SHOWN, process)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert "EventMate stopped" in (tmp_path / "logs" / "eventmate.log").read_text()
    assert (tmp_path / "eventmate.sqlite3").exists()


def test_second_instance_hands_over_instead_of_writing(tmp_path: Path) -> None:
    first = start_app(tmp_path)
    try:
        wait_for_log(tmp_path, HOME_SHOWN, first)
        second = start_app(tmp_path)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in out
        log = (tmp_path / "logs" / "eventmate.log").read_text()
        assert log.count(HOME_SHOWN) == 1
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
    assert first.returncode == 0


def test_lock_left_by_a_killed_app_does_not_block(tmp_path: Path) -> None:
    first = start_app(tmp_path)
    wait_for_log(tmp_path, HOME_SHOWN, first)
    first.kill()
    first.communicate(timeout=30)
    second = start_app(tmp_path)
    log = wait_for_log(tmp_path, HOME_SHOWN, second, times=2)
    assert "EventMate stopped" not in log
    second.send_signal(signal.SIGTERM)
    second.communicate(timeout=30)
    assert second.returncode == 0


def test_garbage_database_is_reported_and_left_alone(tmp_path: Path) -> None:
    """The problem is shown in a dialog and on standard error; the file stays as it was."""
    path = tmp_path / "eventmate.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    before = path.read_bytes()
    process = start_app(tmp_path)
    assert process.stderr is not None
    line = process.stderr.readline()
    while line and not line.startswith("eventmate:"):
        line = process.stderr.readline()  # skip the offscreen plugin's own warnings
    assert str(path) in line
    assert "not a database" in line
    # The dialog is waiting for the user; a polite SIGTERM closes it.
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "Traceback" not in err
    assert path.read_bytes() == before


def test_damaged_database_is_reported_and_left_alone(tmp_path: Path) -> None:
    """Pages scribbled over: the check beside Home's first paint finds it; nothing is written."""
    from eventmate.storage.models import Person
    from eventmate.storage.opening import open_sqlite

    path = tmp_path / "eventmate.sqlite3"
    db = open_sqlite(path, tmp_path / "backups")
    with db.write() as session:
        session.add_all(Person(name=f"P{i}", recall_cues="cue " * 50) for i in range(400))
    db.close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(12 * page, len(data) - page, 2 * page):
        data[offset + 8 : offset + 200] = os.urandom(192)
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    process = start_app(tmp_path)
    assert process.stderr is not None
    line = process.stderr.readline()
    while line and not line.startswith("eventmate:"):
        line = process.stderr.readline()
    assert str(path) in line
    assert "damaged" in line
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "Traceback" not in err
    assert path.read_bytes() == before
