"""The table every torture run ends with: kills, fuzzed inputs, disk-full cases, and their losses.

Tests add rows through the ``torture_report`` fixture (``tests/torture/conftest.py``); the
table is printed by ``pytest_terminal_summary`` after the run, whatever the tests' outcome,
and written to ``$EVENTMATE_TORTURE_REPORT`` when that is set.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class KillRow:
    what: str
    tried: int
    confirmed: int
    lost: int
    check_failures: int
    in_commit: int
    tracebacks: int


@dataclass(frozen=True)
class FuzzRow:
    target: str
    inputs: int
    tracebacks: int
    hangs: int
    held_back: int = 0


@dataclass(frozen=True)
class DiskRow:
    case: str
    outcome: str
    lost: int


@dataclass
class Report:
    """Rows gathered during one pytest run."""

    kills: list[KillRow] = field(default_factory=list)
    fuzz: list[FuzzRow] = field(default_factory=list)
    disk: list[DiskRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.kills or self.fuzz or self.disk)

    def lines(self, title: str) -> list[str]:
        """The table as lines of text."""
        out = [f"Torture summary — {title}", ""]
        if self.kills:
            out += _table(
                ("Kills (SIGKILL)", "tried", "confirmed", "lost", "checks failed", "in commit"),
                [
                    (r.what, r.tried, r.confirmed, r.lost, r.check_failures, r.in_commit)
                    for r in self.kills
                ],
                total=True,
            )
            out.append("")
        if self.fuzz:
            out += _table(
                ("Fuzz target", "inputs", "tracebacks", "hangs", "held back"),
                [(r.target, r.inputs, r.tracebacks, r.hangs, r.held_back) for r in self.fuzz],
                total=True,
            )
            out += ["  hangs: the time or memory bound was hit", *(f"  {n}" for n in self.notes)]
            out.append("")
        if self.disk:
            out += _table(
                ("Disk full (small tmpfs)", "outcome", "lost"),
                [(r.case, r.outcome, r.lost) for r in self.disk],
                total=False,
            )
            lost = sum(r.lost for r in self.disk)
            out.append(f"  {len(self.disk)} disk-full cases, {lost} confirmed records lost")
        return out


def _table(header: tuple[str, ...], rows: list[tuple[object, ...]], *, total: bool) -> list[str]:
    body = [tuple(str(cell) for cell in row) for row in rows]
    if total and rows:
        sums = ["total"]
        for column in range(1, len(header)):
            values = [row[column] for row in rows]
            sums.append(str(sum(v for v in values if isinstance(v, int))))
        body.append(tuple(sums))
    widths = [max(len(str(h)), *(len(row[i]) for row in body)) for i, h in enumerate(header)]

    def line(cells: tuple[str, ...]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [
            cell.rjust(width) if cell.isdigit() else cell.ljust(width)
            for cell, width in zip(cells[1:], widths[1:], strict=True)
        ]
        return "  " + "  ".join([first, *rest])

    result = [line(header), "  " + "  ".join("-" * width for width in widths)]
    result += [line(row) for row in body[:-1]] if total and rows else [line(r) for r in body]
    if total and rows:
        result += ["  " + "  ".join("-" * width for width in widths), line(body[-1])]
    return result
