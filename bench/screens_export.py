"""Screenshots of exporting selected people, in light and dark, for looking at them.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/screens_export.py [OUT_DIR]`` (default
/tmp/shots). Builds the People page with several people selected, and the Export dialog as
the page's "Export selected as contacts…" opens it (and with one person selected).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel

from eventmate.gui.style.theme import ThemeChoice, apply_theme
from eventmate.services.container import Services
from eventmate.storage.opening import open_sqlite
from shots import shoot, shots_app


def main() -> None:
    """Write the screenshots."""
    app, out = shots_app()
    sys.path.insert(0, str(Path(__file__).parent))
    from datagen import generate
    from eventmate.gui.data.export_dialog import ExportDialog
    from eventmate.gui.pages.people_page import PeoplePage

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, people=400, facts_per_person=1, captures_per_person=0.2)
        database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
        services = Services(database, folder / "backups")
        for theme in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            apply_theme(app, theme)
            name = theme.value
            page = PeoplePage(services)
            page.resize(1000, 640)
            page.show()
            page.refresh()
            chosen = page.view.selectionModel()
            for row in (2, 3, 4, 7):
                chosen.select(
                    page.model.index(row),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            chosen.setCurrentIndex(page.model.index(7), QItemSelectionModel.SelectionFlag.NoUpdate)
            page.view.setFocus()
            shoot(page, out / f"export-people-selected-{name}.png")
            selection = page.selection()
            dialog = ExportDialog(lambda: services, page, selection=selection, selected_first=True)
            shoot(dialog, out / f"export-dialog-selected-{name}.png")
            dialog.close()
            page.view.setCurrentIndex(page.model.index(5))
            dialog = ExportDialog(lambda: services, page, selection=page.selection())
            shoot(dialog, out / f"export-dialog-one-everyone-{name}.png")
            dialog.close()
            page.close()
        services.close()


if __name__ == "__main__":
    main()
