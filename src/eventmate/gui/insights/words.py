"""The words of Insights: chart titles, labels, and each chart's one-line reading, translated.

Readings reflect (how I show up), never judge or rank: no scores, no streaks, no "network".
What stands out is decided by ``services.insights.readings``; this module only says it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from eventmate.domain.kinds import EventKind, IntentionKind
from eventmate.services.insights import readings
from eventmate.services.insights.periods import Bucket, Granularity, Period


def tr(text: str) -> str:
    """``text`` in the user's language (context "Insights")."""
    return QCoreApplication.translate("Insights", text)


def count(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many`` with %n replaced (both already translated)."""
    return one if n == 1 else many.replace("%n", QLocale().toString(n))


def period_label(period: Period) -> str:
    """How the period chooser names ``period``."""
    return {
        Period.SEASON: tr("This season"),
        Period.YEAR: tr("Last 12 months"),
        Period.ALL: tr("All"),
    }[period]


def bucket_label(bucket: Bucket, first: bool) -> str:
    """ "Sep", "Jan 2027" (a year's first month, or the first bar), or "2025–26" for a season."""
    if bucket.granularity is Granularity.SEASON:
        return f"{bucket.start.year}–{(bucket.start.year + 1) % 100:02d}"
    day = QDate(bucket.start.year, bucket.start.month, 1)
    fmt = "MMM yyyy" if first or bucket.start.month == 1 else "MMM"
    return QLocale().toString(day, fmt)


def kinds_plural(kind: EventKind) -> str:
    """A kind of event as a plural noun inside a sentence ("receptions")."""
    return {
        EventKind.CONCERT: tr("concerts"),
        EventKind.REHEARSAL: tr("rehearsals"),
        EventKind.GIG: tr("gigs"),
        EventKind.RECEPTION: tr("receptions"),
        EventKind.FUNDRAISER: tr("fundraisers"),
        EventKind.MASTERCLASS: tr("masterclasses"),
        EventKind.AUDITION: tr("auditions"),
        EventKind.FESTIVAL: tr("festivals"),
        EventKind.CONFERENCE: tr("conferences"),
        EventKind.OTHER: tr("other events"),
    }[kind]


def intention_kind(kind: IntentionKind) -> str:
    """An intention's kind as its chip reads."""
    return {
        IntentionKind.CONNECT: tr("Connect"),
        IntentionKind.LEARN: tr("Learn"),
        IntentionKind.OFFER: tr("Offer"),
        IntentionKind.MINDSET: tr("Mindset"),
    }[kind]


def _and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def people_reading(reading: readings.PeopleReading) -> str:
    """The people chart in one line."""
    if reading.top_kind is None:
        return tr(
            "Nobody noted as met at an event in this period. People you capture will show here."
        )
    line = (
        tr("%1 are where you met the most people (%2 of %3)")
        .replace("%1", _capital(kinds_plural(reading.top_kind)))
        .replace("%2", QLocale().toString(reading.top_count))
        .replace("%3", QLocale().toString(reading.met))
    )
    if reading.first_time:
        line += tr("; %1 were first meetings.").replace(
            "%1", QLocale().toString(reading.first_time)
        )
    else:
        line += tr("; all were people you already knew.")
    return line


def my_promises_reading(reading: readings.PromisesReading) -> str:
    """The chart of my promises in one line."""
    if reading.made == 0:
        return tr("No promises made in this period. When you offer something, it shows here.")
    line = (
        tr("You kept %1 of the %2 promises you made, %3 of them on time")
        .replace("%1", QLocale().toString(reading.kept))
        .replace("%2", QLocale().toString(reading.made))
        .replace("%3", QLocale().toString(reading.on_time))
    )
    if reading.let_rest:
        line += tr("; %1 you let rest.").replace("%1", QLocale().toString(reading.let_rest))
    else:
        line += "."
    return line


def their_promises_reading(reading: readings.PromisesReading) -> str:
    """The chart of promises made to me in one line."""
    if reading.made_to_me == 0:
        return tr("No promises made to you noted in this period.")
    return (
        tr("%1 of the %2 promises made to you came through.")
        .replace("%1", QLocale().toString(reading.kept_for_me))
        .replace("%2", QLocale().toString(reading.made_to_me))
    )


def intentions_reading(reading: readings.IntentionsReading) -> str:
    """The intentions chart in one line."""
    if reading.reviewed == 0:
        return tr("After an event, mark how each intention went (in Reflect) to see how they go.")
    if reading.best_kind is None:
        return tr("A few more reviewed intentions, and a pattern may show.")
    return (
        tr("“%1” intentions were met most often: %2 of %3.")
        .replace("%1", intention_kind(reading.best_kind))
        .replace("%2", QLocale().toString(reading.best_met))
        .replace("%3", QLocale().toString(reading.best_reviewed))
    )


def energy_reading(reading: readings.EnergyReading) -> str:
    """The energy chart in one line."""
    if reading.reflections == 0:
        return tr(
            "Note your energy before and after an event (in Prepare and Reflect) to see which "
            "kinds of event give you energy."
        )
    if not reading.enough:
        return tr("A few more reflections with your energy noted, and a pattern may show.")
    gives = _and([kinds_plural(kind) for kind in reading.gives])
    costs = _and([kinds_plural(kind) for kind in reading.costs])
    if gives and costs:
        return (
            tr("%1 tend to give you energy; %2 tend to cost some.")
            .replace("%1", _capital(gives))
            .replace("%2", costs)
        )
    if gives:
        return tr("%1 tend to give you energy.").replace("%1", _capital(gives))
    if costs:
        return tr("%1 tend to cost you some energy.").replace("%1", _capital(costs))
    return tr("Your energy is about the same before and after, whatever the kind of event.")


def giving_reading(reading: readings.GivingReading) -> str:
    """The giving chart in one line."""
    if reading.gave == 0 and reading.received == 0:
        return tr(
            "Nothing given or received noted in this period. An introduction, a recording or "
            "your time all count."
        )
    gave = count(reading.gave, tr("You gave once"), tr("You gave %n times"))
    received = count(reading.received, tr("received once"), tr("received %n times"))
    return tr("%1 and %2.").replace("%1", gave).replace("%2", received)
