"""``eventmate import FILE...``: import files, each chosen by its extension.

Each supported extension maps to a handler in :data:`HANDLERS`: calendars (.ics), contacts
(.vcf) and complete archives (.json). Every file is imported whole or not at all.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from eventmate.cli.context import CommandError, fail, open_services
from eventmate.domain.i18n import _, ngettext

Handler = Callable[[argparse.Namespace, Path], int]


def register(subparsers: Any) -> None:
    """Add ``import``."""
    command = subparsers.add_parser(
        "import",
        help=_(
            "import files (.ics calendars, .vcf contacts, .json archives); prints what was "
            "imported and what was skipped"
        ),
    )
    command.add_argument("files", nargs="+", metavar="FILE", help=_("the files to import"))
    command.add_argument(
        "--from",
        dest="window_from",
        metavar="YYYY-MM-DD",
        help=_("repeating events: import occurrences from this day (default: today)"),
    )
    command.add_argument(
        "--to",
        dest="window_to",
        metavar="YYYY-MM-DD",
        help=_("repeating events: import occurrences until this day (default: six months ahead)"),
    )
    command.add_argument(
        "--dry-run", action="store_true", help=_("only show what would be imported")
    )
    command.set_defaults(handler=_import)


def _day(text: str | None, option: str) -> datetime | None:
    if text is None:
        return None
    try:
        day = datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise CommandError(
            _("{option} {text!r} is not a date like 2026-12-03").format(option=option, text=text)
        ) from None
    # Local midnight of that day, as UTC.
    return datetime.combine(day, time(0, 0)).astimezone().astimezone(UTC)


def _import_ics(args: argparse.Namespace, path: Path) -> int:
    from datetime import timedelta

    from eventmate.services.data.calendar_import import DEFAULT_WINDOW

    start = _day(args.window_from, "--from")
    end = _day(args.window_to, "--to")
    with open_services(args.data_dir) as (services, _locations):
        default_start, default_end = services.calendar_import.default_window()
        window_start = start or default_start
        window_end = (end + timedelta(days=1)) if end else window_start + DEFAULT_WINDOW
        if end is None and start is None:
            window_end = default_end
        if window_end <= window_start:
            raise CommandError(_("--to must not be before --from"))
        preview = services.calendar_import.preview_file(path, window=(window_start, window_end))
        if preview.fatal is not None:
            raise CommandError(
                _("{file}: nothing imported. {reason}").format(file=path, reason=preview.fatal)
            )
        if args.dry_run:
            imported, updated = len(preview.new), len(preview.updates)
            duplicates = preview.duplicates
        else:
            result = services.calendar_import.commit(preview)
            imported, updated, duplicates = result.imported, result.updated, result.duplicates
    if args.dry_run:
        said = ngettext(
            "{file}: would import {n} event", "{file}: would import {n} events", imported
        )
    else:
        said = ngettext("{file}: imported {n} event", "{file}: imported {n} events", imported)
    print(said.format(file=path.name, n=imported))
    if updated:
        if args.dry_run:
            print(_("would update (known by their UID): {n}").format(n=updated))
        else:
            print(_("updated (known by their UID): {n}").format(n=updated))
    if duplicates:
        print(_("already in EventMate as they are, nothing to change: {n}").format(n=duplicates))
    if preview.method and preview.method != "PUBLISH":
        print(_("calendar method: {method}").format(method=preview.method))
    if preview.skipped:
        print(_("skipped or changed: {n}").format(n=len(preview.skipped)))
        for problem in preview.skipped:
            print(f"  - {problem.what}: {problem.reason}")
    return 0


def _read(path: Path, kind: str) -> bytes:
    """The file's bytes, read only up to the limit of its ``kind`` (its size is checked first)."""
    from eventmate.services.data.import_files import FileTooLarge, read_import_file

    try:
        return read_import_file(path, kind)
    except FileTooLarge as error:
        raise CommandError(
            _("{file}: nothing imported: {reason}").format(file=path, reason=error)
        ) from error
    except OSError as error:
        raise CommandError(
            _("{file}: cannot read ({reason})").format(file=path, reason=error.strerror or error)
        ) from error


