"""The series behind each Insights chart, as frozen plain data (and as JSON for the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from eventmate.domain.kinds import EventKind, IntentionKind, IntentionOutcome
from eventmate.services.insights.history import PromiseEnd
from eventmate.services.insights.periods import Bucket, Period

#: Outcome columns of the intentions chart; None is "not reviewed yet".
OUTCOMES: tuple[IntentionOutcome | None, ...] = (*IntentionOutcome, None)
#: How promises made to me ended; "on time" and "late" are not told apart for other people.
THEIR_ENDS: tuple[PromiseEnd, ...] = (PromiseEnd.ON_TIME, PromiseEnd.LET_REST, PromiseEnd.OPEN)


@dataclass(frozen=True, slots=True)
class PeopleMet:
    """People met at events per bucket, by kind of event."""

    #: Kinds with anyone met in the period, in the usual order of kinds.
    kinds: tuple[EventKind, ...]
    #: Per bucket, per kind (in ``kinds`` order): people met at events of that kind.
    counts: tuple[tuple[int, ...], ...]
    #: Per bucket: of those, people met for the first time.
    first_time: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Promises:
    """Promises per bucket (by the day they were made) and how they ended."""

    #: Per bucket: my promises kept on time, late, let rest, still open (``PromiseEnd`` order).
    mine: tuple[tuple[int, int, int, int], ...]
    #: Per bucket: promises made to me kept, let rest, still open (``THEIR_ENDS`` order).
    theirs: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True, slots=True)
class IntentionOutcomes:
    """Intentions of the period's events: for each kind, how many ended each way."""

    #: Per ``IntentionKind`` (enum order), per ``OUTCOMES`` entry.
    counts: tuple[tuple[int, ...], ...]

    def of(self, kind: IntentionKind) -> tuple[int, ...]:
        """The outcome counts of ``kind``."""
        return self.counts[list(IntentionKind).index(kind)]


@dataclass(frozen=True, slots=True)
class EnergyRow:
    """Energy before and after the period's events of one kind (1–5, averaged)."""

    kind: EventKind
    reflections: int
    before: float
    after: float

    @property
    def change(self) -> float:
        """After minus before: positive when these events tend to give energy."""
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class Giving:
    """Things given and received per bucket."""

    gave: tuple[int, ...]
    received: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Insights:
    """Every chart's series for one period."""

    period: Period
    #: First and last local day covered (the last is today).
    first_day: date
    last_day: date
    buckets: tuple[Bucket, ...]
    people_met: PeopleMet
    promises: Promises
    intentions: IntentionOutcomes
    energy: tuple[EnergyRow, ...]
    giving: Giving


def to_json(insights: Insights) -> dict[str, Any]:
    """``insights`` as JSON-ready dicts and lists (keys and enum values in English)."""
    people = insights.people_met
    buckets = insights.buckets
    return {
        "period": insights.period.value,
        "from": insights.first_day.isoformat(),
        "to": insights.last_day.isoformat(),
        "granularity": buckets[0].granularity.value if buckets else "month",
        "people_met": [
            {
                "bucket": bucket.key,
                "start": bucket.start.isoformat(),
                "by_kind": {kind.value: n for kind, n in zip(people.kinds, counts, strict=True)},
                "first_time": first,
            }
            for bucket, counts, first in zip(buckets, people.counts, people.first_time, strict=True)
        ],
        "promises": [
            {
                "bucket": bucket.key,
                "start": bucket.start.isoformat(),
                "mine": {end.value: n for end, n in zip(PromiseEnd, mine, strict=True)},
                "made_to_me": {
                    ("kept" if end is PromiseEnd.ON_TIME else end.value): n
                    for end, n in zip(THEIR_ENDS, theirs, strict=True)
                },
            }
            for bucket, mine, theirs in zip(
                buckets, insights.promises.mine, insights.promises.theirs, strict=True
            )
        ],
        "intentions": {
            kind.value: {
                (outcome.value if outcome is not None else "not_reviewed"): n
                for outcome, n in zip(OUTCOMES, counts, strict=True)
            }
            for kind, counts in zip(IntentionKind, insights.intentions.counts, strict=True)
        },
        "energy": [
            {
                "kind": row.kind.value,
                "reflections": row.reflections,
                "before": round(row.before, 2),
                "after": round(row.after, 2),
            }
            for row in insights.energy
        ],
        "giving": [
            {"bucket": bucket.key, "start": bucket.start.isoformat(), "gave": gave, "received": got}
            for bucket, gave, got in zip(
                buckets, insights.giving.gave, insights.giving.received, strict=True
            )
        ],
    }
