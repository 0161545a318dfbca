"""Command-line arguments: global options and one subparser per command module."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from eventmate import __version__
from eventmate.cli import (
    capture_commands,
    data_commands,
    desktop_commands,
    event_commands,
    followup_commands,
    import_commands,
    insights_commands,
    maintenance_commands,
    move_commands,
    people_commands,
)

#: Each module adds its subcommands with ``register(subparsers)``.
COMMAND_MODULES = (
    maintenance_commands,
    event_commands,
    capture_commands,
    people_commands,
    followup_commands,
    insights_commands,
    import_commands,
    data_commands,
    move_commands,
    desktop_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """The ``eventmate`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="eventmate",
        description="EventMate: build real relationships at concerts, rehearsals and receptions. "
        "Without a command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"EventMate {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use DIR for the database, backups, settings and logs "
        "(default: $EVENTMATE_DATA_DIR, else your user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv`` (without the program name)."""
    return build_parser().parse_args(list(argv))
