"""A team on one server: list its members, add one (a login of their own), take one out.

Only a server database can hold a team (``storage.team``); each member's intentions,
reflections, notes, promises, exchanges, captures and rehearsals stay theirs, enforced by the
server (migration ``0011_team``). Adding a member needs a login that may create roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from eventmate.domain.i18n import _
from eventmate.storage.engine import Database
from eventmate.storage.team import TeamError, add_member, members, remove_member

__all__ = ["MemberAdded", "TeamError", "TeamService"]


@dataclass(frozen=True, slots=True)
class MemberAdded:
    """A new member: the address and password to hand them (the password is shown once)."""

    name: str
    address: str
    password: str
    group: str


class TeamService:
    """The team of the server database in use."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def _server(self) -> None:
        if self._db.engine.dialect.name == "sqlite":
            raise TeamError(
                _(
                    "a team needs a PostgreSQL server; this data folder uses a SQLite file "
                    "(eventmate move-to URL moves it to a server)"
                )
            )

    def members(self) -> tuple[str, ...]:
        """The team's members' login names, sorted."""
        self._server()
        with self._db.engine.connect() as connection:
            return tuple(members(connection))

    def me(self) -> str:
        """The login this data folder connects as."""
        return str(self._db.engine.url.username or "")

    def add_member(self, name: str) -> MemberAdded:
        """Create login ``name`` with a random password, in the team; nothing on failure."""
        self._server()
        try:
            with self._db.engine.begin() as connection:
                added = add_member(connection, name.strip())
        except DBAPIError as error:
            raise TeamError(_first_line(error)) from error
        here = self._db.engine.url
        # Built afresh: URL.set(password=None) would keep the administrator's password.
        address = URL.create(
            here.drivername, added.name, None, here.host, here.port, here.database, here.query
        )
        return MemberAdded(
            added.name, address.render_as_string(hide_password=False), added.password, added.group
        )

    def remove_member(self, name: str) -> None:
        """Take ``name`` out of the team (their login and private rows stay)."""
        self._server()
        try:
            with self._db.engine.begin() as connection:
                remove_member(connection, name.strip())
        except DBAPIError as error:
            raise TeamError(_first_line(error)) from error


def _first_line(error: DBAPIError) -> str:
    return _("the server refused: {reason}").format(reason=str(error.orig).strip().splitlines()[0])
