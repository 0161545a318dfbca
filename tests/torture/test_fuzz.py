"""Fuzz the capture parser, search, and every importer: no traceback, no hang, on any input.

Inputs come from two sources per target: mutations of real files (:mod:`fuzz_mutate`,
:mod:`fuzz_corpus`) and Hypothesis strategies that build well-shaped documents
(:mod:`fuzz_strategies`; used as a generator, without shrinking: failing inputs are saved
for replay instead). Every input runs in a worker process under a time and a memory bound
(:mod:`fuzz_pool`). 70 % of ``EVENTMATE_TORTURE_FUZZ`` inputs are mutations, 30 % Hypothesis.

Inputs that once failed (``tests/data/torture/known``) run first, every time. A defect filed
and being fixed elsewhere can be *quarantined* (:data:`KNOWN_DEFECTS`): while its reproducer
still fails, inputs matching it are counted as held back, not run (each would cost a full
time bound), and its own test is a strict xfail.
"""

from __future__ import annotations

import json
import queue
import random
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fuzz_corpus import TOKENS, TORTURE_DATA, exported_seeds, seeds
from fuzz_mutate import Mutator, mutate_archive
from fuzz_pool import FuzzPool, Tally, cpu_workers
from fuzz_strategies import (
    archives,
    calendars,
    capture_lines,
    search_text,
    stored_searches,
    vcards,
)
from fuzz_worker import NOW, TARGETS
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from torture_report import FuzzRow, Report
from torture_settings import Settings

LABELS = {
    "capture": "capture parser",
    "capture_store": "capture, stored",
    "query": "search query building",
    "search": "search service",
    "search_stored": "search over fuzzed captures",
    "vcard": "vCard import",
    "ics": "iCalendar import",
    "archive": "JSON archive import",
}
#: Share of each target in the run (the parser is cheap, importers are what matter most).
WEIGHTS = {
    "capture": 1.0,
    "capture_store": 0.5,
    "query": 0.7,
    "search": 0.8,
    "search_stored": 0.4,
    "vcard": 1.3,
    "ics": 1.4,
    "archive": 1.3,
}
MUTATED = 0.7


@dataclass(frozen=True)
class KnownDefect:
    """A defect filed elsewhere: its reproducers, and which inputs are likely to hit it."""

    name: str
    target: str
    reproducers: tuple[Path, ...]
    hits: Callable[[bytes], object]

    def matches(self, target: str, data: bytes) -> bool:
        return target == self.target and bool(self.hits(data))


KNOWN = TORTURE_DATA / "known"
#: Open defects, their inputs held back meanwhile (add one with a reproducer to quarantine it).
#: None is open: those found so far are fixed and their inputs are in :data:`ONCE_FAILED`.
KNOWN_DEFECTS: tuple[KnownDefect, ...] = ()
#: Inputs that once hung or broke a target: each must now finish cleanly, every run.
ONCE_FAILED = (
    ("ics", KNOWN / "daily_interval_zero.ics"),  # issue 12 #1: hung, memory growing
    ("ics", KNOWN / "hourly_negative_count.ics"),  # found here: ~10 s per event
    ("archive", KNOWN / "number_of_5000_digits.json"),  # issue 12 #1: a ValueError
    # Found here: a VTIMEZONE with 300 RRULE lines since 1601 made every offset lookup in
    # icalendar's zone walk ~126,000 changes (~11 s of CPU for a 16 KB file).
    ("ics", KNOWN / "vtimezone_300_rules.ics"),
    # Found here: FTS5's snippet() is quadratic in a row's hits; 'not not …' (100,000
    # characters) took ~4.6 s of CPU per search for 'not'.
    ("search_stored", KNOWN / "search_repeated_word.json"),
)


@dataclass
class FuzzSession:
    """The worker pool, the seeds, and the defects found open at the start."""

    pool: FuzzPool
    seeds: dict[str, list[bytes]]
    open_defects: dict[str, str] = field(default_factory=dict)  # name → outcome
    quarantined: dict[str, int] = field(default_factory=dict)

    def run(self, target: str, inputs: Iterable[bytes]) -> None:
        active = [d for d in KNOWN_DEFECTS if d.name in self.open_defects]

        def admitted() -> Iterator[tuple[str, bytes]]:
            for data in inputs:
                if any(defect.matches(target, data) for defect in active):
                    self.quarantined[target] = self.quarantined.get(target, 0) + 1
                    continue
                yield target, data

        self.pool.run_many(admitted())


@pytest.fixture(scope="session")
def fuzz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzSession]:
    """Worker processes (databases on /dev/shm when there is one), seeds, known defects.

    Failing inputs are kept in pytest's temporary folder (the last three runs are kept).
    """
    shm = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="eventmate-fuzz-", dir=shm if shm.is_dir() else None))
    failures = tmp_path_factory.mktemp("fuzz-failures")
    pool = FuzzPool(folder, failures, workers=cpu_workers())
    try:
        session = FuzzSession(pool, seeds(_exports(pool)))
        for defect in KNOWN_DEFECTS:
            outcome = _probe(pool, defect)
            if outcome not in ("ok", "clean"):
                session.open_defects[defect.name] = outcome
        yield session
    finally:
        pool.close()
        shutil.rmtree(folder, ignore_errors=True)


def _exports(pool: FuzzPool) -> dict[str, list[bytes]]:
    from eventmate.services.container import Services
    from eventmate.storage.opening import open_sqlite

    database = open_sqlite(pool.template, pool.folder / "backups")
    try:
        return exported_seeds(Services(database, None, lambda: NOW))
    finally:
        database.close()


