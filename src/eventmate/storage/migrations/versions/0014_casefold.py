"""Server search folds Cherokee and the Cyrillic variants as Python does (casefold, not lower).

``eventmate_search_words`` (migration ``0010_server_search``) lowercased where Python's
``domain.text.fold`` casefolds. The two differ for Cherokee (which casefolds to its capitals)
and the Cyrillic variants of Unicode 9 (``ᲀ`` folds to ``в``), so a name in those letters
stored on a server was not found by what the user typed. The function is replaced with one
that translates those letters after ``lower()``, and the rows whose stored words hold them
are written again so their generated words are folded anew.

Revision ID: 0014_casefold
Revises: 0013_devices
"""

from collections.abc import Sequence

from alembic import op

from eventmate.storage.server_text import casefold_letters, fold_function

revision: str = "0014_casefold"
down_revision: str | None = "0013_devices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables with stored search words (``0010_server_search``) and their columns.
SEARCHED = {
    "person": ("search_name", "search_text"),
    "event": ("search_text",),
    "fact": ("search_text",),
    "capture": ("search_text",),
    "note": ("search_text",),
    "reflection": ("search_text",),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return  # FTS5's unicode61 folds there
    icu = bind.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").scalar()
    replaced = fold_function("und-x-icu" if icu else None)
    bind.exec_driver_sql(replaced.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    letters = casefold_letters()[0]
    for table, columns in SEARCHED.items():
        holds = " OR ".join(f"{column} ~ %(letters)s" for column in columns)
        # Writing a row again computes its stored (generated) words with the new function.
        bind.exec_driver_sql(
            f'UPDATE "{table}" SET id = id WHERE {holds}', {"letters": f"[{letters}]"}
        ).close()


def downgrade() -> None:
    pass  # the earlier function folded these letters less well; nothing to undo
