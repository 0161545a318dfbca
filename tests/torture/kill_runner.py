"""SIGKILL writers of captures at random points and prove every confirmed capture survives.

Run as a script by the torture tests (``--help`` lists the options). Four kinds of writer
(:mod:`torture_writers`), each killed with SIGKILL:

* ``cli``: the real ``eventmate capture "TEXT"`` and ``eventmate capture --from FILE``
  (``eventmate.main.main``), run over and over by a child forked from this process once it
  has imported EventMate and stored one capture, so a writer is ready in milliseconds. A share
  of the rounds (``--pairs``) runs two such writers on the database at once.
* ``exec``: the same command in a cold interpreter (``python -c … main([...])``).
* ``gui``: the real app in capture mode typing captures (``capture_window_driver``), forked
  from this process with Qt and the GUI modules already imported; ``gui-exec``: the same, cold.

A kill comes at a uniformly random time, or 0-3 ms after a chosen ``COMMIT`` (inside the
commit's write and sync). After every kill, with no writer alive, a *copy* of the database is
checked (:mod:`torture_checks`): ``integrity_check``, ``foreign_key_check``, FTS5
``integrity-check`` of every ``search_*`` index, every capture ever confirmed present
verbatim, and every ``--from`` batch all there or not at all. The original keeps the log the
killed writer left, for the next writer to recover. The summary is printed as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import threading
import time
from collections import Counter
from contextlib import closing, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from sqlite3 import connect
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from torture_checks import check_copy, stored_texts  # noqa: E402
from torture_writers import (  # noqa: E402
    Writer,
    capture_text,
    cli_writer,
    fork_writer,
    gui_writer,
    spawn_writer,
)

#: A writer still alive this long after its round began is reported stuck (and killed).
STUCK_SECONDS = 120.0
#: Where a kill lands: "time" (seconds after the start, or after capture mode is ready) or
#: "commit" (right after the n-th COMMIT).
Plan = tuple[str, float]


@dataclass
class Summary:
    """What the runner did and found."""

    seed: int = 0
    kills: int = 0
    confirmed: int = 0
    lost: list[str] = field(default_factory=list)
    check_failures: list[str] = field(default_factory=list)
    batch_violations: list[str] = field(default_factory=list)
    writer_tracebacks: list[str] = field(default_factory=list)
    writers_stuck: int = 0
    ended_before_kill: int = 0
    kill_points: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    exit_statuses: Counter[str] = field(default_factory=Counter)
    seconds_by_kind: Counter[str] = field(default_factory=Counter)
    captures_in_database: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["seconds_by_kind"] = {k: round(v, 1) for k, v in self.seconds_by_kind.items()}
        return data


class Runner:
    """Starts writers, kills them, checks the database, and keeps the score."""

    def __init__(self, data_dir: Path, scratch: Path, seed: int) -> None:
        self.data_dir = data_dir
        self.database = data_dir / "eventmate.sqlite3"
        self.scratch = scratch
        self.rng = random.Random(seed)
        self.summary = Summary(seed=seed)
        self.confirmed: set[str] = set()
        self.batches: list[list[str]] = []
        self.event_id = 0
        self._writer_seed = seed * 1_000_000

    def prepare(self, gui: bool) -> None:
        """Create the database and warm this process up, so forked writers start warm."""
        if gui:  # forked capture windows start with Qt and the GUI modules loaded
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            import capture_window_driver  # noqa: F401

            import eventmate.app.gui_main
            import eventmate.gui.capture.capture_window
            import eventmate.gui.main_window  # noqa: F401
        from eventmate.main import main

        folder = str(self.data_dir)
        with open(os.devnull, "w") as quiet, redirect_stdout(quiet):
            main(["--data-dir", folder, "capture", "a warm-up capture, kept"])
            main(["--data-dir", folder, "event", "add", "Gala", "--start", "2026-12-03 19:30"])
        with closing(connect(self.database)) as conn:
            self.event_id = conn.execute("SELECT max(id) FROM event").fetchone()[0]
        # Forking is only safe while this process runs one thread.
        assert threading.active_count() == 1, threading.enumerate()

    def start(self, kind: str) -> Writer:
        """Start one writer of ``kind``."""
        self._writer_seed += 1
        seed, folder, scratch = self._writer_seed, str(self.data_dir), str(self.scratch)
        if kind == "cli":
            event = self.event_id
            return fork_writer(kind, self.scratch, lambda: cli_writer(folder, scratch, seed, event))
        if kind == "gui":
            return fork_writer(kind, self.scratch, lambda: gui_writer(folder, seed))
        if kind == "exec":
            text = capture_text(self.rng, f"s{seed}x")
            code = (
                "import sys; print('SENT ' + sys.argv[2], flush=True); "
                "from eventmate.main import main; "
                "raise SystemExit(main(['--data-dir', sys.argv[1], 'capture', sys.argv[2]]))"
            )
            return spawn_writer(kind, self.scratch, [sys.executable, "-c", code, folder, text])
        if kind == "gui-exec":
            driver = str(HERE / "capture_window_driver.py")
            command = [sys.executable, driver, "--data-dir", folder, "--seed", str(seed)]
            return spawn_writer(kind, self.scratch, command)
        raise ValueError(kind)

    def round(self, kind: str, writers: int = 1) -> None:
        """Start ``writers`` writers of ``kind``, kill each as planned, then check."""
        started = time.monotonic()
        alive = [(self.start(kind), self._plan(kind)) for _ in range(writers)]
        running = [writer for writer, _ in alive]
        while alive:
            for writer, plan in alive:
                if self._due(writer, plan, started):
                    self._kill(writer, plan[0])
                elif not writer.read(0.002):
                    self._kill(writer, "ended")  # it ended by itself
                elif time.monotonic() - started > STUCK_SECONDS:
                    self._kill(writer, "stuck")
            alive = [(writer, plan) for writer, plan in alive if writer.exit_status is None]
        for writer in running:
            self._collect(writer)
        self._check()
        self.summary.seconds_by_kind[kind] += time.monotonic() - started

    def _plan(self, kind: str) -> Plan:
        if kind == "exec":  # a cold `eventmate capture` takes ~1.2 s
            return ("time", self.rng.uniform(0.05, 1.3))
        if kind.startswith("gui"):  # counted from capture mode ready; a capture is ~0.1 s
            draw = self.rng.random()
            if draw < 0.45:
                return ("commit", float(self.rng.randint(1, 6)))
            if draw < 0.85:
                return ("time", self.rng.uniform(0.0, 0.5))
            # Later: the driver's idle pauses, with background upkeep running.
            return ("time", self.rng.uniform(1.5, 4.0))
        # A warm CLI writer stores a capture in ~40 ms (two commits; a batch is one).
        if self.rng.random() < 0.5:
            return ("commit", float(self.rng.randint(1, 4)))
        return ("time", self.rng.uniform(0.0, 0.15))

    def _due(self, writer: Writer, plan: Plan, started: float) -> bool:
        how, value = plan
        if writer.kind.startswith("gui") and writer.ready_at is None:
            return False  # capture mode is not up yet
        if how == "commit":
            if writer.commits < value:
                return False
            time.sleep(self.rng.uniform(0.0, 0.003))  # into the commit's write and sync
            return True
        origin = writer.ready_at if writer.ready_at is not None else started
        return time.monotonic() - origin >= value

    def _kill(self, writer: Writer, how: str) -> None:
        writer.kill()
        writer.wait()
        if how == "ended":
            self.summary.ended_before_kill += 1
            return
        if how == "stuck":
            self.summary.writers_stuck += 1
        self.summary.kills += 1
        self.summary.kinds[writer.kind] += 1
        self.summary.kill_points[writer.last] += 1

    def _collect(self, writer: Writer) -> None:
        self.confirmed.update(writer.confirmed)
        self.summary.confirmed += len(writer.confirmed)
        self.summary.exit_statuses.update(writer.statuses)
        # A batch whose lines were all sent is stored whole or not at all.
        self.batches += [batch for size, batch in writer.batches if len(batch) == size]
        if writer.raised:
            self.summary.writer_tracebacks.append(
                f"{writer.kind} exit {writer.exit_status}: {writer.error_text()}"
            )
        if writer.stderr is not None:
            writer.stderr.close()

    def _check(self) -> None:
        scratch = self.scratch / "check"
        result = check_copy(self.database, scratch)
        self.summary.check_failures += result.problems
        if not result.ok:
            return
        stored = stored_texts(scratch / self.database.name)
        self.summary.lost += sorted(self.confirmed - stored - set(self.summary.lost))
        self.summary.captures_in_database = len(stored)
        for batch in self.batches:
            present = sum(text in stored for text in batch)
            if present not in (0, len(batch)):
                self.summary.batch_violations.append(f"{present} of {len(batch)}: {batch[0]}")
        self.batches = []  # a killed batch is never committed later


def rounds(rng: random.Random, args: argparse.Namespace) -> list[tuple[str, int]]:
    """The rounds to run, shuffled: (kind, how many writers at once)."""
    planned: list[tuple[str, int]] = []
    left = args.cli_kills
    while left > 0:
        writers = 2 if left >= 2 and rng.random() < args.pairs else 1
        planned.append(("cli", writers))
        left -= writers
    planned += [("exec", 1)] * args.exec_kills
    planned += [("gui", 1)] * args.gui_kills
    planned += [("gui-exec", 1)] * args.gui_exec_kills
    rng.shuffle(planned)
    return planned


def run(args: argparse.Namespace) -> Summary:
    """Run every round and a final check; return the summary."""
    data_dir = Path(args.data_dir).resolve()
    scratch = Path(args.scratch).resolve()
    scratch.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    runner = Runner(data_dir, scratch, args.seed)
    runner.prepare(gui=bool(args.gui_kills))
    for kind, writers in rounds(runner.rng, args):
        runner.round(kind, writers)
    runner.summary.check_failures += check_copy(runner.database, scratch / "final").problems
    runner.summary.seconds = round(time.monotonic() - started, 1)
    return runner.summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--scratch", required=True, help="a folder for copies and batch files")
    parser.add_argument("--cli-kills", type=int, default=0)
    parser.add_argument("--exec-kills", type=int, default=0)
    parser.add_argument("--gui-kills", type=int, default=0)
    parser.add_argument("--gui-exec-kills", type=int, default=0)
    parser.add_argument("--pairs", type=float, default=0.3, help="share of two-writer rounds")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", help="also write the summary to this file")
    args = parser.parse_args()
    text = json.dumps(run(args).as_json(), indent=1, ensure_ascii=False)
    if args.json:
        Path(args.json).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
