"""Devices see each other: a version on every record a user edits, and a server that calls out.

``version`` (person, event, reflection, fact, follow-up) starts at 1 and goes up by one with
every UPDATE of the row, whoever writes it (the app, the command line's plain SQL, another
program): a trigger bumps it when the writer did not. A page keeps the version it showed and a
save names it; a different one means someone else changed the record meanwhile
(``services.records.StaleEdit``).

On SQLite an AFTER UPDATE trigger bumps it with a second UPDATE of the row (a trigger cannot
change ``new`` there). So that the change log still gets one row per UPDATE, that table's
``change_<t>_u`` trigger (``0005_identity``) is made again to log only an UPDATE that changed
the version: the writer's own bump, or the trigger's (so are the triggers that log a fact's, a
follow-up's or a reflection's UPDATE as one of its person or event). On a server a BEFORE
UPDATE trigger sets ``NEW.version``, and ``change_log`` gets a statement trigger that sends ``NOTIFY
eventmate_changes`` (the newest row's number as payload) so that every app on that server
reads the log at once instead of at its next look (``storage.change_notify``).

Columns are added with a plain ``ADD COLUMN`` (no table recreated, FIELD-NOTES A3).

Revision ID: 0013_devices
Revises: 0012_speed2
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_devices"
down_revision: str | None = "0012_speed2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Records a user edits in a form, page or dialog: each carries a version.
VERSIONED = ("person", "event", "reflection", "fact", "follow_up")
#: The channel a server notifies on when the change log grows (``storage.change_notify``).
CHANNEL = "eventmate_changes"


def _exec(sql: str) -> None:
    op.get_bind().exec_driver_sql(sql).close()


#: Versioned rows that belong to a record: an UPDATE also logs that record (0005's OWNERS).
OWNED: tuple[tuple[str, str, str], ...] = (
    ("fact", "person_id", "person"),
    ("follow_up", "person_id", "person"),
    ("reflection", "event_id", "event"),
)


def _log_updates(when: str) -> list[str]:
    """0005_identity's UPDATE triggers of the versioned tables, logging only ``when``."""
    statements = [
        f"DROP TRIGGER change_{table}_u; "
        f'CREATE TRIGGER change_{table}_u AFTER UPDATE ON "{table}" {when}BEGIN '
        f"INSERT INTO change_log(kind, uid, op) VALUES ('{table}', new.uid, 'u'); END"
        for table in VERSIONED
    ]
    statements += [
        f"DROP TRIGGER change_{table}_{owner}_update; "
        f'CREATE TRIGGER change_{table}_{owner}_update AFTER UPDATE ON "{table}" {when}'
        f"BEGIN INSERT INTO change_log(kind, uid, op) SELECT '{owner}', uid, 'u' "
        f'FROM "{owner}" WHERE id IN (old.{column}, new.{column}); END'
        for table, column, owner in OWNED
    ]
    return [part for statement in statements for part in statement.split("; ", 1)]


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    if op.get_bind().dialect.name == "sqlite":
        for statement in _log_updates("WHEN new.version IS NOT old.version "):
            _exec(statement)
        for table in VERSIONED:
            _exec(
                f'CREATE TRIGGER version_{table} AFTER UPDATE ON "{table}" '
                f'WHEN new.version IS old.version BEGIN UPDATE "{table}" '
                "SET version = old.version + 1 WHERE id = new.id; END"
            )
        return
    _exec(
        "CREATE FUNCTION eventmate_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.version IS NOT DISTINCT FROM OLD.version THEN "
        "NEW.version := OLD.version + 1; END IF; RETURN NEW; END $$"
    )
    for table in VERSIONED:
        _exec(
            f'CREATE TRIGGER version_{table} BEFORE UPDATE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION eventmate_bump_version()"
        )
    _exec(
        "CREATE FUNCTION eventmate_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', (SELECT max(seq) FROM added)::text); "
        "RETURN NULL; END $$"
    )
    _exec(
        "CREATE TRIGGER change_log_notify AFTER INSERT ON change_log "
        "REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
        "EXECUTE FUNCTION eventmate_notify_changes()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in VERSIONED:
            _exec(f"DROP TRIGGER version_{table}")
        for statement in _log_updates(""):
            _exec(statement)
    else:
        _exec("DROP TRIGGER IF EXISTS change_log_notify ON change_log")
        _exec("DROP FUNCTION IF EXISTS eventmate_notify_changes()")
        for table in VERSIONED:
            _exec(f'DROP TRIGGER IF EXISTS version_{table} ON "{table}"')
        _exec("DROP FUNCTION IF EXISTS eventmate_bump_version()")
    for table in VERSIONED:
        # SQLite ≥ 3.35 drops a column in place; no index names this one.
        op.drop_column(table, "version")
