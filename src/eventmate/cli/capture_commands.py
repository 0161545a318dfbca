"""``eventmate capture``: store a capture from the command line, or open capture mode.

``eventmate capture "TEXT"`` and ``eventmate capture --from FILE`` (``-``: standard input)
store exactly as the GUI does and print what was stored. Without text the app opens straight
in capture mode; ``main`` routes that case (see :func:`opens_gui`), so this module never
imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventmate.cli.context import EXIT_DATABASE, CommandError, open_services
from eventmate.domain.i18n import _, ngettext
from eventmate.domain.local_format import number

if TYPE_CHECKING:
    from eventmate.services.capture.result import CaptureResult

#: Biggest file ``--from`` reads (phone notes are small; this refuses a wrong file early).
MAX_FILE_BYTES = 20_000_000


def register(subparsers: Any) -> None:
    """Add the ``capture`` command."""
    capture = subparsers.add_parser(
        "capture",
        help=_(
            'store a capture ("Name (role, ensemble) — facts #tag !promise"), '
            "or open capture mode when no text is given"
        ),
        description=_(
            "Store a capture exactly as capture mode does and print what was stored. "
            "Without TEXT or --from, EventMate opens straight in capture mode."
        ),
    )
    capture.add_argument("text", nargs="?", metavar="TEXT", help=_("what to capture (one line)"))
    capture.add_argument(
        "--from",
        dest="source",
        metavar="FILE",
        help=_("capture each non-empty line of FILE ('-' for standard input), all or nothing"),
    )
    capture.add_argument(
        "--event",
        metavar="EVENT",
        help=_("assign the captures to EVENT: the id `eventmate event list` shows, or its uid"),
    )
    capture.set_defaults(handler=_capture)


def opens_gui(args: argparse.Namespace) -> bool:
    """Whether ``args`` ask for capture mode in the app (no text and no file given)."""
    return args.command == "capture" and args.text is None and args.source is None


def _capture(args: argparse.Namespace) -> int:
    from eventmate.services.capture.result import NothingToCapture, UnknownRecord
    from eventmate.services.data_folder import StorageFailure

    if args.text is not None and args.source is not None:
        raise CommandError(_("give TEXT or --from FILE, not both"))
    lines = _read_lines(args.source) if args.source is not None else None
    try:
        with open_services(args.data_dir) as (services, _locations):
            try:
                if lines is not None:
                    results = services.quick_capture.capture_many(lines, args.event)
                else:
                    results = [services.quick_capture.capture(args.text, args.event)]
            except NothingToCapture as error:
                raise CommandError(_("nothing to capture: the text is empty")) from error
            except UnknownRecord as error:
                raise CommandError(
                    _("no such event '{event}'; `eventmate event list` shows the events").format(
                        event=args.event
                    )
                ) from error
    except StorageFailure as failure:
        # Disk full, read-only, locked: nothing was stored; the words go back to the user.
        raise CommandError(_not_saved(failure.message, args, lines), EXIT_DATABASE) from failure
    except CommandError as error:
        if error.status != EXIT_DATABASE:
            raise
        raise CommandError(_not_saved(str(error), args, lines), EXIT_DATABASE) from error
    for result in results:
        print(describe(result), flush=True)
    capped = [r for r in results if r.truncated]
    for result in capped:
        cut = ngettext(
            "capture {id} was cut at {n} character",
            "capture {id} was cut at {n} characters",
            len(result.raw_text),
        ).format(id=result.capture_id, n=number(len(result.raw_text)))
        lost = ngettext(
            "{n} character was not stored",
            "{n} characters were not stored",
            len(result.remainder),
        ).format(n=number(len(result.remainder)))
        print(f"eventmate: {cut}; {lost}", file=sys.stderr)
    return 1 if capped else 0


def _not_saved(reason: str, args: argparse.Namespace, lines: list[str] | None) -> str:
    """Say why nothing was stored, and give the words back so they can be captured again."""
    if args.source not in (None, "-"):
        return _("nothing was captured from {file} (all or nothing). {reason}").format(
            file=args.source, reason=reason
        )
    words = "\n".join(lines) if lines is not None else args.text
    return _("nothing was captured. {reason}\nYour text, to capture again:\n{words}").format(
        reason=reason, words=words
    )


def _read_lines(source: str) -> list[str]:
    from eventmate.domain.capture_syntax import split_lines

    if source == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        where = _("standard input")
    else:
        path = Path(source).expanduser()
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise CommandError(
                _("cannot read {path}: {reason}").format(path=path, reason=error.strerror or error)
            ) from error
        where = str(path)
    if len(data) > MAX_FILE_BYTES:
        raise CommandError(
            _("{where} is larger than {n} MB; not read").format(
                where=where, n=number(MAX_FILE_BYTES // 1_000_000)
            )
        )
    # utf-8-sig drops a BOM; undecodable bytes become U+FFFD rather than failing the paste.
    lines = split_lines(data.decode("utf-8-sig", errors="replace"))
    if not lines:
        raise CommandError(_("nothing to capture: {where} has no text").format(where=where))
    return lines


def describe(result: CaptureResult) -> str:
    """One line saying what a capture stored, e.g. "Saved capture 12: Anna Schmidt (new) …"."""
    if result.person_name is None:
        who = _("{who} (kept to tidy later)").format(who=result.descriptor or _("a note"))
    elif result.person_created:
        who = _("{name} (new person)").format(name=result.person_name)
    else:
        who = _("{name} (added to)").format(name=result.person_name)
    parts = [who]
    details = " · ".join(part for part in (result.role, result.organization) if part)
    if details:
        parts.append(details)
    if result.facts:
        parts.append(_("facts: {facts}").format(facts="; ".join(result.facts)))
    if result.tags:
        parts.append(_("tags: {tags}").format(tags=" ".join("#" + tag for tag in result.tags)))
    if result.follow_ups:
        parts.append(_("promises: {promises}").format(promises="; ".join(result.follow_ups)))
    if result.note:
        parts.append(_("note: {note}").format(note=result.note))
    if result.event_id is not None:
        saved = _("Saved capture {id} (event {event})").format(
            id=result.capture_id, event=result.event_id
        )
    else:
        saved = _("Saved capture {id}").format(id=result.capture_id)
    return f"{saved}: " + " — ".join(parts)
