"""Command-line benchmark: wall time of each quick command at 10k and 100k people, beside jrnl.

Each command runs as a new process (as a desktop shortcut or a script runs it), output to
/dev/null. Budgets (issue #14): ``search``, ``capture``, ``people``, ``followups`` and ``event
list`` ≤ 0.25 s at 10k people; at 100k within 10% of the 10k time for commands whose output
does not grow with the data (``search``, ``capture``, ``people QUERY``); ``--version`` and
``--help`` < 0.1 s. Listing commands (everyone, every open follow-up, every event) print ten
times as much at 100k and are shown for reference.

The sizes are compared in pairs, so that noise cannot decide the ratio: both files are read
once (into the OS cache) and each command runs once on each before timing; then each round
runs the command on 10k and on 100k back to back (in turns: 10k first in even rounds, 100k
first in odd ones), so a burst of load on the shared machine hits both sides of a pair. The
100k/10k ratio is the median of the rounds' ratios, printed with their p10–p90 spread; times
are medians too. Medians, because noise on a shared machine only ever adds time and comes in
bursts: a mean is dragged by one slow round, a minimum reports the luckiest one.

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
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from data import cached_database
from report import record

EVENTMATE = [sys.executable, "-m", "eventmate"]
FLOOR = 0.25
FLAT_DRIFT = 1.10


@dataclass
class Samples:
    """Wall and CPU seconds (user + system) of the timed runs of one command on one file."""

    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)

    @property
    def wall(self) -> float:
        """Median wall seconds."""
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        """Median CPU seconds: what the command itself costs, whatever else the machine does."""
        return statistics.median(self.cpus)


def run_once(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env
    )
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return took, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def wall(command: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    """Median seconds of ``runs`` runs of ``command`` (after one warm-up run)."""
    run_once(command, env)
    return statistics.median(run_once(command, env)[0] for _ in range(runs))


def paired(by_size: dict[int, list[str]], runs: int) -> dict[int, Samples]:
    """Time one command on each size, ``runs`` rounds, the sizes back to back in each round.

    One untimed run on each size first; then the order of the sizes turns every round, so
    neither always runs right after the other (its pages, the CPU's frequency, ...).
    """
    samples = {size: Samples() for size in by_size}
    for command in by_size.values():
        run_once(command)
    order = list(by_size)
    for round_number in range(runs):
        for size in order if round_number % 2 == 0 else order[::-1]:
            took, cpu = run_once(by_size[size])
            samples[size].walls.append(took)
            samples[size].cpus.append(cpu)
    return samples


def ratio(small: Samples, large: Samples) -> tuple[float, float, float]:
    """The median of the rounds' large/small wall ratios, and their 10th and 90th percentile."""
    ratios = sorted(b / a for a, b in zip(small.walls, large.walls, strict=True))
    if len(ratios) < 2:
        return ratios[0], ratios[0], ratios[0]
    deciles = statistics.quantiles(ratios, n=10, method="inclusive")
    return statistics.median(ratios), deciles[0], deciles[-1]


def warm(folder: Path) -> None:
    """Read every file of ``folder`` once, so each size starts from the OS cache alike."""
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                while handle.read(1 << 20):
                    pass


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
    parser.add_argument(
        "--runs", type=int, default=21, help="rounds per command (15 or more to compare sizes)"
    )
    parser.add_argument("--jrnl", type=Path, help="a jrnl executable to measure beside us")
    args = parser.parse_args()
    sizes = sorted(set(args.people))
    small, large = sizes[0], sizes[-1]
    runs = max(args.runs, 1)
    samples: dict[str, dict[int, Samples]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for people in sizes:
            folders[people] = Path(tmp) / f"p{people}"
            shutil.copytree(cached_database(people), folders[people])
            warm(folders[people])
        per_size = {people: commands(folder) for people, folder in folders.items()}
        for name in per_size[small]:
            samples[name] = paired({p: per_size[p][name] for p in sizes}, runs)
    version = wall([*EVENTMATE, "--version"], runs)
    helping = wall([*EVENTMATE, "--help"], runs)
    jrnl = jrnl_times(args.jrnl, small, runs) if args.jrnl else None

    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; median of {runs}")
    compared = f"   {large // 1000}k/{small // 1000}k (p10–p90)" if large != small else ""
    print(f"wall (CPU) seconds; {'command':<28} " + " ".join(f"{p:>16,}" for p in sizes) + compared)
    over = False
    for name, by_size in samples.items():
        cells = [f"{by_size[p].wall:7.3f} ({by_size[p].cpu:.3f})" for p in sizes]
        drift = ratio(by_size[small], by_size[large]) if large != small else None
        spread = f"   {drift[0]:5.2f}× ({drift[1]:.2f}–{drift[2]:.2f})" if drift else ""
        print(f"{name:<28} " + " ".join(f"{c:>16}" for c in cells) + spread)
        label = f"CLI {name}"
        ten_k = by_size[small].wall
        record(f"{label}, {small:,} people, CPU (reference)", by_size[small].cpu, "s")
        record(f"{label}, {small:,} people", ten_k, "s", FLOOR)
        over |= ten_k > FLOOR
        if drift is None:
            continue
        if "(every" in name:
            record(f"{label}, {large:,} people (output ×10)", by_size[large].wall, "s")
        elif name in FLAT:
            record(
                f"{label}, {large:,} vs {small:,} people (p10–p90 {drift[1]:.2f}–{drift[2]:.2f})",
                drift[0],
                "×",
                budget_text=f"≤ {FLAT_DRIFT:.2f}×",
                within=drift[0] <= FLAT_DRIFT,
            )
            over |= drift[0] > FLAT_DRIFT
    print(f"{'--version':<28} {version:8.3f}s  < 0.1 s")
    print(f"{'--help':<28} {helping:8.3f}s  < 0.1 s")
    record("CLI --version", version, "s", 0.1)
    record("CLI --help", helping, "s", 0.1)
    over |= version >= 0.1 or helping >= 0.1
    if jrnl is not None:
        listing, adding = jrnl
        ratio_search = samples["search -- Bartók"][small].wall / listing
        ratio_capture = samples["capture TEXT"][small].wall / adding
        print(f"jrnl -n 10 WORD ({small:,} entries) {listing:.3f} s; ours ×{ratio_search:.2f}")
        print(f"jrnl TEXT (add)  ({small:,} entries) {adding:.3f} s; ours ×{ratio_capture:.2f}")
        record(f"CLI search ÷ jrnl search, {small:,}", ratio_search, "×", 0.3)
        record(f"CLI capture ÷ jrnl add, {small:,}", ratio_capture, "×", 0.3)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
