"""Keeps PySide6 6.12 on CPython 3.11 from freeing ``None``, ``True`` or ``False`` (a refcount
bug that aborts the app).

Measured here: every call from Python to a Qt method returning ``void`` (``QLabel.setText``,
``QPainter.save``, ``QFont.setBold`` …) and every ``QModelIndex.data()`` that returns nothing
drops one reference to ``None`` that was never taken; every ``Signal.emit()`` from Python drops
one reference to ``True`` the same way. They start with a few thousand, so painting a few
hundred list rows from Python ends in "Fatal Python error: none_dealloc" (bench/people_search.py
hit it while scrolling 100k people), and a few thousand saves or status lines in
"bool_dealloc" (bench/after.py hit it: each save tells the change bus with an emit). CPython
3.12 made them immortal, which hides the bug; on 3.11 we give them a reference count no
session can use up.
"""

from __future__ import annotations

import sys
from _ctypes import _SimpleCData  # the C core alone: ctypes' own module costs ~1.7 ms more

#: References added to None: ~10^12, a million calls a second for ten days still leaves most.
_BALLAST = 1 << 40


class _RefCount(_SimpleCData):  # type: ignore[type-arg]  # not subscriptable at run time
    """A C ``Py_ssize_t`` (pointer-sized on every CPython platform), as ``ctypes.c_ssize_t``."""

    _type_ = "q" if sys.maxsize > 2**32 else "i"


def guard_none() -> None:
    """Make ``None``, ``True`` and ``False`` practically immortal on CPython before 3.12
    (no-op elsewhere)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address.
        refcount = _RefCount.from_address(id(singleton))
        if refcount.value < _BALLAST:
            refcount.value += _BALLAST


guard_none()
