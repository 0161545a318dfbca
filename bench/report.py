"""Benchmarks hand their headline numbers to ``bench/run_all.py`` through here.

Each bench prints its own detailed table as before and also calls :func:`record` for the rows
with a budget (and a few for reference). When ``run_all.py`` runs it, ``EVENTMATE_BENCH_REPORT``
names a JSON-lines file that collects them; run alone, :func:`record` does nothing.
"""

from __future__ import annotations

import json
import os

REPORT_ENV = "EVENTMATE_BENCH_REPORT"


def record(
    measure: str,
    value: float,
    unit: str,
    budget: float | None = None,
    *,
    budget_text: str | None = None,
    within: bool | None = None,
) -> None:
    """Note one measure for the combined table.

    Args:
        measure: What was measured, as the table shows it.
        value: The number, in ``unit``.
        unit: "ms", "s", "MB", "×" (a ratio).
        budget: The most ``value`` may be (None: shown for reference).
        budget_text: How to show the budget when it is not simply "≤ budget unit".
        within: The verdict when it is not ``value <= budget`` (e.g. a ratio of two rows).
    """
    path = os.environ.get(REPORT_ENV)
    if not path:
        return
    if within is None and budget is not None:
        within = value <= budget
    row = {
        "measure": measure,
        "value": value,
        "unit": unit,
        "budget": budget_text or (f"≤ {budget:g} {unit}" if budget is not None else ""),
        "ok": within,
    }
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
