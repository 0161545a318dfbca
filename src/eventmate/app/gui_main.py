"""Starting the app: lock the data folder, show the window, then open the database into it.

The window is shown before the database layer is even imported, so the first paint does not
wait for SQLAlchemy; Home fills in one event-loop turn later.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from eventmate import APP_ID, APP_NAME, __version__
from eventmate.app.database_start import EXIT_OK, open_database
from eventmate.app.early_unlock import EarlyUnlock, start_unlocking
from eventmate.app.logging_setup import setup_logging
from eventmate.app.platform_shell import declare_app_id
from eventmate.app.resources import resource_path
from eventmate.gui.language import install_language, saved_language
from eventmate.gui.main_window import MainWindow
from eventmate.gui.style.text import follow_system_font
from eventmate.gui.style.theme import apply_theme, saved_theme
from eventmate.storage.instance_lock import AlreadyRunningError, InstanceLock, LockUnavailable
from eventmate.storage.locations import resolve_locations

log = logging.getLogger(__name__)


#: Exit status when another instance already has the data folder open.
EXIT_ALREADY_RUNNING = 3


def run_gui(
    data_dir: str | None,
    *,
    start_in_capture: bool = False,
    event: str | None = None,
    unlocking: EarlyUnlock | None = None,
) -> int:
    """Open EventMate's window on ``data_dir`` (or the default data folder) and run it.

    Args:
        data_dir: The data folder, or None for the default.
        start_in_capture: Open capture mode as soon as the database is open
            (``eventmate capture``); a running instance is asked to open it instead.
        event: The event capture mode starts with, by the id ``eventmate event list`` shows
            or by its uid (else the one happening now).
        unlocking: Encrypted data already being unlocked (``main`` starts it before Qt).
    """
    locations = resolve_locations(data_dir)
    locations.ensure()  # private folders; on a read-only disk what exists is used as it is
    log_file = setup_logging(locations.log_dir)
    log.info("EventMate %s starting on %s", __version__, locations.data_dir)
    if unlocking is None:
        unlocking = start_unlocking(locations)  # encrypted data: beside the window being built

    app = _make_application()
    settings = QSettings(str(locations.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    # Before any window: Preferences' language, else the system's (Qt's own dialogs too).
    log.info("GUI language: %s", install_language(saved_language(settings)))
    lock = InstanceLock(locations.lock_file)
    try:
        lock.acquire()
    except AlreadyRunningError as running:
        command = capture_command(event) if start_in_capture else "show"
        return _hand_over_to_running(locations.data_dir, running, command)
    except LockUnavailable as unavailable:
        # A read-only data folder: nothing can write there, so two copies cannot collide.
        # Opening the database finds the same and offers to open it read-only.
        log.warning("no instance lock: %s", unavailable)

    apply_theme(app, saved_theme(settings))  # System too: our colours in the desktop's scheme
    follow_system_font(app)
    window = MainWindow(settings, str(locations.data_dir))
    _install_excepthook(window, log_file)

    window.show()
    status: list[int] = [EXIT_OK]
    # Zero timers run in order once the event loop has painted the shown window; what is not
    # needed for that first paint (the hand-over socket, signal handling, the database) waits.
    QTimer.singleShot(0, lambda: log.info("main window shown"))
    QTimer.singleShot(
        0,
        lambda: open_database(app, window, locations, status, unlocking, tour=not start_in_capture),
    )
    if start_in_capture:
        # After the database has opened (the timer above runs first).
        QTimer.singleShot(0, lambda: _open_capture(window, event, status))
    # Once Home has painted (the timers the database's opening queues run first).
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: _after_first_paint(app)))
    code = app.exec()
    # A background job (an automatic backup, an export) finishes before the database closes.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    window.close_database()
    lock.release()
    log.info("EventMate stopped")
    return status[0] or code


def _make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("eventmate.org")
    # Wayland matches windows to the .desktop entry (icon, name) by this id; Windows groups
    # taskbar buttons and pins by it (nothing to do on Linux and macOS).
    QGuiApplication.setDesktopFileName(APP_ID)
    declare_app_id(APP_ID)
    return app


def _after_first_paint(app: QApplication) -> None:
    """What waits for Home's first paint: the garbage collector (``main`` paused it for the
    start; a no-op when it was not) and the window icon."""
    import gc

    gc.enable()
    _set_window_icon(app)


def _set_window_icon(app: QApplication) -> None:
    """Give the app its window icon (the first paint does not wait for its files)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    # Drawn sizes first (crisp in title bars and task switchers), the SVG for any other size.
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = resource_path("icons", "app", f"eventmate-{size}.png")
        if png is not None:
            icon.addFile(str(png))
    svg = resource_path("icons", f"{APP_ID}.svg")
    if svg is not None:
        icon.addFile(str(svg))
    if not icon.isNull():
        app.setWindowIcon(icon)


