"""Logging to a rotating file in the log folder (never user text, only what happened)."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILENAME = "eventmate.log"
#: The log file is rotated at this size, keeping this many older files.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
_OURS = "_eventmate"


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send log records to ``log_dir/eventmate.log`` and warnings to stderr.

    Start-up logs through a plain file handler: ``logging.handlers`` takes ~12 ms to import,
    which would delay the window. :func:`rotate_logs` switches to the rotating handler
    (1 MB × 5 files) once the window is up.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("eventmate: %(levelname)s %(message)s"))
    _add(root, logging.FileHandler(path, encoding="utf-8"))
    _add(root, console, formatted=False)
    return path


def rotate_logs() -> None:
    """Replace the start-up file handler by the rotating one (rotating now if already full)."""
    import logging.handlers

    root = logging.getLogger()
    for handler in list(root.handlers):
        if not getattr(handler, _OURS, False) or type(handler) is not logging.FileHandler:
            continue
        rotating = logging.handlers.RotatingFileHandler(
            handler.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        root.removeHandler(handler)
        handler.close()
        if Path(handler.baseFilename).stat().st_size >= MAX_BYTES:
            rotating.doRollover()
        _add(root, rotating)


def _add(root: logging.Logger, handler: logging.Handler, *, formatted: bool = True) -> None:
    if formatted:
        handler.setFormatter(logging.Formatter(_FORMAT))
    setattr(handler, _OURS, True)
    root.addHandler(handler)
