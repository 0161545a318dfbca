"""A team on one server: the group role, its grants, its members, and what stays private.

Each member logs in as a PostgreSQL role of their own, a member of the database's group role
(``<database>_team``, no login, owning nothing). The group may read and write every EventMate
table; row-level security (migration ``0011_team``) keeps each member's rows of the
:data:`PRIVATE_TABLES` to that member (``owner = current_user``). SQLite has none of this.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, text

#: Tables whose rows belong to the member who wrote them (``owner`` column, row-level security):
#: intentions, reflections (the journal) and whom they mention, notes, promises, what was given
#: and received, captures (their raw text holds the promises and notes made from them) and
#: name rehearsals. People, their facts and contacts, events, series and tags are shared.
PRIVATE_TABLES = (
    "intention",
    "reflection",
    "reflection_mention",
    "note",
    "follow_up",
    "exchange",
    "capture",
    "name_rehearsal",
)
#: Tables a member reads but never writes.
READ_ONLY_TABLES = ("alembic_version",)
#: The SQLSTATE the server raises when a delete would take other members' private rows with
#: it (migration ``0015_cascade``): the shared person or event is kept.
KEPT_BY_OTHERS = "EM001"
#: The functions that must see every member's rows (``0015_cascade``), run as the keeper.
KEEPER_FUNCTIONS = (
    "eventmate_keep_others_rows()",
    "eventmate_merge_private(bigint, bigint)",
    "eventmate_unmerge_private(text)",
)
#: Of those, the ones a member calls (the trigger's runs by itself).
MEMBER_FUNCTIONS = KEEPER_FUNCTIONS[1:]
#: A member's role name: plain lower-case letters, digits and underscores (no quoting needed
#: anywhere, the same in a URL), not starting with ``pg_`` (reserved by PostgreSQL).
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
#: Longest role name PostgreSQL keeps (NAMEDATALEN - 1 bytes).
_LONGEST = 63


class TeamError(Exception):
    """A team command cannot be done; the message says why in plain words."""


@dataclass(frozen=True)
class NewMember:
    """A member just added: what to give them so they can connect."""

    name: str
    password: str
    group: str


def group_name(database: str) -> str:
    """The group role of ``database``'s team (one per database: a team sees only its own)."""
    return f"{database[: _LONGEST - len('_team')]}_team"


def keeper_name(database: str) -> str:
    """The role that owns ``database``'s functions that see every member's rows."""
    return f"{database[: _LONGEST - len('_keeper')]}_keeper"


def kept_by_others(error: BaseException | None) -> bool:
    """Whether ``error`` (or the driver error it wraps) is the server keeping others' rows."""
    seen = 0
    while error is not None and seen < 8:
        seen += 1
        if getattr(error, "sqlstate", None) == KEPT_BY_OTHERS:
            return True
        orig = getattr(error, "orig", None)
        error = orig if isinstance(orig, BaseException) else error.__cause__
    return False


def check_role_name(name: str) -> str:
    """``name`` if it can be a member's login, else :class:`TeamError` saying why."""
    if not _ROLE_NAME.fullmatch(name) or name.startswith("pg_"):
        raise TeamError(
            f"{name!r} cannot be a login name: use lower-case letters, digits and underscores "
            "(at most 63, not starting with a digit or pg_)"
        )
    return name


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _current_group(connection: Connection) -> str:
    return group_name(str(connection.execute(text("SELECT current_database()")).scalar_one()))


def may_create_roles(connection: Connection) -> bool:
    """Whether the connected role may create roles (superuser or CREATEROLE)."""
    return bool(
        connection.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        ).scalar()
    )


def _role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def ensure_group(connection: Connection) -> str | None:
    """Make the team's group role if it is missing and grant it the tables; its name.

    None when the connected role may not create roles and the group does not exist (a
    single user on a hosted database: nothing to share with). Safe to run again.
    """
    group = _current_group(connection)
    if not _role_exists(connection, group):
        if not may_create_roles(connection):
            return None
        connection.exec_driver_sql(f"CREATE ROLE {_quoted(group)} NOLOGIN")
    for statement in grant_statements(connection, group):
        connection.exec_driver_sql(statement)
    ensure_keeper(connection, group)
    return group


