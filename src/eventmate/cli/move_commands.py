"""``eventmate move-to URL``: copy everything into another, empty store and use it from now on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from eventmate.cli.context import CommandError, open_services
from eventmate.domain.i18n import _, ngettext


def register(subparsers: Any) -> None:
    """Add the move-to command."""
    move = subparsers.add_parser(
        "move-to",
        help=_(
            "copy everything into another, empty store (a PostgreSQL server or a new SQLite "
            "file), verified, all or nothing, and use it from now on"
        ),
        description=_(
            "Copy every record (uids kept) from the store in use into an empty one: "
            "URL is postgresql+psycopg://user@host/database, sqlite:///PATH or a new file's "
            "path. The copy is checked row by row (counts and a byte-equal archive of both) "
            "before it is committed; if anything differs nothing is kept. The old store is "
            "left as it was."
        ),
    )
    move.add_argument("url", metavar="URL", help=_("where to move to"))
    move.add_argument(
        "--keep-using",
        action="store_true",
        help=_("copy only: keep using the current store afterwards"),
    )
    move.set_defaults(handler=_move_to)


def _move_to(args: argparse.Namespace) -> int:
    from eventmate.services.data.move import MoveError, target_url
    from eventmate.services.data.storage_choice import chosen_url, save_choice, without_password

    with open_services(args.data_dir, read_only=True) as (services, locations):
        try:
            target = target_url(args.url)
            result = services.move.move_to(target)
        except MoveError as error:
            raise CommandError(_("nothing was moved: {reason}").format(reason=error)) from error
    print(
        _("moved to {target}: {counts}").format(
            target=result.target, counts=", ".join(_counted(result.counts))
        )
    )
    print(
        ngettext(
            "verified: row counts and a byte-equal archive ({n} byte)",
            "verified: row counts and a byte-equal archive ({n} bytes)",
            result.archive_bytes,
        ).format(n=result.archive_bytes)
    )
    if args.keep_using:
        print(_("still using the store you moved from"))
        return 0
    url = target.render_as_string(hide_password=False)
    default = locations.database.resolve()
    is_default = target.get_backend_name() == "sqlite" and target.database == str(default)
    save_choice(locations, None if is_default else url)
    now = without_password(url) if not is_default else default
    print(_("this data folder now uses {store}").format(store=now))
    if target.get_backend_name() == "sqlite" and target.database:
        # The new file in a sync app's folder or on a network drive: said as check says it.
        from eventmate.cli.maintenance_commands import folder_warning

        if (warning := folder_warning(Path(target.database).parent)) is not None:
            print(warning, file=sys.stderr)
    if target.password is not None and not is_default:
        print(_keep_password(url, target.password))
    if chosen_url(locations) != (None if is_default else without_password(url)):
        print(_("note: EVENTMATE_DATABASE_URL is set and still wins while it is"))
    print(_("the old store is unchanged; remove it once you are sure"))
    return 0


def _keep_password(url: str, password: str) -> str:
    """Keep the password the URL named in the system keyring (never in the saved choice)."""
    from eventmate.services.data.storage_choice import ServerAddress, remember_password

    address = ServerAddress.parse(url)
    problem = remember_password(address, password) if address else _("not a server address")
    if problem is not None:
        return _("the password was not saved ({problem}): save it in Preferences ▸ Storage").format(
            problem=problem
        )
    return _("the password is kept in the system keyring")


def _counted(counts: dict[str, int]) -> list[str]:
    people, events = counts.get("person", 0), counts.get("event", 0)
    captures, facts = counts.get("capture", 0), counts.get("fact", 0)
    return [
        ngettext("{n} person", "{n} people", people).format(n=people),
        ngettext("{n} event", "{n} events", events).format(n=events),
        ngettext("{n} capture", "{n} captures", captures).format(n=captures),
        ngettext("{n} fact", "{n} facts", facts).format(n=facts),
    ]
