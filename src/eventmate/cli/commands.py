"""Dispatch a parsed command to its handler and turn errors into exit statuses."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import IO

from eventmate.cli.context import EXIT_DATABASE, CommandError, fail
from eventmate.services.data_folder import StorageFailure


class _OneLine(logging.Formatter):
    """A warning as one line: what happened and the error's own words, never a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        error = record.exc_info[1] if record.exc_info else None
        line = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None})
        text = super().format(line)
        if error is not None and str(error).strip():
            text += f" ({str(error).strip().splitlines()[0]})"
        return text


def stderr_handler(stream: IO[str] | None = None) -> logging.Handler:
    """How the command line shows warnings and errors logged on the way: one line each."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(_OneLine("%(levelname)s %(name)s: %(message)s"))
    return handler


def run_command(args: argparse.Namespace) -> int:
    """Run the handler the subparser chose; return the process exit status."""
    logging.basicConfig(level=logging.WARNING, handlers=[stderr_handler()])
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
