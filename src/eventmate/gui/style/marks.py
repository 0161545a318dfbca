"""Check marks for the style sheet's check boxes, written as SVG files in the look's colour.

A style sheet that draws a check box's frame must draw its mark too, and only takes the mark as
an image file; so each colour's mark (Lucide's "check" path) is written once per process into
a temporary folder, removed when the process ends.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
    'fill="none" stroke="{colour}" stroke-width="3" stroke-linecap="round" '
    'stroke-linejoin="round"><path d="M20 6 9 17l-5-5"/></svg>'
)

_folder: Path | None = None


def _marks_folder() -> Path:
    global _folder
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="eventmate-marks-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def check_mark(colour: str) -> str:
    """The path of a check mark drawn in ``colour`` (``#rrggbb``), with ``/`` separators."""
    path = _marks_folder() / f"check-{colour.lstrip('#')}.svg"
    if not path.exists():
        path.write_text(_SVG.format(colour=colour), encoding="utf-8")
    return path.as_posix()
