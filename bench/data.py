"""Own-your-data benchmark: vCard import and export, backups, JSON and CSV exports.

Budgets (issue #6): import 10k vCards ≤ 5 s; export 100k people as vCard ≤ 5 s; backup of a
100k-people database ≤ 2 s. The 100k database is generated once by ``datagen.generate`` and
cached under /tmp (delete the folder to rebuild it). Prints a table; exits 1 over budget.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from datagen import generate
from eventmate.interop.vcard import VCardContactMethod, VCardPerson, write_vcards
from eventmate.services.container import Services
from eventmate.storage.opening import open_sqlite

CACHE = Path(tempfile.gettempdir()) / "eventmate-bench-data"


def cached_database(people: int) -> Path:
    """A data folder with ``people`` people, generated once and reused."""
    folder = CACHE / f"people-{people}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, people=people)
        marker.touch()
    return folder


def cards(n: int) -> bytes:
    """``n`` realistic vCard 3.0 cards."""
    people = [
        VCardPerson(
            name=f"Person {i} Ødegård",
            pronunciation="",
            role="Violin",
            organization="London Symphony Orchestra",
            note="Met at the interval; loves Bartók.",
            nickname="",
            birthday="",
            contact_methods=(
                VCardContactMethod("email", f"person{i}@example.org", "work"),
                VCardContactMethod("phone", f"+44 20 7946 {i:04d}", "cell"),
            ),
            categories=("strings", "london"),
            uid=f"bench-{i}",
            photo=None,
        )
        for i in range(n)
    ]
    return write_vcards(people)


def timed(action: Callable[[], object], runs: int) -> float:
    """Median seconds of ``runs`` runs of ``action``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    rows: list[tuple[str, float, float | None]] = []
    source = cached_database(args.people)
    database = open_sqlite(source / "eventmate.sqlite3", source / "backups")
    with tempfile.TemporaryDirectory() as tmp:
        services = Services(database, Path(tmp) / "backups")
        rows.append(
            (
                f"export {args.people:,} people as vCard 3.0",
                timed(lambda: services.vcards.export(), args.runs),
                5.0,
            )
        )
        rows.append(
            (
                f"backup of the {args.people:,}-people database "
                f"({(source / 'eventmate.sqlite3').stat().st_size / 1e6:.0f} MB)",
                timed(lambda: services.backups.backup_now(), args.runs),
                2.0,
            )
        )
        rows.append(
            (
                f"CSV export of {args.people:,} people",
                timed(lambda: services.exports.people_csv(), 1),
                None,
            )
        )
        rows.append(
            (
                f"JSON archive export ({args.people:,} people, every table)",
                timed(lambda: services.archive.export_bytes(), 1),
                None,
            )
        )
    database.close()

    data = cards(args.cards)
    times = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            db = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
            fresh = Services(db, folder / "backups")
            started = time.perf_counter()
            result = fresh.vcards.import_bytes(data)
            times.append(time.perf_counter() - started)
            assert result.created == args.cards, result
            db.close()
        del run
    rows.append(
        (
            f"import {args.cards:,} vCards (read, match, backup, write)",
            statistics.median(times),
            5.0,
        )
    )

    width = max(len(name) for name, _t, _b in rows)
    print(f"{'measurement'.ljust(width)}  {'median':>8}  {'budget':>7}  ok")
    over = False
    for name, seconds, budget in rows:
        ok = budget is None or seconds <= budget
        over |= not ok
        shown = f"{budget:.1f} s" if budget is not None else "—"
        print(f"{name.ljust(width)}  {seconds:7.2f}s  {shown:>7}  {'yes' if ok else 'NO'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
