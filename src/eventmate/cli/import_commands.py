"""``eventmate import FILE...``: each file imported by its extension, all-or-nothing per file."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventmate.cli.context import CommandError, open_services

if TYPE_CHECKING:
    from eventmate.services.container import Services

#: Files larger than this are refused before reading (no real export is this big).
MAX_FILE_BYTES = 1 << 30


@dataclass
class ImportReport:
    """What one file's import did: counts imported, and anything skipped with its reason."""

    imported: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


Importer = Callable[["Services", bytes], ImportReport]


def _import_json(services: Services, data: bytes) -> ImportReport:
    from eventmate.services.archive import ArchiveError

    try:
        counts = services.archive.import_bytes(data)
    except ArchiveError as error:
        raise CommandError(str(error)) from error
    return ImportReport(imported={k: v for k, v in counts.items() if v})


def _import_vcard(services: Services, data: bytes) -> ImportReport:
    # Same e-mail or phone: added to that person; everyone else becomes a new person. A
    # verified backup is taken first; the cards land in one transaction.
    from eventmate.services.backups import BackupError

    try:
        result = services.vcards.import_bytes(data)
    except BackupError as error:
        raise CommandError(f"no backup could be taken, so nothing was imported: {error}") from error
    imported = {
        "new people": result.created,
        "added to people already here": result.added_to_existing,
    }
    return ImportReport(
        imported={k: v for k, v in imported.items() if v}, skipped=list(result.skipped)
    )


#: Importers by file extension (lower case, with the dot).
IMPORTERS: dict[str, Importer] = {".json": _import_json, ".vcf": _import_vcard}


def register(subparsers: Any) -> None:
    """Add ``import``."""
    parser = subparsers.add_parser(
        "import",
        help="import files: contacts (.vcf) or a complete archive (.json)",
        description="Import each FILE by its extension. Each file is imported whole or not at "
        "all; skipped entries are listed with their reason.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.set_defaults(handler=_import)


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CommandError(f"{path}: too large to import ({size // (1 << 20)} MB)")
        return path.read_bytes()
    except OSError as error:
        raise CommandError(f"{path}: cannot read ({error.strerror or error})") from error


def _import(args: argparse.Namespace) -> int:
    paths = [Path(name).expanduser() for name in args.files]
    for path in paths:
        if path.suffix.lower() not in IMPORTERS:
            known = ", ".join(sorted(IMPORTERS))
            raise CommandError(f"{path}: cannot import {path.suffix or 'this'} files ({known})")
    failures = 0
    with open_services(args.data_dir) as (services, _locations):
        for path in paths:
            try:
                report = IMPORTERS[path.suffix.lower()](services, _read(path))
            except CommandError as error:
                print(f"{path}: not imported: {error}")
                failures += 1
                continue
            summary = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in report.imported.items())
            print(f"{path}: imported {summary or 'nothing'}")
            for reason in report.skipped:
                print(f"  skipped {reason}")
    if failures:
        raise CommandError(f"{failures} of {len(paths)} files not imported")
    return 0
