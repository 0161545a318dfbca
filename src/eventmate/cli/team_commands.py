"""``eventmate team list|add-member|remove-member``: the people sharing one server database.

Run by the server's administrator (a login that may create roles) on a data folder that uses
the server. A new member gets a login of their own and a random password, printed once to
hand over; what each member writes privately stays theirs (row-level security).
"""

from __future__ import annotations

import argparse
from typing import Any

from eventmate.cli.context import CommandError, open_services

_HELP = "the people sharing this server database: list them, add or remove one"


def register(subparsers: Any) -> None:
    """Add ``eventmate team``."""
    command = subparsers.add_parser(
        "team",
        help=_HELP,
        description="A team shares one PostgreSQL database: people, their facts and contacts, "
        "events, series and tags are shared; each member's intentions, reflections, notes, "
        "follow-ups, exchanges, captures and name rehearsals are theirs alone (the server "
        "enforces it). Adding or removing a member needs a login that may create roles.",
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the team's members")
    listing.set_defaults(handler=_list)
    add = actions.add_parser(
        "add-member", help="create a login for NAME in the team and print what to give them"
    )
    add.add_argument("name", metavar="NAME", help="their login: lower-case letters, digits, _")
    add.set_defaults(handler=_add)
    remove = actions.add_parser(
        "remove-member", help="take NAME out of the team (their login and private rows stay)"
    )
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=_remove)


def _list(args: argparse.Namespace) -> int:
    from eventmate.services.data.team import TeamError

    with open_services(args.data_dir, read_only=True) as (services, _locations):
        try:
            names = services.team.members()
        except TeamError as error:
            raise CommandError(str(error)) from error
        me = services.team.me()
    if not names:
        print("no members yet: eventmate team add-member NAME adds one")
    for name in names:
        print(f"{name} (you)" if name == me else name)
    return 0


def _add(args: argparse.Namespace) -> int:
    from eventmate.services.data.team import TeamError

    with open_services(args.data_dir) as (services, _locations):
        try:
            added = services.team.add_member(args.name)
        except TeamError as error:
            raise CommandError(f"no member was added: {error}") from error
    print(f"{added.name} is in the team (group role {added.group})")
    print(f"give {added.name}, privately:")
    print(f"  address:  {added.address}")
    print(f"  password: {added.password}")
    print(
        "they enter both in Preferences ▸ Storage (Remember the password keeps it in their "
        "keyring); the password is not shown again"
    )
    return 0


def _remove(args: argparse.Namespace) -> int:
    from eventmate.services.data.team import TeamError

    with open_services(args.data_dir) as (services, _locations):
        try:
            services.team.remove_member(args.name)
        except TeamError as error:
            raise CommandError(f"nothing changed: {error}") from error
    print(f"{args.name} is no longer in the team; their login and private rows stay on the server")
    return 0
