"""How soon a second device sees a change: another app's write → this app's open person page.

Two app instances on one PostgreSQL server (a throw-away cluster, ``tests/pg_cluster.py``):
this one shows a person's page in the real main window (offscreen); the other (a second
Database, as another computer or the command line) changes that person's role. Timed from the
other's commit to the page showing the new role, three ways:

* NOTIFY alone (the twice-a-second look switched off): the server calls out, a listening
  thread wakes the change bus, the page reads the person again;
* as shipped (NOTIFY, and the look every 500 ms as the fallback);
* the look alone (no listener: what a lost server line falls back to).

And on SQLite (the command line beside the app on one file): ``PRAGMA data_version`` every
500 ms. Usage: ``python bench/devices.py [--rounds N] [--people N]``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent.parent))

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert
from tests import pg_cluster

from eventmate.domain.text import fold
from eventmate.gui import changes as gui_changes
from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.pages.people_page import PeoplePage
from eventmate.services.changes import ChangeFeed, Changes
from eventmate.services.container import Services
from eventmate.services.people.detail import PersonField
from eventmate.storage.engine import Database
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite, open_url

#: Longest wait for one change to show before the round counts as missed (seconds).
GIVE_UP_S = 5.0


def fill(database: Database, people: int) -> str:
    """``people`` people; the uid of the one whose page is open."""
    rows = [
        {"name": f"Person {n}", "sort_key": f"person {n}", "uid": f"u-{n}"} for n in range(people)
    ]
    with database.write() as session:
        session.execute(insert(Person), rows)
        session.add(Person(name="Léa Dubois", sort_key=fold("Léa Dubois"), uid="lea"))
    return "lea"


def timed_rounds(
    app: QApplication, window: MainWindow, other: Services, uid: str, rounds: int
) -> list[tuple[float, float]]:
    """Milliseconds from the other's commit to the change bus telling the views, and to the
    page showing each new role."""
    page = window.page(Section.PEOPLE)
    assert isinstance(page, PeoplePage)
    window.open_person(uid)
    role = page.person_page.form.lines[PersonField.ROLE]
    heard: list[float] = []
    feed = window.changes._feed  # timed where the bus has read the log
    assert feed is not None
    read = feed.poll

    def timed_poll() -> Changes:
        changes = read()
        if changes:
            heard.append(time.perf_counter())
        return changes

    feed.poll = timed_poll  # type: ignore[method-assign]
    times: list[tuple[float, float]] = []
    for number in range(rounds):
        wanted = f"Viola {number}"
        time.sleep(random.uniform(0, 0.5))  # writes land anywhere in the look's cycle
        app.processEvents()
        heard.clear()
        other.person.set_field(uid, PersonField.ROLE, wanted)
        committed = time.perf_counter()
        while role.text() != wanted and time.perf_counter() - committed < GIVE_UP_S:
            app.processEvents()
            time.sleep(0.0005)
        if role.text() == wanted and heard:
            shown = time.perf_counter()
            times.append(((heard[0] - committed) * 1000, (shown - committed) * 1000))
    return times


def measure(
    app: QApplication,
    mine: Database,
    theirs: Database,
    uid: str,
    rounds: int,
    folder: Path,
    *,
    poll: bool,
    listen: bool,
) -> list[tuple[float, float]]:
    gui_changes.WATCH_MS = 500 if poll else 3_600_000
    original: Callable[..., bool] = ChangeFeed.on_elsewhere
    if not listen:
        ChangeFeed.on_elsewhere = lambda self, callback: False  # type: ignore[method-assign]
    try:
        services = Services(mine, folder / "backups")
        window = MainWindow(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat), "")
        window.attach_services(services)
        window.show()
        app.processEvents()
        other = Services(theirs, folder / "backups")
        times = timed_rounds(app, window, other, uid, rounds)
        window.changes.stop()
        window.close()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        return times
    finally:
        ChangeFeed.on_elsewhere = original  # type: ignore[method-assign]


def row(name: str, times: list[tuple[float, float]], rounds: int) -> str:
    if not times:
        return f"| {name:<41} |      – |       – |       – |       – | 0/{rounds} |"
    told = sorted(t for t, _shown in times)
    shown = sorted(s for _told, s in times)
    p90 = shown[max(0, int(len(shown) * 0.9) - 1)]
    return (
        f"| {name:<41} | {statistics.median(told):6.1f} | {statistics.median(shown):7.1f} "
        f"| {p90:7.1f} | {shown[-1]:7.1f} | {len(times)}/{rounds} |"
    )


def load() -> str:
    """The machine's load average (the numbers depend on it)."""
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--people", type=int, default=1000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    folder = Path(tempfile.mkdtemp(prefix="eventmate-bench-devices-"))
    results: list[tuple[str, list[tuple[float, float]]]] = []
    cluster = pg_cluster.start_cluster()
    try:
        url = cluster.create("devices")
        mine, theirs = open_url(url), open_url(url)
        uid = fill(mine, args.people)
        for name, poll, listen in (
            ("server: NOTIFY alone (look off)", False, True),
            ("server: as shipped (NOTIFY + 500 ms look)", True, True),
            ("server: 500 ms look alone (line lost)", True, False),
        ):
            results.append(
                (
                    name,
                    measure(app, mine, theirs, uid, args.rounds, folder, poll=poll, listen=listen),
                )
            )
        mine.close()
        theirs.close()
    finally:
        cluster.stop()
    sqlite_folder = folder / "sqlite"
    sqlite_folder.mkdir()
    mine = open_sqlite(sqlite_folder / "eventmate.sqlite3", sqlite_folder / "backups")
    theirs = open_sqlite(sqlite_folder / "eventmate.sqlite3", sqlite_folder / "backups")
    uid = fill(mine, args.people)
    results.append(
        (
            "SQLite file: data_version, 500 ms look",
            measure(app, mine, theirs, uid, args.rounds, sqlite_folder, poll=True, listen=True),
        )
    )
    mine.close()
    theirs.close()
    print(
        f"\n{args.people:,} people; PostgreSQL {cluster.bindir.parent.name}; {args.rounds} rounds"
    )
    print("other device's commit → this app's change bus has read what changed (told), and → the")
    print("open person page shows the new role (shown)\n")
    print(f"| {'path':<41} | told   | shown   | shown   | shown   |       |")
    print(f"| {'':<41} | p50 ms |  p50 ms |  p90 ms |  max ms | shown |")
    print(f"|{'-' * 43}|--------|---------|---------|---------|-------|")
    for name, times in results:
        print(row(name, times, args.rounds))


if __name__ == "__main__":
    main()
