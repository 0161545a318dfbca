"""A bulk import on a server writes its trigrams in batches, and leaves none pending.

The trigram indexes of server search keep no pending list (``0015_search3``): each row's
trigrams are put in place as it is written, so a search never reads an unsorted list. For
one row that costs little; for a whole archive (``move-to``, a restore) it is the slow way,
about three times the import. Inside the import's transaction the indexes its role owns
collect the rows in a pending list, as PostgreSQL does by default, then the lists are
merged into the indexes at once and the indexes put back before the commit. A rollback
undoes the settings with everything else. Indexes the role does not own (a team member's
import) are left writing in place.
"""

from __future__ import annotations

import importlib

from sqlalchemy import Connection, text


def _indexes() -> tuple[str, ...]:
    search3 = importlib.import_module("eventmate.storage.migrations.versions.0015_search3")
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
