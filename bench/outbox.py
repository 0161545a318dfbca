"""Offline captures: Enter while the server is away, the first Enter after it went, sending.

On a throw-away cluster (``tests/pg_cluster.py``, loopback): Enter → stored on the server
(online), Enter → kept in the outbox (offline), the first Enter after the server was stopped
(the failed write, then kept), and a round sending the captures kept. Capture mode's budget
for Enter (issue 7) is p99 ≤ 5 ms to a durable commit; the outbox is held to the same.

Usage: ``python bench/outbox.py [--captures N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from tests import pg_cluster

from eventmate.services.capture.capture import CaptureService
from eventmate.services.capture.outbox import Outbox
from eventmate.storage.opening import open_url

LINE = "Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig #chamber-music !send Ligeti"
BUDGET_P99_MS = 5.0


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def timed(capture: CaptureService, count: int) -> list[float]:
    """Milliseconds per Enter for ``count`` captures."""
    times = []
    for number in range(count):
        started = time.perf_counter()
        capture.capture(f"{LINE} {number}")
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--captures", type=int, default=300)
    args = parser.parse_args()
    cluster = pg_cluster.start_cluster()
    try:
        url = cluster.create("bench_outbox")
        folder = Path(tempfile.mkdtemp(prefix="eventmate-bench-outbox-"))
        outbox = Outbox(folder / "outbox.sqlite3")
        capture = CaptureService(open_url(url), outbox=outbox)
        timed(capture, 20)  # warm-up: mappers, the pool's connection
        online = timed(capture, args.captures)
        cluster.halt()
        started = time.perf_counter()
        first = capture.capture(LINE)
        first_ms = (time.perf_counter() - started) * 1000
        assert first.kept_offline
        offline = timed(capture, args.captures)
        cluster.resume()
        waiting, _refused = outbox.counts()
        started = time.perf_counter()
        sent = capture.send_waiting()
        send_s = time.perf_counter() - started
        assert sent is not None
        assert sent.sent == waiting
        assert not sent.offline
    finally:
        cluster.stop()
    rows = [
        ("Enter → on the server (online)", online),
        ("Enter → kept in the outbox (offline)", offline),
    ]
    print(f"{'measure':44} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, values in rows:
        print(
            f"{name:44} {statistics.median(values):8.2f} {percentile(values, 99):8.2f} "
            f"{max(values):8.2f}"
        )
    print(f"{'first Enter after the server stopped':44} {first_ms:8.2f}")
    print(
        f"{'sending ' + str(waiting) + ' kept captures':44} "
        f"{send_s * 1000 / waiting:8.2f} ms each, {send_s:.2f} s in all"
    )
    verdict = percentile(offline, 99) <= BUDGET_P99_MS
    print(f"outbox Enter p99 ≤ {BUDGET_P99_MS} ms: {'yes' if verdict else 'NO'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
