"""Search on a PostgreSQL server at 100k people, beside SQLite on the same data; move-to timed.

The same generated data as ``bench/people_search.py`` (100k people, 600k facts, 300k
captures, 100k notes; cached under /tmp) is moved into a database on a throw-away cluster
(a private copy; ``tests/pg_cluster.py``: a temporary folder, loopback only) with
``MoveService.move_to`` (verified, as ``eventmate move-to`` does), then the search bar's
queries are typed letter by letter on both stores (all kinds, 5 per kind; one warm-up round
first) and each keystroke's search timed. Budget (issue 15): p99 ≤ 15 ms on the server.

``--before-0016`` also moves the data into a second database on the same cluster as the code
before ``0016_search3`` did (trigram indexes with a pending list, JIT allowed, the copy not
vacuumed after), and types each keystroke on both, alternately, so the machine's load falls
on both alike; their results must be identical.

Usage: ``python bench/server_search.py [--people N] [--rounds R] [--before-0016]``.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from tests import pg_cluster

from eventmate.services.container import Services
from eventmate.storage.opening import open_sqlite, open_url
from people_search import QUERIES, ensure_data

BUDGET_P99_MS = 15.0


def private_copy(people: int) -> Path:
    """A copy of the shared generated data that this bench may migrate and change."""
    shared = ensure_data(people) / "eventmate.sqlite3"
    folder = Path(tempfile.gettempdir()) / f"eventmate-bench-server-{people}"
    target = folder / "eventmate.sqlite3"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{shared}?mode=ro", uri=True)
        copy = sqlite3.connect(target)
        source.backup(copy)
        copy.close()
        source.close()
    return folder


def as_before_0016(url: str) -> None:
    """Create the schema at ``url`` and set its search back as it was before 0016_search3."""
    search3 = importlib.import_module("eventmate.storage.migrations.versions.0016_search3")
    database = open_url(url)
    with database.engine.begin() as connection:
        for name in search3.INDEXES:
            connection.exec_driver_sql(f'ALTER INDEX "{name}" RESET (fastupdate)')
        connection.exec_driver_sql(f"ALTER FUNCTION {search3.SEARCH_FUNCTION} RESET jit")
    database.close()


@contextmanager
def as_before_0016_imports() -> Iterator[None]:
    """An archive import as before: trigrams not batched and merged, nothing vacuumed."""
    from eventmate.services.data import archive

    saved = (archive.batch_trigram_writes, archive.merge_trigram_writes, archive.settle)
    archive.batch_trigram_writes = lambda connection: []
    archive.merge_trigram_writes = lambda connection, names: None
    archive.settle = lambda engine: None
    try:
        yield
    finally:
        archive.batch_trigram_writes, archive.merge_trigram_writes, archive.settle = saved


def alternated(
    first: Services, second: Services, rounds: int
) -> tuple[list[float], list[float], list[str]]:
    """As :func:`keystrokes`, each keystroke on both (which goes first alternating); the
    keystrokes whose results differ."""
    times: tuple[list[float], list[float]] = ([], [])
    differ: list[str] = []
    for round_number in range(rounds + 1):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                found = []
                for which in (0, 1) if end % 2 else (1, 0):
                    started = time.perf_counter()
                    found.append((first, second)[which].search.search(query[:end], 5))
                    if round_number:
                        times[which].append((time.perf_counter() - started) * 1000)
                if found[0] != found[1] or found[0].failed:
                    differ.append(query[:end])
    return (*times, differ)


def keystrokes(services: Services, rounds: int) -> list[float]:
    """Milliseconds per keystroke's search, every prefix of every query, after a warm-up."""
    times: list[float] = []
    for round_number in range(rounds + 1):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                services.search.search(query[:end], 5)
                if round_number:
                    times.append((time.perf_counter() - started) * 1000)
    return times


def row(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)]
    verdict = "ok" if p99 <= BUDGET_P99_MS else "over"
    return (
        f"| {name:<24} | {statistics.median(ordered):7.2f} | {p99:7.2f} | {ordered[-1]:7.2f} "
        f"| {len(ordered):6d} | {verdict:<4} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before-0016", action="store_true", help="also time search as before")
    args = parser.parse_args()
    folder = private_copy(args.people)
    local = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
    local_services = Services(local, folder / "backups")
    cluster = pg_cluster.start_cluster()
    try:
        url = cluster.create("bench")
        started = time.perf_counter()
        moved = local_services.move.move_to(url)
        move_s = time.perf_counter() - started
        server = open_url(url)
        with server.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        server_services = Services(server, folder / "backups")
        on_sqlite = keystrokes(local_services, args.rounds)
        before: list[float] = []
        differ: list[str] = []
        old_move_s = 0.0
        if args.before_0016:
            old_url = cluster.url("before")
            cluster.create("before")
            as_before_0016(old_url)
            started = time.perf_counter()
            with as_before_0016_imports():
                local_services.move.move_to(old_url)
            old_move_s = time.perf_counter() - started
            old = open_url(old_url)
            with old.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
            before, on_server, differ = alternated(
                Services(old, folder / "backups"), server_services, args.rounds
            )
            old.close()
        else:
            on_server = keystrokes(server_services, args.rounds)
        server.close()
    finally:
        cluster.stop()
        local.close()
    rows = sum(moved.counts.values())
    print(f"\n{args.people:,} people, {rows:,} rows; PostgreSQL {cluster.bindir.parent.name}")
    print(f"move-to (export, copy, verify byte for byte, commit): {move_s:.1f} s")
    if before:
        print(f"move-to as before 0016_search3 (GIN pending lists): {old_move_s:.1f} s")
    print(f"load average: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}\n")
    print("| search per keystroke     |  p50 ms |  p99 ms |  max ms |   keys | ≤15  |")
    print("|--------------------------|---------|---------|---------|--------|------|")
    print(row("SQLite (FTS5)", on_sqlite))
    if before:
        print(row("PostgreSQL before 0015", before))
    print(row("PostgreSQL (pg_trgm)", on_server))
    if before:
        same = "identical" if not differ else f"DIFFERENT for {sorted(set(differ))}"
        print(f"\nresults before and after 0015: {same} ({len(on_server)} keystrokes)")


if __name__ == "__main__":
    main()
