"""Before-the-event speed: the events page and a briefing, with 5k events and 100k people.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/before.py [--people N] [--events N]``. The data
is generated once by ``bench/datagen.py`` and cached under /tmp. Prints a table of medians and
worst cases against the budgets (events page shown ≤ 100 ms; briefing built ≤ 50 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from sqlalchemy import func, select

from datagen import generate
from eventmate.domain.kinds import IntentionKind
from eventmate.services.container import Services
from eventmate.storage.models import Event, Intention, Person
from eventmate.storage.opening import open_sqlite
from report import record

RUNS = 15


def _data(people: int, events: int) -> Path:
    folder = Path(f"/tmp/eventmate-bench-before-{people}-{events}")
    marker = folder / "ready"
    if not marker.exists():
        print(f"generating {people} people and {events} events in {folder} …", flush=True)
        generate(folder, people=people, events=events)
        database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
        # Intentions linking people, so briefings have linked people too.
        with database.write() as session:
            upcoming = session.scalars(
                select(Event.id).order_by(Event.starts_at.desc()).limit(200)
            ).all()
            for index, event_id in enumerate(upcoming):
                for offset in range(3):
                    session.add(
                        Intention(
                            event_id=event_id,
                            kind=IntentionKind.CONNECT,
                            text="Hear how the new project is going",
                            person_id=1 + (index * 37 + offset * 101) % people,
                            position=offset,
                        )
                    )
            # Give the busiest venue's latest event a host so organisation matching runs too.
            session.execute(
                Event.__table__.update().where(Event.id == upcoming[0]).values(host="Wigmore Hall")
            )
        database.close()
        marker.touch()
    return folder


def _time(action: object, runs: int = RUNS) -> list[float]:
    assert callable(action)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=5_000)
    args = parser.parse_args()
    folder = _data(args.people, args.events)
    database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
    services = Services(database, folder / "backups")
    with database.read() as session:
        # The event with the most people met at its venue before it: the heaviest briefing.
        venue, count = session.execute(
            select(Event.venue, func.count(Person.id))
            .join(Person, Person.met_event_id == Event.id)
            .group_by(Event.venue)
            .order_by(func.count(Person.id).desc())
            .limit(1)
        ).one()
        heavy = session.scalar(
            select(Event.uid).where(Event.venue == venue).order_by(Event.starts_at.desc()).limit(1)
        )
        linked_event = session.scalar(
            select(Event.uid).join(Intention, Intention.event_id == Event.id).limit(1)
        )
    assert heavy is not None

    from PySide6.QtWidgets import QApplication

    from eventmate.gui.pages.events_page import EventsPage

    app = QApplication([])
    app.setStyle("Fusion")

    def show_page() -> None:
        page = EventsPage(services)
        page.resize(900, 700)
        page.refresh()
        page.show()
        app.processEvents()
        page.close()
        page.deleteLater()

    def refresh_only() -> None:
        page_for_refresh.refresh()
        app.processEvents()

    page_for_refresh = EventsPage(services)
    page_for_refresh.resize(900, 700)
    page_for_refresh.show()

    def filter_keystroke() -> None:
        page_for_refresh.filter.setText("wigmore gala")
        app.processEvents()
        page_for_refresh.filter.setText("")
        app.processEvents()

    import sqlite3

    raw = sqlite3.connect(folder / "eventmate.sqlite3")

    def floor() -> None:
        raw.execute(
            "SELECT id, uid, title, kind, venue, city, starts_at, ends_at, is_sample "
            "FROM event ORDER BY starts_at, id"
        ).fetchall()

    rows = [
        ("floor: bare sqlite3 fetch of the 5k events", _time(floor), 100.0),
        ("events: service list_events()", _time(services.events.list_events), 100.0),
        ("events page built and shown (5k events)", _time(show_page), 100.0),
        ("events page refresh", _time(refresh_only), 100.0),
        ("filter: two keystrokes (narrow, clear)", _time(filter_keystroke), 100.0),
        (
            f"briefing, busiest venue ({count} people met there)",
            _time(lambda: services.briefing.briefing(heavy)),
            50.0,
        ),
        (
            "briefing, event with 3 linked people",
            _time(lambda: services.briefing.briefing(linked_event or "")),
            50.0,
        ),
        (
            "person completion ('ann', limit 8)",
            _time(lambda: services.intentions.people_matching("ann")),
            16.0,
        ),
        (
            "person completion ('schm', later word)",
            _time(lambda: services.intentions.people_matching("schm")),
            16.0,
        ),
    ]
    print()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{args.people} people, {args.events} events; {RUNS} runs each; "
        f"{os.cpu_count()} CPUs, load average {load:.1f}"
    )
    print("(best = least disturbed by other programs; median and worst include their noise)")
    print(f"{'measure':<52} {'best ms':>8} {'median ms':>10} {'worst ms':>9} {'budget':>7}  ok")
    for name, times, budget in rows:
        median = statistics.median(times)
        if not name.startswith("floor"):
            record(f"before: {name} (median)", median, "ms", budget)
        print(
            f"{name:<52} {min(times):>8.1f} {median:>10.1f} {max(times):>9.1f} {budget:>7.0f}  "
            f"{'yes' if median <= budget else 'NO'}"
        )
    page_for_refresh.close()
    services.close()


if __name__ == "__main__":
    main()
