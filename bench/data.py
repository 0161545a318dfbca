"""Own-your-data benchmark: vCard import and export, backups, JSON and CSV exports.

Budgets (issue #6): import 10k vCards ≤ 5 s; export 100k people as vCard ≤ 5 s; backup of a
100k-people database ≤ 2 s. Issue #14: CSV export of 100k people ≤ 2 s, JSON archive ≤ 5 s,
10k vCards into the 100k-people database ≤ 3 s, Markdown journal of 10k reflections ≤ 2 s
(on a database of ``--reflections`` reflections, generated once too). The databases are
generated once by ``datagen.generate`` and cached under /tmp (delete the folder to rebuild
them). Imports go into a new database, and into a copy of the 100k-people one (matching
against everyone and backing up the whole file first). Prints a table with the machine's
load; exits 1 when a median is over budget.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from datagen import generate
from eventmate.interop.vcard import VCardContactMethod, VCardPerson, write_vcards
from eventmate.services.container import Services
from eventmate.storage.change_log import KEEP_ROWS
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite
from report import record

CACHE = Path(tempfile.gettempdir()) / "eventmate-bench-data"


def cached_database(people: int) -> Path:
    """A data folder with ``people`` people, generated once and reused (at the current schema)."""
    folder = CACHE / f"people-{people}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, people=people)
        marker.touch()
    current(folder)
    return folder


def current(folder: Path) -> None:
    """Bring a cached database to the current schema once (a new migration landed since), with
    its change log as short as the app keeps it."""
    path = folder / "eventmate.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if revision != HEAD_REVISION:
        open_sqlite(path, folder / "backups").close()
        shutil.rmtree(folder / "backups", ignore_errors=True)
    trim_change_log(path)


def trim_change_log(path: Path) -> None:
    """Keep the newest KEEP_ROWS rows of the change log, as the app's writes do.

    The generator writes in bulk, past the app's pruning: left alone, 100k people carry a
    million rows (60 MB of 260) that every backup, import and check of the bench would pay
    for and no user's database has.
    """
    with closing(sqlite3.connect(path)) as conn:
        deleted = conn.execute(
            "DELETE FROM change_log WHERE seq <= (SELECT max(seq) FROM change_log) - ?",
            (KEEP_ROWS,),
        ).rowcount
        conn.commit()
        if deleted:
            conn.execute("VACUUM")


def journal_database(reflections: int) -> Path:
    """A data folder with about ``reflections`` reflections (2.5 events each), cached."""
    folder = CACHE / f"reflections-{reflections}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        # datagen reflects on about 40% of its events (half of the past ones).
        generate(folder, people=reflections, events=int(reflections * 2.5))
        marker.touch()
    current(folder)
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


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Seconds of each of ``runs`` runs of ``action``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


Row = tuple[str, list[float], float | None]


def import_times(
    data: bytes, runs: int, expected: int, source: Path | None = None, *, known: int = 0
) -> list[float]:
    """Seconds of importing ``data`` into a new database, or into a copy of ``source``'s.

    ``expected`` cards must make new people and ``known`` be found already here by their UID.
    """
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            if source is not None:
                shutil.copy(source / "eventmate.sqlite3", folder / "eventmate.sqlite3")
            db = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
            fresh = Services(db, folder / "backups")
            started = time.perf_counter()
            result = fresh.vcards.import_bytes(data)
            times.append(time.perf_counter() - started)
            assert result.created == expected, result
            assert result.already_here == known, result
            assert not result.added_to_existing, result
            db.close()
    return times


def main() -> int:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reflections", type=int, default=10_000)
    args = parser.parse_args()

    rows: list[Row] = []
    source = cached_database(args.people)
    size = (source / "eventmate.sqlite3").stat().st_size / 1e6
    database = open_sqlite(source / "eventmate.sqlite3", source / "backups")
    with tempfile.TemporaryDirectory() as tmp:
        services = Services(database, Path(tmp) / "backups")
        export = timed(lambda: services.vcards.export(), args.runs)
        rows.append((f"export {args.people:,} people as vCard 3.0", export, 5.0))
        export4 = timed(lambda: services.vcards.export(version="4.0"), 1)
        rows.append((f"export {args.people:,} people as vCard 4.0", export4, None))
        backup = timed(lambda: services.backups.backup_now(), args.runs)
        rows.append((f"backup of the {args.people:,}-people database ({size:.0f} MB)", backup, 2.0))
        rows.append(
            (
                f"CSV export of {args.people:,} people",
                timed(lambda: services.exports.people_csv(), args.runs),
                2.0,
            )
        )
        rows.append(
            (
                f"JSON archive export ({args.people:,} people, every table)",
                timed(lambda: services.archive.export_bytes(), args.runs),
                5.0,
            )
        )
        with database.read() as session:
            chosen = list(session.scalars(select(Person.id).order_by(Person.id).limit(args.cards)))
        own = services.vcards.export(chosen)
    database.close()
    journal_folder = journal_database(args.reflections)
    database = open_sqlite(journal_folder / "eventmate.sqlite3", journal_folder / "backups")
    with tempfile.TemporaryDirectory() as tmp:
        services = Services(database, Path(tmp) / "backups")
        rows.append(
            (
                f"Markdown journal of {args.reflections:,} reflections",
                timed(lambda: services.exports.journal_markdown(), args.runs),
                2.0,
            )
        )
    database.close()

    data = cards(args.cards)
    rows.append(
        (
            f"import {args.cards:,} vCards (read, match, backup, write)",
            import_times(data, args.runs, args.cards),
            5.0,
        )
    )
    rows.append(
        (
            f"import {args.cards:,} vCards into the {args.people:,}-people database (+backup)",
            import_times(data, args.runs, args.cards, source),
            3.0,
        )
    )
    rows.append(
        (
            f"re-import our own vCard export of {len(chosen):,} of them (every UID known)",
            import_times(own, 1, 0, source, known=len(chosen)),
            None,
        )
    )

    load = " / ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{os.cpu_count()} CPUs, load average {load} (1 / 5 / 15 min)")
    width = max(len(name) for name, _t, _b in rows)
    print(f"{'measurement'.ljust(width)}  {'median':>7}  {'fastest':>7}  {'budget':>7}  ok")
    over = False
    for name, times, budget in rows:
        median = statistics.median(times)
        ok = budget is None or median <= budget
        over |= not ok
        shown = f"{budget:.1f} s" if budget is not None else "—"
        record(f"data: {name}", median, "s", budget)
        print(
            f"{name.ljust(width)}  {median:6.2f}s  {min(times):6.2f}s  {shown:>7}  "
            f"{'—' if budget is None else 'yes' if ok else 'NO'}"
        )
    print(f"median and fastest of {args.runs} runs where a budget applies, else one run")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
