"""Writers the kill runner starts and SIGKILLs, and what the runner reads from their output.

Every writer prints, flushed, one line per step: ``SENT <text>`` before a capture, ``BATCH <n>``
before the n ``SENT`` lines of an ``eventmate capture --from FILE``, ``COMMIT`` just before
every database commit (a trace callback on each SQLite connection), and a confirmation once
the capture is stored: the CLI's own ``Saved capture N: …`` line (one per capture, in order)
or the capture window driver's ``SAVED <text>``. ``STATUS <code>`` ends one CLI run;
``READY`` says capture mode is up. :class:`Writer` is the runner's view of one writer process.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Exit status of a forked writer whose code raised (the traceback is on its stderr).
WRITER_TRACEBACK = 70

NAMES = ("Anna Schmidt", "Seán O'Brien", "Zoë Ångström", "Li Wei", "Kwame Mensah", "Ana Lúcia")
ROLES = ("viola", "cello", "oboe", "conductor", "agent", "critic")
ORGS = ("LSO", "Wigmore Hall", "BBC Proms", "Ensemble Modern", "")
FACTS = ("loves Bartók", "grew up in Leipzig", "plays a 1720 Gofriller", "has two kids")
TAGS = ("#conductor-search", "#strings", "#friend", "")
PROMISES = ("!send my Ligeti recording", "?send me the score", "!ask about auditions", "")


def capture_text(rng: random.Random, token: str) -> str:
    """A unique, realistic capture line carrying ``token`` (stored verbatim: NFC, no controls)."""
    if rng.randrange(4) == 0:  # a descriptor, kept to tidy later
        return f"cellist with red scarf, {token}"
    name = rng.choice(NAMES)
    org = rng.choice(ORGS)
    head = f"{name} ({rng.choice(ROLES)}, {org})" if org else name
    tail = " ".join(x for x in (rng.choice(TAGS), rng.choice(PROMISES)) if x)
    return f"{head} — met at {token}; {rng.choice(FACTS)} {tail}".rstrip()


def install_commit_marker(write: Callable[[str], None]) -> None:
    """Call ``write("COMMIT\\n")`` just before every commit this process sends to SQLite.

    Seen by a trace callback on every connection ``sqlite3.connect`` makes from now on, so it
    marks commits through SQLAlchemy and through ``sqlite3`` alone (the command line's
    plain-SQL captures, :mod:`eventmate.storage.sql`) alike; SQLite calls it as the COMMIT
    statement starts to run.
    """
    import sqlite3

    connect = sqlite3.connect

    def trace(statement: str) -> None:
        if statement.lstrip()[:6].upper() == "COMMIT":
            write("COMMIT\n")

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(trace)
        return connection

    sqlite3.connect = traced  # type: ignore[assignment]


def die_with_parent(parent: int) -> None:
    """Make the kernel SIGKILL this process when ``parent`` ends (Linux), so no writer ever
    outlives its runner (they loop forever); elsewhere, only check the parent is still there."""
    if sys.platform == "linux":
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def _say(line: str) -> None:
    sys.stdout.write(line)
    sys.stdout.flush()


def cli_writer(data_dir: str, scratch: str, seed: int, event_id: int) -> None:
    """Capture forever through the real command line (``eventmate.main.main``)."""
    from eventmate.main import main

    install_commit_marker(_say)
    rng = random.Random(seed)
    batch_file = Path(scratch) / f"batch-{os.getpid()}.txt"
    for number in range(1_000_000):
        token = f"s{seed}n{number}"
        event = ["--event", str(event_id)] if rng.random() < 0.3 else []
        if rng.random() < 0.25:
            texts = [capture_text(rng, f"{token}b{i}") for i in range(rng.randint(2, 12))]
            batch_file.write_text("\n".join(texts) + "\n", encoding="utf-8")
            _say(f"BATCH {len(texts)}\n")
            for text in texts:
                _say(f"SENT {text}\n")
            argv = ["--data-dir", data_dir, "capture", "--from", str(batch_file), *event]
        else:
            text = capture_text(rng, token)
            _say(f"SENT {text}\n")
            argv = ["--data-dir", data_dir, "capture", text, *event]
        _say(f"STATUS {main(argv)}\n")


def gui_writer(data_dir: str, seed: int) -> None:
    """Type captures into the real app's capture window (``capture_window_driver``)."""
    import capture_window_driver

    sys.argv = ["capture_window_driver", "--data-dir", data_dir, "--seed", str(seed)]
    capture_window_driver.main()


