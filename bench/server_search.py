"""Search on a PostgreSQL server at 100k people, beside SQLite on the same data; move-to timed.

The same generated data as ``bench/people_search.py`` (100k people, 600k facts, 300k
captures, 100k notes; cached under /tmp) is moved into a database on a throw-away cluster
(a private copy; ``tests/pg_cluster.py``: a temporary folder, loopback only) with
``MoveService.move_to`` (verified, as ``eventmate move-to`` does), then the search bar's
queries are typed letter by letter on both stores (all kinds, 5 per kind; one warm-up round
first) and each keystroke's search timed. Budget (issue 15): p99 ≤ 15 ms on the server.

Usage: ``python bench/server_search.py [--people N] [--rounds R]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
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
        on_server = keystrokes(server_services, args.rounds)
        server.close()
    finally:
        cluster.stop()
        local.close()
    rows = sum(moved.counts.values())
    print(f"\n{args.people:,} people, {rows:,} rows; PostgreSQL {cluster.bindir.parent.name}")
    print(f"move-to (export, copy, verify byte for byte, commit): {move_s:.1f} s\n")
    print("| search per keystroke     |  p50 ms |  p99 ms |  max ms |   keys | ≤15  |")
    print("|--------------------------|---------|---------|---------|--------|------|")
    print(row("SQLite (FTS5)", on_sqlite))
    print(row("PostgreSQL (pg_trgm)", on_server))


if __name__ == "__main__":
    main()
