"""Turning all-time tallies into one period's chart series: a pass in memory, no reading."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date

from eventmate.domain.kinds import Direction, EventKind, ExchangeDirection, IntentionKind
from eventmate.services.insights.history import History, PromiseEnd
from eventmate.services.insights.periods import Bucket, Period, bucket_index, buckets
from eventmate.services.insights.series import (
    OUTCOMES,
    THEIR_ENDS,
    EnergyRow,
    Giving,
    Insights,
    IntentionOutcomes,
    PeopleMet,
    Promises,
)

#: The bucket position of a local day, None outside the period.
_Index = Callable[[date], int | None]


def insights_for(history: History, period: Period) -> Insights:
    """The series of every chart for ``period``, ending today (``history.today``)."""
    today = history.today
    all_buckets = buckets(period, today, history.first_day)
    first_day = all_buckets[0].start

    def index(day: date) -> int | None:
        return bucket_index(all_buckets, day) if first_day <= day <= today else None

    return Insights(
        period=period,
        first_day=first_day,
        last_day=today,
        buckets=all_buckets,
        people_met=_people_met(history, all_buckets, index),
        promises=_promises(history, all_buckets, index),
        intentions=_intentions(history, first_day, today),
        energy=_energy(history, first_day, today),
        giving=_giving(history, all_buckets, index),
    )


def _people_met(history: History, all_buckets: tuple[Bucket, ...], index: _Index) -> PeopleMet:
    met: dict[int, Counter[EventKind]] = defaultdict(Counter)
    first = [0] * len(all_buckets)
    for tally in history.events:
        at = index(tally.day)
        if at is None or tally.met == 0:
            continue
        met[at][tally.kind] += tally.met
        first[at] += tally.first_time
    kinds = tuple(kind for kind in EventKind if any(met[at][kind] for at in met))
    counts = tuple(tuple(met[at][kind] for kind in kinds) for at in range(len(all_buckets)))
    return PeopleMet(kinds=kinds, counts=counts, first_time=tuple(first))


def _promises(history: History, all_buckets: tuple[Bucket, ...], index: _Index) -> Promises:
    mine = [[0, 0, 0, 0] for _ in all_buckets]
    theirs = [[0, 0, 0] for _ in all_buckets]
    ends = list(PromiseEnd)
    for day, direction, end, count in history.promises:
        at = index(day)
        if at is None:
            continue
        if direction is Direction.MINE:
            mine[at][ends.index(end)] += count
        else:
            kept = PromiseEnd.ON_TIME if end is PromiseEnd.LATE else end
            theirs[at][THEIR_ENDS.index(kept)] += count
    return Promises(
        mine=tuple((a, b, c, d) for a, b, c, d in mine),
        theirs=tuple((a, b, c) for a, b, c in theirs),
    )


def _intentions(history: History, first_day: date, today: date) -> IntentionOutcomes:
    counts = {kind: [0] * len(OUTCOMES) for kind in IntentionKind}
    for day, kind, outcome, count in history.intentions:
        if first_day <= day <= today:
            counts[kind][OUTCOMES.index(outcome)] += count
    return IntentionOutcomes(counts=tuple(tuple(counts[kind]) for kind in IntentionKind))


def _energy(history: History, first_day: date, today: date) -> tuple[EnergyRow, ...]:
    sums: dict[EventKind, list[int]] = {}
    for day, kind, before, after in history.energy:
        if first_day <= day <= today:
            entry = sums.setdefault(kind, [0, 0, 0])
            entry[0] += 1
            entry[1] += before
            entry[2] += after
    rows = []
    for kind in EventKind:
        if kind in sums:
            n, before, after = sums[kind]
            rows.append(EnergyRow(kind, n, before / n, after / n))
    return tuple(rows)


def _giving(history: History, all_buckets: tuple[Bucket, ...], index: _Index) -> Giving:
    gave = [0] * len(all_buckets)
    received = [0] * len(all_buckets)
    for day, direction, count in history.exchanges:
        at = index(day)
        if at is None:
            continue
        (gave if direction is ExchangeDirection.GAVE else received)[at] += count
    return Giving(gave=tuple(gave), received=tuple(received))
