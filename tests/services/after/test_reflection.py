"""Reflections: default template, saves, energy, mentions, templates, intention review."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import NOW
from eventmate.domain.kinds import IntentionKind, IntentionOutcome
from eventmate.services.after.reflection import DEFAULT_PROMPTS, ReflectionError
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, Intention, Person, ReflectionTemplate


def _event(database: Database, title: str = "May masterclass", days_ago: int = 1) -> int:
    with database.write() as session:
        event = Event(
            title=title,
            starts_at=NOW - timedelta(days=days_ago, hours=3),
            ends_at=NOW - timedelta(days=days_ago, hours=1),
        )
        session.add(event)
        session.flush()
        return event.id


def _person(database: Database, name: str, **values: object) -> int:
    from eventmate.domain.text import fold

    with database.write() as session:
        person = Person(name=name, sort_key=fold(name), **values)
        session.add(person)
        session.flush()
        return person.id


def test_default_template_is_created_once(services: Services, database: Database) -> None:
    event_id = _event(database)
    view = services.reflection.open(event_id)
    assert view.prompts == DEFAULT_PROMPTS
    assert services.reflection.open(event_id).id == view.id
    with database.read() as session:
        assert session.query(ReflectionTemplate).count() == 1


def test_answers_body_and_energy_are_saved(services: Services, database: Database) -> None:
    view = services.reflection.open(_event(database))
    services.reflection.save_answer(view.id, DEFAULT_PROMPTS[0], "The Brahms\r\nwent well\x00")
    services.reflection.save_body(view.id, "# Evening\n\nQuiet and *good*.")
    services.reflection.save_energy(view.id, before=2, after=4)
    again = services.reflection.get(view.id)
    assert again.answers == {DEFAULT_PROMPTS[0]: "The Brahms\nwent well"}
    assert again.body == "# Evening\n\nQuiet and *good*."
    assert (again.energy_before, again.energy_after) == (2, 4)
    services.reflection.save_energy(view.id, after=0)
    assert services.reflection.get(view.id).energy_after is None


def test_energy_out_of_range_is_refused(services: Services, database: Database) -> None:
    view = services.reflection.open(_event(database))
    with pytest.raises(ReflectionError):
        services.reflection.save_energy(view.id, after=6)
    assert services.reflection.get(view.id).energy_after is None


def test_huge_paste_is_capped_not_lost(services: Services, database: Database) -> None:
    view = services.reflection.open(_event(database))
    services.reflection.save_body(view.id, "x" * 300_000)
    assert len(services.reflection.get(view.id).body) == 100_000


def test_unknown_event_or_reflection(services: Services) -> None:
    with pytest.raises(ReflectionError):
        services.reflection.open(999)
    with pytest.raises(ReflectionError):
        services.reflection.save_body(999, "text")


def test_mentions_link_people_and_count_as_interaction(
    services: Services, database: Database
) -> None:
    event_id = _event(database)
    anna = _person(database, "Anna Schmidt", last_interaction_at=NOW - timedelta(days=90))
    sean = _person(database, "Seán O'Brien")
    view = services.reflection.open(event_id)
    services.reflection.save_body(view.id, "Long talk with @Anna Schmidt, then @Sean O'Brien.")
    mentioned = services.reflection.get(view.id).mentioned
    assert [pid for pid, _name in mentioned] == [anna, sean]
    interaction = services.keep_in_touch.get(anna).last_interaction_at
    assert interaction == NOW - timedelta(days=1, hours=1)  # the event's end
    # Removing the mention unlinks the person.
    services.reflection.save_body(view.id, "Long talk with Anna.")
    services.reflection.save_answer(view.id, DEFAULT_PROMPTS[1], "@Seán O'Brien, at length")
    assert [pid for pid, _ in services.reflection.get(view.id).mentioned] == [sean]


def test_same_name_prefers_the_person_met_at_the_event(
    services: Services, database: Database
) -> None:
    event_id = _event(database)
    _person(database, "Anna Ng", last_interaction_at=NOW)
    met_here = _person(database, "Anna Ng", met_event_id=event_id)
    view = services.reflection.open(event_id)
    services.reflection.save_body(view.id, "@Anna Ng")
    assert [pid for pid, _ in services.reflection.get(view.id).mentioned] == [met_here]


def test_templates_are_editable(services: Services, database: Database) -> None:
    default = services.reflection.templates()[0]
    short = services.reflection.create_template("Short", ["One thing I learned", " ", "Who?"])
    assert short.prompts == ("One thing I learned", "Who?")
    services.reflection.rename_template(short.id, "Quick")
    services.reflection.set_prompts(short.id, ["Who did I listen to?"])
    services.reflection.set_default(short.id)
    templates = services.reflection.templates()
    assert [(t.name, t.is_default) for t in templates] == [
        ("Quick", True),
        (default.name, False),
    ]
    view = services.reflection.open(_event(database))
    assert view.prompts == ("Who did I listen to?",)
    with pytest.raises(ReflectionError):
        services.reflection.create_template("Quick", ["x"])
    with pytest.raises(ReflectionError):
        services.reflection.set_prompts(short.id, ["  "])


def test_answers_to_renamed_prompts_stay_visible(services: Services, database: Database) -> None:
    view = services.reflection.open(_event(database))
    services.reflection.save_answer(view.id, DEFAULT_PROMPTS[0], "kept")
    template = services.reflection.templates()[0]
    services.reflection.set_prompts(template.id, ["New wording"])
    again = services.reflection.get(view.id)
    assert again.prompts == ("New wording", DEFAULT_PROMPTS[0])
    assert again.answers[DEFAULT_PROMPTS[0]] == "kept"


def test_intention_review(services: Services, database: Database) -> None:
    event_id = _event(database)
    with database.write() as session:
        session.add_all(
            [
                Intention(event_id=event_id, kind=IntentionKind.CONNECT, text="Meet", position=0),
                Intention(event_id=event_id, kind=IntentionKind.LEARN, text="Ask", position=1),
            ]
        )
    first, second = services.reflection.intentions(event_id)
    services.reflection.set_outcome(first.id, IntentionOutcome.MET, "we talked for an hour")
    services.reflection.set_outcome(second.id, IntentionOutcome.LET_IT_REST)
    reviewed = services.reflection.open(event_id).intentions
    assert [(i.outcome, i.outcome_note) for i in reviewed] == [
        (IntentionOutcome.MET, "we talked for an hour"),
        (IntentionOutcome.LET_IT_REST, ""),
    ]
    with pytest.raises(ReflectionError):
        services.reflection.set_outcome(999, IntentionOutcome.MET)


def test_journal_excerpt_skips_markdown_markers(services: Services, database: Database) -> None:
    view = services.reflection.open(_event(database))
    services.reflection.save_body(view.id, "\n# Evening at the hall\n\n- more")
    (entry,) = services.journal.entries()
    assert entry.excerpt() == "Evening at the hall"
