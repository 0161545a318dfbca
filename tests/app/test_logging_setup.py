"""The log file: plain during start-up, rotating once the window is up."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventmate.app.logging_setup import MAX_BYTES, rotate_logs, setup_logging


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "logs"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_eventmate", False):
            root.removeHandler(handler)
            handler.close()


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_eventmate", False)]


def test_start_up_lines_and_later_lines_go_to_the_same_file(log_dir: Path) -> None:
    path = setup_logging(log_dir)
    logging.getLogger("eventmate.test").info("starting")
    rotate_logs()
    logging.getLogger("eventmate.test").info("window shown")

    files = [h for h in _ours() if isinstance(h, logging.FileHandler)]
    assert len(files) == 1
    assert isinstance(files[0], logging.handlers.RotatingFileHandler)
    files[0].flush()
    text = path.read_text(encoding="utf-8")
    assert "starting" in text
    assert "window shown" in text


def test_a_full_log_is_rotated_when_the_window_is_up(log_dir: Path) -> None:
    log_dir.mkdir()
    full = log_dir / "eventmate.log"
    full.write_text("old line\n" * (MAX_BYTES // 9 + 1), encoding="utf-8")
    setup_logging(log_dir)
    rotate_logs()
    logging.getLogger("eventmate.test").info("fresh")
    for handler in _ours():
        handler.flush()

    assert (log_dir / "eventmate.log.1").read_text(encoding="utf-8").startswith("old line")
    assert full.read_text(encoding="utf-8").strip().endswith("fresh")
    assert full.stat().st_size < 1000


def test_rotating_twice_changes_nothing(log_dir: Path) -> None:
    setup_logging(log_dir)
    rotate_logs()
    before = [type(h) for h in _ours()]
    rotate_logs()
    assert [type(h) for h in _ours()] == before
