"""``eventmate check`` and ``eventmate backup``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventmate.cli.context import CommandError, fail, open_services
from eventmate.domain.i18n import N_, _
from eventmate.services.data_folder import BackupError, StorageFailure
from eventmate.services.folder_place import FolderRisk, folder_risk

if TYPE_CHECKING:
    from eventmate.services.data.maintenance import HealthReport


#: How ``check`` names the tables it counts (translated when printed).
_TABLES = {
    "people": N_("people"),
    "events": N_("events"),
    "captures": N_("captures"),
    "facts": N_("facts"),
    "notes": N_("notes"),
    "intentions": N_("intentions"),
    "follow_ups": N_("follow ups"),
    "exchanges": N_("exchanges"),
    "reflections": N_("reflections"),
}


def register(subparsers: Any) -> None:
    """Add the maintenance commands."""
    check = subparsers.add_parser(
        "check", help=_("check the database (integrity, schema revision, row counts)")
    )
    check.add_argument(
        "--thorough",
        action="store_true",
        help=_(
            "also check every search index against its table, and rebuild a damaged one "
            "from its table (after a backup)"
        ),
    )
    check.set_defaults(handler=_check)
    backup = subparsers.add_parser("backup", help=_("write a verified backup and print its path"))
    backup.add_argument("-o", "--output", metavar="PATH", help=_("where to write the backup"))
    backup.set_defaults(handler=_backup)


def _check(args: argparse.Namespace) -> int:
    # Reading only, so the check runs beside the app and on a read-only disk; the write lock
    # is taken only if a damaged search index is to be rebuilt.
    # The one command that reads every page before anything else (the others meet a damaged
    # page when they read it, and say so the same way).
    with open_services(args.data_dir, read_only=True, integrity=True) as (services, _locations):
        report = services.maintenance.check(thorough=args.thorough)
        # Only a file on this computer can be damaged by a sync app or a network drive.
        warning = folder_warning(services.path.parent) if services.path is not None else None
    if report.damaged_indexes:
        report = _repair(args, report)
    print(_("database: {where}").format(where=report.location))
    if warning is not None:
        print(warning, file=sys.stderr)
    integrity = _("ok") if report.integrity == "ok" else report.integrity
    print(_("integrity: {result}").format(result=integrity))
    print(
        _("schema revision: {revision} (expected {expected})").format(
            revision=report.revision, expected=report.expected_revision
        )
    )
    for name, count in report.counts.items():
        label = _(_TABLES[name]) if name in _TABLES else name.replace("_", " ")
        print(f"{label}: {count}")
    if report.thorough:
        for index in report.indexes:
            state = _("ok") if index.ok else _("damaged ({detail})").format(detail=index.detail)
            if index.name in report.rebuilt and index.ok:
                state = _("was damaged; rebuilt from the {table} table, nothing was lost").format(
                    table=index.table
                )
            print(_("search index {name}: {state}").format(name=index.name, state=state))
    if not report.healthy:
        raise CommandError(report.reason)
    print(_("healthy"))
    return 0


def folder_warning(folder: Path) -> str | None:
    """The warning line for a database file kept in ``folder``, if that place is risky."""
    risk = folder_risk(folder)
    return None if risk is None else _("warning: {risk}").format(risk=_risk_words(risk))


def _risk_words(risk: FolderRisk) -> str:
    """Why the data folder's place is risky, and what to do, in a sentence or two."""
    if risk.kind == "network":
        why = _(
            "your data is on a shared drive ({name}), where the database's locks do "
            "not work reliably; two computers using it at once can damage it."
        )
    else:
        why = _(
            "your data is in a {name} folder: a sync app can copy the database halfway "
            "through a save, and two computers using it at once can damage it."
        )
    advice = _(
        "Keep it on this computer (--data-dir or EVENTMATE_DATA_DIR), and share with a "
        "second computer through a server (eventmate move-to) or by exporting."
    )
    return why.format(name=risk.name) + " " + advice


def _repair(args: argparse.Namespace, report: HealthReport) -> HealthReport:
    """Rebuild the damaged search indexes of ``report``, if the database can be written."""
    try:
        with open_services(args.data_dir) as (services, _locations):
            return services.maintenance.check_and_repair()
    except CommandError as error:
        fail(_("the damaged search indexes were not rebuilt: {reason}").format(reason=error))
    except StorageFailure as failure:
        fail(
            _("the damaged search indexes were not rebuilt: {reason}").format(
                reason=failure.message
            )
        )
    return report


def _backup(args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser().resolve() if args.output else None
    with open_services(args.data_dir, read_only=True) as (services, _locations):
        try:
            info = services.maintenance.backup(target)
        except BackupError as error:
            raise CommandError(str(error)) from error
    print(info.path)
    key = info.path.with_name(info.path.name + ".key")
    if key.exists():
        # Standard error: scripts read the backup's path alone from standard output.
        print(
            _("encrypted; keep its key file {name} beside it").format(name=key.name),
            file=sys.stderr,
        )
    return 0
