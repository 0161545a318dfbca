"""Shared by the screenshot scripts: an offscreen Fusion app, and saving a widget as a PNG."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget


def shots_app() -> tuple[QApplication, Path]:
    """The application (Fusion style) and the folder to write into (argv[1], else /tmp/shots)."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyle("Fusion")
    return app, out


def shoot(widget: QWidget, path: Path) -> None:
    """Show ``widget``, let it paint, and save what it looks like to ``path``."""
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)
