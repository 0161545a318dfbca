"""Issue 12 timings: hostile calendars, the quick and thorough checks, repair, salvage.

Usage: ``python bench/reliability.py [PEOPLE]`` (default 10,000). Prints a table: the median
and fastest of a few runs of each step on a generated database (bench/datagen.py), and the
reader on the calendar that used to hang (``RRULE:FREQ=WEEKLY;INTERVAL=0``).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from datagen import generate
from eventmate.interop.ics import read_ics
from eventmate.services.container import Services
from eventmate.services.data.recovery import salvage_archive
from eventmate.storage.opening import open_read_only, open_sqlite

RUNS = 3
LOOP = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
    b"DTSTART;VALUE=DATE:20240101\r\nSUMMARY:Loop\r\nRRULE:FREQ=WEEKLY;INTERVAL=0\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def timed(step: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Median and fastest wall time of ``step`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    """Print the table."""
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rows: list[tuple[str, float, float]] = []
    window = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    rows.append(
        (
            "read .ics with INTERVAL=0 (used to hang)",
            *timed(lambda: read_ics(LOOP, window_start=window[0], window_end=window[1])),
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = generate(folder, people=people)
        size = path.stat().st_size / 1e6
        services = Services(open_sqlite(path, folder / "backups"), folder / "backups")
        rows.append(("check (quick: integrity, keys, counts)", *timed(services.maintenance.check)))
        rows.append(
            (
                "check --thorough (+ every search index)",
                *timed(lambda: services.maintenance.check(thorough=True)),
            )
        )

        def break_and_repair() -> None:
            conn = sqlite3.connect(path)
            conn.execute("INSERT INTO search_fact(rowid, text) VALUES (987654321, 'ghost')")
            conn.commit()
            conn.close()
            report = services.maintenance.check_and_repair()
            assert report.rebuilt == ("search_fact",)

        rows.append(("check, repair (rebuild search_fact, backup)", *timed(break_and_repair)))
        services.close()
        reader = Services(open_read_only(path, folder / "backups"), folder / "backups")
        rows.append(
            (
                "check --thorough read-only (on a copy)",
                *timed(lambda: reader.maintenance.check(thorough=True)),
            )
        )
        reader.close()
        target = folder / "salvaged.json"
        rows.append(("salvage export of everything", *timed(lambda: salvage_archive(path, target))))
        archive = target.stat().st_size / 1e6
    print(f"{people:,} people, database {size:.0f} MB, salvaged archive {archive:.0f} MB")
    print(f"load: {os.getloadavg()[0]:.1f} (1 min)")
    print(f"{'step':<48} {'median ms':>10} {'fastest ms':>11}")
    for name, median, fastest in rows:
        print(f"{name:<48} {median:>10.1f} {fastest:>11.1f}")


if __name__ == "__main__":
    main()
