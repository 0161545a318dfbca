"""The real app on a read-only disk and with a folder where the database should be."""

from __future__ import annotations

import signal
from pathlib import Path

from test_startup import start_app

from eventmate.main import main
from mounts import read_only_view


def until_problem(process: object) -> tuple[str, str]:
    """Standard error up to the first error line, and that line."""
    stderr = process.stderr  # type: ignore[attr-defined]
    before: list[str] = []
    line = stderr.readline()
    while line and not line.startswith("eventmate: ERROR"):
        before.append(line)  # warnings, and the offscreen plugin's own
        line = stderr.readline()
    return "".join(before), str(line)


def test_a_read_only_disk_shows_the_recovery_screen_without_crashing(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "capture", "Anna Schmidt — viola"]) == 0
    with read_only_view(folder, tmp_path / "ro") as view:
        process = start_app(view)
        before, line = until_problem(process)
        assert "read-only" in line
        assert "damaged" not in line.replace("not damaged", "")
        # The recovery screen waits for the user; a polite SIGTERM closes it.
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "Traceback" not in err
    assert "logging to stderr only" in before  # the log could not be written: no crash


def test_a_folder_as_the_database_is_named_plainly(tmp_path: Path) -> None:
    (tmp_path / "eventmate.sqlite3").mkdir()
    process = start_app(tmp_path)
    _, line = until_problem(process)
    assert "there is a folder" in line
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "Traceback" not in err
    assert "IsADirectoryError" not in err
    assert (tmp_path / "eventmate.sqlite3").is_dir()
