"""``eventmate export`` (every format) and ``eventmate restore PATH``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventmate.cli.context import (
    EXIT_DATABASE,
    CommandError,
    describe_problem,
    open_services,
    unlock,
)
from eventmate.cli.output import write_output
from eventmate.domain.i18n import _

if TYPE_CHECKING:
    from eventmate.services.container import Services


def _json(services: Services) -> bytes:
    return services.archive.export_bytes()


def _csv(services: Services) -> bytes:
    return services.exports.people_csv()


def _markdown(services: Services) -> bytes:
    return services.exports.journal_markdown()


def _vcard(services: Services) -> bytes:
    return services.vcards.export(version="3.0")


def _vcard4(services: Services) -> bytes:
    return services.vcards.export(version="4.0")


def _ics(services: Services) -> bytes:
    return services.calendar.export()


#: Export formats: name → what writes the file.
EXPORTERS: dict[str, Callable[[Services], bytes]] = {
    "ics": _ics,
    "vcard": _vcard,
    "vcard4": _vcard4,
    "csv": _csv,
    "markdown": _markdown,
    "json": _json,
}


def register(subparsers: Any) -> None:
    """Add ``export`` and ``restore``."""
    export = subparsers.add_parser(
        "export",
        help=_("export people, events, the journal or everything"),
        description=_(
            "vcard, vcard4: people as vCard 3.0 or 4.0; ics: events as a calendar "
            "(intentions in each description); csv: people as a "
            "spreadsheet; markdown: the journal; json: everything, "
            "re-importable into an empty data folder."
        ),
    )
    export.add_argument(
        "--format",
        required=True,
        choices=sorted(EXPORTERS),
        dest="format",
        help=_("what to export (see above)"),
    )
    export.add_argument("-o", "--output", metavar="PATH", help=_("file to write (default: stdout)"))
    export.set_defaults(handler=_export)
    restore = subparsers.add_parser(
        "restore",
        help=_("replace the database by a backup (the current one is kept aside)"),
        description=_(
            "Checks the backup, keeps the current database (with its -wal/-shm files) "
            "next to it as eventmate.sqlite3.before-restore-TIME, then puts the backup in "
            "place. EventMate must be closed."
        ),
    )
    restore.add_argument("path", metavar="PATH", help=_("a backup file"))
    restore.set_defaults(handler=_restore)


def _export(args: argparse.Namespace) -> int:
    with open_services(args.data_dir, read_only=True) as (services, _locations):
        data = EXPORTERS[args.format](services)
    target = write_output(data, args.output)
    if target is not None and target.is_file():  # not into what was written (/dev/stdout)
        print(target)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from eventmate.services.data_folder import (
        DATABASE_URL_ENV,
        AppIsOpen,
        BackupError,
        DatabaseProblem,
        restore_closed,
    )

    if os.environ.get(DATABASE_URL_ENV):
        raise CommandError(_("restore works on the SQLite file in the data folder only"))
    backup = Path(args.path).expanduser().resolve()
    try:
        result = restore_closed(args.data_dir, backup, unlock)
    except DatabaseProblem as problem:
        raise CommandError(describe_problem(problem), EXIT_DATABASE) from problem
    except AppIsOpen as error:
        raise CommandError(
            _(
                "EventMate is open on this data folder; close it first "
                "(or use File → Restore from backup… in the app)"
            )
        ) from error
    except BackupError as error:
        raise CommandError(_("{reason}; nothing was changed").format(reason=error)) from error
    print(_("restored {backup}").format(backup=result.restored_from))
    for path in result.set_aside:
        print(_("previous database kept as {path}").format(path=path))
    return 0
