"""One message bridge: status lines, notices and problems from anywhere in the GUI.

Code that wants to tell the user something calls :func:`status`, :func:`notice` or
:func:`problem` (or emits on :data:`bridge`); it never reaches for a window's status bar. The
main window connects the bridge to its status bar and shows notices as a message box
(qutebrowser's ``utils/message.py`` is the model).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: How long a status line stays (ms).
STATUS_MS = 10_000


class MessageBridge(QObject):
    """Carries messages from where they happen to where they are shown."""

    #: A line for the status bar (text, milliseconds to show it).
    status_posted = Signal(str, int)
    #: Something the user should read before going on (title, text).
    notice_posted = Signal(str, str)


#: The application's bridge (made with the first QObject, on the GUI thread).
bridge = MessageBridge()


def status(text: str, ms: int = STATUS_MS) -> None:
    """Show ``text`` in the status bar for ``ms`` milliseconds."""
    bridge.status_posted.emit(text, ms)


def notice(title: str, text: str) -> None:
    """Show ``text`` in a small window titled ``title`` (it does not block)."""
    bridge.notice_posted.emit(title, text)


def problem(text: str) -> None:
    """Tell the user something did not work, in the status bar (nothing was lost)."""
    bridge.status_posted.emit(text, STATUS_MS)
