"""Full-text search: FTS5 indexes over people, facts, captures, notes, reflections and events.

Revision ID: 0002_search
Revises: 0001_initial
Create Date: 2026-11-25 21:00:00

The indexes are *external-content* FTS5 tables (they store only the index; the text stays in
the real tables) kept current by triggers. Reflections are the exception: their answers are a
JSON object whose text must be decoded before indexing (``json_each``), so
``search_reflection`` keeps its own copy of the (short) text, keyed by the reflection's id.

Rules for later migrations (see FIELD-NOTES A3): a batch ``recreate`` of a content table drops
its triggers silently. Any migration that recreates ``person``, ``fact``, ``capture``, ``note``,
``reflection`` or ``event`` must recreate that table's triggers (copy them from here) and end
with ``INSERT INTO search_x(search_x) VALUES('rebuild')``.

Also adds ``ix_person_first_met_at`` (the people list sorts by first meeting). On a server
database (not SQLite) only that index is made: search there uses ``LIKE``.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: unicode61 with diacritics removed ("zoe" finds "Zoë") and emoji (category So) indexed.
#: Prefix indexes of 1-3 characters keep "as you type" queries fast on short prefixes.
_OPTIONS = "tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co So'\", prefix = '1 2 3'"

#: index name → (content table, indexed columns)
EXTERNAL: dict[str, tuple[str, tuple[str, ...]]] = {
    "search_person": ("person", ("name", "pronunciation", "recall_cues", "role", "organization")),
    "search_fact": ("fact", ("text",)),
    "search_capture": ("capture", ("raw_text",)),
    "search_note": ("note", ("text",)),
    "search_event": ("event", ("title", "venue", "city", "host", "programme", "notes")),
}

#: The text of a reflection's answers: every answer value, decoded from JSON, one per line.
_ANSWERS = (
    "(SELECT coalesce(group_concat(value, char(10)), '') FROM json_each({row}.answers) "
    "WHERE type = 'text')"
)


def _external(name: str, table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    # The delete command must repeat the OLD values exactly, or the index goes out of step.
    delete = f"INSERT INTO {name}({name}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {name}(rowid, {cols}) VALUES (new.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE {name} USING fts5({cols}, content='{table}', "
        f"content_rowid='id', {_OPTIONS})",
        f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        # Only changes to indexed columns re-index (touching last_interaction_at must not).
        f"CREATE TRIGGER {name}_au AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END",
        f"INSERT INTO {name}({name}) VALUES ('rebuild')",
    ]


def _reflection() -> list[str]:
    insert = (
        "INSERT INTO search_reflection(rowid, body, answers) "
        f"VALUES (new.id, new.body, {_ANSWERS.format(row='new')});"
    )
    delete = "DELETE FROM search_reflection WHERE rowid = old.id;"
    return [
        f"CREATE VIRTUAL TABLE search_reflection USING fts5(body, answers, {_OPTIONS})",
        f"CREATE TRIGGER search_reflection_ai AFTER INSERT ON reflection BEGIN {insert} END",
        f"CREATE TRIGGER search_reflection_ad AFTER DELETE ON reflection BEGIN {delete} END",
        "CREATE TRIGGER search_reflection_au AFTER UPDATE OF body, answers ON reflection "
        f"BEGIN {delete} {insert} END",
        "INSERT INTO search_reflection(rowid, body, answers) "
        f"SELECT id, body, {_ANSWERS.format(row='reflection')} FROM reflection",
        "INSERT INTO search_reflection(search_reflection) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    # The people list sorts by first meeting; without an index every page would sort 100k rows.
    op.create_index("ix_person_first_met_at", "person", ["first_met_at"])
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, (table, columns) in EXTERNAL.items():
        for statement in _external(name, table, columns):
            op.execute(statement)
    for statement in _reflection():
        op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_person_first_met_at", "person")
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in (*EXTERNAL, "search_reflection"):
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {name}")
