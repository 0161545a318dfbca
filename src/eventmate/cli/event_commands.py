"""``eventmate event add`` and ``eventmate event list``: events from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from eventmate.cli.context import CommandError, open_services
from eventmate.domain.i18n import _
from eventmate.domain.kinds import EventKind
from eventmate.domain.local_format import day_and_time

if TYPE_CHECKING:
    from eventmate.services.events.event_list import EventRow

_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def register(subparsers: Any) -> None:
    """Add ``event add`` and ``event list``."""
    event = subparsers.add_parser("event", help=_("add or list events"))
    actions = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=_("add an event and print its id"))
    add.add_argument("title", metavar="TITLE")
    add.add_argument(
        "--start", required=True, metavar="'YYYY-MM-DD HH:MM'", help=_("start, in local time")
    )
    add.add_argument("--end", metavar="'YYYY-MM-DD HH:MM'", help=_("end, in local time"))
    add.add_argument(
        "--kind",
        metavar="KIND",
        help=_("one of: {kinds}").format(kinds=", ".join(k.value for k in EventKind)),
    )
    add.add_argument("--venue", default="", metavar="VENUE")
    add.add_argument("--city", default="", metavar="CITY")
    add.set_defaults(handler=_add)
    listing = actions.add_parser("list", help=_("list events, upcoming first, then past"))
    listing.add_argument("--json", action="store_true", help=_("print a JSON array"))
    listing.set_defaults(handler=_list)


def parse_local(text: str, option: str) -> datetime:
    """A local date and time as typed (``YYYY-MM-DD HH:MM``), as an aware UTC datetime."""
    cleaned = " ".join(text.split())
    for fmt in _FORMATS:
        try:
            naive = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        # A naive datetime's astimezone() reads it as the system's local time.
        return naive.astimezone().astimezone(UTC)
    raise CommandError(
        _("{option} {text!r} is not a date and time like 2026-12-03 19:30").format(
            option=option, text=text
        )
    )


def _kind(text: str | None) -> EventKind:
    if text is None:
        return EventKind.OTHER
    try:
        return EventKind(text.strip().casefold())
    except ValueError:
        choices = ", ".join(kind.value for kind in EventKind)
        raise CommandError(
            _("--kind {text!r} is not a kind of event; use one of: {choices}").format(
                text=text, choices=choices
            )
        ) from None


def _add(args: argparse.Namespace) -> int:
    from eventmate.services.changes import Kind
    from eventmate.services.events.events import EventDraft, EventInvalid

    draft = EventDraft(
        title=args.title,
        starts_at=parse_local(args.start, "--start"),
        ends_at=parse_local(args.end, "--end") if args.end else None,
        kind=_kind(args.kind),
        venue=args.venue,
        city=args.city,
    )
    with open_services(args.data_dir) as (services, _locations):
        try:
            saved = services.events.create(draft)
        except EventInvalid as error:
            raise CommandError(str(error)) from error
        event_id = services.records.id_of(Kind.EVENT, saved.uid)
    print(event_id)
    return 0


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone().isoformat(timespec="minutes") if moment is not None else None


def _as_json(row: EventRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "uid": row.uid,
        "title": row.title,
        "kind": row.kind.value,
        "start": _iso(row.starts_at),
        "end": _iso(row.ends_at),
        "venue": row.venue,
        "city": row.city,
        "sample": row.is_sample,
    }


def _list(args: argparse.Namespace) -> int:
    with open_services(args.data_dir, read_only=True) as (services, _locations):
        events = services.event_list.list_events()
    rows = (*events.upcoming, *events.past)
    if args.json:
        print(json.dumps([_as_json(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(
            _("No events yet. Add one with: eventmate event add TITLE --start 'YYYY-MM-DD HH:MM'")
        )
        return 0
    lines = []
    for heading, group in ((_("Upcoming"), events.upcoming), (_("Past"), events.past)):
        if not group:
            continue
        lines.append(heading)
        for row in group:
            place = ", ".join(part for part in (row.venue, row.city) if part)
            when = day_and_time(row.starts_at.astimezone())
            lines.append(f"  {row.id:>5}  {when}  {row.title}" + (f" — {place}" if place else ""))
    print("\n".join(lines))  # one write, not one system call per line
    return 0
