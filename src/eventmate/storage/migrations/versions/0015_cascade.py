"""A member's delete or merge never destroys another member's private rows (servers only).

``0011_team`` keeps each member's private rows to them, but the foreign keys' cascades run
past row-level security: deleting a shared person or event removed (or unlinked) every
member's private rows hanging on it, and a merge, which moves only the rows its member can
see, left the others' to be removed with the person merged away. Now:

* A ``BEFORE DELETE`` trigger on ``person`` and ``event`` refuses the delete, with SQLSTATE
  :data:`~eventmate.storage.team.KEPT_BY_OTHERS`, when a private row of someone other than the
  deleting login (``session_user``) points at it. It says only that such rows exist.
* ``eventmate_merge_private(gone, kept)`` finishes a merge: it moves the others' private rows
  from one shared person to the other (a reflection's mention of both is kept once), deletes
  the person merged away, and notes what it moved in ``private_move`` under a random token it
  returns (NULL when nothing moved), so it can do nothing a member's merge could not;
  ``eventmate_unmerge_private(token)`` puts them back. Members may run both (EXECUTE is
  granted to the team); neither returns anything of the rows.

All three are ``SECURITY DEFINER`` with a fixed ``search_path``, owned by the team's keeper
role (``storage.team.ensure_keeper``: no login, no members, a policy that lets it see the
private tables); ``private_move`` is granted to no one else. The user's own rows still go
with the person or event as before. SQLite (one user) is unchanged.

Revision ID: 0015_cascade
Revises: 0014_casefold
"""

from collections.abc import Sequence

from alembic import op

from eventmate.storage.team import PRIVATE_TABLES, ensure_group

revision: str = "0015_cascade"
down_revision: str | None = "0014_casefold"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Private tables (as of 0011_team) and what shared record each column points at.
LINKS: dict[str, tuple[str, ...]] = {
    "person": (
        "capture",
        "note",
        "follow_up",
        "exchange",
        "intention",
        "name_rehearsal",
        "reflection_mention",
    ),
    "event": (
        "capture",
        "note",
        "follow_up",
        "exchange",
        "intention",
        "reflection",
        "name_rehearsal",
    ),
}
#: Private tables with an ``id`` whose rows a merge moves (``reflection_mention`` has none).
_MOVED = ("capture", "note", "follow_up", "exchange", "intention", "name_rehearsal")


def _exec(sql: str) -> None:
    op.get_bind().exec_driver_sql(sql).close()


def _definer(schema: str) -> str:
    return f'LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp'


def _keep_function(schema: str) -> str:
    branches = []
    for target, tables in LINKS.items():
        held = " OR ".join(
            f"EXISTS (SELECT 1 FROM {t} WHERE {target}_id = OLD.id AND owner <> session_user)"
            for t in tables
        )
        branches.append(f"TG_TABLE_NAME = '{target}' AND ({held})")
    return (
        "CREATE OR REPLACE FUNCTION eventmate_keep_others_rows() RETURNS trigger "
        f"{_definer(schema)} AS $$ BEGIN "
        f"IF ({branches[0]}) OR ({branches[1]}) THEN "
        "RAISE EXCEPTION 'others in the team keep private rows on it' "
        "USING ERRCODE = 'EM001'; END IF; RETURN OLD; END $$"
    )


