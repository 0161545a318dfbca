"""Run every benchmark and print ONE table: measure, value, budget, ok/over, with the load.

``make bench`` runs the full set (100k people; generating the cached databases the first time
takes a few minutes, then a run takes about ten); ``make bench-quick`` runs each bench on 10k
people with fewer repetitions, in about a minute, as a smoke test (its budgets are the full
ones, so it says little about 100k). Each bench runs in its own process; its own detailed
table goes to a log file (listed at the end) and its headline numbers come back through
``bench/report.py``.

jrnl, the yardstick of issue #14, is measured when ``--jrnl PATH`` or ``$EVENTMATE_BENCH_JRNL``
names its executable (install it in a throw-away venv outside the repository).

Exits 1 when a measure is over its budget or a bench failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from report import REPORT_ENV

HERE = Path(__file__).parent
LOGS = Path(tempfile.gettempdir()) / "eventmate-bench-logs"

FULL: list[tuple[str, list[str]]] = [
    ("cli", ["--people", "10000", "100000", "--runs", "21"]),
    ("data", ["--people", "100000", "--runs", "3"]),
    ("capture", ["--people", "100000", "--commits", "500"]),
    ("startup", ["--people", "10000", "--runs", "7", "--memory-people", "100000"]),
    ("after", ["--people", "100000"]),
    ("before", ["--people", "100000", "--events", "5000"]),
    ("people_search", ["--people", "100000"]),
]
QUICK: list[tuple[str, list[str]]] = [
    ("cli", ["--people", "10000", "--runs", "5"]),
    ("data", ["--people", "10000", "--cards", "1000", "--reflections", "1000", "--runs", "1"]),
    (
        "capture",
        [
            "--people",
            "10000",
            "--commits",
            "60",
            "--opens",
            "5",
            "--cache",
            "/tmp/eventmate-bench-capture-10k",
        ],
    ),
    ("startup", ["--people", "10000", "--runs", "2", "--memory-people", "0"]),
    ("after", ["--people", "10000", "--runs", "3", "--saves", "40"]),
    ("before", ["--people", "10000", "--events", "500"]),
    ("people_search", ["--people", "10000", "--rounds", "1"]),
]


def load() -> str:
    """The load average over 1, 5 and 15 minutes."""
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def run_bench(name: str, args: list[str], report: Path) -> tuple[int, float, Path]:
    """Run ``bench/NAME.py ARGS``; return its exit status, seconds taken and its log."""
    LOGS.mkdir(exist_ok=True)
    log = LOGS / f"{name}.log"
    env = {**os.environ, REPORT_ENV: str(report), "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        status = subprocess.run(
            [sys.executable, str(HERE / f"{name}.py"), *args],
            cwd=HERE,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        ).returncode
    return status, time.perf_counter() - started, log


def _value(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"
    if unit.startswith("×"):
        return f"{value:.2f}{unit}"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def main() -> int:
    """Run the benches, then print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10k people, fewer repetitions")
    parser.add_argument("--only", nargs="+", metavar="BENCH", help="run just these benches")
    parser.add_argument("--jrnl", type=Path, default=os.environ.get("EVENTMATE_BENCH_JRNL"))
    args = parser.parse_args()
    plan = [(n, list(a)) for n, a in (QUICK if args.quick else FULL)]
    if args.only:
        plan = [(n, a) for n, a in plan if n in args.only]
    if args.jrnl:
        for name, bench_args in plan:
            if name == "cli":
                bench_args += ["--jrnl", str(args.jrnl)]
    load_before = load()
    started = time.perf_counter()
    rows: list[dict[str, object]] = []
    failures: list[str] = []
    logs: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, bench_args in plan:
            print(f"… {name} (load {load()})", file=sys.stderr, flush=True)
            report = Path(tmp) / f"{name}.jsonl"
            status, seconds, log = run_bench(name, bench_args, report)
            print(f"  {name}: {seconds:.0f} s", file=sys.stderr, flush=True)
            logs.append(log)
            found = []
            if report.exists():
                found = [json.loads(line) for line in report.read_text("utf-8").splitlines()]
            rows.extend(found)
            if not found or (status != 0 and all(row["ok"] is not False for row in found)):
                failures.append(f"{name} exited {status} after {seconds:.0f} s; see {log}")

    kind = "quick (10k people)" if args.quick else "full (10k and 100k people)"
    print()
    print(f"EventMate benchmarks, {kind}, {datetime.now():%Y-%m-%d %H:%M}")
    print(
        f"{os.cpu_count()} CPUs; load average {load_before} before, {load()} after "
        f"(1 / 5 / 15 min); {time.perf_counter() - started:.0f} s"
    )
    width = max([len(str(row["measure"])) for row in rows] + [7])
    print(f"| {'measure':<{width}} | {'value':>11} | {'budget':>10} | {'':<4} |")
    print(f"|{'-' * (width + 2)}|{'-' * 13}|{'-' * 12}|{'-' * 6}|")
    over = 0
    for row in rows:
        verdict = "" if row["ok"] is None else "ok" if row["ok"] else "OVER"
        over += verdict == "OVER"
        value = _value(float(str(row["value"])), str(row["unit"]))
        measure, budget = str(row["measure"]), str(row["budget"])
        print(f"| {measure:<{width}} | {value:>11} | {budget:>10} | {verdict:<4} |")
    print(f"{over} over budget; detailed tables: {LOGS}/")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if over or failures else 0


if __name__ == "__main__":
    sys.exit(main())
