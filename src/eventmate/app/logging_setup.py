"""Logging to a rotating file in the log folder (never user text, only what happened)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "eventmate.log"


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send log records to ``log_dir/eventmate.log`` (1 MB × 5 files) and warnings to stderr."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    for handler in list(root.handlers):
        if getattr(handler, "_eventmate", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    file_handler._eventmate = True  # type: ignore[attr-defined]
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("eventmate: %(levelname)s %(message)s"))
    console._eventmate = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(console)
    return path
