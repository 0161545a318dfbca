"""A team on one server: each member's private rows kept to them by the server itself.

Several people may share one server database, each logging in as a role of their own that is
a member of the database's group role (``storage.team``: ``<database>_team``, no login,
owning nothing). People, facts, contacts, events, series and tags are shared. The rows of
``storage.team.PRIVATE_TABLES`` (intentions, reflections and their mentions, notes,
follow-ups, exchanges, captures, name rehearsals) get an ``owner`` column, ``current_user``
when written (existing rows: whoever runs this migration, so far the only user), and
row-level security, enabled and forced (also for the tables' owner; only superusers and
BYPASSRLS roles pass): a row is seen, changed, deleted and written only by its owner.

Side doors are closed too. The change log gets an ``owner``: rows about a private record —
its own, and the "its event/person changed" row it causes — carry the record's owner and are
seen only by them (others' rows may be written by anyone: deleting a shared event cascades to
everyone's intentions on it). Search reads ``search_text`` columns on the tables themselves
(``0010_server_search``), so the same policies cover it; there are no views and no SECURITY
DEFINER functions. A reflection is unique per event and owner (each member may reflect on a
shared event). What is left visible: how many ids were drawn from a sequence, and the
server's row estimates, which count rows but never show them.

The group is made only where the migrating role may create roles; otherwise the database has
one user and the policies simply hold for them. SQLite (one user) is unchanged.

Revision ID: 0011_team
Revises: 0010_server_search
"""

from collections.abc import Sequence

from alembic import op

from eventmate.storage.team import ensure_group

revision: str = "0011_team"
down_revision: str | None = "0010_server_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: ``storage.team.PRIVATE_TABLES`` as it was when this migration was written.
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
#: As 0005_identity's OWNERS: a change to a row of the left table is logged as a change to
#: the record it belongs to; these are the ones whose left table is private.
OWNED_BY: tuple[tuple[str, str, str], ...] = (
    ("note", "person_id", "person"),
    ("follow_up", "person_id", "person"),
    ("exchange", "person_id", "person"),
    ("capture", "person_id", "person"),
    ("reflection_mention", "person_id", "person"),
    ("reflection_mention", "reflection_id", "reflection"),
    ("intention", "event_id", "event"),
    ("reflection", "event_id", "event"),
)
#: Private tables with a uid (their own change rows); the others only touch their owners'.
_LOGGED = ("intention", "reflection", "note", "follow_up", "exchange", "capture")

_OWNED_CHANGE = (
    "CREATE OR REPLACE FUNCTION eventmate_log_owned_change() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'INSERT' THEN INSERT INTO change_log(kind, uid, op, owner) "
    "VALUES (TG_TABLE_NAME, NEW.uid, 'c', NEW.owner); "
    "ELSIF TG_OP = 'UPDATE' THEN INSERT INTO change_log(kind, uid, op, owner) "
    "VALUES (TG_TABLE_NAME, NEW.uid, 'u', NEW.owner); "
    "ELSE INSERT INTO change_log(kind, uid, op, owner) "
    "VALUES (TG_TABLE_NAME, OLD.uid, 'd', OLD.owner); "
    "END IF; RETURN NULL; END $$"
)


def _owned_by_function(table: str, column: str, owner: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION eventmate_log_owned_{table}_{owner}() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "INSERT INTO change_log(kind, uid, op, owner) "
        f"SELECT '{owner}', uid, 'u', CASE WHEN TG_OP = 'DELETE' THEN OLD.owner "
        f'ELSE NEW.owner END FROM "{owner}" WHERE id IN ('
        f"CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.{column} END, "
        f"CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.{column} END); "
        "RETURN NULL; END $$"
    )


def _exec(sql: str) -> None:
    op.get_bind().exec_driver_sql(sql).close()


def _trigger(name: str, table: str, function: str) -> None:
    _exec(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    _exec(
        f'CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION {function}()"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return  # one user: nothing to keep apart
    for table in PRIVATE_TABLES:
        _exec(f'ALTER TABLE "{table}" ADD COLUMN owner text NOT NULL DEFAULT current_user')
        _exec(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        _exec(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')
        _exec(f'DROP POLICY IF EXISTS own_rows ON "{table}"')
        _exec(
            f'CREATE POLICY own_rows ON "{table}" '
            "USING (owner = current_user) WITH CHECK (owner = current_user)"
        )
    # Each member may reflect on a shared event.
    _exec('ALTER TABLE reflection DROP CONSTRAINT "uq_reflection_event_id"')
    _exec(
        'ALTER TABLE reflection ADD CONSTRAINT "uq_reflection_event_owner" UNIQUE (event_id, owner)'
    )

    _exec("ALTER TABLE change_log ADD COLUMN owner text")
    _exec("ALTER TABLE change_log ENABLE ROW LEVEL SECURITY")
    _exec("ALTER TABLE change_log FORCE ROW LEVEL SECURITY")
    for name, rule in (
        ("read_shared_or_own", "FOR SELECT USING (owner IS NULL OR owner = current_user)"),
        ("prune_shared_or_own", "FOR DELETE USING (owner IS NULL OR owner = current_user)"),
        ("log_anything", "FOR INSERT WITH CHECK (true)"),
    ):
        _exec(f"DROP POLICY IF EXISTS {name} ON change_log")
        _exec(f"CREATE POLICY {name} ON change_log {rule}")
    _exec(_OWNED_CHANGE)
    for table in _LOGGED:
        _trigger(f"change_{table}", table, "eventmate_log_owned_change")
    for table, column, owner in OWNED_BY:
        _exec(_owned_by_function(table, column, owner))
        _trigger(f"change_{table}_{owner}", table, f"eventmate_log_owned_{table}_{owner}")
    ensure_group(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    # Back to 0005_identity's triggers (its functions are still there).
    for table in _LOGGED:
        _trigger(f"change_{table}", table, "eventmate_log_change")
    for table, _column, owner in OWNED_BY:
        _trigger(f"change_{table}_{owner}", table, f"eventmate_log_{table}_{owner}")
        _exec(f"DROP FUNCTION IF EXISTS eventmate_log_owned_{table}_{owner}()")
    _exec("DROP FUNCTION IF EXISTS eventmate_log_owned_change()")
    for name in ("read_shared_or_own", "prune_shared_or_own", "log_anything"):
        _exec(f"DROP POLICY IF EXISTS {name} ON change_log")
    _exec("ALTER TABLE change_log NO FORCE ROW LEVEL SECURITY")
    _exec("ALTER TABLE change_log DISABLE ROW LEVEL SECURITY")
    _exec("ALTER TABLE change_log DROP COLUMN owner")
    _exec('ALTER TABLE reflection DROP CONSTRAINT "uq_reflection_event_owner"')
    _exec('ALTER TABLE reflection ADD CONSTRAINT "uq_reflection_event_id" UNIQUE (event_id)')
    for table in PRIVATE_TABLES:
        _exec(f'DROP POLICY IF EXISTS own_rows ON "{table}"')
        _exec(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
        _exec(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        _exec(f'ALTER TABLE "{table}" DROP COLUMN owner')
    # The group role stays: roles belong to the whole server, and may hold members.
