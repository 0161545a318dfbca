"""Complete JSON export and import of everything in the database (all-or-nothing).

The tables and columns come from the ORM metadata, so a column added later is exported
without anyone remembering to add it here. Search-index tables (``search_*``, built from the
data) and Alembic's bookkeeping are not data and are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    Table,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from eventmate import __version__
from eventmate.domain.i18n import _
from eventmate.interop.json_archive import (
    ArchiveDocument,
    ArchiveFormatError,
    JsonRow,
    decode_archive,
    encode_archive,
)
from eventmate.services.clock import Clock, system_clock
from eventmate.services.data.archive_values import converter, from_json_value, raw_column
from eventmate.services.data.bulk import collector_paused
from eventmate.services.progress import JobControl, no_control
from eventmate.storage.bulk_writes import batch_trigram_writes, merge_trigram_writes, settle
from eventmate.storage.engine import Database
from eventmate.storage.identity import HEAD_REVISION
from eventmate.storage.models import Base

_CHUNK = 2000


class ArchiveError(Exception):
    """An archive cannot be imported; nothing was changed. The message says why."""


def archive_tables() -> tuple[Table, ...]:
    """Every data table, parents before children (not the change log: it is about this file)."""
    return tuple(
        t
        for t in Base.metadata.sorted_tables
        if not t.name.startswith("search_") and t.name != "change_log"
    )


class ArchiveService:
    """Writes and reads complete archives of the database."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def export_document(self, control: JobControl | None = None) -> ArchiveDocument:
        """Every row of every data table, in one consistent read."""
        with self._db.read() as session:
            return self.document_of(session, control)

    def document_of(self, session: Session, control: JobControl | None = None) -> ArchiveDocument:
        """Every row of every data table as ``session`` sees them (also before its commit)."""
        control = control or no_control()
        tables: dict[str, list[JsonRow]] = {}
        sqlite = session.get_bind().dialect.name == "sqlite"
        counts = {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in archive_tables()
        }
        total, done = sum(counts.values()), 0
        for table in archive_tables():
            columns = list(table.columns)
            order = list(table.primary_key.columns)
            names = [c.name for c in columns]
            special = [
                (index, column.name, convert)
                for index, column in enumerate(columns)
                if (convert := converter(column, sqlite)) is not None
            ]
            rows: list[JsonRow] = []
            result = session.execute(
                select(*(raw_column(c, sqlite) for c in columns))
                .select_from(table)
                .order_by(*order)
            ).all()
            for row in result:
                values = dict(zip(names, row, strict=True))
                for index, name, convert in special:
                    if row[index] is not None:
                        values[name] = convert(row[index])
                rows.append(values)
                done += 1
                if done % _CHUNK == 0:
                    control.report(done, total)
            tables[table.name] = rows
        control.report(total, total)
        return ArchiveDocument(
            schema_revision=HEAD_REVISION,
            app_version=__version__,
            exported_at=self._clock().astimezone(UTC).isoformat(),
            tables=tables,
        )

    def export_bytes(self, control: JobControl | None = None) -> bytes:
        """The archive as a UTF-8 JSON file's bytes."""
        with collector_paused():  # a million plain rows, no cycles to find
            return encode_archive(self.export_document(control))

    def import_bytes(self, data: bytes, control: JobControl | None = None) -> dict[str, int]:
        """Import an archive file's bytes; see :meth:`import_document`."""
        try:
            document = decode_archive(data)
        except ArchiveFormatError as error:
            raise ArchiveError(str(error)) from error
        return self.import_document(document, control)

    def count_rows(self, data: bytes) -> dict[str, int]:
        """How many rows of each table an archive file holds (what importing would add)."""
        try:
            document = decode_archive(data)
        except ArchiveFormatError as error:
            raise ArchiveError(str(error)) from error
        return {name: len(rows) for name, rows in document.tables.items()}

    def import_document(
        self,
        document: ArchiveDocument,
        control: JobControl | None = None,
        *,
        before_commit: Callable[[Session], None] | None = None,
    ) -> dict[str, int]:
        """Put every row of ``document`` into this (empty) database, all or nothing.

        Returns the rows imported per table. Raises :class:`ArchiveError` if the archive is
        from a newer schema, names unknown tables or columns, holds a bad value, or the
        database already has data (an archive restores a whole data folder; merging two
        folders' ids is not what it is for). ``Cancelled`` from ``control`` rolls back too.

        Ids are kept as they are in the archive; on a server the id sequences are moved past
        them. ``before_commit`` sees the imported rows in the same transaction (a move
        verifies them there): whatever it raises rolls everything back.
        """
        control = control or no_control()
        prepared = self._prepare(document)
        total, done = document.row_count, 0
        on_server = self._db.engine.dialect.name == "postgresql"
        try:
            with self._db.write() as session:
                existing = sum(
                    session.scalar(select(func.count()).select_from(t)) or 0
                    for t in archive_tables()
                )
                if existing:
                    raise ArchiveError(
                        _(
                            "this database already holds data; a complete archive can only be "
                            "imported into an empty data folder (e.g. eventmate --data-dir NEW "
                            "import FILE), or restore a backup instead"
                        )
                    )
                batched = batch_trigram_writes(session.connection()) if on_server else []
                later: list[tuple[Table, str, list[str], list[dict[str, Any]]]] = []
                for table, rows, self_refs in prepared:
                    if self_refs:
                        # A row may point at a later row of the same table (introduced by):
                        # insert without those links first, then set them.
                        pk = next(iter(table.primary_key.columns)).name
                        # Columns such as updated_at change on UPDATE: keep their values.
                        stamped = [c.name for c in table.columns if c.onupdate is not None]
                        for name in self_refs:
                            links = [
                                {"_pk": r[pk], "_v": r[name], **{f"_{c}": r[c] for c in stamped}}
                                for r in rows
                                if r[name] is not None
                            ]
                            later.append((table, name, stamped, links))
                        rows = [
                            {**r, **dict.fromkeys(self_refs), **_before_links(table, r, self_refs)}
                            for r in rows
                        ]
                    for start in range(0, len(rows), _CHUNK):
                        chunk = rows[start : start + _CHUNK]
                        if chunk:
                            session.execute(insert(table), chunk)
                        done += len(chunk)
                        control.report(done, total)
                for table, name, stamped, links in later:
                    if links:
                        pk_column = next(iter(table.primary_key.columns))
                        values = {name: _bind("_v"), **{c: _bind(f"_{c}") for c in stamped}}
                        session.connection().execute(
                            update(table).where(pk_column == _bind("_pk")).values(values), links
                        )
                control.check()
                if on_server:
                    merge_trigram_writes(session.connection(), batched)
                    _advance_sequences(session)
                if before_commit is not None:
                    before_commit(session)
        except DBAPIError as error:
            raise ArchiveError(
                _("the archive's rows do not fit together: {reason}").format(reason=error.orig)
            ) from error
        if on_server:
            settle(self._db.engine)
        return {table.name: len(rows) for table, rows, _refs in prepared}

    def _prepare(
        self, document: ArchiveDocument
    ) -> list[tuple[Table, list[dict[str, Any]], list[str]]]:
        if document.schema_revision != HEAD_REVISION:
            from eventmate.storage.migrate import known_revisions

            if document.schema_revision not in known_revisions():
                raise ArchiveError(
                    _(
                        "the archive was written by a newer EventMate (schema {revision}); "
                        "update EventMate to import it"
                    ).format(revision=document.schema_revision)
                )
        known = {t.name: t for t in archive_tables()}
        unknown = sorted(set(document.tables) - set(known))
        if unknown:
            raise ArchiveError(
                _("the archive has tables this version does not know: {tables}").format(
                    tables=unknown
                )
            )
        prepared = []
        for name, table in known.items():
            rows = document.tables.get(name, [])
            columns = {c.name: c for c in table.columns}
            converted: list[dict[str, Any]] = []
            for index, row in enumerate(rows):
                extra = sorted(set(row) - set(columns))
                if extra:
                    raise ArchiveError(
                        _("{table}, row {row}: unknown columns {columns}").format(
                            table=name, row=index + 1, columns=extra
                        )
                    )
                values: dict[str, Any] = {}
                for column_name, column in columns.items():
                    if column_name not in row and _has_scalar_default(column):
                        # An archive from an older schema lacks a column added since.
                        values[column_name] = column.default.arg  # type: ignore[union-attr]
                        continue
                    try:
                        values[column_name] = from_json_value(column, row.get(column_name))
                    except ValueError as error:
                        raise ArchiveError(
                            f"{name}, row {index + 1}, {column_name}: {error}"
                        ) from error
                converted.append(values)
            self_refs = [
                c.name for c in table.columns for fk in c.foreign_keys if fk.column.table is table
            ]
            prepared.append((table, converted, self_refs))
        return prepared


def _advance_sequences(session: Session) -> None:
    """Move each table's id sequence past the ids just inserted (a server only)."""
    for table in archive_tables():
        if "id" not in table.columns or not isinstance(table.columns["id"].type, Integer):
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "  # noqa: S608
                f'coalesce(max(id), 0) + 1, false) FROM "{table.name}"'
            )
        )


def _before_links(table: Table, row: dict[str, Any], links: list[str]) -> dict[str, Any]:
    """A row's version lowered by the link UPDATEs it will get (each adds one, 0013_devices),
    so that it ends with the archive's version."""
    if "version" not in table.c or row.get("version") is None:
        return {}
    return {"version": row["version"] - sum(row[name] is not None for name in links)}


def _has_scalar_default(column: Column[Any]) -> bool:
    default = column.default
    return default is not None and bool(getattr(default, "is_scalar", False))


def _bind(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name)
