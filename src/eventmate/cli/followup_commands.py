"""``eventmate followups`` (list open follow-ups), ``followups done ID`` and ``followups rest ID``.

A follow-up is named by its number, as listed, or by its uid (``--json`` prints both).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from eventmate.cli.context import CommandError, open_services
from eventmate.domain.i18n import N_, _
from eventmate.domain.local_format import day

if TYPE_CHECKING:
    from eventmate.services.after.followups import FollowUpItem
    from eventmate.services.container import Services


def register(subparsers: Any) -> None:
    """Add the follow-up commands."""
    followups = subparsers.add_parser(
        "followups", help=_("list open follow-ups, the longest waiting first")
    )
    followups.add_argument("--json", action="store_true", help=_("print a JSON array"))
    actions = followups.add_subparsers(dest="followup_action", metavar="ACTION")
    done = actions.add_parser("done", help=_("mark follow-up ID done"))
    done.add_argument("id", metavar="ID", help=_("the follow-up's number, as listed, or its uid"))
    done.set_defaults(handler=_done)
    rest = actions.add_parser("rest", help=_("let follow-up ID rest (it leaves the open list)"))
    rest.add_argument("id", metavar="ID", help=_("the follow-up's number, as listed, or its uid"))
    rest.add_argument("--note", default="", metavar="TEXT", help=_("a note, if you like"))
    rest.set_defaults(handler=_rest)
    followups.set_defaults(handler=_list)


#: How the plain listing names each kind of follow-up.
_KINDS = {"give": N_("give"), "ask": N_("ask"), "catch_up": N_("catch-up")}


def _iso(moment: Any) -> str | None:
    return moment.isoformat() if moment is not None else None


def _list(args: argparse.Namespace) -> int:
    with open_services(args.data_dir, read_only=True) as (services, _locations):
        items = services.open_followups.open_items()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": item.id,
                        "uid": item.uid,
                        "person": item.person_name,
                        "person_uid": item.person_uid,
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
        print(_("No open follow-ups."))
        return 0
    lines = []
    for item in items:
        due = day(item.due_at.astimezone()) if item.due_at else _("no date")
        who = f" — {item.person_name}" if item.person_name else ""
        mine = _("I promised") if item.direction.value == "mine" else _("they promised")
        kind = _(_KINDS.get(item.kind.value, item.kind.value))
        lines.append(f"{item.id:>5}  {due}  {item.text}{who}  ({mine}, {kind})")
    print("\n".join(lines))  # one write, not one system call per line
    return 0


def _uid(services: Services, given: str) -> str:
    """The uid of the follow-up ``given`` names (its number or its uid)."""
    text = given.strip()
    if not text:
        raise CommandError(_("Name a follow-up by its number (as listed) or its uid."))
    if text.isdecimal():
        uid = services.followups.uid_of(int(text))
        if uid is None:
            raise CommandError(_("There is no follow-up {id}.").format(id=text))
        return uid
    return text


def _change(args: argparse.Namespace, write: str) -> FollowUpItem:
    from eventmate.services.records import RecordGone

    with open_services(args.data_dir) as (services, _locations):
        uid = _uid(services, args.id)
        try:
            if write == "done":
                return services.followups.mark_done(uid)
            return services.followups.let_rest(uid, args.note)
        except RecordGone:
            raise CommandError(
                _("There is no follow-up “{id}”.").format(id=args.id.strip())
            ) from None


def _done(args: argparse.Namespace) -> int:
    item = _change(args, "done")
    print(_("Done: {text}").format(text=item.text))
    return 0


def _rest(args: argparse.Namespace) -> int:
    item = _change(args, "rest")
    note = f" ({item.status_note})" if item.status_note else ""
    print(_("Resting: {text}").format(text=item.text) + note)
    return 0
