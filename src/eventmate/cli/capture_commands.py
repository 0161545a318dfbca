"""``eventmate capture``: store a capture from the command line, or open capture mode.

``eventmate capture "TEXT"`` and ``eventmate capture --from FILE`` (``-``: standard input)
store exactly as the GUI does and print what was stored. Without text the app opens straight
in capture mode; ``main`` routes that case (see :func:`opens_gui`), so this module never
imports Qt.

With a server that cannot be reached, the captures are kept on this computer (the data
folder's outbox) and the command says so, exit status 0; the next ``eventmate capture`` that
reaches the server sends them first (so they arrive in order), as does ``eventmate sync``.
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
    from eventmate.cli.sync_commands import send_waiting, sent_words, unreachable
    from eventmate.services.capture.result import NothingToCapture, UnknownRecord
    from eventmate.services.changes import server_away
    from eventmate.services.data_folder import StorageFailure

    if args.text is not None and args.source is not None:
        raise CommandError(_("give TEXT or --from FILE, not both"))
    lines = _read_lines(args.source) if args.source is not None else None
    try:
        with open_services(args.data_dir) as (services, _locations):
            try:
                # Captures kept while the server was away go first: they were made first.
                sent = send_waiting(services)
                if sent is not None and sent_words(sent):
                    print(sent_words(sent), flush=True)
                if services.outbox is not None and services.outbox.should_keep():
                    return _keep(args, lines)
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
        if unreachable(error):
            return _keep(args, lines)
        raise CommandError(_not_saved(str(error), args, lines), EXIT_DATABASE) from error
    except Exception as error:
        if not server_away(error):
            raise
        return _keep(args, lines)  # the server went away between opening and storing
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


def _keep(args: argparse.Namespace, lines: list[str] | None) -> int:
    """Keep the captures in the data folder's outbox (the server cannot be reached)."""
    from eventmate.cli.sync_commands import waiting_words
    from eventmate.services.capture.outbox import Outbox
    from eventmate.services.capture.result import NothingToCapture
    from eventmate.services.clock import system_clock
    from eventmate.services.data_folder import StorageFailure, resolve_locations

    outbox = Outbox(resolve_locations(args.data_dir).outbox)
    try:
        if lines is not None:
            results = outbox.keep_lines(lines, args.event, system_clock())
        else:
            results = [outbox.keep(args.text, args.event, system_clock())]
    except NothingToCapture as error:
        raise CommandError(_("nothing to capture: the text is empty")) from error
    except StorageFailure as failure:
        raise CommandError(_not_saved(failure.message, args, lines), EXIT_DATABASE) from failure
    total, _refused = outbox.counts()
    kept = ngettext(
        "Kept {n} capture on this computer: the server cannot be reached.",
        "Kept {n} captures on this computer: the server cannot be reached.",
        len(results),
    ).format(n=number(len(results)))
    when = _(
        "Sent when it is back (the next `eventmate capture` there, or `eventmate sync`); {waiting}."
    ).format(waiting=waiting_words(total))
    print(f"{kept} {when}", flush=True)
    capped = [r for r in results if r.truncated]
    for result in capped:
        cut = ngettext(
            "a capture was cut at {n} character",
            "a capture was cut at {n} characters",
            len(result.raw_text),
        ).format(n=number(len(result.raw_text)))
        lost = ngettext(
            "{n} character was not kept",
            "{n} characters were not kept",
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
