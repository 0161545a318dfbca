"""Dispatch a parsed command to its handler and turn errors into exit statuses."""

from __future__ import annotations

import argparse
import logging
import sys

from eventmate.cli.context import EXIT_DATABASE, CommandError, fail
from eventmate.services.data_folder import StorageFailure


def run_command(args: argparse.Namespace) -> int:
    """Run the handler the subparser chose; return the process exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        status: int = args.handler(args)
    except CommandError as error:
        fail(str(error))
        return error.status
    except StorageFailure as failure:
        # Disk full, read-only, locked past busy_timeout: nothing of the command was stored.
        fail(failure.message)
        return EXIT_DATABASE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error for the user.
        sys.stderr.close()
        return 0
    return status
