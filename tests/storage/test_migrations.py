"""The ORM classes and the Alembic migrations describe the same schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from eventmate.storage.engine import Database
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.migrate import (
    alembic_config,
    current_revision,
    include_name,
    include_object,
)
from eventmate.storage.models import Base


def test_migrated_schema_matches_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "render_as_batch": True,
                # As env.py does: the FTS5 search tables (SQLite) and the server's own
                # search columns are not in the ORM metadata.
                "include_name": include_name,
                "include_object": include_object,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_head_revision_constant_matches_the_scripts() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_heads() == [HEAD_REVISION]


def test_new_database_is_stamped_at_head(database: Database) -> None:
    with database.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION


def test_every_migration_downgrades_and_upgrades_cleanly(migrating: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = migrating
    command.downgrade(config, "base")
    assert current_revision(migrating) is None
    command.upgrade(config, "head")
    assert current_revision(migrating) == HEAD_REVISION
