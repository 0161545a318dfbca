"""Screenshots of the before-the-event screens in light and dark, for looking at them.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/screens_before.py [OUT_DIR]`` (default
/tmp/shots). Builds the events page, the event dialog and the prepare dialog on the sample data.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop

from eventmate.domain.kinds import FactKind
from eventmate.gui.style.theme import ThemeChoice, apply_theme
from eventmate.services.container import Services
from eventmate.storage.models import Fact, Note, Person
from eventmate.storage.opening import open_sqlite
from shots import shoot, shots_app


def _services(folder: Path) -> Services:
    database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
    services = Services(database, folder / "backups")
    services.sample_data.add()
    with database.write() as session:
        anna = session.query(Person).filter(Person.name == "Anna Schmidt").one()
        session.add(Note(person_id=anna.id, text="Wants to try the Bartók 4th with students."))
        session.add(Fact(person_id=anna.id, kind=FactKind.COMMON_GROUND, text="Both love Ligeti"))
    return services


def main() -> None:
    """Write the screenshots."""
    app, out = shots_app()
    from eventmate.gui.events.event_dialog import EventDialog
    from eventmate.gui.events.import_dialog import ImportCalendarDialog
    from eventmate.gui.events.prepare_dialog import PrepareDialog
    from eventmate.gui.pages.events_page import EventsPage

    with tempfile.TemporaryDirectory() as tmp:
        services = _services(Path(tmp))
        rows = services.events.list_events()
        gala = rows.upcoming[0].uid
        for theme in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            apply_theme(app, theme)
            page = EventsPage(services)
            page.resize(820, 520)
            page.refresh()
            shoot(page, out / f"events-page-{theme}.png")
            page.filter.setText("wigmore")
            shoot(page, out / f"events-page-filtered-{theme}.png")
            page.delete_current()
            shoot(page, out / f"events-page-deleted-{theme}.png")
            page.undo_stack.undo()
            detail = services.events.get(gala)
            dialog = EventDialog(services, detail)
            shoot(dialog, out / f"event-dialog-{theme}.png")
            prepare = PrepareDialog(services, gala)
            shoot(prepare, out / f"prepare-{theme}.png")
            calendar = Path(__file__).parent.parent / "tests" / "data" / "ics"
            importer = ImportCalendarDialog(services, calendar / "google_invite_request.ics")
            importer.show()
            while importer.preview is None:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            shoot(importer, out / f"import-dialog-{theme}.png")
            for widget in (page, dialog, prepare, importer):
                widget.close()
                widget.deleteLater()
        services.close()


if __name__ == "__main__":
    main()
