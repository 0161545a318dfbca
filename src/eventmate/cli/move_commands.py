"""``eventmate move-to URL``: copy everything into another, empty store and use it from now on."""

from __future__ import annotations

import argparse
from typing import Any

from eventmate.cli.context import CommandError, open_services


def register(subparsers: Any) -> None:
    """Add the move-to command."""
    move = subparsers.add_parser(
        "move-to",
        help="copy everything into another, empty store (a PostgreSQL server or a new SQLite "
        "file), verified, all or nothing, and use it from now on",
        description="Copy every record (uids kept) from the store in use into an empty one: "
        "URL is postgresql+psycopg://user@host/database, sqlite:///PATH or a new file's path. "
        "The copy is checked row by row (counts and a byte-equal archive of both) before it "
        "is committed; if anything differs nothing is kept. The old store is left as it was.",
    )
    move.add_argument("url", metavar="URL", help="where to move to")
    move.add_argument(
        "--keep-using",
        action="store_true",
        help="copy only: keep using the current store afterwards",
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
            raise CommandError(f"nothing was moved: {error}") from error
    print(f"moved to {result.target}: " + ", ".join(_counted(result.counts)))
    print(f"verified: row counts and a byte-equal archive ({result.archive_bytes} bytes)")
    if args.keep_using:
        print("still using the store you moved from")
        return 0
    url = target.render_as_string(hide_password=False)
    default = locations.database.resolve()
    is_default = target.get_backend_name() == "sqlite" and target.database == str(default)
    save_choice(locations, None if is_default else url)
    print(f"this data folder now uses {without_password(url) if not is_default else default}")
    if target.password is not None and not is_default:
        print(_keep_password(url, target.password))
    if chosen_url(locations) != (None if is_default else without_password(url)):
        print("note: EVENTMATE_DATABASE_URL is set and still wins while it is")
    print("the old store is unchanged; remove it once you are sure")
    return 0


def _keep_password(url: str, password: str) -> str:
    """Keep the password the URL named in the system keyring (never in the saved choice)."""
    from eventmate.services.data.storage_choice import ServerAddress, remember_password

    address = ServerAddress.parse(url)
    problem = remember_password(address, password) if address else "not a server address"
    if problem is not None:
        return f"the password was not saved ({problem}): save it in Preferences ▸ Storage"
    return "the password is kept in the system keyring"


def _counted(counts: dict[str, int]) -> list[str]:
    names = {"person": "people", "event": "events", "capture": "captures", "fact": "facts"}
    return [f"{counts.get(table, 0)} {label}" for table, label in names.items()]
