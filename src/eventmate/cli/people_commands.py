"""``eventmate search QUERY`` and ``eventmate people [QUERY]``, as text or JSON.

JSON output names every record by its ``uid`` (stable, never reused) as well as its ``id``.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from eventmate.cli.context import CommandError, open_services
from eventmate.domain.i18n import N_, _
from eventmate.services.search.hits import SearchKind

#: Group headings in plain-text output (translated when printed).
HEADINGS = {
    SearchKind.PERSON: N_("People"),
    SearchKind.EVENT: N_("Events"),
    SearchKind.FACT: N_("Facts"),
    SearchKind.CAPTURE: N_("Captures"),
    SearchKind.NOTE: N_("Notes"),
    SearchKind.REFLECTION: N_("Reflections"),
}


def register(subparsers: Any) -> None:
    """Add the search and people commands."""
    search = subparsers.add_parser(
        "search", help=_("find people, facts, captures, notes, reflections and events")
    )
    search.add_argument("query", metavar="QUERY", help=_("words to find (prefixes match: 'lig')"))
    search.add_argument("--json", action="store_true", help=_("print a JSON array"))
    search.add_argument(
        "--limit", type=int, default=20, metavar="N", help=_("at most N results of each kind")
    )
    search.set_defaults(handler=_search)
    people = subparsers.add_parser("people", help=_("list people (or those matching QUERY)"))
    people.add_argument("query", metavar="QUERY", nargs="?", help=_("words to find"))
    people.add_argument("--json", action="store_true", help=_("print a JSON array"))
    people.add_argument(
        "--limit", type=int, default=200, metavar="N", help=_("with QUERY: at most N people")
    )
    people.set_defaults(handler=_people)


def _search(args: argparse.Namespace) -> int:
    with open_services(args.data_dir, read_only=True) as (services, _locations):
        results = services.search.search(args.query, max(1, args.limit))
    if results.failed:
        raise CommandError(_("that search could not run; try other words"))
    hits = results.hits
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "kind": hit.kind.value,
                        "id": hit.id,
                        "uid": hit.uid,
                        "text": hit.text,
                        "detail": hit.detail,
                        "person_id": hit.person_id,
                        "person_uid": hit.person_uid,
                        "person": hit.person_name,
                        "event_id": hit.event_id,
                        "event_uid": hit.event_uid,
                        "event": hit.event_title,
                        "when": hit.when.isoformat() if hit.when else None,
                        "matches": [list(span) for span in hit.spans],
                    }
                    for hit in hits
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not hits:
        print(_("Nothing found for “{query}”.").format(query=" ".join(args.query.split())))
        return 0
    current = None
    for hit in hits:
        if hit.kind is not current:
            if current is not None:
                print()
            current = hit.kind
            print(_(HEADINGS[hit.kind]))
        owner = " · ".join(p for p in (hit.person_name, hit.event_title) if p)
        if hit.kind in (SearchKind.PERSON, SearchKind.EVENT):
            owner = hit.detail
        text = " ".join(hit.text.split())
        if len(text) > 100:
            text = text[:99] + "…"
        print(f"  {hit.id:>7}  {text}" + (f"  ({owner})" if owner else ""))
    return 0


def _people(args: argparse.Namespace) -> int:
    with open_services(args.data_dir, read_only=True) as (services, _locations):
        if args.query:
            # People only: the other indexes would be read for nothing.
            results = services.search.search(
                args.query, max(1, args.limit), kinds=(SearchKind.PERSON,)
            )
            if results.failed:
                raise CommandError(_("that search could not run; try other words"))
            ids = [hit.id for hit in results.groups.get(SearchKind.PERSON, ())]
            listings = services.listings.listings(ids)
        else:
            listings = services.listings.listings()
    if args.json:
        rows = [{"id": listing.id, "uid": listing.uid, **asdict(listing)} for listing in listings]
        for row in rows:
            for key in ("emails", "phones", "tags"):
                row[key] = list(row[key])
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not listings:
        print(_("Nobody found.") if args.query else _("No people yet."))
        return 0
    lines = []
    tags = _("tags: {tags}")
    for listing in listings:
        about = " · ".join(p for p in (listing.role, listing.organization) if p)
        lines.append(f"{listing.id:>7}  {listing.name}" + (f" — {about}" if about else ""))
        reach = ", ".join((*listing.emails, *listing.phones))
        if reach:
            lines.append(f"         {reach}")
        if listing.tags:
            lines.append("         " + tags.format(tags=", ".join(listing.tags)))
    # One write: line by line, an unbuffered terminal pays a system call per person.
    print("\n".join(lines))
    return 0
