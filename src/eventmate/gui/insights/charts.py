"""The six Insights charts built from one period's series: title, reading and what to draw."""

from __future__ import annotations

from dataclasses import dataclass

from eventmate.domain.kinds import EventKind, IntentionKind, IntentionOutcome
from eventmate.gui.events.event_model import kind_label
from eventmate.gui.insights import words
from eventmate.gui.insights.look import Tone
from eventmate.gui.insights.specs import BarSpec, ChartSpec, Layout, RangeRow, RangeSpec, Series
from eventmate.gui.insights.words import tr
from eventmate.services.insights import readings
from eventmate.services.insights.series import OUTCOMES, Insights

#: Colours of outcomes, in the order the service counts them (None: not reviewed yet).
_OUTCOME_TONES = {
    IntentionOutcome.MET: Tone.STRONG,
    IntentionOutcome.PARTLY: Tone.SOFT,
    IntentionOutcome.NOT_THIS_TIME: Tone.NEUTRAL,
    IntentionOutcome.LET_IT_REST: Tone.REST,
    None: Tone.QUIET,
}


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart as the page shows it."""

    #: Stable name (object names, export file names).
    key: str
    title: str
    reading: str
    spec: ChartSpec
    #: Heading of the table view's first column.
    corner: str


def _outcome_name(outcome: IntentionOutcome | None) -> str:
    return {
        IntentionOutcome.MET: tr("Met"),
        IntentionOutcome.PARTLY: tr("Partly"),
        IntentionOutcome.NOT_THIS_TIME: tr("Not this time"),
        IntentionOutcome.LET_IT_REST: tr("Let it rest"),
        None: tr("Not reviewed yet"),
    }[outcome]


def build_charts(insights: Insights) -> tuple[Chart, ...]:
    """Every chart of ``insights``, in the page's order."""
    buckets = insights.buckets
    categories = tuple(words.bucket_label(b, i == 0) for i, b in enumerate(buckets))
    corner = tr("Season") if buckets and buckets[0].granularity.value == "season" else tr("Month")
    return (
        _people(insights, categories, corner),
        _mine(insights, categories, corner),
        _theirs(insights, categories, corner),
        _intentions(insights),
        _energy(insights),
        _giving(insights, categories, corner),
    )


def _people(insights: Insights, categories: tuple[str, ...], corner: str) -> Chart:
    met = insights.people_met
    kinds = list(EventKind)
    series = tuple(
        Series(
            kind_label(kind.value),
            tuple(float(row[i]) for row in met.counts),
            category=kinds.index(kind),
        )
        for i, kind in enumerate(met.kinds)
    )
    spec = BarSpec(categories, series, Layout.STACKED_COLUMNS, tr("Nobody met at an event yet"))
    return Chart(
        "people-met",
        tr("People you met, by kind of event"),
        words.people_reading(readings.people(insights)),
        spec,
        corner,
    )


def _mine(insights: Insights, categories: tuple[str, ...], corner: str) -> Chart:
    mine = insights.promises.mine
    parts = (
        (tr("Kept on time"), Tone.STRONG),
        (tr("Kept, later"), Tone.SOFT),
        (tr("Let rest"), Tone.REST),
        (tr("Still open"), Tone.QUIET),
    )
    series = tuple(
        Series(name, tuple(float(row[i]) for row in mine), tone)
        for i, (name, tone) in enumerate(parts)
    )
    return Chart(
        "promises-made",
        tr("Promises you made"),
        words.my_promises_reading(readings.promises(insights)),
        BarSpec(categories, series, Layout.STACKED_COLUMNS, tr("No promises made yet")),
        corner,
    )


def _theirs(insights: Insights, categories: tuple[str, ...], corner: str) -> Chart:
    theirs = insights.promises.theirs
    parts = (
        (tr("Came through"), Tone.STRONG),
        (tr("Let rest"), Tone.REST),
        (tr("Still open"), Tone.QUIET),
    )
    series = tuple(
        Series(name, tuple(float(row[i]) for row in theirs), tone)
        for i, (name, tone) in enumerate(parts)
    )
    return Chart(
        "promises-to-me",
        tr("Promises made to you"),
        words.their_promises_reading(readings.promises(insights)),
        BarSpec(categories, series, Layout.STACKED_COLUMNS, tr("No promises made to you yet")),
        corner,
    )


def _intentions(insights: Insights) -> Chart:
    kinds = tuple(IntentionKind)
    series = tuple(
        Series(
            _outcome_name(outcome),
            tuple(float(insights.intentions.of(kind)[j]) for kind in kinds),
            _OUTCOME_TONES[outcome],
        )
        for j, outcome in enumerate(OUTCOMES)
    )
    spec = BarSpec(
        tuple(words.intention_kind(kind) for kind in kinds),
        series,
        Layout.STACKED_ROWS,
        tr("No intentions set for these events yet"),
    )
    return Chart(
        "intentions",
        tr("How your intentions went"),
        words.intentions_reading(readings.intentions(insights)),
        spec,
        tr("Intention"),
    )


def _energy(insights: Insights) -> Chart:
    rows = tuple(
        RangeRow(kind_label(row.kind.value), row.before, row.after, row.reflections)
        for row in insights.energy
    )
    spec = RangeSpec(
        rows,
        tr("Before (average, 1–5)"),
        tr("After"),
        tr("No energy noted before and after an event yet"),
        more_name=tr("After, with more energy"),
        less_name=tr("After, with less"),
    )
    return Chart(
        "energy",
        tr("Energy before → after, by kind of event"),
        words.energy_reading(readings.energy(insights)),
        spec,
        tr("Kind of event"),
    )


def _giving(insights: Insights, categories: tuple[str, ...], corner: str) -> Chart:
    giving = insights.giving
    series = (
        Series(tr("Gave"), tuple(float(v) for v in giving.gave), Tone.GIVE),
        Series(tr("Received"), tuple(float(v) for v in giving.received), Tone.RECEIVE),
    )
    return Chart(
        "giving",
        tr("Giving and receiving"),
        words.giving_reading(readings.giving(insights)),
        BarSpec(categories, series, Layout.GROUPED_COLUMNS, tr("Nothing given or received yet")),
        corner,
    )
