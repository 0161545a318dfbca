"""What the real start imports (and whether it collects garbage) before its window shows, and
before Home has painted (#14).

Every module imported before then is paid for by each start; these are ones that crept in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

#: Runs the app on a data folder and prints the modules loaded at each start-up log line.
PROBE = r"""
import gc, json, logging, sys

seen = {}


def finish():
    seen["collector after the start"] = gc.isenabled()
    print(json.dumps(seen), flush=True)
    from PySide6.QtWidgets import QApplication

    QApplication.instance().quit()


class Probe(logging.Handler):
    def emit(self, record):
        message = record.getMessage()
        if message in ("main window shown", "home shown with data"):
            seen[message] = sorted(sys.modules)
            seen[f"collector at {message}"] = gc.isenabled()
        if message == "home shown with data":
            from PySide6.QtCore import QTimer

            QTimer.singleShot(100, finish)  # once what waits for Home's first paint has run


logging.getLogger().addHandler(Probe())
from eventmate.main import main

sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def modules_at_start(data_dir: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_the_usual_start_imports_no_orm_no_dataclasses_and_no_change_log_before_home(
    tmp_path: Path,
) -> None:
    modules_at_start(tmp_path)  # the first start creates the database (the slow path)
    loaded = modules_at_start(tmp_path)  # the usual start: a current database
    shown = set(loaded["main window shown"])
    home = set(loaded["home shown with data"])
    assert shown <= home
    # Not before the window shows: sqlite3 comes with opening the database, a turn later;
    # the None guard needs only ctypes' C core.
    for module in ("sqlite3", "ctypes"):
        assert module not in shown, module
    # Not before Home has painted: the ORM, the change log (the services load it after), and
    # any module defining a dataclass (~0.6 ms each) on the way.
    for module in ("sqlalchemy", "eventmate.services.changes", "dataclasses"):
        assert module not in home, module


def test_the_collector_waits_for_home_and_runs_again_after_it(tmp_path: Path) -> None:
    modules_at_start(tmp_path)
    seen = modules_at_start(tmp_path)
    # Paused while the window and Home are built (its passes over the imports cost ~4 ms)…
    assert seen["collector at main window shown"] is False
    assert seen["collector at home shown with data"] is False
    # …and collecting again once Home has painted: an app left open never grows unchecked.
    assert seen["collector after the start"] is True
