"""A bulk import on a server: its trigrams written in batches, its tables vacuumed after.

The trigram indexes of server search keep no pending list (``0016_search3``): each row's
trigrams are put in place as it is written, so a search never reads an unsorted list. For
one row that costs little; for a whole archive (``move-to``, a restore) it is the slow way
(a move of 100k people took 1.8 times as long). Inside the import's transaction the indexes
its role owns collect the rows in a pending list, as PostgreSQL does by default, then the
lists are merged into the indexes at once and the indexes put back before the commit. A
rollback undoes the settings with everything else. Indexes the role does not own (a team
member's import) are left writing in place.

After the commit the database is vacuumed and analysed (:func:`settle`). Fresh rows carry
no hint bits and no page is marked all-visible, so the first reads of each page write it
again, and autovacuum would soon read every new row while the user types: at 100k people
that doubled the first minutes' search times (p50 7.5 → 14 ms on a busy machine).
"""

from __future__ import annotations

import importlib

from sqlalchemy import Connection, Engine, text


def _indexes() -> tuple[str, ...]:
    search3 = importlib.import_module("eventmate.storage.migrations.versions.0016_search3")
    return tuple(search3.INDEXES)


def batch_trigram_writes(connection: Connection) -> list[str]:
    """Let the trigram indexes this role owns collect new rows in a pending list, for the
    rest of this transaction; returns their names (for :func:`merge_trigram_writes`)."""
    owned = list(
        connection.execute(
            text(
                "SELECT c.relname FROM pg_class c WHERE c.relname = ANY(:names) "
                "AND c.relkind = 'i' AND pg_has_role(c.relowner, 'USAGE')"
            ),
            {"names": list(_indexes())},
        ).scalars()
    )
    for name in owned:
        connection.execute(text(f'ALTER INDEX "{name}" SET (fastupdate = on)'))
    return owned


def merge_trigram_writes(connection: Connection, names: list[str]) -> None:
    """Merge the pending lists of ``names`` into their indexes and write in place again."""
    for name in names:
        connection.execute(
            text("SELECT gin_clean_pending_list(CAST(:name AS regclass))"), {"name": name}
        )
        connection.execute(text(f'ALTER INDEX "{name}" SET (fastupdate = off)'))


def settle(engine: Engine) -> None:
    """Vacuum and analyse the database after a bulk import (tables the role may vacuum;
    the server skips the others with a warning)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (ANALYZE)")
