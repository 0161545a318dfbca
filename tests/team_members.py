"""Two members of a team on the test cluster: A's evening written through the services.

Shared by the privacy tests of the services and of the GUI (``tests/services/data/test_team.py``,
``tests/gui/test_team_gui.py``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
from tests.conftest import NOW

from eventmate.domain.kinds import ExchangeDirection, IntentionKind
from eventmate.services.container import Services
from eventmate.services.data.team import MemberAdded
from eventmate.services.events.drafts import EventDraft
from eventmate.storage.engine import Database
from eventmate.storage.opening import open_url
from eventmate.storage.team import keeper_name

#: In every private text A writes, and in nothing shared.
SECRET = "xylosecret"
_NAMES = itertools.count(1)


@dataclass
class Team:
    """A server database with members A and B, A's services, and what A wrote."""

    admin: Database
    a: MemberAdded
    b: MemberAdded
    services_a: Services
    services_b: Services
    event_uid: str
    person_uid: str

    def raw(self, member: MemberAdded) -> psycopg.Connection[Any]:
        """A plain psycopg connection as ``member`` (autocommit)."""
        url = self.admin.engine.url
        return psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=member.name,
            password=member.password,
            autocommit=True,
        )


def _as_member(admin: Database, member: MemberAdded, folder: Path) -> Services:
    url = admin.engine.url.set(username=member.name, password=member.password)
    return Services(open_url(url.render_as_string(hide_password=False)), folder, clock=lambda: NOW)


def _write_privately(services: Services) -> tuple[str, str]:
    """A's evening, through the services: a shared event and person, and private words."""
    event = services.events.create(
        EventDraft("Winter Gala", NOW - timedelta(days=1), venue="Wigmore Hall")
    ).uid
    captured = services.capture.capture(
        # The promise becomes a follow-up; the words after its #tag a note.
        f"Quentin Zorbas (viola) — loves zither; grew up in Graz !send the {SECRET} score "
        f"#harp {SECRET} aside",
        event_uid=event,
    )
    person = captured.person_uid
    assert person is not None
    assert captured.follow_ups
    services.intentions.add(event, IntentionKind.CONNECT, f"meet the {SECRET} quartet")
    services.intentions.add(event, IntentionKind.OFFER, f"{SECRET} recording", person)
    services.reflection.save_body(event, f"Journal: the {SECRET} evening, with @Quentin Zorbas")
    services.reflection.save_answer(event, "What went well?", f"{SECRET} talk")
    services.reflection.save_energy(event, before=2, after=4)
    services.followups.add(f"ask about {SECRET}", person_uid=person)
    services.exchanges.record(person, ExchangeDirection.GAVE, text=f"a {SECRET} score")
    person_id = captured.person_id
    assert person_id is not None
    assert services.rehearsal.record(person_id, knew=True, typed=True)
    return event, person


@contextmanager
def team_of_two(server: Database, folder: Path, *, drop_roles: bool = True) -> Iterator[Team]:
    """Members A and B of ``server``'s team, A's evening written; the logins dropped after.

    ``drop_roles=False`` leaves the roles to the caller (an administrator that is no superuser
    may not drop what the team owns).
    """
    admin = Services(server, folder, clock=lambda: NOW)
    suffix = f"{id(server) % 100_000}_{next(_NAMES)}"
    a = admin.team.add_member(f"alice_{suffix}")
    b = admin.team.add_member(f"bob_{suffix}")
    services_a = _as_member(server, a, folder / "a")
    services_b = _as_member(server, b, folder / "b")
    try:
        event, person = _write_privately(services_a)
        yield Team(server, a, b, services_a, services_b, event, person)
    finally:
        services_a.database.close()
        services_b.database.close()
        if drop_roles:
            with server.engine.begin() as connection:
                connection.exec_driver_sql(f'DROP OWNED BY "{a.group}"')
                keeper = keeper_name(str(server.engine.url.database))
                connection.exec_driver_sql(f'REASSIGN OWNED BY "{keeper}" TO CURRENT_USER')
                connection.exec_driver_sql(f'DROP OWNED BY "{keeper}"')
                for role in (a.name, b.name, a.group, keeper):
                    connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
