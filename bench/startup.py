"""Start-up benchmark: process start to window shown, and to Home showing its data.

Measured beside a bare PySide6 window process in the same run, all offscreen, median of
several runs; EventMate is started as its desktop entry starts it (``eventmate-gui``).
Budgets (issue #14): window ≤ 1.2× bare, Home with data ≤ 1.4× bare. Beside them, for
reference, the floor (``startup_floor.py``): the same widgets built as plain PySide6, with no
app code, so the table shows how much of the start is EventMate's own. Memory: the app's
resident memory with Home shown on ``--memory-people`` people (and its services
loaded, a second later) beside a bare window's. ``--encrypted`` measures the start with the
database encrypted (issue 12), the passphrase given in ``EVENTMATE_PASSPHRASE`` (so the key
derivation is part of the start), without the memory part. ``--remembered`` measures it with
the key remembered on this computer instead (the keyring; here a stand-in in a file,
``bench/file_keyring.py``, loaded by name as the app loads the backend that took the key).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from data import cached_database
from report import record

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1000, 680)
window.show()
def done():
    rss = next(l for l in open("/proc/self/status") if l.startswith("VmRSS:")).split()[1]
    print(rss, flush=True)
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def bare_once() -> float:
    """Seconds from spawning a bare PySide6 window process to its window shown."""
    return bare_run()[0]


def bare_run() -> tuple[float, float]:
    """Seconds to a bare PySide6 window shown, and its resident memory then (MB)."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", BARE], env=ENV, capture_output=True, text=True, check=True
    ).stdout
    lines = out.strip().splitlines()
    return float(lines[-1]) - started, int(lines[-2]) / 1024


FLOOR = Path(__file__).with_name("startup_floor.py")


