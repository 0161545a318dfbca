"""Server search reads no GIN pending list, and never compiles its plan with JIT.

The trigram indexes of ``0010_server_search`` were made with PostgreSQL's default
``fastupdate = on``: a new row's trigrams go to the index's unsorted *pending list* (up to
``gin_pending_list_limit``, 4 MB by default) until a vacuum or a full list merges them, and
every search reads the whole pending list of each index it asks. After a bulk write (a
``move-to``, a restore) and on a server where captures keep arriving between autovacuums
that list is megabytes long, and it made the slowest keystrokes slow (100k people: the p99
over the 15 ms budget). With ``fastupdate = off`` a write puts its trigrams in place (a
capture costs the server a fraction of a millisecond more) and a search reads only the
index itself. What is pending now is merged here. (A bulk import batches its rows and merges
them before its commit: ``storage/bulk_writes.py``.)

``eventmate_search`` (``0012_speed2``) also gets ``jit = off``: a keystroke's query is cheap,
and PostgreSQL 15's default JIT compiles any plan whose estimate passes ``jit_above_cost``,
which costs milliseconds each call; the estimates grow with the tables.

Revision ID: 0016_search3
Revises: 0015_cascade
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016_search3"
down_revision: str | None = "0015_cascade"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The trigram indexes of ``0010_server_search`` (absent where pg_trgm could not be made).
INDEXES = (
    "ix_person_search_name",
    "ix_person_search_text",
    "ix_event_search_text",
    "ix_fact_search_text",
    "ix_capture_search_text",
    "ix_note_search_text",
    "ix_reflection_search_text",
)
SEARCH_FUNCTION = "eventmate_search(text, text, text[], integer, integer)"


def _exec(sql: str) -> None:
    op.get_bind().exec_driver_sql(sql).close()


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return  # FTS5 indexes (0002_search) answer search there
    for name in INDEXES:
        if op.get_bind().exec_driver_sql(f"SELECT to_regclass('{name}')").scalar() is None:
            continue
        _exec(f'ALTER INDEX "{name}" SET (fastupdate = off)')
        _exec(f"SELECT gin_clean_pending_list('{name}'::regclass)")
    _exec(f"ALTER FUNCTION {SEARCH_FUNCTION} SET jit = off")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name in INDEXES:
        _exec(f'ALTER INDEX IF EXISTS "{name}" RESET (fastupdate)')
    _exec(f"ALTER FUNCTION {SEARCH_FUNCTION} RESET jit")
