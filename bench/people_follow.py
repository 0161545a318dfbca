"""How fast the People list and a person's page follow changes made elsewhere, at 100k people.

Offscreen, in the real window, on a generated database (cached under /tmp). Writes come from a
second Database on the same file, as ``eventmate capture`` makes them, and are timed from the
bus's poll to the repainted page (the path every change from outside takes):

* a capture from the terminal while the People list shows, scrolled half-way down: the list
  reloads (someone new), keeps the current person and the scroll position;
* someone on screen edited elsewhere: the rows on screen are read again in place (selection
  kept);
* a person's page open, that person edited elsewhere: the page reads them again;
* ``PeopleService.locate`` alone (where the current person is after a reload).

Usage: ``python bench/people_follow.py [--people N] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ensure_data(people: int) -> Path:
    """The cached bench database folder for ``people`` (generated on first use)."""
    folder = Path(tempfile.gettempdir()) / f"eventmate-bench-follow-{people}"
    if not (folder / "eventmate.sqlite3").exists():
        from datagen import generate

        started = time.perf_counter()
        generate(
            folder, people=people, facts_per_person=1, captures_per_person=1, notes_per_person=0.2
        )
        print(f"generated {folder} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return folder


def main() -> None:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    folder = ensure_data(args.people)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from eventmate.gui.main_window import MainWindow, Section
    from eventmate.gui.pages.people_page import PeoplePage
    from eventmate.services.container import Services
    from eventmate.services.people.detail import PersonField
    from eventmate.storage.opening import open_sqlite

    app = QApplication([])
    app.setStyle("Fusion")
    database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
    services = Services(database, folder / "backups")
    other_db = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
    other = Services(other_db, folder / "backups")  # the command line
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(folder))
    window.attach_services(services)
    window.resize(1200, 780)
    window.show()
    window.show_section(Section.PEOPLE)
    page = window.page(Section.PEOPLE)
    assert isinstance(page, PeoplePage)
    app.processEvents()
    total = page.model.total
    middle = total // 2
    page.view.setCurrentIndex(page.model.index(middle))
    page.view.scrollTo(page.model.index(middle))
    app.processEvents()
    window.changes.poll()

    def follow() -> float:
        began = time.perf_counter()
        window.changes.poll()
        page.view.viewport().repaint()
        app.processEvents()
        return (time.perf_counter() - began) * 1000

    current = page.view.currentIndex().data()
    captured: list[float] = []
    for round_number in range(args.rounds):
        other.capture.capture(f"Bench Person {round_number:03d} (horn)")
        captured.append(follow())
    assert page.view.currentIndex().data() == current, "the current person moved"

    on_screen = page.model.row(page.view.rowAt(0) + 2)
    assert on_screen is not None
    edited: list[float] = []
    for round_number in range(args.rounds):
        other.person.set_field(on_screen.uid, PersonField.ROLE, f"Horn {round_number}")
        edited.append(follow())

    located: list[float] = []
    for _ in range(args.rounds):
        began = time.perf_counter()
        services.people.locate(on_screen.uid, page.model.filters, page.model.sort_order)
        located.append((time.perf_counter() - began) * 1000)

    page.select_person(on_screen.uid)
    app.processEvents()
    person: list[float] = []
    for round_number in range(args.rounds):
        other.person.set_field(on_screen.uid, PersonField.ORGANIZATION, f"LSO {round_number}")
        began = time.perf_counter()
        window.changes.poll()
        page.person_page.repaint()
        app.processEvents()
        person.append((time.perf_counter() - began) * 1000)

    def cell(values: list[float]) -> str:
        return f"{statistics.median(values):.1f} / {max(values):.1f} ms"

    rows = [
        ("people", f"{total:,}", ""),
        ("terminal capture → list follows", cell(captured), "p50 / max; reload, place kept"),
        ("edit on screen → rows in place", cell(edited), "p50 / max; selection kept"),
        ("edit of the open person → page", cell(person), "p50 / max"),
        ("locate (position of a person)", cell(located), "p50 / max"),
    ]
    width = max(len(name) for name, _, _ in rows)
    value_width = max(len(value) for _, value, _ in rows)
    print(f"{'measure':<{width}}  {'value':<{value_width}}  notes")
    print(f"{'-' * width}  {'-' * value_width}  {'-' * 12}")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<{value_width}}  {note}")
    window.close()
    other.close()
    services.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
