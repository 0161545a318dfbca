"""``eventmate check`` and ``eventmate backup``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from eventmate.cli.context import CommandError, open_services


def register(subparsers: Any) -> None:
    """Add the maintenance commands."""
    check = subparsers.add_parser(
        "check", help="check the database (integrity, schema revision, row counts)"
    )
    check.set_defaults(handler=_check)
    backup = subparsers.add_parser("backup", help="write a verified backup and print its path")
    backup.add_argument("-o", "--output", metavar="PATH", help="where to write the backup")
    backup.set_defaults(handler=_backup)


def _check(args: argparse.Namespace) -> int:
    with open_services(args.data_dir, integrity=True) as (services, _locations):
        report = services.maintenance.check()
    print(f"database: {report.location}")
    print(f"integrity: {report.integrity}")
    print(f"schema revision: {report.revision} (expected {report.expected_revision})")
    for name, count in report.counts.items():
        print(f"{name.replace('_', ' ')}: {count}")
    if not report.healthy:
        raise CommandError(report.reason)
    print("healthy")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from eventmate.services.data_folder import BackupError

    target = Path(args.output).expanduser().resolve() if args.output else None
    with open_services(args.data_dir) as (services, _locations):
        try:
            info = services.maintenance.backup(target)
        except BackupError as error:
            raise CommandError(str(error)) from error
    print(info.path)
    return 0
