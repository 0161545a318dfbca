"""SIGKILL the capture writers at random points: no confirmed capture is ever lost.

Each test runs ``kill_runner.py`` in its own process (it forks writers, which must not happen
inside pytest) on a fresh data folder and reads its JSON summary. Sizes: ``torture_settings``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from torture_report import KillRow, Report
from torture_settings import Settings

RUNNER = Path(__file__).with_name("kill_runner.py")


def run_kills(tmp_path: Path, seed: int, **kills: int) -> dict[str, Any]:
    """Run the kill runner with ``kills`` (cli_kills=…, gui_kills=…) and return its summary."""
    summary = tmp_path / "summary.json"
    command = [
        sys.executable,
        str(RUNNER),
        "--data-dir",
        str(tmp_path / "data"),
        "--scratch",
        str(tmp_path / "scratch"),
        "--seed",
        str(seed),
        "--json",
        str(summary),
    ]
    for name, count in kills.items():
        command += [f"--{name.replace('_', '-')}", str(count)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-5000:]
    result: dict[str, Any] = json.loads(summary.read_text(encoding="utf-8"))
    return result


def record(report: Report, what: str, summary: dict[str, Any]) -> None:
    """Add the runner's numbers to the torture summary table."""
    report.kills.append(
        KillRow(
            what=what,
            tried=summary["kills"],
            confirmed=summary["confirmed"],
            lost=len(summary["lost"]),
            check_failures=len(summary["check_failures"]) + len(summary["batch_violations"]),
            in_commit=summary["kill_points"].get("commit", 0),
            tracebacks=len(summary["writer_tracebacks"]),
        )
    )


def assert_nothing_lost(summary: dict[str, Any], expected_kills: int) -> None:
    assert summary["lost"] == [], f"confirmed captures lost: {summary['lost'][:5]}"
    assert summary["check_failures"] == []
    assert summary["batch_violations"] == [], "a --from batch was stored in part"
    assert summary["writer_tracebacks"] == []
    assert summary["writers_stuck"] == 0
    # Every planned kill happened (a writer never finished before its kill was due) …
    assert summary["kills"] + summary["ended_before_kill"] == expected_kills
    if expected_kills >= 20:  # … and they landed where it matters: inside commits
        assert summary["kill_points"].get("commit", 0) > 0
        assert summary["confirmed"] > 0


def test_cli_capture_survives_kills(
    tmp_path: Path, torture: Settings, torture_report: Report
) -> None:
    kills = torture.cli_kills + torture.exec_kills
    summary = run_kills(
        tmp_path, torture.seed, cli_kills=torture.cli_kills, exec_kills=torture.exec_kills
    )
    record(torture_report, "eventmate capture (CLI; one-shot, --from, 2 writers)", summary)
    assert_nothing_lost(summary, kills)
    assert summary["kinds"].get("cli", 0) >= torture.cli_kills * 0.9


@pytest.mark.skipif(sys.platform != "linux", reason="offscreen Qt in a forked process: Linux")
def test_capture_window_survives_kills(
    tmp_path: Path, torture: Settings, torture_report: Report
) -> None:
    kills = torture.gui_kills + torture.gui_exec_kills
    summary = run_kills(
        tmp_path,
        torture.seed,
        gui_kills=torture.gui_kills,
        gui_exec_kills=torture.gui_exec_kills,
    )
    record(torture_report, "capture window (the app, typed keys)", summary)
    assert_nothing_lost(summary, kills)
