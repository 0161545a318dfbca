"""The torture suites (kills, a full disk, fuzzing): a package so that its ``conftest`` is
``torture.conftest`` and never replaces the ``conftest`` module other tests import ``NOW`` from.

Its helpers (``torture_*``, ``fuzz_*``, ``kill_runner``) are also run as scripts in their own
processes, where they import each other by plain name; this folder is put on ``sys.path`` so
the tests import them the same way, one copy each.
"""

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
