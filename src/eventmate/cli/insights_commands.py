"""``eventmate insights [--period season|year|all] [--json]``: the series behind every chart."""

from __future__ import annotations

import argparse
import json
from typing import Any

from eventmate.cli.context import open_services
from eventmate.domain.i18n import N_, _
from eventmate.domain.local_format import decimal

#: --period values and how the plain output names them (translated when printed).
PERIODS = {
    "season": N_("this season"),
    "year": N_("the last 12 months"),
    "all": N_("all your time"),
}


def register(subparsers: Any) -> None:
    """Add the insights command."""
    insights = subparsers.add_parser(
        "insights",
        help=_("how you have shown up: people met, promises, intentions, energy, giving"),
        description=_(
            "The numbers behind the Insights charts. A season runs from 1 September "
            "to 31 August (the concert season); months and days are in local time."
        ),
    )
    insights.add_argument(
        "--period",
        choices=tuple(PERIODS),
        default="season",
        help=_("this season (default), the last 12 months, or all"),
    )
    insights.add_argument("--json", action="store_true", help=_("print every series as JSON"))
    insights.set_defaults(handler=_insights)


def _insights(args: argparse.Namespace) -> int:
    from eventmate.services.insights.periods import Period
    from eventmate.services.insights.series import to_json

    with open_services(args.data_dir) as (services, _locations):
        document = to_json(services.insights.insights(Period(args.period)))
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    _print_plain(document, _(PERIODS[args.period]))
    return 0


#: Column and row names of the plain tables, by the JSON's keys (translated when printed).
_OUTCOMES = {
    "met": N_("met"),
    "partly": N_("partly"),
    "not_this_time": N_("not this time"),
    "let_it_rest": N_("let it rest"),
    "not_reviewed": N_("not reviewed"),
}
_INTENTION_KINDS = {
    "connect": N_("connect"),
    "learn": N_("learn"),
    "offer": N_("offer"),
    "mindset": N_("mindset"),
}
_EVENT_KINDS = {
    "concert": N_("concert"),
    "rehearsal": N_("rehearsal"),
    "gig": N_("gig"),
    "reception": N_("reception"),
    "fundraiser": N_("fundraiser"),
    "masterclass": N_("masterclass"),
    "audition": N_("audition"),
    "festival": N_("festival"),
    "conference": N_("conference"),
    "other": N_("other"),
}
_GRANULARITY = {"month": N_("month"), "season": N_("season")}


def _energy(row: dict[str, Any]) -> list[str]:
    """The two averages as the JSON has them, with the language's decimal mark."""
    return [decimal(row["before"]), decimal(row["after"])]


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    print(title)
    widths = [
        max(len(str(value)) for value in [name, *(row[i] for row in rows)])
        for i, name in enumerate(columns)
    ]
    for line in [columns, *rows]:
        print(
            "  "
            + "  ".join(str(value).rjust(width) for value, width in zip(line, widths, strict=True))
        )
    print()


def _print_plain(document: dict[str, Any], period: str) -> None:
    by = _(_GRANULARITY.get(document["granularity"], document["granularity"]))
    print(
        _("Insights for {period}: {start} to {end}, by {granularity}").format(
            period=period, start=document["from"], end=document["to"], granularity=by
        )
    )
    print()
    people = document["people_met"]
    kinds = list(dict.fromkeys(kind for row in people for kind in row["by_kind"]))
    _table(
        _("People met at events (each person once per event)"),
        ["", *(_(_EVENT_KINDS.get(kind, kind)) for kind in kinds), _("first time")],
        [
            [row["bucket"], *(row["by_kind"].get(k, 0) for k in kinds), row["first_time"]]
            for row in people
        ],
    )
    _table(
        _("Promises, by when they were made"),
        [
            "",
            _("mine: on time"),
            _("late"),
            _("let rest"),
            _("open"),
            _("to me: kept"),
            _("let rest"),
            _("open"),
        ],
        [
            [row["bucket"], *row["mine"].values(), *row["made_to_me"].values()]
            for row in document["promises"]
        ],
    )
    _table(
        _("Intentions, by how they turned out"),
        ["", *(_(name) for name in _OUTCOMES.values())],
        [
            [_(_INTENTION_KINDS.get(kind, kind)), *(counts[o] for o in _OUTCOMES)]
            for kind, counts in document["intentions"].items()
        ],
    )
    _table(
        _("Energy before → after (1–5, average)"),
        ["", _("reflections"), _("before"), _("after")],
        [
            [_(_EVENT_KINDS.get(row["kind"], row["kind"])), row["reflections"], *_energy(row)]
            for row in document["energy"]
        ],
    )
    _table(
        _("Giving and receiving"),
        ["", _("gave"), _("received")],
        [[row["bucket"], row["gave"], row["received"]] for row in document["giving"]],
    )
