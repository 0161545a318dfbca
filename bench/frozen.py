"""Frozen app benchmark: size of what `make dist` built, and start-up against the pip install.

    python bench/frozen.py [--runs 7] [--people 10000] [--other NAME=EXECUTABLE ...]

Start-up is measured as in bench/startup.py (process start to "main window shown" and to
"home shown with data" in the app's log, offscreen, median of several runs, one database of
realistic data), for the pip-installed ``eventmate`` of this environment and for the
PyInstaller build in build/pyinstaller/dist; ``--other`` adds more builds (the Nuitka
comparison: see packaging/README.md). Budgets (issue #16): compressed size ≤ 90 MB; frozen
start-up to Home no slower than the pip-installed app.
"""

from __future__ import annotations

import argparse
import compileall
import os
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import datetime
from pathlib import Path

from datagen import generate

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "build" / "pyinstaller" / "dist" / "eventmate" / "eventmate"
DIST = ROOT / "dist"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
BUDGET_MB = 90.0


def _log_time(line: str) -> float:
    stamp = " ".join(line.split()[:2])
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()


def start_once(command: list[str], data_dir: Path) -> tuple[float, float]:
    """Seconds from spawning ``command`` to its window shown, and to Home showing data."""
    log = data_dir / "logs" / "eventmate.log"
    log.unlink(missing_ok=True)
    started = time.time()
    process = subprocess.Popen(
        [*command, "--data-dir", str(data_dir)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    shown = home = None
    while time.monotonic() < deadline and home is None:
        time.sleep(0.02)
        if not log.exists():
            continue
        for line in log.read_text(encoding="utf-8").splitlines():
            if line.endswith("main window shown"):
                shown = _log_time(line) - started
            elif line.endswith("home shown with data"):
                home = _log_time(line) - started
    process.send_signal(signal.SIGTERM)
    process.wait(30)
    if shown is None or home is None:
        raise RuntimeError(f"{command[0]} did not report its start-up")
    return shown, home


def folder_mb(folder: Path) -> float:
    """Megabytes of every file below ``folder`` (symbolic links count as nothing)."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def gzip_mb(folder: Path) -> float:
    """Megabytes of ``folder`` as a .tar.gz (the same compression as the tarball)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "x.tar.gz"
        with tarfile.open(target, "w:gz") as archive:
            archive.add(folder, arcname=folder.name)
        return target.stat().st_size / 1e6


def size_rows(others: dict[str, Path]) -> list[tuple[str, float, str]]:
    """(what, MB, budget verdict) for every artefact found."""
    rows: list[tuple[str, float, str]] = []
    if FROZEN.exists():
        rows.append(("PyInstaller folder (unpacked)", folder_mb(FROZEN.parent), ""))
    for pattern in ("eventmate-*-linux-*.tar.gz", "eventmate_*.deb", "eventmate-*.whl"):
        for artefact in sorted(DIST.glob(pattern)):
            size = artefact.stat().st_size / 1e6
            verdict = f"≤ {BUDGET_MB:.0f} " + ("ok" if size <= BUDGET_MB else "OVER")
            rows.append((artefact.name, size, "" if artefact.suffix == ".whl" else verdict))
    for name, executable in others.items():
        rows.append((f"{name} folder (unpacked)", folder_mb(executable.parent), ""))
        size = gzip_mb(executable.parent)
        verdict = f"≤ {BUDGET_MB:.0f} " + ("ok" if size <= BUDGET_MB else "OVER")
        rows.append((f"{name} folder as .tar.gz", size, verdict))
    return rows


def pip_command() -> list[str]:
    """The pip-installed ``eventmate`` of this environment, with its .pyc files written."""
    import eventmate

    compileall.compile_dir(Path(eventmate.__file__).parent, quiet=1)
    script = Path(sys.executable).parent / "eventmate"
    return [str(script)] if script.exists() else [sys.executable, "-m", "eventmate"]


def main() -> None:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--other", action="append", default=[], metavar="NAME=EXECUTABLE")
    args = parser.parse_args()
    others = {n: Path(e).resolve() for n, e in (o.split("=", 1) for o in args.other)}
    if not FROZEN.exists():
        sys.exit(f"{FROZEN} missing: run `make dist` first")
    commands = {"pip install": pip_command(), "PyInstaller": [str(FROZEN)]}
    commands.update({name: [str(path)] for name, path in others.items()})

    print("sizes")
    print(f"| {'artefact':<40} | {'MB':>6} | {'budget':>8} |")
    print(f"|{'-' * 42}|{'-' * 8}|{'-' * 10}|")
    for name, size, verdict in size_rows(others):
        print(f"| {name:<40} | {size:6.1f} | {verdict:>8} |")

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        generate(data_dir, people=args.people)
        for command in commands.values():
            start_once(command, data_dir)  # warm the file cache
        times: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in commands}
        for _ in range(args.runs):
            for name, command in commands.items():  # interleaved: load hits all alike
                shown, home = start_once(command, data_dir)
                times[name][0].append(shown)
                times[name][1].append(home)
    base = statistics.median(times["pip install"][1])
    print()
    print(f"start-up, median of {args.runs} runs, {args.people:,} people (offscreen)")
    print(f"| {'build':<14} | {'window ms':>9} | {'Home ms':>7} | {'× pip':>6} | {'budget':>9} |")
    print(f"|{'-' * 16}|{'-' * 11}|{'-' * 9}|{'-' * 8}|{'-' * 11}|")
    for name, (shown_list, home_list) in times.items():
        home = statistics.median(home_list)
        ratio = home / base
        verdict = "" if name == "pip install" else "≤ 1× " + ("ok" if ratio <= 1.0 else "OVER")
        print(
            f"| {name:<14} | {statistics.median(shown_list) * 1000:9.0f} | {home * 1000:7.0f} "
            f"| {ratio:6.2f} | {verdict:>9} |"
        )


if __name__ == "__main__":
    main()
