"""Loading the system's font configuration on a second core while Qt is being imported.

On Linux and the BSDs, Qt finds fonts through fontconfig, and the window's first text waits
for fontconfig to read its configuration and font caches (about 4 ms), which a bare Qt window
never pays. ``main`` starts it on a thread before Qt is imported: the call releases Python's
lock, so it runs beside the import on a free core, and Qt then finds it done (fontconfig
keeps one configuration per process, and loading it is thread-safe). Where fontconfig is not
there (Windows, macOS, a system without it) nothing happens.
"""

from __future__ import annotations

import sys
import threading
from contextlib import suppress
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ctypes import CDLL

#: The library Qt's font database uses on Linux and the BSDs (its stable soname).
FONTCONFIG = "libfontconfig.so.1"


def start_loading_fonts() -> threading.Thread | None:
    """Start loading fontconfig's configuration on a thread (None where Qt does not use it)."""
    if sys.platform in ("win32", "darwin"):
        return None
    thread = threading.Thread(target=_load, name="eventmate-fonts", daemon=True)
    thread.start()
    return thread


def _load() -> None:
    # The C core of ctypes only: ctypes' own module costs ~1.7 ms of Python, and this thread
    # should hold Python's lock as little as it can while the main thread imports Qt.
    import _ctypes

    class _NoArgs(_ctypes.CFuncPtr):
        _flags_ = _ctypes.FUNCFLAG_CDECL
        _restype_ = None  # FcInit's FcBool is not needed: Qt loads it again if this failed

    class _Library:  # what a function pointer needs of a library: its handle
        def __init__(self, handle: int) -> None:
            self._handle = handle

    with suppress(OSError, AttributeError):
        library = _Library(_ctypes.dlopen(FONTCONFIG, _ctypes.RTLD_LOCAL))
        # Python's lock is let go during the call, while fontconfig reads its files.
        _NoArgs(("FcInit", cast("CDLL", library)))()
