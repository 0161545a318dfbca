"""Drive the real app's capture window: type captures with key presses, say which were saved.

``python capture_window_driver.py --data-dir DIR [--seed N] [--count N]`` starts EventMate
exactly as ``eventmate capture`` does (``run_gui(..., start_in_capture=True)``: instance lock,
log, background upkeep, the database opened into the window), waits for capture mode, then
types one capture after another into its input and presses Enter. It prints (flushed):

* ``READY`` once capture mode is up and its name suggestions are built;
* ``SENT <text>`` before typing a capture;
* ``COMMIT`` just before every database commit;
* ``SAVED <text>`` after Enter returned with the input emptied: the capture is stored;
* ``STATUS notsaved`` when the text stayed in the input (the window said why);
* ``IDLE`` before now and then pausing 2-2.6 s, long enough for the app's background upkeep
  (checkpoint, search-index merging) to run, so kills land in it too.

The kill runner SIGKILLs it at random points; with ``--count`` it types that many and quits.
Needs ``QT_QPA_PLATFORM=offscreen`` on a machine without a display.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from torture_writers import capture_text, install_commit_marker

#: Share of captures followed by an idle pause (the upkeep runs after 2 s without writes).
IDLE_SHARE = 0.15


def say(line: str) -> None:
    """One protocol line on standard output, flushed at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for ``text``, one per character (QTest.keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


class Typist:
    """Finds capture mode once it is open and types captures into it, one per timer tick."""

    def __init__(self, app: QApplication, rng: random.Random, count: int | None) -> None:
        self.app = app
        self.rng = rng
        self.count = count
        self.typed = 0
        self.window: Any = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def find(self) -> Any:
        from eventmate.gui.capture.capture_window import CaptureWindow

        for widget in self.app.topLevelWidgets():
            if isinstance(widget, CaptureWindow) and widget.isVisible():
                return widget
        return None

    def tick(self) -> None:
        if self.window is None:
            window = self.find()
            if window is None or not window.suggestions_ready:
                return
            self.window = window
            say("READY")
            return
        if self.count is not None and self.typed >= self.count:
            self.timer.stop()
            self.app.quit()
            return
        self.type_one()
        if self.rng.random() < IDLE_SHARE:
            say("IDLE")
            self.timer.setInterval(self.rng.randint(2000, 2600))
        else:
            self.timer.setInterval(0)

    def type_one(self) -> None:
        window = self.window
        token = f"g{os.getpid()}n{self.typed}"
        text = capture_text(self.rng, token)
        self.typed += 1
        window.input.setFocus()
        say(f"SENT {text}")
        type_text(window.input, text)
        QTest.keyClick(window.input, Qt.Key.Key_Return)
        if window.input.text == "":
            say(f"SAVED {text}")
        else:
            say("STATUS notsaved")
            window.input.setPlainText("")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, help="type this many captures, then quit")
    args = parser.parse_args()
    install_commit_marker(lambda line: say(line.rstrip()))
    app = QApplication(sys.argv[:1])
    typist = Typist(app, random.Random(args.seed), args.count)
    from eventmate.app.gui_main import run_gui

    status = run_gui(args.data_dir, start_in_capture=True)
    typist.timer.stop()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
