"""``eventmate followups`` (list open follow-ups) and ``eventmate followups done ID``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from eventmate.cli.context import CommandError, open_services


def register(subparsers: Any) -> None:
    """Add the follow-up commands."""
    followups = subparsers.add_parser(
        "followups", help="list open follow-ups, the longest waiting first"
    )
    followups.add_argument("--json", action="store_true", help="print a JSON array")
    actions = followups.add_subparsers(dest="followup_action", metavar="ACTION")
    done = actions.add_parser("done", help="mark follow-up ID done")
    done.add_argument("id", metavar="ID", help="the follow-up's number, as listed")
    done.set_defaults(handler=_done)
    followups.set_defaults(handler=_list)


def _iso(moment: Any) -> str | None:
    return moment.isoformat() if moment is not None else None


def _list(args: argparse.Namespace) -> int:
    with open_services(args.data_dir, read_only=True) as (services, _locations):
        items = services.followups.open_items()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": item.id,
                        "person": item.person_name,
                        "text": item.text,
                        "kind": item.kind.value,
                        "direction": item.direction.value,
                        "due": _iso(item.due_at),
                        "status": item.status.value,
                    }
                    for item in items
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not items:
        print("No open follow-ups.")
        return 0
    for item in items:
        due = item.due_at.astimezone().strftime("%a %d %b %Y") if item.due_at else "no date"
        who = f" — {item.person_name}" if item.person_name else ""
        mine = "I promised" if item.direction.value == "mine" else "they promised"
        print(
            f"{item.id:>5}  {due}  {item.text}{who}  ({mine}, {item.kind.value.replace('_', '-')})"
        )
    return 0


def _done(args: argparse.Namespace) -> int:
    try:
        follow_up_id = int(args.id)
    except ValueError:
        raise CommandError(f"“{args.id}” is not a follow-up number.") from None
    from eventmate.services.after.followups import FollowUpError

    with open_services(args.data_dir) as (services, _locations):
        try:
            item = services.followups.mark_done(follow_up_id)
        except FollowUpError as error:
            raise CommandError(str(error)) from error
    print(f"Done: {item.text}")
    return 0
