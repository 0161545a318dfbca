"""Torture suites: sizes from the environment, the summary table, a small file system to fill.

This folder does not mirror a source package: it proves properties of the whole program (kills,
disk full, fuzzing). See ``torture_settings`` for the short and long sizes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from torture_report import Report
from torture_settings import Settings, settings

_REPORT = pytest.StashKey[Report]()

if sys.platform == "win32":  # fork, SIGKILL, resource limits and tmpfs mounts are POSIX's
    collect_ignore_glob = ["test_*.py"]


def _report(config: pytest.Config) -> Report:
    if _REPORT not in config.stash:
        config.stash[_REPORT] = Report()
    return config.stash[_REPORT]


@pytest.fixture(scope="session")
def torture() -> Settings:
    """The sizes of this run (short inside ``make test``, long under ``make torture``)."""
    return settings()


@pytest.fixture
def torture_report(request: pytest.FixtureRequest) -> Report:
    """Where a test adds its rows to the summary table."""
    return _report(request.config)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    report = config.stash.get(_REPORT, None)
    if not report:
        return
    chosen = settings()
    lines = report.lines(f"{chosen.scale}, seed {chosen.seed}")
    terminalreporter.write_sep("=", "torture summary")
    for line in lines:
        terminalreporter.write_line(line)
    target = os.environ.get("EVENTMATE_TORTURE_REPORT")
    if target:
        Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")
