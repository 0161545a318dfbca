"""Insights and rehearsal from the sample data: something in every chart, nothing left after."""

from __future__ import annotations

from eventmate.services.container import Services
from eventmate.services.insights import readings
from eventmate.services.insights.periods import Period


def test_sample_data_fills_every_chart_and_leaves_nothing_behind(services: Services) -> None:
    services.sample_data.add()
    insights = services.insights.insights(Period.YEAR)
    assert readings.people(insights).met == 4
    assert readings.promises(insights).made == 1
    assert readings.promises(insights).kept == 1
    assert readings.intentions(insights).reviewed == 2
    assert readings.energy(insights).reflections == 1
    assert readings.giving(insights) == readings.GivingReading(gave=1, received=1)
    gala = services.events.list_events().upcoming[0].id
    deck = services.rehearsal.for_event(gala)
    assert deck is not None
    assert deck.cards
    services.rehearsal.record(deck.cards[0].person_id, knew=True, event_id=gala)
    services.sample_data.remove()
    empty = services.insights.insights(Period.ALL)
    assert readings.people(empty).met == 0
    assert readings.giving(empty) == readings.GivingReading(0, 0)
    assert readings.intentions(empty).reviewed == 0
