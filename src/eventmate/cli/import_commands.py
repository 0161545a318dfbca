"""``eventmate import FILE``: import a file, chosen by its extension (.ics for now).

Each supported extension maps to a handler in :data:`HANDLERS`; another format (.vcf, .json)
is added by registering its handler there.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from eventmate.cli.context import CommandError, open_services

Handler = Callable[[argparse.Namespace, Path], int]


def register(subparsers: Any) -> None:
    """Add ``import``."""
    command = subparsers.add_parser(
        "import",
        help="import a file (.ics calendar); prints what was imported and what was skipped",
    )
    command.add_argument("file", metavar="FILE", help="the file to import")
    command.add_argument(
        "--from",
        dest="window_from",
        metavar="YYYY-MM-DD",
        help="repeating events: import occurrences from this day (default: today)",
    )
    command.add_argument(
        "--to",
        dest="window_to",
        metavar="YYYY-MM-DD",
        help="repeating events: import occurrences until this day (default: six months ahead)",
    )
    command.add_argument("--dry-run", action="store_true", help="only show what would be imported")
    command.set_defaults(handler=_import)


def _day(text: str | None, option: str) -> datetime | None:
    if text is None:
        return None
    try:
        day = datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a date like 2026-12-03") from None
    # Local midnight of that day, as UTC.
    return datetime.combine(day, time(0, 0)).astimezone().astimezone(UTC)


def _import_ics(args: argparse.Namespace, path: Path) -> int:
    from datetime import timedelta

    from eventmate.services.calendar_import import DEFAULT_WINDOW

    start = _day(args.window_from, "--from")
    end = _day(args.window_to, "--to")
    with open_services(args.data_dir) as (services, _locations):
        default_start, default_end = services.calendar_import.default_window()
        window_start = start or default_start
        window_end = (end + timedelta(days=1)) if end else window_start + DEFAULT_WINDOW
        if end is None and start is None:
            window_end = default_end
        if window_end <= window_start:
            raise CommandError("--to must not be before --from")
        preview = services.calendar_import.preview_file(path, window=(window_start, window_end))
        if preview.fatal is not None:
            raise CommandError(f"{path}: nothing imported. {preview.fatal}")
        if args.dry_run:
            imported, duplicates = len(preview.new), preview.duplicates
        else:
            result = services.calendar_import.commit(preview)
            imported, duplicates = result.imported, result.duplicates
    verb = "would import" if args.dry_run else "imported"
    print(f"{path.name}: {verb} {imported} event{'s' if imported != 1 else ''}")
    if duplicates:
        print(f"already in EventMate (same UID and start), not imported again: {duplicates}")
    if preview.method and preview.method != "PUBLISH":
        print(f"calendar method: {preview.method}")
    if preview.skipped:
        print(f"skipped or changed: {len(preview.skipped)}")
        for problem in preview.skipped:
            print(f"  - {problem.what}: {problem.reason}")
    return 0


#: File extension (lower case, with the dot) → handler.
HANDLERS: dict[str, Handler] = {".ics": _import_ics, ".ical": _import_ics, ".ifb": _import_ics}


def _import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    handler = HANDLERS.get(path.suffix.lower())
    if handler is None:
        known = ", ".join(sorted(HANDLERS))
        raise CommandError(f"{path}: cannot import this kind of file (known: {known})")
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    return handler(args, path)
