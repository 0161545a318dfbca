"""Insights and name rehearsal at 100k people with ten years of history; prints a table.

Budgets (issue 17): Insights' first chart ≤ 300 ms (from opening the page to the first chart
painted: events and people met are read first on a worker thread, the rest after); a change of
period ≤ 150 ms (series from the tallies in memory, drawing); the next rehearsal card ≤ 16 ms
(from the key that answers to the next card painted; the answer is written meanwhile on a
thread of its own, also timed). CPU is the process's (worker threads included).

The data (100k people, events over ten years with intentions, energy, promises, giving and
people met again) is generated once by ``datagen`` and cached under /tmp. Offscreen.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from after import CPU, percentile, timed
from datagen import generate
from idle import settle


def cached_data(people: int, years: int) -> Path:
    """A data folder with ``people`` people over ``years`` years, generated on first use."""
    folder = Path(tempfile.gettempdir()) / f"eventmate-bench-insights-{people}-{years}y"
    marker = folder / ".complete"
    if not marker.exists():
        print(f"generating {people:,} people over {years} years in {folder} (once)…", flush=True)
        generate(folder, people=people, years=years)
        marker.touch()
    return folder


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=12, help="page openings")
    parser.add_argument("--cards", type=int, default=200, help="rehearsal answers")
    args = parser.parse_args()
    folder = cached_data(args.people, args.years)
    load = os.getloadavg()[0]

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from eventmate.gui.insights.insights_page import InsightsPage
    from eventmate.gui.rehearsal.rehearsal_window import RehearsalWindow
    from eventmate.gui.style.theme import ThemeChoice, apply_theme
    from eventmate.services.container import Services
    from eventmate.services.insights.periods import Period
    from eventmate.storage.opening import open_sqlite

    app = QApplication([])
    app.setStyle("Fusion")
    apply_theme(app, ThemeChoice.LIGHT)
    database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
    services = Services(database, folder / "backups")
    settle(database)

    first_chart: list[float] = []
    first_cpu: list[float] = []

    def open_page() -> InsightsPage:
        started, started_cpu = time.perf_counter(), time.process_time()
        page = InsightsPage(services)
        page.resize(1090, 740)
        page.show()
        page.first_shown.connect(page.repaint)  # paint the first chart as soon as it is there
        page.first_shown.connect(lambda: first_chart.append(time.perf_counter() - started))
        page.first_shown.connect(lambda: first_cpu.append(time.process_time() - started_cpu))
        page.refresh()
        while page.history is None:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        page.repaint()
        return page

    pages: list[InsightsPage] = []
    open_page().close()  # warm: first Qt paint, fonts, the OS file cache
    first_chart.clear()
    first_cpu.clear()
    all_charts = timed(lambda: pages.append(open_page()), args.runs)
    CPU[id(first_chart)] = first_cpu  # process CPU: the worker thread's and the GUI's
    history_read = timed(services.insights.history, args.runs)
    page = pages[-1]
    changes: list[float] = []
    change_cpu: list[float] = []
    for _ in range(args.runs):
        for period in (Period.YEAR, Period.ALL, Period.SEASON):
            started, started_cpu = time.perf_counter(), time.process_time()
            page.choose_period(period)
            page.repaint()
            changes.append(time.perf_counter() - started)
            change_cpu.append(time.process_time() - started_cpu)
    CPU[id(changes)] = change_cpu
    history = page.history
    assert history is not None
    slices = timed(lambda: services.insights.insights(Period.ALL, history), args.runs * 3)
    for each in pages:
        each.close()

    # Rehearsal: the people met at the busiest past event, so the deck is large.
    event_id = max(
        (e.id for e in services.events.list_events().past[:200]),
        key=lambda eid: len(services.rehearsal.from_event(eid).cards),  # type: ignore[union-attr]
    )
    deck_read = timed(lambda: services.rehearsal.from_event(event_id), 10)
    deck = services.rehearsal.from_event(event_id)
    assert deck is not None
    window = RehearsalWindow(services.rehearsal, deck)
    window.resize(900, 600)
    window.show()
    app.processEvents()
    next_card: list[float] = []
    next_cpu: list[float] = []
    while len(next_card) < args.cards:
        if window.card is None:
            window.close()
            window = RehearsalWindow(services.rehearsal, deck)
            window.show()
            app.processEvents()
        QTest.keyClick(window.input, Qt.Key.Key_Return)  # reveal
        started, started_cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(window, Qt.Key.Key_K if len(next_card) % 3 else Qt.Key.Key_N)
        QTest.keyClick(window, Qt.Key.Key_Return)
        window.repaint()
        next_card.append(time.perf_counter() - started)
        next_cpu.append(time.process_time() - started_cpu)
    CPU[id(next_card)] = next_cpu
    window.close()
    record = timed(lambda: services.rehearsal.record(deck.cards[0].person_id, True), 100)
    services.close()

    ms = 1000.0
    rows = [
        ("Insights: first chart (open page → it is painted)", "p50", first_chart, None),
        ("Insights: first chart (open page → it is painted)", "max", first_chart, 0.300),
        ("Insights: every chart (open page → all painted)", "p50", all_charts, None),
        ("Insights: every chart (open page → all painted)", "max", all_charts, None),
        ("  of which the all-time read (worker thread)", "p50", history_read, None),
        ("Insights: change of period (series + paint)", "p50", changes, None),
        ("Insights: change of period (series + paint)", "max", changes, 0.150),
        ("  of which the series of 'All' (in memory)", "p50", slices, None),
        ("Rehearsal: deck of the busiest event", "p50", deck_read, None),
        ("Rehearsal: next card (K, Enter → painted)", "p50", next_card, None),
        ("Rehearsal: next card (K, Enter → painted)", "p99", next_card, 0.016),
        ("  the answer's write (its own thread)", "p99", record, None),
    ]
    stats = {"p50": 0.5, "p99": 0.99, "max": 1.0}
    print(
        f"insights and rehearsal, {args.people:,} people over {args.years} years, offscreen "
        f"(pages ×{args.runs}, period changes ×{len(changes)}, cards ×{len(next_card)}, "
        f"deck of {len(deck.cards)})"
    )
    print(f"load average before the run: {load:.2f} on {os.cpu_count()} cores")
    print(f"| {'measure':<48} | {'stat':<4} | {'wall ms':>7} | {'CPU ms':>6} | {'budget':>11} |")
    print(f"|{'-' * 50}|{'-' * 6}|{'-' * 9}|{'-' * 8}|{'-' * 13}|")
    for name, stat, samples, budget in rows:
        seconds = percentile(samples, stats[stat])
        cpu = percentile(CPU[id(samples)], stats[stat])
        verdict = ""
        if budget is not None:
            verdict = f"≤ {budget * ms:.0f} " + ("ok" if seconds <= budget else "OVER")
        print(f"| {name:<48} | {stat:<4} | {seconds * ms:7.2f} | {cpu * ms:6.2f} | {verdict:>11} |")


if __name__ == "__main__":
    main()