def capture_command(event: str | None) -> str:
    """The single-instance request that opens capture mode (for an event id or uid)."""
    return "capture" if event is None else f"capture {event}"


def on_instance_request(window: MainWindow, command: str) -> None:
    """Answer a later launch: "capture [EVENT]" opens capture mode, anything else shows."""
    log.info("asked by a later launch: %s", command)
    words = command.split()
    if words and words[0] == "capture":
        _bring_forward(window)
        _open_capture(window, words[1] if len(words) > 1 else None, [EXIT_OK])
        return
    _bring_forward(window)


def _open_capture(window: MainWindow, event: str | None, status: list[int]) -> None:
    # The command line names events by the number `eventmate event list` shows, or by uid.
    if status[0] == EXIT_OK:
        event_uid = None
        if event is not None:
            # An event that is not there: capture mode says so and picks "No event".
            event_uid = window.services.events.uid_for(event) or event
        window.open_capture(event_uid)
        log.info("capture mode shown")


def _bring_forward(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _hand_over_to_running(data_dir: Path, running: AlreadyRunningError, command: str) -> int:
    from eventmate.app.single_instance import ask_running_instance
    from eventmate.gui.problem_dialogs import show_already_running

    if ask_running_instance(data_dir, command):
        if command == "show":
            print("EventMate is already open on this data folder; brought its window forward.")
        else:
            print("EventMate is already open on this data folder; opened capture mode there.")
        return EXIT_OK
    log.warning("another instance holds %s", running.lock_file)
    show_already_running(str(running.lock_file), running.pid)
    return EXIT_ALREADY_RUNNING


def _install_excepthook(window: MainWindow, log_file: Path | None) -> None:
    said_offline = [0.0]

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, error, tb))
            window.close()
            return
        from eventmate.services.changes import server_away

        if server_away(error):
            # A server store that went away while the app is open (a page read, the change
            # feed): said calmly, no traceback. Capture mode keeps captures meanwhile.
            import time

            if time.monotonic() - said_offline[0] > 60:
                said_offline[0] = time.monotonic()
                log.warning("the server cannot be reached: %s", kind.__name__)
            from eventmate.gui import messages

            messages.status(
                QCoreApplication.translate(
                    "MainWindow",
                    "Offline: the database server cannot be reached. Capture mode keeps "
                    "captures on this computer.",
                )
            )
            return
        from eventmate.gui.problem_dialogs import show_storage_failure, show_unexpected_error
        from eventmate.services.failures import StorageFailure

        if isinstance(error, StorageFailure):
            # A full disk, a read-only or busy database: said calmly, with no traceback;
            # whatever was typed is still in its field.
            log.warning("not saved: %s (%s)", error.kind.value, error.detail)
            show_storage_failure(error.kind.value, window)
            return
        log.critical("uncaught exception", exc_info=(kind, error, tb))
        summary = "".join(traceback.format_exception(kind, error, tb))
        show_unexpected_error(summary, str(log_file) if log_file else "", window)

    sys.excepthook = hook
