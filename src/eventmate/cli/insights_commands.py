"""``eventmate insights [--period season|year|all] [--json]``: the series behind every chart."""

from __future__ import annotations

import argparse
import json
from typing import Any

from eventmate.cli.context import open_services

#: --period values and how the plain output names them.
PERIODS = {"season": "this season", "year": "the last 12 months", "all": "all your time"}


def register(subparsers: Any) -> None:
    """Add the insights command."""
    insights = subparsers.add_parser(
        "insights",
        help="how you have shown up: people met, promises, intentions, energy, giving",
        description="The numbers behind the Insights charts. A season runs from 1 September "
        "to 31 August (the concert season); months and days are in local time.",
    )
    insights.add_argument(
        "--period",
        choices=tuple(PERIODS),
        default="season",
        help="this season (default), the last 12 months, or all",
    )
    insights.add_argument("--json", action="store_true", help="print every series as JSON")
    insights.set_defaults(handler=_insights)


def _insights(args: argparse.Namespace) -> int:
    from eventmate.services.insights.periods import Period
    from eventmate.services.insights.series import to_json

    with open_services(args.data_dir) as (services, _locations):
        document = to_json(services.insights.insights(Period(args.period)))
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    _print_plain(document, PERIODS[args.period])
    return 0


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
    span = f"{document['from']} to {document['to']}"
    print(f"Insights for {period}: {span}, by {document['granularity']}")
    print()
    people = document["people_met"]
    kinds = list(dict.fromkeys(kind for row in people for kind in row["by_kind"]))
    _table(
        "People met at events (each person once per event)",
        ["", *kinds, "first time"],
        [
            [row["bucket"], *(row["by_kind"].get(k, 0) for k in kinds), row["first_time"]]
            for row in people
        ],
    )
    _table(
        "Promises, by when they were made",
        ["", "mine: on time", "late", "let rest", "open", "to me: kept", "let rest", "open"],
        [
            [row["bucket"], *row["mine"].values(), *row["made_to_me"].values()]
            for row in document["promises"]
        ],
    )
    outcomes = ["met", "partly", "not_this_time", "let_it_rest", "not_reviewed"]
    _table(
        "Intentions, by how they turned out",
        ["", *(name.replace("_", " ") for name in outcomes)],
        [[kind, *(counts[o] for o in outcomes)] for kind, counts in document["intentions"].items()],
    )
    _table(
        "Energy before → after (1–5, average)",
        ["", "reflections", "before", "after"],
        [
            [row["kind"], row["reflections"], row["before"], row["after"]]
            for row in document["energy"]
        ],
    )
    _table(
        "Giving and receiving",
        ["", "gave", "received"],
        [[row["bucket"], row["gave"], row["received"]] for row in document["giving"]],
    )
