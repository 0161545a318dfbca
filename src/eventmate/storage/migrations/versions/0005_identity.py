"""Stable identity and a log of changes.

Every record a user can see or exchange gets a random ``uid`` (UUID 4) that never changes;
integer ids become AUTOINCREMENT, so SQLite never hands out a deleted row's id again (a page
left open on a deleted person could otherwise write into the next person made). Names are
folded the way people type them (``Łucja`` as ``lucja``, ``Søren`` as ``soren``) and the
people index searches that folded name too.

``change_log`` records every change row by row, whoever makes it (this app, the command line,
another program), through triggers: open views learn what changed instead of reloading
everything, also when another process wrote.

On a server (PostgreSQL) the same rows come from PL/pgSQL trigger functions, and each row also
keeps the id of the transaction that wrote it (``txid``, ``txid_current()``): concurrent
transactions there can commit out of sequence order, so a write reads back exactly its own
rows by that id (``storage.change_log.rows_since``), not by sequence number alone.

On SQLite each table is rebuilt by SQLite's own procedure (create the new table, copy, drop,
rename; https://sqlite.org/lang_altertable.html#otheralter): AUTOINCREMENT can only be given
when a table is created. The rebuild keeps every row and its id; the table's indexes and
triggers are made again from their stored SQL. On a server database ids already come from
sequences, so only the columns and the log are added.

Revision ID: 0005_identity
Revises: 0004_search_upkeep
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_identity"
down_revision: str | None = "0004_search_upkeep"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables whose rows a user sees or exchanges: each gets a uid, and is its own kind of change.
UID_TABLES = (
    "tag",
    "series",
    "event",
    "person",
    "capture",
    "fact",
    "note",
    "intention",
    "follow_up",
    "exchange",
    "reflection",
)
#: Every table with an integer id (rebuilt with AUTOINCREMENT), parents before children.
ID_TABLES = (
    "reflection_template",
    "series",
    "tag",
    "event",
    "break",
    "person",
    "reflection",
    "capture",
    "contact_method",
    "exchange",
    "intention",
    "fact",
    "follow_up",
    "note",
)
#: A change to a row of the left table is also a change to the record it belongs to.
OWNERS: tuple[tuple[str, str, str], ...] = (
    ("contact_method", "person_id", "person"),
    ("person_tag", "person_id", "person"),
    ("fact", "person_id", "person"),
    ("note", "person_id", "person"),
    ("follow_up", "person_id", "person"),
    ("exchange", "person_id", "person"),
    ("capture", "person_id", "person"),
    ("reflection_mention", "person_id", "person"),
    ("reflection_mention", "reflection_id", "reflection"),
    ("break", "event_id", "event"),
    ("event_tag", "event_id", "event"),
    ("intention", "event_id", "event"),
    ("reflection", "event_id", "event"),
)

#: A random UUID 4 in SQL (version nibble 4, variant 8–b), for rows that exist already.
_UUID4 = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)

_PEOPLE_INDEX = (
    "tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co So'\", prefix = '1 2 3'"
)
_PERSON_COLUMNS = ("name", "pronunciation", "recall_cues", "role", "organization")

# Letters that carry no combining mark to remove (so NFKD leaves them alone) but that people
# type without: "Łucja" as "lucja", "Søren" as "soren". Kept here as it was when this
# migration was written (``domain.text.fold`` is the living rule).
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
    }
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().translate(_LETTERS).split())


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _exec(sql: str) -> None:
    op.get_bind().exec_driver_sql(sql).close()


def _rows(sql: str) -> list[tuple[object, ...]]:
    return list(op.get_bind().exec_driver_sql(sql).fetchall())


# -- SQLite: tables rebuilt -------------------------------------------------------------------


def _rebuild(table: str, *, with_uid: bool, autoincrement: bool) -> None:
    """Rebuild ``table`` with or without a uid column and AUTOINCREMENT, keeping every row."""
    (create,) = _rows(f"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'")[0]
    assert isinstance(create, str)
    kept = [
        str(sql)
        for (sql,) in _rows(
            f"SELECT sql FROM sqlite_master WHERE tbl_name = '{table}' "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        )
    ]
    columns = [str(row[1]) for row in _rows(f'PRAGMA table_info("{table}")')]
    had_uid = "uid" in columns
    copied = [c for c in columns if c != "uid"]
    sql = re.sub(r'^CREATE TABLE "?\w+"? \(', f'CREATE TABLE "{table}__new" (', create)
    plain_id = "\tid INTEGER NOT NULL, \n"
    auto_id = "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    uid_column = "\tuid VARCHAR(255) NOT NULL, \n"
    primary_key = f"\tCONSTRAINT pk_{table} PRIMARY KEY (id), \n"
    unique_uid = f"\tCONSTRAINT uq_{table}_uid UNIQUE (uid), \n"
    # Back to the form 0001 created, then on to the wanted one: the same code both ways.
    sql = sql.replace(uid_column, "").replace(unique_uid, "")
    if auto_id in sql:
        sql = _before_constraints(sql.replace(auto_id, plain_id), primary_key)
    if plain_id not in sql or primary_key not in sql:
        raise RuntimeError(f"unexpected schema of {table}: {create}")
    if autoincrement:
        sql = sql.replace(primary_key, "").replace(plain_id, auto_id)
    if with_uid:
        head = auto_id if autoincrement else plain_id
        sql = _before_constraints(sql.replace(head, head + uid_column, 1), unique_uid)
    _exec(sql)
    names = ", ".join(f'"{c}"' for c in copied)
    if with_uid:
        source = "uid" if had_uid else _UUID4
        _exec(
            f'INSERT INTO "{table}__new" ({names}, uid) '
            f'SELECT {names}, {source} FROM "{table}" ORDER BY id'
        )
    else:
        _exec(f'INSERT INTO "{table}__new" ({names}) SELECT {names} FROM "{table}" ORDER BY id')
    _exec(f'DROP TABLE "{table}"')
    _exec(f'ALTER TABLE "{table}__new" RENAME TO "{table}"')
    for statement in kept:
        _exec(statement)


def _before_constraints(sql: str, line: str) -> str:
    """``sql`` with ``line`` inserted before its first table constraint (as SQLAlchemy orders)."""
    first = sql.index("\tCONSTRAINT ")
    return sql[:first] + line + sql[first:]


# -- the change log ----------------------------------------------------------------------------


def _log_triggers() -> list[str]:
    statements = []
    for table in UID_TABLES:
        for when, row, change in (
            ("INSERT", "new", "c"),
            ("UPDATE", "new", "u"),
            ("DELETE", "old", "d"),
        ):
            statements.append(
                f'CREATE TRIGGER change_{table}_{change} AFTER {when} ON "{table}" BEGIN '
                "INSERT INTO change_log(kind, uid, op) "
                f"VALUES ('{table}', {row}.uid, '{change}'); END"
            )
    for table, column, owner in OWNERS:
        for when, rows in (
            ("INSERT", f"new.{column}"),
            ("UPDATE", f"old.{column}, new.{column}"),
            ("DELETE", f"old.{column}"),
        ):
            statements.append(
                f'CREATE TRIGGER change_{table}_{owner}_{when.lower()} AFTER {when} ON "{table}" '
                f"BEGIN INSERT INTO change_log(kind, uid, op) SELECT '{owner}', uid, 'u' "
                f'FROM "{owner}" WHERE id IN ({rows}); END'
            )
    return statements


def _drop_log_triggers() -> None:
    for (name,) in _rows(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'change\\_%' ESCAPE '\\'"
    ):
        _exec(f'DROP TRIGGER "{name}"')


def _server_log_triggers() -> list[str]:
    """The same rows as :func:`_log_triggers`, from PL/pgSQL functions (one per kind of row)."""
    statements = [
        "CREATE FUNCTION eventmate_log_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'INSERT' THEN "
        "INSERT INTO change_log(kind, uid, op) VALUES (TG_TABLE_NAME, NEW.uid, 'c'); "
        "ELSIF TG_OP = 'UPDATE' THEN "
        "INSERT INTO change_log(kind, uid, op) VALUES (TG_TABLE_NAME, NEW.uid, 'u'); "
        "ELSE INSERT INTO change_log(kind, uid, op) VALUES (TG_TABLE_NAME, OLD.uid, 'd'); "
        "END IF; RETURN NULL; END $$"
    ]
    for table in UID_TABLES:
        statements.append(
            f'CREATE TRIGGER change_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION eventmate_log_change()"
        )
    for table, column, owner in OWNERS:
        function = f"eventmate_log_{table}_{owner}"
        statements.append(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "INSERT INTO change_log(kind, uid, op) "
            f"SELECT '{owner}', uid, 'u' FROM \"{owner}\" WHERE id IN ("
            f"CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.{column} END, "
            f"CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.{column} END); "
            "RETURN NULL; END $$"
        )
        statements.append(
            f'CREATE TRIGGER change_{table}_{owner} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
    return statements


def _drop_server_log_triggers() -> None:
    for table in UID_TABLES:
        _exec(f'DROP TRIGGER IF EXISTS change_{table} ON "{table}"')
    for table, _column, owner in OWNERS:
        _exec(f'DROP TRIGGER IF EXISTS change_{table}_{owner} ON "{table}"')
        _exec(f"DROP FUNCTION IF EXISTS eventmate_log_{table}_{owner}()")
    _exec("DROP FUNCTION IF EXISTS eventmate_log_change()")


# -- the people index --------------------------------------------------------------------------


def _people_index(columns: tuple[str, ...]) -> None:
    """Make ``search_person`` again over ``columns`` and fill it from the person table."""
    for suffix in ("ai", "ad", "au"):
        _exec(f"DROP TRIGGER IF EXISTS search_person_{suffix}")
    _exec("DROP TABLE IF EXISTS search_person")
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = (
        f"INSERT INTO search_person(search_person, rowid, {cols}) VALUES ('delete', old.id, {old});"
    )
    insert = f"INSERT INTO search_person(rowid, {cols}) VALUES (new.id, {new});"
    _exec(
        f"CREATE VIRTUAL TABLE search_person USING fts5({cols}, content='person', "
        f"content_rowid='id', {_PEOPLE_INDEX})"
    )
    _exec(f"CREATE TRIGGER search_person_ai AFTER INSERT ON person BEGIN {insert} END")
    _exec(f"CREATE TRIGGER search_person_ad AFTER DELETE ON person BEGIN {delete} END")
    _exec(
        f"CREATE TRIGGER search_person_au AFTER UPDATE OF {cols} ON person "
        f"BEGIN {delete} {insert} END"
    )
    _exec("INSERT INTO search_person(search_person) VALUES ('rebuild')")
    # As 0004_search_upkeep: merges happen at idle, never inside a user's write.
    _exec("INSERT INTO search_person(search_person, rank) VALUES ('automerge', 0)")


def _refold_names() -> None:
    bind = op.get_bind()
    rows = bind.exec_driver_sql("SELECT id, name, sort_key FROM person").fetchall()
    changed = [(key, pid) for pid, name, old in rows if (key := _fold(name)) != old]
    if changed:
        marker = "?" if _sqlite() else "%s"
        bind.exec_driver_sql(f"UPDATE person SET sort_key = {marker} WHERE id = {marker}", changed)


# -- upgrade and downgrade ---------------------------------------------------------------------


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("detail", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    if not _sqlite():
        # Which transaction wrote the row (see the module's docstring); servers only.
        op.add_column(
            "change_log",
            sa.Column("txid", sa.BigInteger(), server_default=sa.text("txid_current()")),
        )
        for table in UID_TABLES:
            op.add_column(table, sa.Column("uid", sa.String(length=255), nullable=True))
            op.execute(f'UPDATE "{table}" SET uid = gen_random_uuid()::text')
            op.alter_column(table, "uid", nullable=False)
            op.create_unique_constraint(f"uq_{table}_uid", table, ["uid"])
        _refold_names()
        for statement in _server_log_triggers():
            _exec(statement)
        return
    _exec("PRAGMA legacy_alter_table = ON")
    try:
        for table in ID_TABLES:
            _rebuild(table, with_uid=table in UID_TABLES, autoincrement=True)
    finally:
        _exec("PRAGMA legacy_alter_table = OFF")
    _refold_names()
    _people_index((*_PERSON_COLUMNS, "sort_key"))
    for statement in _log_triggers():
        _exec(statement)


def downgrade() -> None:
    if not _sqlite():
        _drop_server_log_triggers()
        for table in UID_TABLES:
            op.drop_constraint(f"uq_{table}_uid", table)
            op.drop_column(table, "uid")
        op.drop_table("change_log")
        return
    _drop_log_triggers()
    _exec("PRAGMA legacy_alter_table = ON")
    try:
        for table in ID_TABLES:
            _rebuild(table, with_uid=False, autoincrement=False)
    finally:
        _exec("PRAGMA legacy_alter_table = OFF")
    _people_index(_PERSON_COLUMNS)
    op.drop_table("change_log")
