"""Run fuzzed inputs in worker processes with a time and a memory bound, and count outcomes.

:class:`FuzzPool` starts ``fuzz_worker.py`` processes on copies of two template databases
(sample data; empty) and hands each input to a worker. A worker that does not answer within
the time bound is SIGKILLed and replaced: a *hang*. A worker that hits its memory bound
(``RLIMIT_AS``) answers ``mem`` and is replaced: counted as a hang too (the time or memory
bound was hit). Anything but ``ok``/``clean`` is a *traceback*. Inputs that failed are saved
in the ``failures`` folder, named by target, for replay (``fuzz_replay.py``).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fuzz_worker import HEADER, NOW, TARGETS  # noqa: E402

#: Time bound per input, seconds (typical inputs take well under 10 ms).
TIME_BOUND = 15.0
#: Memory a worker may grow by beyond its size at start, MiB.
MEMORY_BOUND_MB = 768


@dataclass
class Tally:
    """Outcomes of one target's inputs."""

    inputs: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def tracebacks(self) -> int:
        return self.outcomes["tb"]

    @property
    def hangs(self) -> int:
        return self.outcomes["hang"] + self.outcomes["mem"]


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    started: float = 0.0
    job: tuple[str, bytes] | None = None


def make_templates(folder: Path) -> tuple[Path, Path]:
    """A migrated database with the sample data (and a capture), and an empty one."""
    from eventmate.services.container import Services
    from eventmate.storage.engine import Database, make_engine, sqlite_url
    from eventmate.storage.opening import open_sqlite

    folder.mkdir(parents=True, exist_ok=True)
    empty, template = folder / "empty.sqlite3", folder / "template.sqlite3"
    open_sqlite(empty, folder / "backups").close()  # the real migrations, once
    shutil.copyfile(empty, template)
    database = Database(make_engine(sqlite_url(template)), template)
    services = Services(database, None, lambda: NOW)
    services.sample_data.add()
    services.capture.capture("Anna Schmidt (viola, LSO) — loves Bartók #strings !send recording")
    database.close()
    return template, empty


