"""Stops PySide6 reading the source of every module imported after it (~0.5 ms each).

PySide6 hooks ``import`` to support ``from __feature__ import snake_case``: for each module
imported once PySide6 is loaded it reads the module's whole source file looking for the word
"PySide6" (``shibokensupport.feature._mod_uses_pyside``). At start-up that is every EventMate
module up to Home, and later all of SQLAlchemy (~500 files, ~60 ms). EventMate selects no
``__feature__``, so no module needs the answer: every module is marked "no feature switching",
which with no feature selected anywhere behaves exactly as before. If a PySide6 release moves
this internal, nothing happens (the scan simply stays).
"""

from __future__ import annotations

import importlib


def skip_feature_scan() -> bool:
    """Answer PySide6's per-import question without reading source; whether it applied."""
    try:
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:  # pragma: no cover - another PySide6 layout
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False  # pragma: no cover - another PySide6 release
    setattr(feature, "_mod_uses_pyside", _uses_no_feature)  # noqa: B010 - an internal
    return True


def _uses_no_feature(_module: object) -> bool:
    return False


skip_feature_scan()
