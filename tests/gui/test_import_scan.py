"""PySide6 no longer reads the source of each module imported after it."""

from __future__ import annotations

import importlib
import subprocess
import sys

from eventmate.gui import import_scan


def test_the_scan_is_answered_without_reading_source() -> None:
    feature = importlib.import_module("PySide6.support.feature")
    assert import_scan.skip_feature_scan()
    assert feature._mod_uses_pyside is import_scan._uses_no_feature
    assert feature._mod_uses_pyside(import_scan) is False


def test_no_source_file_is_opened_for_modules_imported_after_the_gui() -> None:
    probe = (
        "import builtins, linecache, sys\n"
        "import eventmate.gui\n"
        "read = []\n"
        "real = linecache.getlines\n"
        "linecache.getlines = lambda name, *a: read.append(name) or real(name, *a)\n"
        "import json.tool, eventmate.gui.formatting\n"
        "print(len(read))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "0"
