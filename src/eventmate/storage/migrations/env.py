"""Alembic environment: runs in-process on the connection EventMate hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from eventmate.storage.migrate import include_name, include_object
from eventmate.storage.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        include_object=include_object,
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
