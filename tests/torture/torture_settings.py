"""How hard the torture suites push: the short run inside ``make test``, the long ``make torture``.

``EVENTMATE_TORTURE=long`` (set by ``make torture``) picks the long sizes; each size can also be
set on its own by its environment variable (see :data:`SIZES`). ``EVENTMATE_TORTURE_SEED`` fixes
the seed; the short run always uses seed 1 unless told otherwise (so ``make test`` is
repeatable), the long run a new one each time (printed in the summary, to replay it).
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from functools import cache

#: name → (environment variable, short run, long run).
SIZES: dict[str, tuple[str, int, int]] = {
    "cli_kills": ("EVENTMATE_TORTURE_KILLS", 200, 1000),
    "exec_kills": ("EVENTMATE_TORTURE_EXEC_KILLS", 2, 40),
    "gui_kills": ("EVENTMATE_TORTURE_GUI_KILLS", 10, 150),
    "gui_exec_kills": ("EVENTMATE_TORTURE_GUI_EXEC_KILLS", 1, 10),
    # Long: 105,000 so that over 100,000 run even while an open defect holds some back.
    "fuzz_inputs": ("EVENTMATE_TORTURE_FUZZ", 3000, 105_000),
}


@dataclass(frozen=True)
class Settings:
    """The sizes of one torture run."""

    long: bool
    seed: int
    cli_kills: int
    exec_kills: int
    gui_kills: int
    gui_exec_kills: int
    fuzz_inputs: int

    @property
    def scale(self) -> str:
        return "long (make torture)" if self.long else "short (make test)"


@cache
def settings() -> Settings:
    """The sizes chosen by the environment (read once per process)."""
    long = os.environ.get("EVENTMATE_TORTURE", "").strip().lower() == "long"
    sizes = {
        name: int(os.environ.get(variable) or (long_size if long else short_size))
        for name, (variable, short_size, long_size) in SIZES.items()
    }
    seed_text = os.environ.get("EVENTMATE_TORTURE_SEED", "").strip()
    seed = int(seed_text) if seed_text else (random.randrange(1, 1_000_000) if long else 1)
    return Settings(long=long, seed=seed, **sizes)
