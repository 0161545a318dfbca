"""Keeping the garbage collector away from long-lived objects, so it never pauses a save."""

from __future__ import annotations

import gc

_settled = False


def settle_heap() -> None:
    """Collect once, then freeze everything loaded so far (once per process, when idle).

    The ORM and Qt bindings leave ~10⁵ long-lived objects; a full collection would rescan them
    in the middle of an autosave (several ms). Frozen objects are never rescanned. The main
    window runs this a moment after the database opens, so it never delays Home.
    """
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()


def freeze_new() -> None:
    """Freeze what was built since (capture mode's word list: ~10⁵ objects), without collecting.

    Collecting now would take tens of ms while the user may be typing; a collection of them
    later, inside a capture's commit, would too.
    """
    gc.freeze()