def floor_once() -> tuple[float, float]:
    """Seconds to the floor's window shown and its Home shown (``startup_floor.py``)."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(FLOOR), "--home"], env=ENV, capture_output=True, text=True, check=True
    ).stdout
    painted = dict(line.split() for line in out.strip().splitlines())
    return float(painted["shown"]) - started, float(painted["home"]) - started


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _log_time(line: str) -> float:
    stamp = " ".join(line.split()[:2])
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()


def launcher() -> list[str]:
    """What the desktop entry runs: the installed ``eventmate-gui`` script (else ``-m``)."""
    script = Path(sys.executable).with_name("eventmate-gui")
    return [str(script)] if script.exists() else [sys.executable, "-m", "eventmate"]


def app_once(data_dir: Path, memory: list[float] | None = None) -> tuple[float, float]:
    """Seconds from spawning EventMate to its window shown, and to Home showing data.

    ``memory`` gets the resident memory (MB) with Home shown and one second later.
    """
    log = data_dir / "logs" / "eventmate.log"
    log.unlink(missing_ok=True)
    started = time.time()
    process = subprocess.Popen(
        [*launcher(), "--data-dir", str(data_dir)],
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
    if memory is not None and home is not None:
        memory.append(rss_mb(process.pid))
        time.sleep(1.0)
        memory.append(rss_mb(process.pid))
    process.send_signal(signal.SIGTERM)
    process.wait(30)
    if shown is None or home is None:
        raise RuntimeError("the app did not report its start-up")
    return shown, home


def compile_package() -> None:
    """Write .pyc files for EventMate, as installing a wheel does.

    Without them (PYTHONDONTWRITEBYTECODE is set on some machines) every start would compile
    EventMate's own sources, which the bare window, having none, never pays.
    """
    import compileall

    import eventmate

    compileall.compile_dir(Path(eventmate.__file__).parent, quiet=1)


PASSPHRASE = "a quiet hall after the encore"


def unwrap_once(data_dir: Path) -> float:
    """Seconds to get the data key from the passphrase (scrypt), in this process."""
    from eventmate.storage import key_file, keyed

    sealed = keyed.read_key_file(data_dir / "eventmate.sqlite3")
    started = time.perf_counter()
    key_file.unlock(sealed, PASSPHRASE)
    return time.perf_counter() - started


def encrypt(data_dir: Path, *, remembered: bool = False) -> None:
    """Encrypt the generated database; the app gets the passphrase from the environment, or
    (``remembered``) the key from the keyring."""
    from eventmate.storage import key_file
    from eventmate.storage.encryption import encrypt_database

    passphrase = PASSPHRASE
    key = key_file.new_key()
    sealed = key_file.seal(key, passphrase, key_file.new_recovery_key())
    live = data_dir / "eventmate.sqlite3"
    encrypt_database(live, data_dir / "backups", key, sealed)
    if not remembered:
        ENV["EVENTMATE_PASSPHRASE"] = passphrase
        return
    import keyring

    from eventmate.storage import key_store
    from file_keyring import FileKeyring

    ENV["EVENTMATE_BENCH_KEYRING"] = os.environ["EVENTMATE_BENCH_KEYRING"] = str(
        data_dir / "bench-keyring.json"
    )
    ENV["PYTHONPATH"] = str(Path(__file__).parent)
    keyring.set_keyring(FileKeyring())
    key_store.remember(key, data_dir / "config")  # the app's config folder with --data-dir


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--memory-people", type=int, default=100_000)
    parser.add_argument("--encrypted", action="store_true", help="encrypt the database first")
    parser.add_argument(
        "--remembered", action="store_true", help="encrypted, the key remembered in a keyring"
    )
    args = parser.parse_args()
    args.encrypted = args.encrypted or args.remembered
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        shutil.copy(cached_database(args.people) / "eventmate.sqlite3", data_dir)
        if args.encrypted:
            encrypt(data_dir, remembered=args.remembered)
            args.memory_people = 0
        compile_package()
        app_once(data_dir)  # warm the OS file cache and compile .pyc files
        bare_once()
        bare, shown, home, unwrap = [], [], [], []
        floor_shown, floor_home = [], []
        for _ in range(args.runs):
            bare.append(bare_once())
            floor = floor_once()
            floor_shown.append(floor[0])
            floor_home.append(floor[1])
            window, data = app_once(data_dir)
            shown.append(window)
            home.append(data)
            if args.encrypted and not args.remembered:
                unwrap.append(unwrap_once(data_dir))
        memory: list[float] = []
        if args.memory_people:
            big = Path(tmp) / "memory"
            shutil.copytree(cached_database(args.memory_people), big)
            app_once(big, memory)
            bare_memory = bare_run()[1]
    base = statistics.median(bare)
    rows = [
        ("bare PySide6 window shown", base, None),
        ("floor: the same widgets, no app code: window", statistics.median(floor_shown), None),
        ("floor: the same widgets, no app code: Home", statistics.median(floor_home), None),
        (f"EventMate window shown ({args.people:,} people)", statistics.median(shown), 1.2),
        (f"EventMate Home with data ({args.people:,} people)", statistics.median(home), 1.4),
    ]
    start = "start (encrypted)" if args.encrypted else "start"
    if args.remembered:
        start = "start (encrypted, key remembered)"
    record(f"{start}: bare PySide6 window shown", base * 1000, "ms")
    for name, seconds, budget in rows[1:]:
        record(f"{start}: {name}", seconds / base, "× bare", budget)
    if unwrap:  # part of the start, on a thread beside Qt's import: shown for what it costs
        rows.append(("  key from the passphrase (scrypt), alone", statistics.median(unwrap), None))
    state = "encrypted, passphrase from the environment" if args.encrypted else "not encrypted"
    if args.remembered:
        state = "encrypted, key remembered in the keyring"
    print(f"start-up, median of {args.runs} runs (offscreen), database {state}")
    print(f"| {'measure':<46} | {'ms':>6} | {'× bare':>6} | {'budget':>6} |")
    print(f"|{'-' * 48}|{'-' * 8}|{'-' * 8}|{'-' * 8}|")
    for name, seconds, budget in rows:
        ratio = seconds / base
        verdict = "" if budget is None else f"≤ {budget}×" + (" ok" if ratio <= budget else " OVER")
        print(f"| {name:<46} | {seconds * 1000:6.0f} | {ratio:6.2f} | {verdict:>6} |")
    # What EventMate's own code adds: the same screens against the same widgets without it.
    over_floor = (
        ("window", statistics.median(shown) / statistics.median(floor_shown)),
        ("Home with data", statistics.median(home) / statistics.median(floor_home)),
    )
    print("EventMate over the floor: " + ", ".join(f"{n} {r:.2f}×" for n, r in over_floor))
    for name, ratio in over_floor:
        record(f"{start}: EventMate {name} over the floor (reference)", ratio, "× floor")
    if memory:
        people = f"{args.memory_people:,} people"
        print(f"memory: bare window {bare_memory:.0f} MB; EventMate with Home on {people} ")
        print(f"  {memory[0]:.0f} MB, {memory[1]:.0f} MB a second later (services loaded)")
        record("start: memory, bare PySide6 window", bare_memory, "MB")
        record(f"start: memory, Home shown ({people})", memory[0], "MB")
        record(f"start: memory, 1 s later, services loaded ({people})", memory[1], "MB")


if __name__ == "__main__":
    main()
