"""Opening the user's database for one command, with clear one-line messages on failure."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventmate.services.container import Services
    from eventmate.services.data_folder import DatabaseProblem, Locations

#: Exit status when the database cannot be opened (corrupt, locked, newer, ...).
EXIT_DATABASE = 2


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
    from eventmate.services.data_folder import DatabaseProblem, damage, open_data_folder

    try:
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


def describe_problem(problem: DatabaseProblem) -> str:
    """One line: where, what to do, and the short reason."""
    detail = f" ({problem.detail})" if problem.detail and len(problem.detail) <= 120 else ""
    return f"{problem.location}: {problem.advice}{detail}"


def fail(message: str) -> None:
    """Print an error line to standard error."""
    print(f"eventmate: {message}", file=sys.stderr)
