"""The shipped reflection prompts: about others, and an untouched old template gets the new ones."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from conftest import NOW
from eventmate.services.after.templates import (
    DEFAULT_PROMPTS,
    DEFAULT_TEMPLATE_NAME,
    EARLIER_DEFAULTS,
)
from eventmate.services.container import Services
from eventmate.storage.engine import Database
from eventmate.storage.models import Event, ReflectionTemplate


def _event(database: Database) -> str:
    with database.write() as session:
        event = Event(title="Spring Recital", starts_at=NOW - timedelta(days=1))
        session.add(event)
        session.flush()
        return event.uid


def _template(database: Database, prompts: list[str]) -> None:
    with database.write() as session:
        row = ReflectionTemplate(name=DEFAULT_TEMPLATE_NAME, prompts={"prompts": prompts})
        row.is_default = True
        session.add(row)


def test_the_new_prompts_ask_whom_I_met_and_what_I_could_offer() -> None:
    assert "Whom did I meet that I had not planned to?" in DEFAULT_PROMPTS
    assert "What could I offer someone I met?" in DEFAULT_PROMPTS
    assert DEFAULT_PROMPTS[0] == "What went well?"


def test_an_untouched_earlier_default_gets_the_new_prompts(
    services: Services, database: Database
) -> None:
    _template(database, list(EARLIER_DEFAULTS[0]))
    view = services.reflection.open(_event(database))
    assert view.prompts == DEFAULT_PROMPTS  # shown at once, before anything is written
    assert services.reflection.templates()[0].prompts == DEFAULT_PROMPTS
    with database.read() as session:  # and stored on the next write
        assert session.scalar(select(ReflectionTemplate.prompts))["prompts"] == list(
            DEFAULT_PROMPTS
        )


def test_an_edited_default_template_is_left_as_the_user_wrote_it(
    services: Services, database: Database
) -> None:
    mine = ["What went well?", "Whom did I thank?"]
    _template(database, mine)
    view = services.reflection.open(_event(database))
    assert view.prompts == tuple(mine)
    assert services.reflection.templates()[0].prompts == tuple(mine)
