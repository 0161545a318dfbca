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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from eventmate import APP_ID, APP_NAME, __version__
from eventmate.app.early_unlock import EarlyUnlock, start_unlocking
from eventmate.app.logging_setup import rotate_logs, setup_logging
from eventmate.app.platform_shell import declare_app_id
from eventmate.app.resources import resource_path
from eventmate.gui.language import install_language, saved_language
from eventmate.gui.main_window import MainWindow
from eventmate.gui.style.text import follow_system_font
from eventmate.gui.style.theme import apply_theme, saved_theme
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.instance_lock import AlreadyRunningError, InstanceLock, LockUnavailable
from eventmate.storage.locations import Locations, resolve_locations

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.storage.opening import FileFacts

log = logging.getLogger(__name__)

_UNLOCKED_HOW = {
    "open": "unlocked",
    "keyring": "unlocked with the key remembered on this computer",
    "environment": "unlocked with EVENTMATE_PASSPHRASE",
}

#: Exit statuses of the app.
EXIT_OK = 0
EXIT_ALREADY_RUNNING = 3
EXIT_DATABASE = 2


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
        lambda: _open_database(
            app, window, locations, status, unlocking, tour=not start_in_capture
        ),
    )
    if start_in_capture:
        # After the database has opened (the timer above runs first).
        QTimer.singleShot(0, lambda: _open_capture(window, event, status))
    code = app.exec()
    # A background job (an automatic backup, an export) finishes before the database closes.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    window.close_database()
    lock.release()
    log.info("EventMate stopped")
    return status[0] or code


def _listen(window: MainWindow, data_dir: Path) -> None:
    """Answer later launches: bring the window forward, or open capture mode."""
    from eventmate.app.single_instance import InstanceServer

    server = InstanceServer(data_dir, window)
    server.requested.connect(lambda command: on_instance_request(window, command))


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
    return app


def _open_database(
    app: QApplication,
    window: MainWindow,
    locations: Locations,
    status: list[int],
    unlocking: EarlyUnlock | None = None,
    *,
    tour: bool = False,
) -> bool:
    """Open the database into ``window`` (Home first); ``tour``: offer the first-run tour.

    Returns whether it opened (else the recovery screen was shown and answered).
    """
    from eventmate.app.unix_signals import watch_signals
    from eventmate.storage.failures import FailureKind, failure_kind
    from eventmate.storage.keyed import db_errors, key_file_path
    from eventmate.storage.opening import DatabaseProblem, ProblemKind, preflight
    from eventmate.storage.store_choice import chosen_url

    watch_signals(lambda: _quit(app), window)
    url = chosen_url(locations)  # the environment, else Preferences ▸ Storage, else the file
    deferred_check = False
    try:
        if not url and key_file_path(locations.database).exists():
            from eventmate.services.data.unlocking import unlock_without_asking

            # The keyring (if remembered here) or EVENTMATE_PASSPHRASE, most often done
            # already on a thread; else preflight finds it locked and the recovery screen
            # asks for the passphrase.
            how = unlocking.wait() if unlocking is not None else ""
            how = how or unlock_without_asking(locations.database, locations.config_dir)
            log.info("encrypted data: %s", _UNLOCKED_HOW.get(how, "locked"))
        facts = None if url else preflight(locations.database, integrity=False)
        if facts is not None and not facts.is_new and facts.revision == HEAD_REVISION:
            deferred_check = True
            # The usual start: Home paints from plain SQLite reads, and the ORM-backed
            # services load right after, while the user reads Home.
            from eventmate.services.home import HomeService
            from eventmate.storage.home_queries import SqliteHomeQueries

            window.show_home(
                HomeService(SqliteHomeQueries(locations.database)),
                loader=lambda: _open_services(locations, url, facts),
            )
            # After Home has painted (and after the log line below, queued first).
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: window.services))
        else:
            if facts is not None and not facts.is_new:
                from eventmate.storage.opening import check_integrity

                check_integrity(locations.database)  # before a migration writes to it
            window.attach_services(_open_services(locations, url, facts))
    except DatabaseProblem as problem:
        _refuse(app, window, locations, status, problem)
        return False
    except db_errors() as error:  # Home's read hit a damaged page, or a full disk
        kind = {
            FailureKind.DISK_FULL: ProblemKind.DISK_FULL,
            FailureKind.LOCKED: ProblemKind.LOCKED,
            FailureKind.READ_ONLY: ProblemKind.READ_ONLY,
        }.get(failure_kind(error) or FailureKind.DAMAGED, ProblemKind.CORRUPT)
        found = DatabaseProblem(kind, str(locations.database), str(error))
        _refuse(app, window, locations, status, found)
        return False
    QTimer.singleShot(0, lambda: log.info("home shown with data"))
    if tour:
        QTimer.singleShot(0, window.offer_tour)  # once, the first time the app opens
    QTimer.singleShot(0, lambda: _listen(window, locations.data_dir))
    QTimer.singleShot(0, rotate_logs)
    if deferred_check:
        QTimer.singleShot(0, lambda: _check_integrity_beside(app, window, locations, status))
    return True


