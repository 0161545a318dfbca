"""Command-line benchmark: wall time of each quick command at 10k and 100k people, beside jrnl.

Each command runs as a new process (as a desktop shortcut or a script runs it), median of
several runs, output to /dev/null. Budgets (issue #14): ``search``, ``capture``, ``people``,
``followups`` and ``event list`` ≤ 0.25 s at 10k people; at 100k within 10% of the 10k time
for commands whose output does not grow with the data (``search``, ``capture``,
``people QUERY``); ``--version`` and ``--help`` < 0.1 s. Listing commands (everyone, every open
follow-up, every event) print ten times as much at 100k and are shown for reference.

jrnl (a plain-text journal that re-reads its whole file) is the yardstick of issue #14: give
``--jrnl PATH`` (a jrnl executable, e.g. from a throw-away venv: ``python -m venv /tmp/j &&
/tmp/j/bin/pip install jrnl``) to time ``jrnl -n 10`` and ``jrnl "text"`` on a journal with as
many entries as there are people; without it the ratio rows are left out.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from data import cached_database
from report import record

EVENTMATE = [sys.executable, "-m", "eventmate"]
FLOOR = 0.25
FLAT_DRIFT = 1.10


#: CPU seconds (user + system) of each command measured, by the command's name.
CPU: dict[str, float] = {}


def wall(command: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    """Median seconds of ``runs`` runs of ``command`` (after one warm-up run).

    The median CPU time of the same runs goes to :data:`CPU` (what the command itself costs,
    whatever else the machine is doing).
    """
    times, cpu = [], []
    for index in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env
        )
        if index:
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    CPU[" ".join(command)] = statistics.median(cpu)
    return statistics.median(times)


def commands(folder: Path) -> dict[str, list[str]]:
    """The commands measured, by name, on the data folder ``folder``."""
    base = [*EVENTMATE, "--data-dir", str(folder)]
    return {
        "search -- Bartók": [*base, "search", "--", "Bartók"],
        "capture TEXT": [*base, "capture", "Zoë Ng (cello, LSO) — loves Ligeti #strings !score"],
        "people QUERY": [*base, "people", "Anna"],
        "people (everyone)": [*base, "people"],
        "followups (every open one)": [*base, "followups"],
        "event list (every event)": [*base, "event", "list"],
    }


FLAT = ("search -- Bartók", "capture TEXT", "people QUERY")


def jrnl_times(jrnl: Path, entries: int, runs: int) -> tuple[float, float]:
    """Median seconds of listing jrnl's last 10 entries and of adding one, with ``entries``."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        journal = home / "journal.txt"
        lines = [
            f"[2026-01-{1 + i % 28:02d} 10:{i % 60:02d}] Entry {i} with Bartók and a friend.\n"
            for i in range(entries)
        ]
        journal.write_text("\n".join(lines), encoding="utf-8")
        config = home / ".config" / "jrnl"
        config.mkdir(parents=True)
        (config / "jrnl.yaml").write_text(
            "colors: {body: none, date: none, tags: none, title: none}\n"
            "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
            "highlight: true\nindent_character: '|'\n"
            f"journals: {{default: {{journal: {journal}}}}}\n"
            "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\n"
            "version: v4.2\n",
            encoding="utf-8",
        )
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
        listing = wall([str(jrnl), "-n", "10", "Bartók"], runs, env)
        adding = wall([str(jrnl), "Met Zoë Ng after the Ligeti."], runs, env)
    return listing, adding


def main() -> int:
    """Measure and print the table; exit 1 when a budget is missed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--jrnl", type=Path, help="a jrnl executable to measure beside us")
    args = parser.parse_args()
    times: dict[int, dict[str, float]] = {}
    cpu: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for people in args.people:
            folder = Path(tmp) / f"p{people}"
            shutil.copytree(cached_database(people), folder)
            times[people], cpu[people] = {}, {}
            for name, command in commands(folder).items():
                times[people][name] = wall(command, args.runs)
                cpu[people][name] = CPU[" ".join(command)]
    version = wall([*EVENTMATE, "--version"], args.runs)
    helping = wall([*EVENTMATE, "--help"], args.runs)
    small, large = min(args.people), max(args.people)
    jrnl = jrnl_times(args.jrnl, small, args.runs) if args.jrnl else None

    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; median of {args.runs}")
    print(f"wall (CPU) seconds; {'command':<28} " + " ".join(f"{p:>16,}" for p in args.people))
    over = False
    for name in times[small]:
        cells = [f"{times[p][name]:7.3f} ({cpu[p][name]:.3f})" for p in args.people]
        print(f"{name:<28} " + " ".join(f"{c:>16}" for c in cells))
        label = f"CLI {name}"
        record(f"{label}, {small:,} people, CPU (reference)", cpu[small][name], "s")
        over |= times[small][name] > FLOOR
        if "(every" in name:
            record(f"{label}, {small:,} people", times[small][name], "s", FLOOR)
            if large != small:
                record(f"{label}, {large:,} people (output ×10)", times[large][name], "s")
            continue
        record(f"{label}, {small:,} people", times[small][name], "s", FLOOR)
        if large != small and name in FLAT:
            drift = times[large][name] / times[small][name]
            record(
                f"{label}, {large:,} vs {small:,} people",
                drift,
                "×",
                budget_text=f"≤ {FLAT_DRIFT:.2f}×",
                within=drift <= FLAT_DRIFT,
            )
            over |= drift > FLAT_DRIFT
    print(f"{'--version':<28} {version:8.3f}s  < 0.1 s")
    print(f"{'--help':<28} {helping:8.3f}s  < 0.1 s")
    record("CLI --version", version, "s", 0.1)
    record("CLI --help", helping, "s", 0.1)
    over |= version >= 0.1 or helping >= 0.1
    if jrnl is not None:
        listing, adding = jrnl
        ratio_search = times[small]["search -- Bartók"] / listing
        ratio_capture = times[small]["capture TEXT"] / adding
        print(f"jrnl -n 10 WORD ({small:,} entries) {listing:.3f} s; ours ×{ratio_search:.2f}")
        print(f"jrnl TEXT (add)  ({small:,} entries) {adding:.3f} s; ours ×{ratio_capture:.2f}")
        record(f"CLI search ÷ jrnl search, {small:,}", ratio_search, "×", 0.3)
        record(f"CLI capture ÷ jrnl add, {small:,}", ratio_capture, "×", 0.3)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
