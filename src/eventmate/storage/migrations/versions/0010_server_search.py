"""Search on a server: folded words in a generated column, found through trigram indexes.

SQLite searches with FTS5 (``0002_search``) and nothing changes there. A server (PostgreSQL)
gets, on every searchable table, a ``search_text`` column the server computes from the row
(``GENERATED ALWAYS … STORED``), so rows written by anyone are found: the text folded the
way people type names and cut into words (``storage.server_text``). People also get
``search_name`` (the name alone: name matches are listed first). Each column gets a GIN
trigram index (``pg_trgm``, a trusted extension since PostgreSQL 13) so a typed word is found
as a word prefix (``LIKE '% word%'``) without reading the table. Where the extension cannot
be made (not installed, no right to create it) search still works, reading the table.

The functions are frozen here as they were when this migration ran: a later change to the
folding rule must replace them and recompute the columns (``UPDATE t SET id = id``).

Revision ID: 0010_server_search
Revises: 0009_card_uid
"""

import logging
from collections.abc import Sequence

from alembic import op

from eventmate.storage.server_text import ANSWERS_FUNCTION, fold_function

revision: str = "0010_server_search"
down_revision: str | None = "0009_card_uid"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)


def _text(*columns: str) -> str:
    joined = " || E'\\n' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"eventmate_search_words({joined})"


#: (table, column) → the expression the server computes it from.
COLUMNS: dict[tuple[str, str], str] = {
    ("person", "search_name"): _text("name"),
    ("person", "search_text"): _text(
        "name", "pronunciation", "recall_cues", "role", "organization"
    ),
    ("event", "search_text"): _text("title", "venue", "city", "host", "programme", "notes"),
    ("fact", "search_text"): _text("text"),
    ("capture", "search_text"): _text("raw_text"),
    ("note", "search_text"): _text("text"),
    ("reflection", "search_text"): _text("body", "eventmate_answers_text(answers)"),
}


def _exec(sql: str) -> None:
    op.get_bind().exec_driver_sql(sql).close()


def _first(sql: str) -> object:
    return op.get_bind().exec_driver_sql(sql).scalar()


def _trigrams() -> bool:
    """Make sure ``pg_trgm`` is there; False (and a log line) if it cannot be made."""
    if _first("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"):
        return True
    if not _first("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"):
        log.warning("pg_trgm is not installed on the server: search reads whole tables")
        return False
    try:
        with op.get_bind().begin_nested():
            _exec("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:
        log.warning("pg_trgm could not be created: search reads whole tables", exc_info=True)
        return False
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return  # FTS5 indexes (0002_search) answer search there
    icu = _first("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")
    _exec(fold_function("und-x-icu" if icu else None))
    _exec(ANSWERS_FUNCTION)
    indexed = _trigrams()
    for (table, column), expression in COLUMNS.items():
        _exec(
            f'ALTER TABLE "{table}" ADD COLUMN {column} text '
            f"GENERATED ALWAYS AS ({expression}) STORED"
        )
        if indexed:
            _exec(
                f'CREATE INDEX ix_{table}_{column} ON "{table}" USING gin ({column} gin_trgm_ops)'
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in COLUMNS:
        _exec(f'ALTER TABLE "{table}" DROP COLUMN IF EXISTS {column}')
    _exec("DROP FUNCTION IF EXISTS eventmate_answers_text(json)")
    _exec("DROP FUNCTION IF EXISTS eventmate_search_words(text)")
