"""A worker process that feeds one fuzzed input at a time to EventMate, under a memory limit.

Started by :mod:`fuzz_pool` (``python fuzz_worker.py WORKDIR TEMPLATE EMPTY MEMORY_MB``). It
copies the two template databases (one with sample data, one empty for archive imports),
opens them with the real services, sets ``RLIMIT_AS`` to its own size plus ``MEMORY_MB``, then
answers requests on standard input: a header ``!IB`` (payload length, target number), then
the payload; the answer is one JSON line ``{"o": outcome, "d": detail}`` where outcome is
``ok``, ``clean`` (refused with the target's own documented error), ``tb`` (anything else: a
traceback, or a broken contract such as a failed search) or ``mem`` (the memory bound was hit;
the pool then replaces this worker). The time bound is the pool's: it kills a worker that
does not answer in time.

Targets and their contracts (what "clean" means):

* ``capture``: ``parse_capture`` and ``split_lines`` on any text: never raise.
* ``capture_store``: ``CaptureService.capture``: only ``NothingToCapture``.
* ``query``: ``build_query``; its expression must run as an FTS5 MATCH without error.
* ``search``: ``SearchService.search`` on the sample data never raises nor reports ``failed``.
* ``search_stored``: the same after storing up to five fuzzed captures (JSON request).
* ``vcard``: ``VCardService.preview`` then ``apply``: never raise (bad cards are skipped).
* ``ics``: ``CalendarImportService.preview`` (a bad file is ``fatal``) then ``commit``.
* ``archive``: ``ArchiveService.import_bytes`` into an empty database: only ``ArchiveError``.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import resource
import shutil
import signal
import sqlite3
import struct
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HEADER = struct.Struct("!IB")
TARGETS = (
    "capture",
    "capture_store",
    "query",
    "search",
    "search_stored",
    "vcard",
    "ics",
    "archive",
)
#: The services' clock and the calendar import window: fixed, so runs repeat.
NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
WINDOW = (datetime(2026, 6, 1, tzinfo=UTC), datetime(2027, 6, 1, tzinfo=UTC))
#: The working database is replaced by the template after this many writing inputs.
RESET_EVERY = 400


def text_of(data: bytes) -> str:
    """The text a payload stands for (lone surrogates kept: Qt can hand those over too)."""
    try:
        return data.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


class Worker:
    """Opened databases and the targets that run on them."""

    def __init__(self, workdir: Path, template: Path, empty: Path) -> None:
        self.workdir = workdir
        self.template = template
        self.empty = empty
        self.writes = 0
        self.services = self._open(template, "work.sqlite3")
        self.archive_services = self._open(empty, "archive.sqlite3")
        # Searches run on the sample data as it is; search_stored on it plus its own captures.
        self.search_services = self._open(template, "search.sqlite3")
        self.probe = sqlite3.connect(":memory:")
        self.probe.execute(
            "CREATE VIRTUAL TABLE probe USING fts5(text, tokenize = "
            "\"unicode61 remove_diacritics 2 categories 'L* N* Co So'\", prefix = '1 2 3')"
        )
        self.probe.execute("INSERT INTO probe VALUES ('Zoë Ångström plays the viola 🎻')")
        self.run: dict[str, Callable[[bytes], str]] = {
            "capture": self.capture,
            "capture_store": self.capture_store,
            "query": self.query,
            "search": self.search,
            "search_stored": self.search_stored,
            "vcard": self.vcard,
            "ics": self.ics,
            "archive": self.archive,
        }

    def _open(self, template: Path, name: str) -> Any:
        from eventmate.services.container import Services
        from eventmate.storage.engine import Database, make_engine, sqlite_url

        target = self.workdir / name
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(template, target)
        return Services(Database(make_engine(sqlite_url(target)), target), None, lambda: NOW)

    def _wrote(self) -> None:
        self.writes += 1
        if self.writes % RESET_EVERY == 0:
            self.services.close()
            self.services = self._open(self.template, "work.sqlite3")

    # the targets

    def capture(self, data: bytes) -> str:
        from eventmate.domain.capture_syntax import parse_capture, split_lines

        text = text_of(data)
        parsed = parse_capture(text)
        _ = parsed.person_label
        for line in split_lines(text)[:20]:
            parse_capture(line)
        return "ok"

    def capture_store(self, data: bytes) -> str:
        from eventmate.services.capture.result import NothingToCapture

        try:
            self.services.capture.capture(text_of(data))
        except NothingToCapture:
            return "clean"
        finally:
            self._wrote()
        return "ok"

    def query(self, data: bytes) -> str:
        from eventmate.storage.search_index import build_query

        fts = build_query(text_of(data))
        if fts.is_empty:
            return "clean"
        self.probe.execute("SELECT rowid FROM probe WHERE probe MATCH ?", (fts.expression,))
        return "ok"

    def search(self, data: bytes) -> str:
        results = self.search_services.search.search(text_of(data))
        if results.failed:
            raise AssertionError("search reported failed=True for a user's text")
        return "ok"

    def search_stored(self, data: bytes) -> str:
        """``{"captures": [text, …], "query": text}``: store the captures, then search."""
        try:
            document = json.loads(data)
            captures = [str(text) for text in document["captures"]][:5]
            query = str(document["query"])
        except (ValueError, KeyError, TypeError):
            return "clean"  # not a request this target understands (a mutation broke it)
        from eventmate.services.capture.result import NothingToCapture

        services = self._open(self.template, "stored.sqlite3")
        try:
            for text in captures:
                with contextlib.suppress(NothingToCapture):
                    services.capture.capture(text)
            results = services.search.search(query)
        finally:
            services.close()
        if results.failed:
            raise AssertionError("search reported failed=True for a user's text")
        return "ok"

    def vcard(self, data: bytes) -> str:
        preview = self.services.vcards.preview(data)
        if not preview.cards:
            return "clean"
        self.services.vcards.apply(preview, backup_first=False)
        self._wrote()
        return "ok"

    def ics(self, data: bytes) -> str:
        preview = self.services.calendar_import.preview(data, window=WINDOW)
        if preview.fatal is not None:
            return "clean"
        self.services.calendar_import.commit(preview, backup=False)
        self._wrote()
        return "ok"

    def archive(self, data: bytes) -> str:
        from eventmate.services.data.archive import ArchiveError

        try:
            self.archive_services.archive.import_bytes(data)
        except ArchiveError:
            return "clean"
        # Imported: the next archive needs an empty database again.
        self.archive_services.close()
        self.archive_services = self._open(self.empty, "archive.sqlite3")
        return "ok"


def describe(error: BaseException) -> str:
    """The exception and the innermost frames: enough to find the place."""
    frames = traceback.format_exception(type(error), error, error.__traceback__)
    return "".join(frames[-6:])[-3000:]


def limit_memory(extra_mb: int) -> None:
    """Cap the address space at this process's current size plus ``extra_mb`` (Linux; other
    systems do not enforce ``RLIMIT_AS``, and there only the time bound applies)."""
    if not sys.platform.startswith("linux"):
        return
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    size = pages * os.sysconf("SC_PAGE_SIZE") + extra_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


def serve(worker: Worker, requests: Any, answers: Any) -> None:
    """Answer requests until standard input closes."""
    while True:
        header = requests.read(HEADER.size)
        if len(header) < HEADER.size:
            return
        length, target = HEADER.unpack(header)
        data = requests.read(length)
        try:
            outcome = worker.run[TARGETS[target]](data)
            detail = ""
        except MemoryError:
            outcome, detail = "mem", "MemoryError"
        except Exception as error:
            outcome, detail = "tb", describe(error)
        answers.write(json.dumps({"o": outcome, "d": detail}) + "\n")
        answers.flush()
        if outcome == "mem":
            return  # a process that ran out of memory is not trusted further


def die_with_parent() -> None:
    """Be SIGKILLed by the kernel when the pool's process ends (Linux): a worker stuck in a
    hang never reads its closed input, so it would otherwise run on."""
    if sys.platform == "linux":
        import ctypes

        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL


def main() -> int:
    die_with_parent()
    # SIGUSR1 (sent by the pool before it kills a hung worker) writes where it hangs.
    faulthandler.register(signal.SIGUSR1, file=sys.stderr, all_threads=True)
    workdir, template, empty, memory_mb = sys.argv[1:5]
    folder = Path(workdir)
    folder.mkdir(parents=True, exist_ok=True)
    worker = Worker(folder, Path(template), Path(empty))
    # Warm every target once (imports, compiled statements) before the limit applies.
    for name in TARGETS:
        if name != "archive":
            with contextlib.suppress(Exception):  # only warming up
                worker.run[name]("Anna Schmidt — warm-up".encode())
    warm = {"captures": ["Anna Schmidt — warm-up"], "query": "anna"}
    worker.run["search_stored"](json.dumps(warm).encode())
    limit_memory(int(memory_mb))
    sys.stdout.write(json.dumps({"o": "ready", "d": str(os.getpid())}) + "\n")
    sys.stdout.flush()
    serve(worker, sys.stdin.buffer, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
