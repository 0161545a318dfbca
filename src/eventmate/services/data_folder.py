"""The composition root's way into a data folder: where it is, and its database opened.

The command line reaches storage only through here and through :class:`Services`. A command
on a current SQLite file gets services whose database opens on first use: a search runs
through ``sqlite3`` alone and never imports SQLAlchemy. The page-by-page integrity check is
left to ``eventmate check`` and the app (which runs it beside Home); a damaged page met while
working is reported by :func:`damage` as clearly as the check would have.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from eventmate.services.container import Services
from eventmate.storage.backup import BackupError as BackupError
from eventmate.storage.failures import FailureKind, failure_kind
from eventmate.storage.failures import StorageFailure as StorageFailure
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.keyed import key_file_path
from eventmate.storage.locations import DATABASE_URL_ENV as DATABASE_URL_ENV
from eventmate.storage.locations import Locations as Locations
from eventmate.storage.locations import resolve_locations as resolve_locations
from eventmate.storage.opening import DatabaseProblem as DatabaseProblem
from eventmate.storage.opening import ProblemKind as ProblemKind

if TYPE_CHECKING:
    from eventmate.services.capture.capture import CaptureService
    from eventmate.storage.engine import Database
    from eventmate.storage.restore import RestoreResult


class AppIsOpen(Exception):
    """EventMate holds this data folder; the operation needs it closed."""


def open_data_folder(
    data_dir: str | None, *, read_only: bool = False, integrity: bool = False
) -> tuple[Services, Locations]:
    """The services of the data folder ``data_dir`` (or the default), and its locations.

    ``$EVENTMATE_DATABASE_URL``, else the folder's saved choice (``storage.store_choice``),
    names another database instead of the folder's file. A new
    file is created and an older one upgraded (backed up first) before this returns; a current
    file is opened by the first service that needs SQLAlchemy. ``read_only``: a reader, which
    neither needs write permission nor waits for another program's write lock (a new or older
    file is still created or upgraded first). ``integrity`` runs the page-by-page check first
    (it reads every page: ~0.5 s at 100k people).

    Raises:
        DatabaseProblem: the database must not be used (damaged, locked, newer, not ours).
    """
    from eventmate.storage.opening import open_sqlite, open_url, preflight
    from eventmate.storage.store_choice import chosen_url

    locations = resolve_locations(data_dir)
    locations.ensure()
    backups = locations.backups_dir
    url = chosen_url(locations)
    if url:
        # A server's backups are JSON archives in the same folder (services/data/server_backup).
        services = Services(
            open_url(url), backups, config_dir=locations.config_dir, outbox=locations.outbox
        )
        return services, locations
    path = locations.database
    facts = preflight(path, integrity=integrity, for_writing=not read_only)
    if facts.is_new or facts.revision != HEAD_REVISION:
        database = open_sqlite(path, backups, facts, read_only=read_only)
        return Services(database, backups, config_dir=locations.config_dir), locations
    opener: Callable[[], Database] = lambda: open_sqlite(  # noqa: E731
        path, backups, facts, read_only=read_only
    )
    return Services(opener, backups, path=path, config_dir=locations.config_dir), locations


def has_key_file(database: Path) -> bool:
    """Whether ``database`` has a key file beside it: encrypted (or half-way through a change).

    One ``stat``: plain data, the usual case, needs nothing of the encryption code.
    """
    return key_file_path(database).exists()


def damage(error: BaseException, location: Path | None) -> DatabaseProblem | None:
    """``error`` as a damaged-database problem when SQLite found a bad page, else None."""
    if failure_kind(error) is not FailureKind.DAMAGED:
        return None
    cause = getattr(error, "detail", "") or str(getattr(error, "orig", None) or error)
    return DatabaseProblem(ProblemKind.CORRUPT, str(location or "database"), cause)


def restore_closed(
    data_dir: str | None,
    backup: Path,
    unlock: Callable[[Path, Path | None], None] | None = None,
) -> RestoreResult:
    """Restore ``backup`` over the data folder's database while EventMate is closed.

    An encrypted backup needs its passphrase: ``unlock(backup, config_dir)`` gets it (the
    keyring, ``EVENTMATE_PASSPHRASE``, or asking). The current data is backed up first if it
    opens without asking; it is kept aside either way.

    Raises:
        AppIsOpen: the app holds the folder (restore from its File menu instead).
        BackupError: the backup is unusable; nothing was changed.
        DatabaseProblem: the backup is encrypted and still locked (NEEDS_PASSPHRASE), or the
            passphrase given for it is wrong; nothing was changed.
    """
    from eventmate.services.data.backups import restore_database
    from eventmate.services.data.unlocking import is_locked, unlock_without_asking
    from eventmate.storage.instance_lock import AlreadyRunningError, InstanceLock

    locations = resolve_locations(data_dir)
    locations.ensure()
    lock = InstanceLock(locations.lock_file)
    try:
        lock.acquire()
    except AlreadyRunningError as error:
        raise AppIsOpen(str(error)) from error
    try:
        if unlock is not None:
            unlock(backup, locations.config_dir)
        if is_locked(backup):
            raise DatabaseProblem(ProblemKind.NEEDS_PASSPHRASE, str(backup))
        with suppress(DatabaseProblem):
            unlock_without_asking(locations.database, locations.config_dir)
        return restore_database(backup, locations.database, locations.backups_dir)
    finally:
        lock.release()


def offline_capture(locations: Locations, url: str) -> CaptureService:
    """Capture mode for a server that could not be reached at start: on the outbox alone.

    Nothing is read from or written to the server through it (it is offline from the start);
    when the server answers again (:func:`server_answers`) the app opens it the usual way,
    which checks and upgrades it first, and sends the outbox then.
    """
    from eventmate.services.capture.capture import CaptureService
    from eventmate.services.capture.outbox import Outbox
    from eventmate.storage.engine import Database, make_engine

    outbox = Outbox(locations.outbox)
    outbox.go_offline()
    return CaptureService(Database(make_engine(url), None), outbox=outbox)


def server_answers(url: str) -> bool:
    """Whether the server at ``url`` can be reached now (one connection, at most 5 s)."""
    from eventmate.storage.server import ServerProblem, ServerProblemKind, check_server

    try:
        check_server(url)
    except ServerProblem as problem:
        return problem.kind is not ServerProblemKind.UNREACHABLE
    except Exception:  # anything else: not known to be back
        return False
    return True


def waiting_captures(locations: Locations) -> tuple[int, int]:
    """How many captures wait in the data folder's outbox, and how many the server refused."""
    from eventmate.storage.outbox_file import OutboxFile

    return OutboxFile(locations.outbox).counts()
