"""Schema revisions: read the current one, know the head, and upgrade in one transaction."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config


#: Full-text index tables are created and maintained by hand (Alembic cannot reflect virtual
#: tables and would propose dropping them and their shadow tables).
_FTS_PREFIX = "search_"
#: Columns only a server has, computed by it (0005_identity's ``txid``; 0010_server_search's
#: generated search columns; 0011_team's ``owner``, ``current_user`` by default): not in the
#: models, which describe what both stores share.
SERVER_ONLY_COLUMNS = frozenset({"txid", "search_text", "search_name", "owner"})
#: Tables only a server has, outside the models (``0015_cascade``: others' rows a merge moved).
SERVER_ONLY_TABLES = frozenset({"private_move"})


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """What Alembic compares with the models: not the FTS tables, nor server-only columns."""
    if type_ == "table":
        return (
            not (name is not None and name.startswith(_FTS_PREFIX))
            and name not in SERVER_ONLY_TABLES
        )
    if type_ == "column":
        return name not in SERVER_ONLY_COLUMNS
    if type_ == "index":
        return not (name is not None and name.endswith(("_search_text", "_search_name")))
    if type_ == "unique_constraint":
        return name != "uq_reflection_event_owner"
    return True


#: Constraints a server holds differently: the reflection's one-per-event rule is one per event
#: and owner there (0011_team: each member of a team may reflect on a shared event).
_SERVER_CONSTRAINTS = frozenset({"uq_reflection_event_id"})


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """What Alembic compares of both sides: not a constraint a server holds differently.

    The server's form is left out by :func:`include_name`, so the models' form has nothing to
    be compared to there; on SQLite both forms are the same and are compared as usual.
    """
    if type_ == "unique_constraint" and name in _SERVER_CONSTRAINTS:
        return reflected or compare_to is not None
    return True


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None when it has no EventMate schema yet."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    """An Alembic configuration pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    location = resources.files("eventmate.storage") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def known_revisions() -> set[str]:
    """Every revision this version of EventMate ships."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in scripts.walk_revisions()}


def upgrade_to_head(engine: Engine) -> None:
    """Apply every missing migration in one transaction; on any error nothing changes."""
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations recreate tables, so foreign keys are switched off (this only
            # works outside a transaction) and checked once before the commit instead.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(f"migration left broken references: {problems[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