def _import_vcard(args: argparse.Namespace, path: Path) -> int:
    # A known UID, the same e-mail or phone: that person is updated (only added to, never
    # overwritten; nothing at all if they have everything the card says); everyone else
    # becomes a new person. A verified backup is taken first; the cards land in one
    # transaction.
    from eventmate.services.data.vcards import CardAction
    from eventmate.services.data_folder import BackupError

    data = _read(path, "vcard")
    with open_services(args.data_dir) as (services, _locations):
        preview = services.vcards.preview(data)
        if args.dry_run:
            created = preview.count(CardAction.CREATE)
            added, skipped = preview.count(CardAction.ADD_TO_EXISTING), preview.skipped
        else:
            try:
                result = services.vcards.apply(preview)
            except BackupError as error:
                raise CommandError(
                    _("{file}: no backup could be taken, so nothing was imported: {reason}").format(
                        file=path, reason=error
                    )
                ) from error
            except LookupError as error:  # someone the file updates was removed meanwhile
                raise CommandError(f"{path}: {error}") from error
            created, added, skipped = result.created, result.added_to_existing, result.skipped
    if args.dry_run:
        said = ngettext(
            "{file}: would import {n} new person", "{file}: would import {n} new people", created
        )
    else:
        said = ngettext(
            "{file}: imported {n} new person", "{file}: imported {n} new people", created
        )
    print(
        said.format(file=path, n=created)
        + ", "
        + _("{n} updated").format(n=added)
        + ", "
        + _("{n} already here with nothing new").format(n=preview.already_here)
    )
    for reason in skipped:
        print("  " + _("skipped {reason}").format(reason=reason))
    return 0


def _import_json(args: argparse.Namespace, path: Path) -> int:
    from eventmate.services.data.archive import ArchiveError

    data = _read(path, "archive")
    with open_services(args.data_dir) as (services, _locations):
        try:
            if args.dry_run:
                counts = services.archive.count_rows(data)
            else:
                counts = services.archive.import_bytes(data)
        except ArchiveError as error:
            raise CommandError(
                _("{file}: nothing imported: {reason}").format(file=path, reason=error)
            ) from error
    summary = archive_words(counts)
    said = _("{file}: would import {what}") if args.dry_run else _("{file}: imported {what}")
    print(said.format(file=path, what=summary or _("nothing")))
    return 0


#: An archive's tables a person knows, in words, in this order (the rest: "other records").
_NAMED_ROWS: dict[str, Callable[[int], str]] = {
    "person": lambda n: ngettext("{n} person", "{n} people", n),
    "event": lambda n: ngettext("{n} event", "{n} events", n),
    "capture": lambda n: ngettext("{n} capture", "{n} captures", n),
    "fact": lambda n: ngettext("{n} fact", "{n} facts", n),
    "note": lambda n: ngettext("{n} note", "{n} notes", n),
    "contact_method": lambda n: ngettext("{n} contact detail", "{n} contact details", n),
    "tag": lambda n: ngettext("{n} tag", "{n} tags", n),
    "follow_up": lambda n: ngettext("{n} follow-up", "{n} follow-ups", n),
    "intention": lambda n: ngettext("{n} intention", "{n} intentions", n),
    "exchange": lambda n: ngettext("{n} exchange", "{n} exchanges", n),
    "reflection": lambda n: ngettext("{n} reflection", "{n} reflections", n),
}


def archive_words(counts: dict[str, int]) -> str:
    """What an archive's rows are, in words ("28 people, 2 captures, 14 other records")."""
    words = [
        said(counts[t]).format(n=counts[t]) for t, said in _NAMED_ROWS.items() if counts.get(t)
    ]
    # Links between records, breaks, templates…: counted, not named.
    others = sum(n for table, n in counts.items() if table not in _NAMED_ROWS)
    if others:
        words.append(ngettext("{n} other record", "{n} other records", others).format(n=others))
    return ", ".join(words)


#: File extension (lower case, with the dot) → handler.
HANDLERS: dict[str, Handler] = {
    ".ics": _import_ics,
    ".ical": _import_ics,
    ".ifb": _import_ics,
    ".vcf": _import_vcard,
    ".vcard": _import_vcard,
    ".json": _import_json,
}


def _import_one(args: argparse.Namespace, path: Path) -> int:
    handler = HANDLERS.get(path.suffix.lower())
    if handler is None:
        known = ", ".join(sorted(HANDLERS))
        raise CommandError(
            _("{file}: cannot import this kind of file (known: {known})").format(
                file=path, known=known
            )
        )
    if not path.is_file():
        raise CommandError(_("{file}: no such file").format(file=path))
    return handler(args, path)


def _import(args: argparse.Namespace) -> int:
    paths = [Path(name).expanduser() for name in args.files]
    if len(paths) == 1:
        return _import_one(args, paths[0])
    # Several files: each is imported or not on its own; the reasons are listed at the end.
    failures = 0
    for path in paths:
        try:
            _import_one(args, path)
        except CommandError as error:
            fail(str(error))
            failures += 1
    if failures:
        raise CommandError(
            ngettext(
                "{n} of {total} file not imported", "{n} of {total} files not imported", len(paths)
            ).format(n=failures, total=len(paths))
        )
    return 0
