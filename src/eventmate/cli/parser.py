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
from eventmate.domain.i18n import N_, _, ngettext

#: Every command, in the order ``--help`` lists them: name → (module in eventmate.cli, help).
#: The help is marked here and translated when the parser is built.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": (
        "maintenance_commands",
        N_("check the database (integrity, schema revision, row counts)"),
    ),
    "backup": ("maintenance_commands", N_("write a verified backup and print its path")),
    "event": ("event_commands", N_("add or list events")),
    "capture": (
        "capture_commands",
        N_(
            'store a capture ("Name (role, ensemble) — facts #tag !promise"), '
            "or open capture mode when no text is given"
        ),
    ),
    "sync": (
        "sync_commands",
        N_("send the captures kept on this computer while the server could not be reached"),
    ),
    "search": (
        "people_commands",
        N_("find people, facts, captures, notes, reflections and events"),
    ),
    "people": ("people_commands", N_("list people (or those matching QUERY)")),
    "followups": ("followup_commands", N_("list open follow-ups, the longest waiting first")),
    "insights": (
        "insights_commands",
        N_("how you have shown up: people met, promises, intentions, energy, giving"),
    ),
    "import": (
        "import_commands",
        N_(
            "import files (.ics calendars, .vcf contacts, .json archives); prints what was "
            "imported and what was skipped"
        ),
    ),
    "export": ("data_commands", N_("export people, events, the journal or everything")),
    "restore": (
        "data_commands",
        N_("replace the database by a backup (the current one is kept aside)"),
    ),
    "move-to": (
        "move_commands",
        N_(
            "copy everything into another, empty store (a PostgreSQL server or a new SQLite file), "
            "verified, all or nothing, and use it from now on"
        ),
    ),
    "team": (
        "team_commands",
        N_("the people sharing this server database: list them, add or remove one"),
    ),
    "desktop": (
        "desktop_commands",
        N_("add EventMate to your applications menu, or take it out (Linux, for you only)"),
    ),
    "encryption": (
        "encryption_commands",
        N_("encrypt your data at rest with a passphrase (or stop), or show whether it is"),
    ),
}


#: argparse's own words that a user meets (usage, the option lists, its error messages), in
#: argparse's spelling, so that the catalogue has them (tests/cli/test_cli_german.py checks
#: that this Python's argparse still says each). Its programming errors stay English.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


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
    speak_argparse()
    parser = argparse.ArgumentParser(
        prog="eventmate",
        description=_(
            "EventMate: build real relationships at concerts, rehearsals and receptions. "
            "Without a command, the app opens."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"EventMate {__version__}",
        help=_("show program's version number and exit"),  # argparse leaves it untranslated
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_(
            "use DIR for the database, backups, settings and logs "
            "(default: $EVENTMATE_DATA_DIR, else your user data folder)"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = COMMANDS[command][0] if command in COMMANDS else None
    registered = False
    for name, (module_name, help_text) in COMMANDS.items():
        if module_name != chosen:
            subparsers.add_parser(name, help=_(help_text))
        elif not registered:
            module = importlib.import_module(f"eventmate.cli.{module_name}")
            module.register(subparsers)
            registered = True
    return parser


def speak_argparse() -> None:
    """Let argparse's own words (usage, options, its error messages) come from our catalogue.

    argparse looks its words up through the module-level names ``_`` and ``ngettext`` it
    imported from gettext (the default domain, which EventMate does not install); pointing
    them at :mod:`eventmate.domain.i18n` gives them the user's language with the rest.
    """
    setattr(argparse, "_", _)  # noqa: B010 - argparse's private alias, no public hook
    setattr(argparse, "ngettext", ngettext)  # noqa: B010


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv`` (without the program name)."""
    argv = list(argv)
    return build_parser(command_word(argv)).parse_args(argv)
