"""Choosing files: dialogs that open where the user last was (else Documents), several at once.

Qt's dialogs open in the current working directory when given no folder, which for an
installed app is its install folder. Every open and save dialog of the app goes through here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None


def start_folder() -> Path:
    """Where a file dialog opens: the folder used last, else Documents, else home."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember(path: Path) -> None:
    """The next dialog opens in ``path``'s folder."""
    global _last_folder
    _last_folder = path if path.is_dir() else path.parent


def forget() -> None:
    """Back to Documents (tests)."""
    global _last_folder
    _last_folder = None


def open_files(parent: QWidget | None, caption: str, file_filter: str) -> list[Path]:
    """Ask for one or more files to read; [] if cancelled."""
    folder = str(start_folder())
    chosen, _filter = QFileDialog.getOpenFileNames(parent, caption, folder, file_filter)
    paths = [Path(name) for name in chosen]
    if paths:
        remember(paths[0])
    return paths


def open_file(parent: QWidget | None, caption: str, file_filter: str) -> Path | None:
    """Ask for one file to read (a backup to restore); None if cancelled."""
    folder = str(start_folder())
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, folder, file_filter)
    if not chosen:
        return None
    remember(Path(chosen))
    return Path(chosen)


def save_file(parent: QWidget | None, caption: str, name: str, file_filter: str) -> Path | None:
    """Ask where to write a file suggested as ``name``; None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(start_folder() / name), file_filter
    )
    if not chosen:
        return None
    remember(Path(chosen))
    return Path(chosen)