def _refuse(
    app: QApplication,
    window: MainWindow,
    locations: Locations,
    status: list[int],
    problem: BaseException,
) -> None:
    """Show the recovery screen instead of the window; go on the way the user chooses.

    Nothing has been written to the database. Try again (also after a restore) opens it
    anew; read-only opens it for looking, searching and exporting; quitting ends the app.
    With a server: "Capture while offline" (it cannot be reached) opens capture mode on this
    computer's outbox, and "Use the file on this computer" forgets the saved server choice.
    """
    from eventmate.app.offline_start import local_blocked, waiting_words
    from eventmate.gui.recovery.recovery_screen import RecoveryScreen
    from eventmate.gui.recovery.words import Way
    from eventmate.storage.opening import DatabaseProblem

    if not isinstance(problem, DatabaseProblem):
        raise problem
    log.error("cannot open %s: %s (%s)", problem.location, problem.advice, problem.detail)
    window.close_database()
    window.hide()
    from eventmate.storage.store_choice import chosen_url

    url = chosen_url(locations)
    file_based = not url
    screen = RecoveryScreen(
        problem.kind.value,
        problem.location,
        problem.detail,
        locations.database if file_based else None,
        locations.backups_dir if file_based else None,
        config_dir=locations.config_dir,
        local=local_blocked(),
        waiting="" if file_based else waiting_words(locations),
    )
    screen.exec()
    if screen.choice is Way.TRY_AGAIN:
        window.show()
        QTimer.singleShot(0, lambda: _open_database(app, window, locations, status))
    elif screen.choice is Way.CAPTURE and url:
        _capture_offline(app, window, locations, status, url, problem)
    elif screen.choice is Way.LOCAL:
        from eventmate.storage.store_choice import save_choice

        save_choice(locations, None)  # the data folder's own file from now on
        log.info("using the file on this computer instead of the server")
        window.show()
        QTimer.singleShot(0, lambda: _open_database(app, window, locations, status))
    elif screen.choice is Way.READ_ONLY:
        _open_read_only(app, window, locations, status)
    else:
        status[0] = EXIT_DATABASE
        app.quit()


def _capture_offline(
    app: QApplication,
    window: MainWindow,
    locations: Locations,
    status: list[int],
    url: str,
    problem: BaseException,
) -> None:
    """Capture mode on the outbox while the server is away; open the server once it is back."""
    from eventmate.app.offline_start import capture_offline

    capture_offline(
        window,
        locations,
        url,
        reopen=lambda: _open_database(app, window, locations, status),
        refuse=lambda: _refuse(app, window, locations, status, problem),
    )


def _open_read_only(
    app: QApplication, window: MainWindow, locations: Locations, status: list[int]
) -> None:
    """Open the data for looking, searching and exporting only, with a band saying so."""
    from eventmate.services.container import Services
    from eventmate.storage.opening import DatabaseProblem, open_read_only

    try:
        database = open_read_only(locations.database, locations.backups_dir)
    except DatabaseProblem as problem:
        _refuse(app, window, locations, status, problem)
        return
    log.info("database opened read-only")
    window.attach_services(
        Services(database, locations.backups_dir, config_dir=locations.config_dir)
    )
    window.show_read_only()
    window.show()
    QTimer.singleShot(0, rotate_logs)


def _check_integrity_beside(
    app: QApplication, window: MainWindow, locations: Locations, status: list[int]
) -> None:
    """Run the page-by-page check on a worker thread while Home is on screen."""
    from concurrent.futures import ThreadPoolExecutor

    from eventmate.storage.opening import check_integrity

    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="integrity")
    future = executor.submit(check_integrity, locations.database)
    executor.shutdown(wait=False)
    poll = QTimer(window)
    poll.setInterval(50)

    def on_poll() -> None:
        if not future.done():
            return
        poll.stop()
        poll.deleteLater()
        error = future.exception()
        if error is not None:
            _refuse(app, window, locations, status, error)
        else:
            log.info("integrity check passed")

    poll.timeout.connect(on_poll)
    poll.start()


def _open_services(locations: Locations, url: str | None, facts: FileFacts | None) -> Services:
    from eventmate.services.container import Services
    from eventmate.storage.opening import open_sqlite, open_url

    if url:
        database = open_url(url)
    else:
        database = open_sqlite(locations.database, locations.backups_dir, facts)
        database.keep_tidy()  # checkpoints and index merges while the user is idle
    # A server's backups are JSON archives in the same folder (services/data/server_backup).
    services = Services(
        database,
        locations.backups_dir,
        config_dir=locations.config_dir,
        outbox=locations.outbox if url else None,
    )
    services.warm()  # every page's code and the ORM's mappers, while Home is on screen
    return services


def _quit(app: QApplication) -> None:
    # Also ends a modal dialog's nested event loop, so a polite SIGTERM always exits.
    app.closeAllWindows()
    app.quit()


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