def fork_writer(kind: str, scratch: Path, body: Callable[[], None]) -> Writer:
    """Fork a child running ``body``, its standard output on a pipe to this process.

    The child starts with everything this process imported and warmed up (a cold
    interpreter needs ~1 s before its first capture); it runs the same code a cold one does.
    """
    read_fd, write_fd = os.pipe()
    err = tempfile.TemporaryFile(dir=scratch)  # noqa: SIM115 - closed by the runner
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            die_with_parent(parent)
            os.close(read_fd)
            os.dup2(write_fd, 1)
            os.dup2(err.fileno(), 2)
            sys.stdout = os.fdopen(1, "w", buffering=1, encoding="utf-8")
            sys.stderr = os.fdopen(2, "w", buffering=1, encoding="utf-8")
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            body()
        except BaseException:
            traceback.print_exc()
            code = WRITER_TRACEBACK
        finally:
            os._exit(code)
    os.close(write_fd)
    return Writer(kind, pid=pid, fd=read_fd, stderr=err)


def spawn_writer(kind: str, scratch: Path, command: list[str]) -> Writer:
    """Start ``command`` cold (a fresh interpreter), its standard output on a pipe."""
    err = tempfile.TemporaryFile(dir=scratch)  # noqa: SIM115 - closed by the runner
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    parent = os.getpid()
    popen = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=err,
        env=env,
        preexec_fn=lambda: die_with_parent(parent),  # the runner has one thread
    )
    assert popen.stdout is not None
    return Writer(kind, pid=popen.pid, fd=popen.stdout.fileno(), stderr=err, popen=popen)


@dataclass
class Writer:
    """A running writer: its process, its output pipe, and what it said so far."""

    kind: str
    pid: int = 0
    fd: int = -1
    stderr: Any = None
    popen: subprocess.Popen[bytes] | None = None
    buffer: bytes = b""
    #: Texts sent and not yet confirmed, oldest first.
    pending: list[str] = field(default_factory=list)
    #: ``--from`` batches: (lines announced, the lines sent).
    batches: list[tuple[int, list[str]]] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    #: Commits begun since capture mode was ready (the CLI: since the start).
    commits: int = 0
    #: The last step the writer reported: where a kill hit it.
    last: str = "start"
    statuses: Counter[str] = field(default_factory=Counter)
    exit_status: int | None = None
    ready_at: float | None = None

    def line(self, line: str) -> None:
        """Take in one line of the writer's output."""
        if line.startswith("SENT "):
            text = line[5:]
            self.pending.append(text)
            if self.batches and len(self.batches[-1][1]) < self.batches[-1][0]:
                self.batches[-1][1].append(text)
            self.last = "sent"
        elif line.startswith("BATCH "):
            self.batches.append((int(line[6:]), []))
        elif line == "COMMIT":
            self.commits += 1
            self.last = "commit"
        elif line.startswith("Saved capture ") and self.pending:
            # The CLI's own confirmation, printed after the commit, in the order sent.
            self.confirmed.append(self.pending.pop(0))
            self.last = "confirmed"
        elif line.startswith("SAVED "):
            text = line[6:]
            if text in self.pending:
                self.pending.remove(text)
            self.confirmed.append(text)
            self.last = "confirmed"
        elif line.startswith("STATUS "):
            self.statuses[line[7:]] += 1
            self.pending.clear()
            self.last = "finished"
        elif line == "IDLE":
            self.last = "idle"
        elif line == "READY" and self.ready_at is None:
            self.ready_at = time.monotonic()
            self.commits = 0

    def read(self, timeout: float) -> bool:
        """Read what is available within ``timeout``; False once the pipe is closed."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return True
        data = os.read(self.fd, 65536)
        if not data:
            return False
        self.buffer += data
        *lines, self.buffer = self.buffer.split(b"\n")
        for raw in lines:
            self.line(raw.decode("utf-8", errors="replace"))
        return True

    def kill(self) -> None:
        """SIGKILL the writer: only this process, which the runner started and has not reaped."""
        if self.popen is not None:
            self.popen.kill()
        else:
            os.kill(self.pid, signal.SIGKILL)  # a zombie until wait(): the pid is still ours

    def wait(self) -> None:
        """Reap the writer and read everything it printed before it died."""
        if self.popen is not None:
            self.exit_status = self.popen.wait()
        else:
            _, status = os.waitpid(self.pid, 0)
            self.exit_status = os.waitstatus_to_exitcode(status)
        while self.read(0.0):
            pass
        if self.popen is not None and self.popen.stdout is not None:
            self.popen.stdout.close()
        else:
            os.close(self.fd)

    def error_text(self) -> str:
        """The end of what the writer wrote to standard error."""
        if self.stderr is None:
            return ""
        self.stderr.seek(0)
        return str(self.stderr.read().decode("utf-8", errors="replace"))[-4000:]

    @property
    def raised(self) -> bool:
        """Whether the writer ended with a traceback (or any unexpected exit)."""
        expected = (None, -signal.SIGKILL, 0, 1, 2)  # killed, or the CLI's own exit statuses
        return self.exit_status not in expected or "Traceback" in self.error_text()
