"""Opening the user's database for one command, with clear one-line messages on failure."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from eventmate.domain.i18n import _

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.data_folder import DatabaseProblem, Locations

#: Exit status when the database cannot be opened (corrupt, locked, newer, ...).
EXIT_DATABASE = 2
#: How often the passphrase is asked for on a terminal before giving up.
PASSPHRASE_TRIES = 3


class CommandError(Exception):
    """A command failed with a message for the user; ``status`` is the exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


@contextmanager
def open_services(
    data_dir: str | None, *, read_only: bool = False, integrity: bool = False
) -> Iterator[tuple[Services, Locations]]:
    """Open the database the user chose and yield its services; close it afterwards.

    Only what the command uses is imported: a search on a SQLite file runs without SQLAlchemy.
    ``read_only`` is for commands that only read (listings, search, check, export): they
    read while another program writes (WAL allows it) and work on a read-only disk.
    ``integrity`` checks every page first (``eventmate check``); otherwise a damaged page met
    on the way is reported the same way, with the database left as it was. A write that fails
    (disk full, read-only, locked) is reported by :func:`~eventmate.cli.commands.run_command`.
    """
    from eventmate.services.data_folder import (
        DATABASE_URL_ENV,
        DatabaseProblem,
        damage,
        open_data_folder,
        resolve_locations,
    )

    try:
        if not os.environ.get(DATABASE_URL_ENV):
            where = resolve_locations(data_dir)
            unlock(where.database, where.config_dir)
        services, locations = open_data_folder(data_dir, read_only=read_only, integrity=integrity)
    except DatabaseProblem as problem:
        raise CommandError(describe_problem(problem), EXIT_DATABASE) from problem
    try:
        yield services, locations
    except CommandError:
        raise
    except Exception as error:
        damaged = damage(error, services.path)
        if damaged is None:
            raise
        raise CommandError(describe_problem(damaged), EXIT_DATABASE) from error
    finally:
        services.close()


def unlock(database: Path, config_dir: Path | None) -> None:
    """Unlock encrypted ``database`` (or a backup): the keyring, ``EVENTMATE_PASSPHRASE``,
    else ask on a terminal.

    Nothing happens for a plain file. Without a terminal (a script) and with nothing else to
    go by, opening then says that the passphrase is needed and how to give it. Raises
    ``DatabaseProblem`` (WRONG_PASSPHRASE after three wrong tries).
    """
    from eventmate.services.data_folder import DatabaseProblem, has_key_file

    if not has_key_file(database):
        return
    from eventmate.services.data.unlocking import ProblemKind, unlock_with, unlock_without_asking

    if unlock_without_asking(database, config_dir) or not sys.stdin.isatty():
        return
    for attempt in range(1, PASSPHRASE_TRIES + 1):
        secret = getpass.getpass(
            _("Passphrase (or recovery key) of {name}: ").format(name=database.name)
        )
        try:
            unlock_with(database, secret)
        except DatabaseProblem as problem:
            if problem.kind is ProblemKind.WRONG_PASSPHRASE and attempt < PASSPHRASE_TRIES:
                fail(_("that passphrase does not open it; try again"))
                continue
            raise
        return


def describe_problem(problem: DatabaseProblem) -> str:
    """One line: where, what to do, and the short reason."""
    if problem.detail and len(problem.detail) <= 120:
        return _("{where}: {advice} ({detail})").format(
            where=problem.location, advice=problem.advice, detail=problem.detail
        )
    return _("{where}: {advice}").format(where=problem.location, advice=problem.advice)


def fail(message: str) -> None:
    """Print an error line to standard error."""
    print(f"eventmate: {message}", file=sys.stderr)