def _merge_function(schema: str) -> str:
    moves = " ".join(
        f"WITH m AS (UPDATE {t} SET person_id = kept WHERE person_id = gone "
        "AND owner <> session_user RETURNING id, owner) "
        f"INSERT INTO private_move (token, tbl, row_id, from_id, to_id, owner, dropped) "
        f"SELECT moved_as, '{t}', id, gone, kept, owner, false FROM m;"
        for t in _MOVED
    )
    return (
        "CREATE OR REPLACE FUNCTION eventmate_merge_private(gone bigint, kept bigint) "
        f"RETURNS text {_definer(schema)} AS $$ DECLARE moved_as text := gen_random_uuid()::text; "
        "BEGIN "
        "IF gone = kept OR NOT EXISTS (SELECT 1 FROM person WHERE id = kept) THEN "
        "RAISE EXCEPTION 'no such merge' USING ERRCODE = '22023'; END IF; "
        "DELETE FROM private_move WHERE made_at < now() - interval '30 days'; "
        f"{moves} "
        # A mention of both people is kept once (the one on the person kept).
        "WITH m AS (DELETE FROM reflection_mention r WHERE r.person_id = gone "
        "AND r.owner <> session_user AND EXISTS (SELECT 1 FROM reflection_mention k "
        "WHERE k.reflection_id = r.reflection_id AND k.person_id = kept) "
        "RETURNING reflection_id, owner) "
        "INSERT INTO private_move (token, tbl, row_id, from_id, to_id, owner, dropped) "
        "SELECT moved_as, 'reflection_mention', reflection_id, gone, kept, owner, true FROM m; "
        "WITH m AS (UPDATE reflection_mention SET person_id = kept WHERE person_id = gone "
        "AND owner <> session_user RETURNING reflection_id, owner) "
        "INSERT INTO private_move (token, tbl, row_id, from_id, to_id, owner, dropped) "
        "SELECT moved_as, 'reflection_mention', reflection_id, gone, kept, owner, false "
        "FROM m; "
        # Only as part of a merge: the person merged away goes (the guard checks once more).
        "DELETE FROM person WHERE id = gone; "
        "IF NOT EXISTS (SELECT 1 FROM private_move p WHERE p.token = moved_as) THEN "
        "RETURN NULL; END IF; RETURN moved_as; END $$"
    )


def _unmerge_function(schema: str) -> str:
    backs = " ".join(
        f"UPDATE {t} SET person_id = p.from_id FROM private_move p WHERE p.token = given "
        f"AND p.tbl = '{t}' AND {t}.id = p.row_id AND {t}.person_id = p.to_id;"
        for t in _MOVED
    )
    return (
        "CREATE OR REPLACE FUNCTION eventmate_unmerge_private(given text) RETURNS void "
        f"{_definer(schema)} AS $$ BEGIN {backs} "
        "UPDATE reflection_mention r SET person_id = p.from_id FROM private_move p "
        "WHERE p.token = given AND p.tbl = 'reflection_mention' AND NOT p.dropped "
        "AND r.reflection_id = p.row_id AND r.person_id = p.to_id; "
        "INSERT INTO reflection_mention (reflection_id, person_id, owner) "
        "SELECT p.row_id, p.from_id, p.owner FROM private_move p "
        "WHERE p.token = given AND p.tbl = 'reflection_mention' AND p.dropped "
        "AND EXISTS (SELECT 1 FROM reflection WHERE id = p.row_id) ON CONFLICT DO NOTHING; "
        "DELETE FROM private_move WHERE token = given; END $$"
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return  # one user: nothing of anyone else's to keep
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    _exec(
        "CREATE TABLE private_move (token text NOT NULL, tbl text NOT NULL, "
        "row_id bigint NOT NULL, from_id bigint NOT NULL, to_id bigint NOT NULL, "
        "owner text NOT NULL, dropped boolean NOT NULL, "
        "made_at timestamptz NOT NULL DEFAULT now())"
    )
    _exec("CREATE INDEX ix_private_move_token ON private_move (token)")
    _exec(_keep_function(schema))
    for target in LINKS:
        _exec(
            f"CREATE TRIGGER keep_others_rows BEFORE DELETE ON {target} "
            "FOR EACH ROW EXECUTE FUNCTION eventmate_keep_others_rows()"
        )
    _exec(_merge_function(schema))
    _exec(_unmerge_function(schema))
    for function in ("eventmate_merge_private(bigint, bigint)", "eventmate_unmerge_private(text)"):
        _exec(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    ensure_group(bind)  # and its keeper, who owns the three functions


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for target in LINKS:
        _exec(f"DROP TRIGGER IF EXISTS keep_others_rows ON {target}")
    _exec("DROP FUNCTION IF EXISTS eventmate_keep_others_rows()")
    _exec("DROP FUNCTION IF EXISTS eventmate_merge_private(bigint, bigint)")
    _exec("DROP FUNCTION IF EXISTS eventmate_unmerge_private(text)")
    _exec("DROP TABLE IF EXISTS private_move")
    for table in PRIVATE_TABLES:
        _exec(f'DROP POLICY IF EXISTS keeper_rows ON "{table}"')
    # The keeper role stays, as the group does: roles belong to the whole server.
