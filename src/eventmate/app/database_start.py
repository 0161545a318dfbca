"""Opening the database into the shown window: Home first, the rest beside it, else the
recovery screen (try again, read-only, capture offline, the file on this computer).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from eventmate.app.logging_setup import rotate_logs
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.locations import Locations

if TYPE_CHECKING:
    from eventmate.app.early_unlock import EarlyUnlock
    from eventmate.gui.main_window import MainWindow
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
EXIT_DATABASE = 2


def _listen(window: MainWindow, data_dir: Path) -> None:
    """Answer later launches: bring the window forward, or open capture mode."""
    from eventmate.app.gui_main import on_instance_request
    from eventmate.app.single_instance import InstanceServer

    server = InstanceServer(data_dir, window)
    server.requested.connect(lambda command: on_instance_request(window, command))


def open_database(
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
        refuse(app, window, locations, status, problem)
        return False
    except db_errors() as error:  # Home's read hit a damaged page, or a full disk
        kind = {
            FailureKind.DISK_FULL: ProblemKind.DISK_FULL,
            FailureKind.LOCKED: ProblemKind.LOCKED,
            FailureKind.READ_ONLY: ProblemKind.READ_ONLY,
        }.get(failure_kind(error) or FailureKind.DAMAGED, ProblemKind.CORRUPT)
        found = DatabaseProblem(kind, str(locations.database), str(error))
        refuse(app, window, locations, status, found)
        return False
    QTimer.singleShot(0, lambda: log.info("home shown with data"))
    # Is the database file in a sync app's folder or on a network drive? Asked once Home has
    # painted and the services have loaded (queued above), whichever file is in use.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, window.warn_about_folder))
    if tour:
        QTimer.singleShot(0, window.offer_tour)  # once, the first time the app opens
    QTimer.singleShot(0, lambda: _listen(window, locations.data_dir))
    QTimer.singleShot(0, rotate_logs)
    if deferred_check:
        QTimer.singleShot(0, lambda: _check_integrity_beside(app, window, locations, status))
    return True


def refuse(
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
        QTimer.singleShot(0, lambda: open_database(app, window, locations, status))
    elif screen.choice is Way.CAPTURE and url:
        _capture_offline(app, window, locations, status, url, problem)
    elif screen.choice is Way.LOCAL:
        from eventmate.storage.store_choice import save_choice

        save_choice(locations, None)  # the data folder's own file from now on
        log.info("using the file on this computer instead of the server")
        window.show()
        QTimer.singleShot(0, lambda: open_database(app, window, locations, status))
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
        reopen=lambda: open_database(app, window, locations, status),
        refuse=lambda: refuse(app, window, locations, status, problem),
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
        refuse(app, window, locations, status, problem)
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
            refuse(app, window, locations, status, error)
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
