"""``eventmate team list|add-member|remove-member``: the people sharing one server database.

Run by the server's administrator (a login that may create roles) on a data folder that uses
the server. A new member gets a login of their own and a random password, printed once to
hand over; what each member writes privately stays theirs (row-level security).
"""

from __future__ import annotations

import argparse
from typing import Any

from eventmate.cli.context import CommandError, open_services
from eventmate.domain.i18n import N_, _

_HELP = N_("the people sharing this server database: list them, add or remove one")


def register(subparsers: Any) -> None:
    """Add ``eventmate team``."""
    command = subparsers.add_parser(
        "team",
        help=_(_HELP),
        description=_(
            "A team shares one PostgreSQL database: people, their facts and contacts, "
            "events, series and tags are shared; each member's intentions, reflections, notes, "
            "follow-ups, exchanges, captures and name rehearsals are theirs alone (the server "
            "enforces it). Adding or removing a member needs a login that may create roles."
        ),
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("the team's members"))
    listing.set_defaults(handler=_list)
    add = actions.add_parser(
        "add-member", help=_("create a login for NAME in the team and print what to give them")
    )
    add.add_argument("name", metavar="NAME", help=_("their login: lower-case letters, digits, _"))
    add.set_defaults(handler=_add)
    remove = actions.add_parser(
        "remove-member", help=_("take NAME out of the team (their login and private rows stay)")
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
        print(_("no members yet: eventmate team add-member NAME adds one"))
    for name in names:
        print(_("{name} (you)").format(name=name) if name == me else name)
    return 0


def _add(args: argparse.Namespace) -> int:
    from eventmate.services.data.team import TeamError

    with open_services(args.data_dir) as (services, _locations):
        try:
            added = services.team.add_member(args.name)
        except TeamError as error:
            raise CommandError(_("no member was added: {reason}").format(reason=error)) from error
    print(
        _("{name} is in the team (group role {group})").format(name=added.name, group=added.group)
    )
    print(_("give {name}, privately:").format(name=added.name))
    print("  " + _("address:  {address}").format(address=added.address))
    print("  " + _("password: {password}").format(password=added.password))
    print(
        _(
            "they enter both in Preferences ▸ Storage (Remember the password keeps it in their "
            "keyring); the password is not shown again"
        )
    )
    return 0


def _remove(args: argparse.Namespace) -> int:
    from eventmate.services.data.team import TeamError

    with open_services(args.data_dir) as (services, _locations):
        try:
            services.team.remove_member(args.name)
        except TeamError as error:
            raise CommandError(_("nothing changed: {reason}").format(reason=error)) from error
    print(
        _(
            "{name} is no longer in the team; their login and private rows stay on the server"
        ).format(name=args.name)
    )
    return 0
