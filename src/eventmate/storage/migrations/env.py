"""Alembic environment: runs in-process on the connection EventMate hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from eventmate.storage.models import Base

# Full-text index tables are created and maintained by hand (Alembic cannot reflect virtual
# tables and would propose dropping them and their shadow tables).
_FTS_PREFIX = "search_"


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(_FTS_PREFIX))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=_include_name,
        compare_type=True,
        # EventMate begins the transaction itself (BEGIN emitted by the engine), so the whole
        # upgrade commits or rolls back as one.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


# No logging.config.fileConfig here: it would silence the application's own loggers.
_connection = context.config.attributes.get("connection")
if _connection is None:
    raise RuntimeError("EventMate migrations run in-process; use eventmate.storage.migrate")
_run(_connection)