def ensure_keeper(connection: Connection, group: str) -> None:
    """Hand the functions that see every member's rows (``0015_cascade``) to the keeper.

    The keeper is a role nobody logs in as and nobody is a member of; a policy on each private
    table lets it (and so only those ``SECURITY DEFINER`` functions) see every member's rows.
    The group may call the merge functions. Nothing to do before ``0015_cascade``. Safe to run
    again (also on a database copied from a template, whose functions the template's keeper
    owns).
    """
    names = [f.split("(")[0] for f in KEEPER_FUNCTIONS]
    found = connection.execute(
        text("SELECT count(*) FROM pg_proc WHERE proname = ANY(:names)"), {"names": names}
    ).scalar_one()
    if found < len(KEEPER_FUNCTIONS):
        return
    database = str(connection.execute(text("SELECT current_database()")).scalar_one())
    keeper, role = keeper_name(database), _quoted(keeper_name(database))
    if not _role_exists(connection, keeper):
        connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    schema = _quoted(str(connection.execute(text("SELECT current_schema()")).scalar_one()))
    run = connection.exec_driver_sql
    for table in PRIVATE_TABLES:
        run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE {_quoted(table)} TO {role}")
        run(f"DROP POLICY IF EXISTS keeper_rows ON {_quoted(table)}")
        run(f"CREATE POLICY keeper_rows ON {_quoted(table)} TO {role} USING (true)")
    run(f"GRANT SELECT ON TABLE person, event, reflection TO {role}")
    run(f"GRANT DELETE ON TABLE person TO {role}")  # the merge function removes the one merged
    run(f"GRANT SELECT, INSERT, DELETE ON TABLE private_move TO {role}")
    # The rows it moves are logged as their owners' changes (0011_team's triggers).
    run(f"GRANT INSERT ON TABLE change_log TO {role}")
    log_ids = connection.execute(text("SELECT pg_get_serial_sequence('change_log', 'seq')"))
    for sequence in log_ids.scalars():
        if sequence is not None:
            run(f"GRANT USAGE ON SEQUENCE {sequence} TO {role}")
    superuser = bool(
        connection.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
    )
    if not superuser:  # the new owner must be a role we may become, with CREATE here
        run(f"GRANT {role} TO current_user")
        run(f"GRANT CREATE ON SCHEMA {schema} TO {role}")
    for function in KEEPER_FUNCTIONS:
        run(f"ALTER FUNCTION {function} OWNER TO {role}")
    for function in MEMBER_FUNCTIONS:
        run(f"GRANT EXECUTE ON FUNCTION {function} TO {_quoted(group)}")
    if not superuser:
        run(f"REVOKE CREATE ON SCHEMA {schema} FROM {role}")
        run(f"REVOKE {role} FROM current_user")


def grant_statements(connection: Connection, group: str) -> list[str]:
    """What the group may do: read and write EventMate's tables, draw ids from their sequences.

    Only EventMate's own tables (the models' and Alembic's), never others in the database.
    """
    from eventmate.storage.models import Base

    ours = {*Base.metadata.tables, *READ_ONLY_TABLES}
    present = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).scalars()
    role = _quoted(group)
    statements = []
    for table in sorted(set(present) & ours):
        rights = "SELECT" if table in READ_ONLY_TABLES else "SELECT, INSERT, UPDATE, DELETE"
        statements.append(f"GRANT {rights} ON TABLE {_quoted(table)} TO {role}")
    sequences = connection.execute(
        text(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() "
            "ORDER BY sequencename"
        )
    ).scalars()
    statements += [
        f"GRANT USAGE ON SEQUENCE {_quoted(s)} TO {role}"
        for s in sequences
        if s.rsplit("_", 2)[0] in ours
    ]
    return statements


def members(connection: Connection) -> list[str]:
    """The login names of the team's members, sorted."""
    return list(
        connection.execute(
            text(
                "SELECT m.rolname FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE g.rolname = :group ORDER BY m.rolname"
            ),
            {"group": _current_group(connection)},
        ).scalars()
    )


def add_member(connection: Connection, name: str) -> NewMember:
    """Create login ``name`` with a new random password, in the team's group."""
    check_role_name(name)
    if not may_create_roles(connection):
        raise TeamError(
            "this login may not create logins: run it as the server's administrator "
            "(a superuser or a role with CREATEROLE)"
        )
    group = ensure_group(connection)
    assert group is not None  # may_create_roles
    if _role_exists(connection, name):
        raise TeamError(f"a login named {name} exists already on this server")
    password = secrets.token_urlsafe(18)
    literal = "'" + password.replace("'", "''") + "'"
    connection.exec_driver_sql(
        f"CREATE ROLE {_quoted(name)} LOGIN PASSWORD {literal} IN ROLE {_quoted(group)}"
    )
    return NewMember(name, password, group)


def remove_member(connection: Connection, name: str) -> None:
    """Take ``name`` out of the team (the login and its private rows stay on the server)."""
    if name not in members(connection):
        raise TeamError(f"{name} is not a member of this team")
    group = _current_group(connection)
    connection.exec_driver_sql(f"REVOKE {_quoted(group)} FROM {_quoted(name)}")
