"""Command-line arguments: global options, and the arguments of the one command being run.

Each command module adds its subcommands with ``register(subparsers)``. Only the module of the
command on the line is imported; every other command is listed by name and help from
:data:`COMMANDS`, so ``eventmate --help`` and ``eventmate search …`` load no code they do not
use. A test holds these help lines equal to the modules' own.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from eventmate import __version__

#: Every command, in the order ``--help`` lists them: name → (module in eventmate.cli, help).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": (
        "maintenance_commands",
        "check the database (integrity, schema revision, row counts)",
    ),
    "backup": ("maintenance_commands", "write a verified backup and print its path"),
    "event": ("event_commands", "add or list events"),
    "capture": (
        "capture_commands",
        'store a capture ("Name (role, ensemble) — facts #tag !promise"), '
        "or open capture mode when no text is given",
    ),
    "search": ("people_commands", "find people, facts, captures, notes, reflections and events"),
    "people": ("people_commands", "list people (or those matching QUERY)"),
    "followups": ("followup_commands", "list open follow-ups, the longest waiting first"),
    "insights": (
        "insights_commands",
        "how you have shown up: people met, promises, intentions, energy, giving",
    ),
    "import": (
        "import_commands",
        "import files (.ics calendars, .vcf contacts, .json archives); prints what was "
        "imported and what was skipped",
    ),
    "export": ("data_commands", "export people, events, the journal or everything"),
    "restore": (
        "data_commands",
        "replace the database by a backup (the current one is kept aside)",
    ),
    "move-to": (
        "move_commands",
        "copy everything into another, empty store (a PostgreSQL server or a new SQLite file), "
        "verified, all or nothing, and use it from now on",
    ),
    "team": (
        "team_commands",
        "the people sharing this server database: list them, add or remove one",
    ),
    "desktop": (
        "desktop_commands",
        "add EventMate to your applications menu, or take it out (Linux, for you only)",
    ),
    "encryption": (
        "encryption_commands",
        "encrypt your data at rest with a passphrase (or stop), or show whether it is",
    ),
}


def command_word(argv: Sequence[str]) -> str | None:
    """The command named on the line (the first word after the global options), if any."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``eventmate`` argument parser, with ``command``'s module registered in full."""
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
    chosen = COMMANDS[command][0] if command in COMMANDS else None
    registered = False
    for name, (module_name, help_text) in COMMANDS.items():
        if module_name != chosen:
            subparsers.add_parser(name, help=help_text)
        elif not registered:
            module = importlib.import_module(f"eventmate.cli.{module_name}")
            module.register(subparsers)
            registered = True
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv`` (without the program name)."""
    argv = list(argv)
    return build_parser(command_word(argv)).parse_args(argv)
