"""Checking a server database: the change-log triggers and the search columns are all there.

A server looks after its own pages (``PRAGMA integrity_check`` has no counterpart to run from
an app); what EventMate itself added must still be in place: every change-log trigger of
``0005_identity`` (a missing one means open views miss changes), every generated search
column of ``0010_server_search`` with its trigram index, and the row-level security of
``0011_team`` on every private table (off, a team member could read another's rows), and
``0015_cascade``'s guard on people and events (off, a member's delete would take the others'
private rows with it).
"""

from __future__ import annotations

import importlib
from typing import Any

from sqlalchemy import Connection, text

from eventmate.storage.search_check import IndexCheck


def _migration(name: str) -> Any:
    return importlib.import_module(f"eventmate.storage.migrations.versions.{name}")


def expected_triggers() -> set[str]:
    """The change-log triggers a server database has (as 0005_identity makes them)."""
    identity = _migration("0005_identity")
    names = {f"change_{table}" for table in identity.UID_TABLES}
    names |= {f"change_{table}_{owner}" for table, _column, owner in identity.OWNERS}
    return names


def integrity(connection: Connection) -> str:
    """ "ok", or what is missing (triggers, search columns)."""
    present = set(
        connection.execute(
            text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'change%'")
        ).scalars()
    )
    missing = sorted(expected_triggers() - present)
    columns = set(
        connection.execute(
            text(
                "SELECT table_name || '.' || column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() "
                "AND column_name IN ('search_text', 'search_name')"
            )
        ).scalars()
    )
    wanted = {f"{table}.{column}" for table, column in _migration("0010_server_search").COLUMNS}
    lost = sorted(wanted - columns)
    problems = []
    exposed = unguarded_tables(connection)
    if exposed:
        problems.append(f"row-level security off on: {', '.join(exposed[:5])}")
    if missing:
        problems.append(f"change-log triggers missing: {', '.join(missing[:5])}")
    if lost:
        problems.append(f"search columns missing: {', '.join(lost[:5])}")
    unkept = unkept_tables(connection)
    if unkept:
        problems.append(f"others' private rows unguarded on: {', '.join(unkept)}")
    return "; ".join(problems) or "ok"


def unkept_tables(connection: Connection) -> list[str]:
    """Shared tables whose delete guard (0015_cascade's trigger) is missing or disabled."""
    kept = set(
        connection.execute(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = 'keep_others_rows' AND t.tgenabled <> 'D' "
                "AND c.relnamespace = current_schema()::regnamespace"
            )
        ).scalars()
    )
    return [table for table in ("person", "event") if table not in kept]


def unguarded_tables(connection: Connection) -> list[str]:
    """Private tables (0011_team) whose row-level security is not on and forced."""
    from eventmate.storage.team import PRIVATE_TABLES

    guarded = {
        str(name): bool(on and forced)
        for name, on, forced in connection.execute(
            text(
                "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
                "WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'"
            )
        )
    }
    return [t for t in (*PRIVATE_TABLES, "change_log") if t in guarded and not guarded[t]]


def check_search_indexes(connection: Connection) -> list[IndexCheck]:
    """One entry per search column: its trigram index is there and valid."""
    found: dict[str, bool] = dict(
        connection.execute(
            text(
                "SELECT c.relname, i.indisvalid FROM pg_index i "
                "JOIN pg_class c ON c.oid = i.indexrelid "
                "WHERE c.relname LIKE 'ix\\_%\\_search\\_%'"
            )
        ).all()
    )
    checks = []
    for table, column in _migration("0010_server_search").COLUMNS:
        name = f"ix_{table}_{column}"
        if name not in found:
            checks.append(IndexCheck(name, table, False, "missing (is pg_trgm installed?)"))
        else:
            checks.append(
                IndexCheck(name, table, bool(found[name]), "" if found[name] else "invalid")
            )
    return checks


def rebuild_search_index(connection: Connection, name: str) -> None:
    """Rebuild one search column's trigram index from its table."""
    table, column = name.removeprefix("ix_").rsplit("_search_", 1)
    column = f"search_{column}"
    connection.execute(text(f'DROP INDEX IF EXISTS "{name}"'))
    connection.execute(
        text(
            f'CREATE INDEX "{name}" ON "{table}" USING gin ({column} gin_trgm_ops) '
            "WITH (fastupdate = off)"  # as 0016_search3 left it: no pending list to read
        )
    )
