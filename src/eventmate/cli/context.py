"""Opening the user's database for one command, with clear one-line messages on failure."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from eventmate.storage.locations import Locations, resolve_locations

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.storage.opening import DatabaseProblem

#: Exit status when the database cannot be opened (corrupt, locked, newer, ...).
EXIT_DATABASE = 2


class CommandError(Exception):
    """A command failed with a message for the user; ``status`` is the exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


@contextmanager
def open_services(
    data_dir: str | None, *, read_only: bool = False
) -> Iterator[tuple[Services, Locations]]:
    """Open the database the user chose and yield its services; close it afterwards.

    ``read_only`` is for commands that only read (listings, search, check, export): they
    read while another program writes (WAL allows it) and work on a read-only disk.
    A write that fails (disk full, read-only, locked) is reported by :func:`run_command`.
    """
    # Imported here so that parsing arguments (and opening the app) never loads SQLAlchemy.
    from eventmate.services.container import Services
    from eventmate.storage.opening import DatabaseProblem, open_sqlite, open_url
    from eventmate.storage.store_choice import chosen_url

    locations = resolve_locations(data_dir)
    locations.ensure()
    url = chosen_url(locations)
    try:
        if url:
            database = open_url(url)
        else:
            database = open_sqlite(locations.database, locations.backups_dir, read_only=read_only)
    except DatabaseProblem as problem:
        raise CommandError(describe_problem(problem), EXIT_DATABASE) from problem
    services = Services(database, locations.backups_dir)
    try:
        yield services, locations
    finally:
        services.close()


def describe_problem(problem: DatabaseProblem) -> str:
    """One line: where, what to do, and the short reason."""
    detail = f" ({problem.detail})" if problem.detail and len(problem.detail) <= 120 else ""
    return f"{problem.location}: {problem.advice}{detail}"


def fail(message: str) -> None:
    """Print an error line to standard error."""
    print(f"eventmate: {message}", file=sys.stderr)