def _probe(pool: FuzzPool, defect: KnownDefect) -> str:
    """Run the reproducers with a short bound (fixed, they take milliseconds): the worst."""
    outcomes = [
        pool.probe(defect.target, path.read_bytes(), time_bound=2.0) for path in defect.reproducers
    ]
    return next((o for o in outcomes if o not in ("ok", "clean")), "ok")


def _counts(total: int) -> dict[str, int]:
    weight = sum(WEIGHTS.values())
    return {target: max(1, round(total * WEIGHTS[target] / weight)) for target in TARGETS}


def _as_text(data: bytes) -> str:
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")


def _mutations(session: FuzzSession, target: str, rng: random.Random) -> Callable[[], bytes]:
    if target == "search_stored":  # mutated captures stored, then a mutated query
        captures = Mutator(rng, session.seeds["capture"], TOKENS["capture"])
        queries = Mutator(rng, session.seeds["query"], TOKENS["query"])

        def request() -> bytes:
            stored = [_as_text(captures.mutate()) for _ in range(rng.randint(1, 3))]
            return json.dumps({"captures": stored, "query": _as_text(queries.mutate())}).encode()

        return request
    corpus = session.seeds[target]
    mutator = Mutator(rng, corpus, TOKENS[target])
    if target != "archive":
        return mutator.mutate

    def archive() -> bytes:
        data = mutate_archive(rng, rng.choice(corpus))
        return mutator.mutate(data) if rng.random() < 0.3 else data

    return archive


def _strategy(session: FuzzSession, target: str) -> st.SearchStrategy[bytes]:
    if target in ("capture", "capture_store"):
        return capture_lines()
    if target in ("query", "search"):
        return search_text()
    if target == "search_stored":
        return stored_searches()
    if target == "vcard":
        return vcards()
    if target == "ics":
        return calendars()
    return archives(session.seeds["archive"][-1])


def generated(strategy: st.SearchStrategy[bytes], count: int, seed: int) -> Iterator[bytes]:
    """``count`` examples of ``strategy`` (Hypothesis as a generator: no shrinking).

    They are made on a thread while the workers run the ones already made.
    """
    found: queue.Queue[bytes | None] = queue.Queue(maxsize=256)
    failure: list[BaseException] = []

    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis_seed(seed)
    @given(strategy)
    def collect(data: bytes) -> None:
        found.put(data)

    def produce() -> None:
        try:
            collect()
        except BaseException as error:  # re-raised on the test's thread
            failure.append(error)
        finally:
            found.put(None)

    thread = threading.Thread(target=produce, name="hypothesis", daemon=True)
    thread.start()
    while (item := found.get()) is not None:
        yield item
    thread.join()
    if failure:
        raise failure[0]


def _check(
    session: FuzzSession, target: str, before: Tally, held: int, report: Report, source: str
) -> None:
    tally = session.pool.tallies[target]
    inputs = tally.inputs - before.inputs
    tracebacks = tally.tracebacks - before.tracebacks
    hangs = tally.hangs - before.hangs
    held = session.quarantined.get(target, 0) - held
    report.fuzz.append(FuzzRow(f"{LABELS[target]} ({source})", inputs, tracebacks, hangs, held))
    for name in session.open_defects:
        note = f"held back: inputs matching an open defect, {name}"
        if note not in report.notes:
            report.notes.append(note)
    failures = tally.failures[len(before.failures) :]
    assert inputs > 0
    assert not failures, f"{len(failures)} failing inputs, e.g.:\n" + "\n".join(failures[:10])


def _snapshot(tally: Tally) -> Tally:
    return Tally(tally.inputs, tally.outcomes.copy(), list(tally.failures))


@pytest.mark.parametrize("target", TARGETS)
def test_mutated_seeds(
    fuzz: FuzzSession, torture: Settings, torture_report: Report, target: str
) -> None:
    count = round(_counts(torture.fuzz_inputs)[target] * MUTATED)
    rng = random.Random(f"{torture.seed}-{target}")
    make = _mutations(fuzz, target, rng)
    before = _snapshot(fuzz.pool.tallies[target])
    held = fuzz.quarantined.get(target, 0)
    fuzz.run(target, (make() for _ in range(count)))
    _check(fuzz, target, before, held, torture_report, "mutated seeds")


@pytest.mark.parametrize("target", TARGETS)
def test_hypothesis(
    fuzz: FuzzSession, torture: Settings, torture_report: Report, target: str
) -> None:
    count = round(_counts(torture.fuzz_inputs)[target] * (1 - MUTATED))
    inputs = generated(_strategy(fuzz, target), count, torture.seed)
    before = _snapshot(fuzz.pool.tallies[target])
    held = fuzz.quarantined.get(target, 0)
    fuzz.run(target, inputs)
    _check(fuzz, target, before, held, torture_report, "hypothesis")


@pytest.mark.parametrize(("target", "path"), ONCE_FAILED, ids=[p.name for _, p in ONCE_FAILED])
def test_inputs_that_once_failed(fuzz: FuzzSession, target: str, path: Path) -> None:
    """Each finishes within the time and memory bounds, with no traceback."""
    outcome = fuzz.pool.probe(target, path.read_bytes(), time_bound=fuzz.pool.time_bound)
    assert outcome in ("ok", "clean")


if KNOWN_DEFECTS:

    @pytest.mark.parametrize(
        "defect",
        [
            pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=d.name))
            for d in KNOWN_DEFECTS
        ],
        ids=[d.target for d in KNOWN_DEFECTS],
    )
    def test_known_defect_is_fixed(fuzz: FuzzSession, defect: KnownDefect) -> None:
        """The reproducers finish (quickly) with no traceback; then nothing is held back."""
        assert defect.name not in fuzz.open_defects, fuzz.open_defects.get(defect.name)
