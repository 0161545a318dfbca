"""Replay saved fuzz inputs in this process, with the full traceback: a failure's first step.

``python tests/torture/fuzz_replay.py FILE...`` where each FILE is a saved input such as
``0003-ics.bin`` (the target is in the name). A hang is saved with the worker's database
(``0003-ics.sqlite3``): the replay then starts from it. No time or memory bound applies here:
interrupt a hang with Ctrl+C to see where it was (the pool saved that as ``….stack.txt``).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
import traceback
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_pool import make_templates
from fuzz_worker import TARGETS, Worker


def main() -> int:
    paths = [Path(name) for name in sys.argv[1:]]
    if not paths:
        print(__doc__)
        return 2
    failed = 0
    with tempfile.TemporaryDirectory(prefix="eventmate-replay-") as folder:
        template, empty = make_templates(Path(folder) / "templates")
        for path in paths:
            saved = path.with_suffix(".sqlite3")
            if saved.exists():  # its log (-wal) into the file: the worker copies the file only
                with closing(sqlite3.connect(saved)) as conn:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            worker = Worker(Path(folder), saved if saved.exists() else template, empty)
            target = path.stem.split("-", 1)[-1]
            if target not in TARGETS:
                print(f"{path}: the name does not say the target ({', '.join(TARGETS)})")
                failed += 1
                continue
            started = time.perf_counter()
            try:
                outcome = worker.run[target](path.read_bytes())
            except Exception:
                traceback.print_exc()
                outcome = "traceback"
                failed += 1
            print(f"{path}: {target}: {outcome} in {time.perf_counter() - started:.3f} s")
            worker.services.close()
            worker.archive_services.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