class FuzzPool:
    """Worker processes and the score per target."""

    def __init__(
        self,
        folder: Path,
        failures: Path,
        workers: int = 2,
        time_bound: float = TIME_BOUND,
    ) -> None:
        self.folder = folder
        self.failures = failures
        self.template, self.empty = make_templates(folder / "templates")
        self.time_bound = time_bound
        self.tallies: dict[str, Tally] = {name: Tally() for name in TARGETS}
        self._workers = [self._start(index) for index in range(max(1, workers))]
        self._saved = 0
        self._last_saved = failures / "none"
        self._counting = True
        self._last = ""

    def _start(self, index: int) -> _Worker:
        workdir = self.folder / f"worker{index}"
        workdir.mkdir(parents=True, exist_ok=True)
        log = open(workdir / "stderr.log", "ab")  # noqa: SIM115 - the worker's stderr
        process = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "fuzz_worker.py"),
                str(workdir),
                str(self.template),
                str(self.empty),
                str(MEMORY_BOUND_MB),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
        )
        log.close()
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line or json.loads(line)["o"] != "ready":
            raise RuntimeError(f"fuzz worker did not start: {(workdir / 'stderr.log')}")
        return _Worker(process)

    def close(self) -> None:
        """Stop the workers (closing their input ends them)."""
        for worker in self._workers:
            self._stop(worker, kill=False)

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        process = worker.process
        if kill:
            process.kill()
        elif process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None and not stream.closed:
                stream.close()

    # running inputs

    def run(self, target: str, data: bytes) -> str:
        """Run one input now; return its outcome."""
        self.run_many([(target, data)])
        return self._last

    def probe(self, target: str, data: bytes, time_bound: float) -> str:
        """Run one input with another time bound, neither counted nor saved."""
        saved = self.time_bound, self._counting
        self.time_bound, self._counting = time_bound, False
        try:
            return self.run(target, data)
        finally:
            self.time_bound, self._counting = saved

    def run_many(self, inputs: Iterable[tuple[str, bytes]]) -> None:
        """Run every input, spread over the workers, each under the bounds."""
        pending = iter(inputs)
        idle = list(range(len(self._workers)))
        busy: dict[int, int] = {}  # stdout fd → worker index
        exhausted = False
        while True:
            while idle and not exhausted:
                job = next(pending, None)
                if job is None:
                    exhausted = True
                    break
                index = idle.pop()
                self._send(index, job)
                busy[self._workers[index].process.stdout.fileno()] = index  # type: ignore[union-attr]
            if not busy:
                return
            now = time.monotonic()
            deadline = min(self._workers[i].started for i in busy.values()) + self.time_bound
            ready, _, _ = select.select(list(busy), [], [], max(0.0, deadline - now))
            for fd in ready:
                index = busy.pop(fd)
                self._answer(index)
                idle.append(index)
            now = time.monotonic()
            for fd, index in list(busy.items()):
                if now - self._workers[index].started >= self.time_bound:
                    del busy[fd]
                    self._hang(index)
                    idle.append(index)

    def _send(self, index: int, job: tuple[str, bytes]) -> None:
        worker = self._workers[index]
        target, data = job
        worker.job = job
        worker.started = time.monotonic()
        stdin = worker.process.stdin
        assert stdin is not None
        try:
            stdin.write(HEADER.pack(len(data), TARGETS.index(target)) + data)
            stdin.flush()
        except BrokenPipeError:
            pass  # it died; the read below finds that out

    def _answer(self, index: int) -> None:
        worker = self._workers[index]
        assert worker.job is not None
        assert worker.process.stdout is not None
        target, data = worker.job
        line = worker.process.stdout.readline()
        if not line:  # the worker died without answering (a crash, not a hang)
            outcome, detail = "tb", f"worker died (exit {worker.process.poll()})"
        else:
            answer = json.loads(line)
            outcome, detail = answer["o"], answer["d"]
        self._count(target, data, outcome, detail)
        if not line or outcome == "mem":
            self._replace(index)

    def _hang(self, index: int) -> None:
        worker = self._workers[index]
        assert worker.job is not None
        target, data = worker.job
        self._count(target, data, "hang", f"no answer within {self.time_bound:.0f} s")
        if self._counting:
            self._save_stack(index)
        self._replace(index)

    def _save_stack(self, index: int) -> None:
        """Ask the hung worker where it is (faulthandler on SIGUSR1) and keep that, and its
        database as it was, beside the saved input: a hang may need both to happen again."""
        for suffix in ("", "-wal"):
            source = self.folder / f"worker{index}" / f"work.sqlite3{suffix}"
            if source.exists():
                shutil.copyfile(source, f"{self._last_saved.with_suffix('.sqlite3')}{suffix}")
        log = self.folder / f"worker{index}" / "stderr.log"
        before = log.stat().st_size if log.exists() else 0
        with contextlib.suppress(OSError):
            self._workers[index].process.send_signal(signal.SIGUSR1)
            time.sleep(0.5)
            with open(log, "rb") as handle:
                handle.seek(before)
                stack = handle.read()
            self._last_saved.with_suffix(".stack.txt").write_bytes(stack)

    def _replace(self, index: int) -> None:
        self._stop(self._workers[index], kill=True)
        self._workers[index] = self._start(index)

    def _count(self, target: str, data: bytes, outcome: str, detail: str) -> None:
        self._last = outcome
        if not self._counting:
            return
        tally = self.tallies[target]
        tally.inputs += 1
        tally.outcomes[outcome] += 1
        if outcome in ("tb", "hang", "mem"):
            path = self._save(target, data)
            first = detail.strip().splitlines()[-1] if detail.strip() else outcome
            tally.failures.append(f"{outcome}: {first} (input: {path})")

    def _save(self, target: str, data: bytes) -> Path:
        self.failures.mkdir(parents=True, exist_ok=True)
        self._saved += 1
        path = self.failures / f"{self._saved:04d}-{target}.bin"
        self._last_saved = path
        path.write_bytes(data)
        return path

    def workers_alive(self) -> int:
        return sum(worker.process.poll() is None for worker in self._workers)


def cpu_workers() -> int:
    """Two workers where there are two cores (the machine is shared), else one."""
    return 2 if (os.cpu_count() or 1) >= 2 else 1
