"""Screenshots of name rehearsal (the dim look) on the sample data, one per step.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/screens_rehearsal.py [OUT_DIR]`` (default
/tmp/shots).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from eventmate.services.container import Services
from eventmate.storage.opening import open_sqlite
from shots import shoot, shots_app


def main() -> None:
    """Write the screenshots."""
    _app, out = shots_app()
    from eventmate.gui.rehearsal.rehearsal_window import RehearsalWindow

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
        services = Services(database, folder / "backups")
        services.sample_data.add()
        gala = services.events.list_events().upcoming[0].id
        deck = services.rehearsal.for_event(gala)
        assert deck is not None
        window = RehearsalWindow(services.rehearsal, deck)
        window.resize(900, 600)
        shoot(window, out / "rehearsal-asking.png")
        window.show_hint()
        shoot(window, out / "rehearsal-hint.png")
        assert window.card is not None
        QTest.keyClicks(window.input, window.card.name[:-1] + "x")
        QTest.keyClick(window.input, Qt.Key.Key_Return)
        shoot(window, out / "rehearsal-nearly.png")
        QTest.keyClick(window, Qt.Key.Key_Return)
        QTest.keyClick(window.input, Qt.Key.Key_Return)
        shoot(window, out / "rehearsal-revealed.png")
        QTest.keyClick(window, Qt.Key.Key_N)
        shoot(window, out / "rehearsal-not-yet.png")
        while window.card is not None:
            QTest.keyClick(window, Qt.Key.Key_Return)
            if window.card is None:
                break
            QTest.keyClick(window.input, Qt.Key.Key_Return)
            QTest.keyClick(window, Qt.Key.Key_K)
        shoot(window, out / "rehearsal-done.png")
        window.close()
        services.close()


if __name__ == "__main__":
    main()
