"""Logging to a rotating file in the log folder (never user text, only what happened)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FILENAME = "eventmate.log"
#: The log file is rotated at this size, keeping this many older files.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
_OURS = "_eventmate"


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send log records to ``log_dir/eventmate.log`` (private, 0600) and warnings to stderr.

    Start-up logs through a plain file handler: ``logging.handlers`` takes ~12 ms to import,
    which would delay the window. :func:`rotate_logs` switches to the rotating handler
    (1 MB × 5 files) once the window is up.

    Returns the log file, or None when it cannot be written (a read-only or full disk):
    then warnings and errors go to stderr only, and the app still starts.
    """
    from eventmate.storage.private_files import create_private_file, private_folder

    path: Path | None = log_dir / LOG_FILENAME
    try:
        private_folder(log_dir)
        create_private_file(log_dir / LOG_FILENAME)
        file_handler: logging.Handler | None = logging.FileHandler(
            log_dir / LOG_FILENAME, encoding="utf-8"
        )
    except OSError:
        path = file_handler = None
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
    if file_handler is not None:
        _add(root, file_handler)
    _add(root, console, formatted=False)
    if path is None:
        logging.getLogger(__name__).warning(
            "the log folder %s cannot be written (read-only or full); logging to stderr only",
            log_dir,
        )
    return path


def rotate_logs() -> None:
    """Replace the start-up file handler by the rotating one (rotating now if already full)."""
    root = logging.getLogger()
    rotating_class = _private_rotating_handler()
    for handler in list(root.handlers):
        if not getattr(handler, _OURS, False) or type(handler) is not logging.FileHandler:
            continue
        try:
            rotating = rotating_class(
                handler.baseFilename,
                maxBytes=MAX_BYTES,
                backupCount=BACKUP_COUNT,
                encoding="utf-8",
            )
        except OSError:
            continue  # keep logging where it does
        root.removeHandler(handler)
        handler.close()
        try:
            if Path(handler.baseFilename).stat().st_size >= MAX_BYTES:
                rotating.doRollover()
        except OSError:
            pass  # a full disk: keep writing where we are
        _add(root, rotating)


def _private_rotating_handler() -> type[RotatingFileHandler]:
    """The rotating handler class, defined on first use (``logging.handlers`` costs ~12 ms)."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Rotates like its parent; each new file is created private (0600)."""

        def _open(self) -> Any:
            from eventmate.storage.private_files import create_private_file

            create_private_file(Path(self.baseFilename))
            return super()._open()

    return PrivateRotatingFileHandler


def _add(root: logging.Logger, handler: logging.Handler, *, formatted: bool = True) -> None:
    if formatted:
        handler.setFormatter(logging.Formatter(_FORMAT))
    setattr(handler, _OURS, True)
    root.addHandler(handler)
