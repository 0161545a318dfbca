"""Telling the desktop shell which app a window belongs to, where a platform needs more than Qt.

Windows groups taskbar buttons, pins and Start-menu entries by an AppUserModelID. The installer's
shortcuts carry ``APP_ID``; the process must declare the same id, or a pinned EventMate and the
running one show as two different buttons. Linux (the desktop file name, set through Qt) and
macOS (the bundle id) need nothing here.
"""

from __future__ import annotations

import sys


def declare_app_id(app_id: str) -> bool:
    """Declare ``app_id`` as this process's AppUserModelID on Windows; True if it was set."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined,unused-ignore]
        result = shell32.SetCurrentProcessExplicitAppUserModelID(ctypes.c_wchar_p(app_id))
    except (AttributeError, OSError):
        return False
    return bool(result == 0)  # S_OK
