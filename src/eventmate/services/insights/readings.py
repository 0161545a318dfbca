"""What each chart's one-line reading says, as facts; the GUI puts them into kind words.

The rules for "what stands out" live here, once, so every place that reads a chart aloud says
the same thing. Readings describe how I show up; they never rank people or total a "network".
"""

from __future__ import annotations

from dataclasses import dataclass

from eventmate.domain.kinds import EventKind, IntentionKind, IntentionOutcome
from eventmate.services.insights.series import OUTCOMES, Insights

#: An average change of energy this large (on the 1–5 scale) is worth mentioning.
ENERGY_NOTABLE = 0.5
#: … when at least this many reflections of that kind of event back it.
ENERGY_MIN_REFLECTIONS = 2
#: A kind of intention is singled out only with at least this many reviewed.
INTENTIONS_MIN_REVIEWED = 2


@dataclass(frozen=True, slots=True)
class PeopleReading:
    """Meeting people in the period."""

    met: int
    first_time: int
    #: The kind of event where I met the most people (None if nobody).
    top_kind: EventKind | None
    top_count: int


@dataclass(frozen=True, slots=True)
class PromisesReading:
    """Promises made in the period, by me and to me."""

    made: int
    kept: int
    on_time: int
    let_rest: int
    made_to_me: int
    kept_for_me: int


@dataclass(frozen=True, slots=True)
class IntentionsReading:
    """How intentions turned out."""

    reviewed: int
    #: The kind most often met, among kinds with enough reviewed (None if none qualify).
    best_kind: IntentionKind | None
    best_met: int
    best_reviewed: int


@dataclass(frozen=True, slots=True)
class EnergyReading:
    """Kinds of events that tend to give or cost energy, the clearest first."""

    reflections: int
    gives: tuple[EventKind, ...]
    costs: tuple[EventKind, ...]
    #: Whether any kind of event has enough reflections to tell a pattern.
    enough: bool = False


@dataclass(frozen=True, slots=True)
class GivingReading:
    """Things given and received in the period."""

    gave: int
    received: int


def people(insights: Insights) -> PeopleReading:
    """The people chart's reading."""
    series = insights.people_met
    by_kind = [sum(row[i] for row in series.counts) for i in range(len(series.kinds))]
    top = max(range(len(by_kind)), key=lambda i: by_kind[i], default=None)
    return PeopleReading(
        met=sum(by_kind),
        first_time=sum(series.first_time),
        top_kind=series.kinds[top] if top is not None else None,
        top_count=by_kind[top] if top is not None else 0,
    )


def promises(insights: Insights) -> PromisesReading:
    """The promises chart's reading."""
    on_time = sum(row[0] for row in insights.promises.mine)
    late = sum(row[1] for row in insights.promises.mine)
    return PromisesReading(
        made=sum(sum(row) for row in insights.promises.mine),
        kept=on_time + late,
        on_time=on_time,
        let_rest=sum(row[2] for row in insights.promises.mine),
        made_to_me=sum(sum(row) for row in insights.promises.theirs),
        kept_for_me=sum(row[0] for row in insights.promises.theirs),
    )


def intentions(insights: Insights) -> IntentionsReading:
    """The intentions chart's reading."""
    met_at = OUTCOMES.index(IntentionOutcome.MET)
    reviewed_total = 0
    best: tuple[float, int, int, IntentionKind] | None = None
    for kind in IntentionKind:
        counts = insights.intentions.of(kind)
        reviewed = sum(counts[:-1])  # the last column is "not reviewed yet"
        reviewed_total += reviewed
        if reviewed < INTENTIONS_MIN_REVIEWED:
            continue
        candidate = (counts[met_at] / reviewed, reviewed, counts[met_at], kind)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None or best[2] == 0:
        return IntentionsReading(reviewed_total, None, 0, 0)
    return IntentionsReading(reviewed_total, best[3], best[2], best[1])


def energy(insights: Insights) -> EnergyReading:
    """The energy chart's reading."""
    notable = [
        row
        for row in insights.energy
        if row.reflections >= ENERGY_MIN_REFLECTIONS and abs(row.change) >= ENERGY_NOTABLE
    ]
    notable.sort(key=lambda row: -abs(row.change))
    return EnergyReading(
        reflections=sum(row.reflections for row in insights.energy),
        gives=tuple(row.kind for row in notable if row.change > 0),
        costs=tuple(row.kind for row in notable if row.change < 0),
        enough=any(row.reflections >= ENERGY_MIN_REFLECTIONS for row in insights.energy),
    )


def giving(insights: Insights) -> GivingReading:
    """The giving chart's reading."""
    return GivingReading(sum(insights.giving.gave), sum(insights.giving.received))
