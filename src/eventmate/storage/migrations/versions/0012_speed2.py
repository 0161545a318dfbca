"""Search on a server in one planned statement: ``eventmate_search(first, second, words, …)``.

A keystroke's search on a server (``services.search.server``) asked seven queries (people by
name, by anything else, events, facts, captures, notes, reflections), each planned anew: our
read sessions end with ROLLBACK, which makes psycopg forget what it prepared. At 100k people
the p99 was 73 ms against a budget of 15 ms. This PL/pgSQL function answers a keystroke in
one round trip, and PL/pgSQL keeps its plan for the session (a generic plan: the statement
is the same for every keystroke, only the words change).

Each kind's matches are found the cheaper of two ways. A word that starts thousands of rows
(a first letter) is found by reading the newest rows backwards until enough match, while
the trigram index would fetch and sort every match (~100 ms); a rare word is found by the
index, while reading backwards would read the whole table (~250 ms). PostgreSQL's estimate
cannot tell them apart, so the newest ``WINDOW`` rows are read first, and the index is
asked only when they hold fewer than wanted: the word is then rare and its matches few.
``id + 0`` keeps the planner from reading the whole table backwards in that second way.

Arguments: ``first`` and ``second`` are the ``LIKE`` patterns the trigram index is asked with
(the two longest typed words; the same one twice when one word was typed), ``words`` every
typed word's pattern (all must match), ``lim`` how many of each kind,
``more`` how many people matched on other fields than the name, wanted only when fewer than
``lim`` matched by name. Rows come back as (branch, its order, id, six texts, person id,
event id, a time, three uids), branch by branch, newest first. Frozen here as it was when
this migration ran; a later change replaces the function in a migration of its own.

Revision ID: 0012_speed2
Revises: 0011_team
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_speed2"
down_revision: str | None = "0011_team"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Newest rows read before the index is asked (~0.3 ms), fewer of reflections (a page each).
WINDOW = 1000
REFLECTION_WINDOW = 100

#: Branch → (table, searched column, its row in the shared columns, FROM). A ``UNION`` takes a
#: column's type from its first branches, so their NULL ids are typed.
BRANCHES: dict[str, tuple[str, str, str, str]] = {
    "name": (
        "person",
        "search_name",
        "p.id, p.name::text, p.role::text, p.organization::text, p.recall_cues::text, NULL, "
        "NULL, NULL::integer, NULL::integer, p.last_interaction_at, p.uid::text, NULL, NULL",
        "person p",
    ),
    "any": (
        "person",
        "search_text",
        "p.id, p.name::text, p.role::text, p.organization::text, p.recall_cues::text, NULL, "
        "NULL, NULL::integer, NULL::integer, p.last_interaction_at, p.uid::text, NULL, NULL",
        "person p",
    ),
    "event": (
        "event",
        "search_text",
        "e.id, e.title::text, e.venue::text, e.city::text, e.host::text, e.programme::text, "
        "e.notes::text, NULL::integer, NULL::integer, e.starts_at, e.uid::text, NULL, NULL",
        "event e",
    ),
    "fact": (
        "fact",
        "search_text",
        "f.id, f.text::text, p.name::text, NULL, NULL, NULL, NULL, f.person_id, NULL, "
        "f.created_at, f.uid::text, p.uid::text, NULL",
        "fact f JOIN person p ON p.id = f.person_id",
    ),
    "capture": (
        "capture",
        "search_text",
        "c.id, c.raw_text::text, p.name::text, e.title::text, NULL, NULL, NULL, c.person_id, "
        "c.event_id, c.captured_at, c.uid::text, p.uid::text, e.uid::text",
        "capture c LEFT JOIN person p ON p.id = c.person_id LEFT JOIN event e ON e.id = c.event_id",
    ),
    "note": (
        "note",
        "search_text",
        "n.id, n.text::text, p.name::text, e.title::text, NULL, NULL, NULL, n.person_id, "
        "n.event_id, n.updated_at, n.uid::text, p.uid::text, e.uid::text",
        "note n LEFT JOIN person p ON p.id = n.person_id LEFT JOIN event e ON e.id = n.event_id",
    ),
    "reflection": (
        "reflection",
        "search_text",
        "r.id, (r.body || E'\\n' || eventmate_answers_text(r.answers))::text, NULL, "
        "e.title::text, NULL, NULL, NULL, NULL, r.event_id, e.starts_at, r.uid::text, NULL, "
        "e.uid::text",
        "reflection r JOIN event e ON e.id = r.event_id",
    ),
}


def _found(name: str, table: str, column: str, wanted: str) -> str:
    """``{name}_recent`` and ``{name}_found``: ids of the newest ``wanted`` matching rows."""
    window = REFLECTION_WINDOW if table == "reflection" else WINDOW
    return (
        f"{name}_recent AS MATERIALIZED (SELECT t.id FROM "
        f"(SELECT id, {column} FROM {table} ORDER BY id DESC LIMIT {window}) t "
        f"WHERE t.{column} LIKE ALL (words) ORDER BY t.id DESC LIMIT {wanted}), "
        f"{name}_found AS (SELECT r.id FROM {name}_recent r "
        f"WHERE (SELECT count(*) FROM {name}_recent) >= {wanted} "
        f"UNION ALL SELECT g.id FROM (SELECT t.id FROM {table} t "
        f"WHERE t.{column} LIKE first AND t.{column} LIKE second AND t.{column} LIKE ALL (words) "
        f"ORDER BY t.id + 0 DESC LIMIT {wanted}) g "
        f"WHERE (SELECT count(*) FROM {name}_recent) < {wanted})"
    )


def search_query() -> str:
    """The one statement: every branch's newest matches, in the shared columns."""
    entries = []
    selects = []
    for order, (branch, (table, column, columns, source)) in enumerate(BRANCHES.items()):
        wanted = "more" if branch == "any" else "lim"
        entries.append(_found(branch, table, column, wanted))
        alias = source.split()[1]
        select = (
            f"SELECT '{branch}'::text, {order}, {columns} FROM {source} "
            f"JOIN {branch}_found ON {branch}_found.id = {alias}.id"
        )
        if branch == "any":  # only when too few people were matched by name
            select += " WHERE (SELECT count(*) FROM name_found) < lim"
        selects.append(select)
    return (
        f"WITH {', '.join(entries)} "
        f"SELECT * FROM ({' UNION ALL '.join(selects)}) hits ORDER BY 2, 3 DESC"
    )


FUNCTION = (
    "CREATE FUNCTION eventmate_search(first text, second text, words text[], lim integer, "
    "more integer) "
    "RETURNS TABLE (branch text, branch_order integer, id integer, t1 text, t2 text, "
    "t3 text, t4 text, t5 text, t6 text, person_id integer, event_id integer, "
    "at timestamp, uid text, person_uid text, event_uid text) "
    "LANGUAGE plpgsql STABLE PARALLEL SAFE SET plan_cache_mode = force_generic_plan "
    "AS $search$ #variable_conflict use_column\n"
    f"BEGIN RETURN QUERY {search_query()}; END $search$"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return  # FTS5 indexes (0002_search) answer search there
    op.get_bind().exec_driver_sql(FUNCTION).close()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.get_bind().exec_driver_sql(
        "DROP FUNCTION IF EXISTS eventmate_search(text, text, text[], integer, integer)"
    ).close()
