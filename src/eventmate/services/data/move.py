"""Moving everything to another, empty store (SQLite → server, server → SQLite), all or nothing.

The rows go over as EventMate's complete archive (``services.data.archive``): every table,
ids and uids kept. The copy is verified inside the target's one transaction before it
commits: every table holds as many rows as the source, and the target's own archive is
byte for byte the source's (same rows, same values, same order). Anything else rolls it all
back; a new SQLite file made for the move is deleted again. The source is only read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from eventmate.domain.i18n import _, ngettext
from eventmate.interop.json_archive import encode_archive
from eventmate.services.clock import Clock, system_clock
from eventmate.services.data.archive import ArchiveError, ArchiveService, archive_tables
from eventmate.services.progress import JobControl, no_control
from eventmate.storage.engine import Database
from eventmate.storage.opening import DatabaseProblem, open_sqlite, open_url

log = logging.getLogger(__name__)


class MoveError(Exception):
    """The move did not happen; nothing changed in either store. The message says why."""


@dataclass(frozen=True, slots=True)
class MoveResult:
    """A finished move: where to, rows per table, and the verified archive's size."""

    target: str
    counts: dict[str, int]
    archive_bytes: int

    @property
    def people(self) -> int:
        """People moved."""
        return self.counts.get("person", 0)


def target_url(text: str) -> URL:
    """What the user typed as a URL: a server URL, an ``sqlite:///`` URL or a file path."""
    stripped = text.strip()
    if "://" not in stripped:
        return URL.create("sqlite+pysqlite", database=str(Path(stripped).expanduser().resolve()))
    try:
        return make_url(stripped)
    except Exception as error:
        raise MoveError(_("not a database address: {url}").format(url=stripped)) from error


def shown(url: URL) -> str:
    """``url`` as shown to the user (never with its password)."""
    return url.render_as_string(hide_password=True)


def _same(source: Database, target: URL) -> bool:
    if target.get_backend_name() == "sqlite":
        return source.path is not None and Path(target.database or "").resolve() == source.path
    if source.path is not None:
        return False
    here = source.engine.url
    return (here.host, here.port, here.database) == (target.host, target.port, target.database)


def _rows(session: Session) -> dict[str, int]:
    return {
        t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in archive_tables()
    }


class MoveService:
    """Copies the open store into another, empty one, and proves the copy equal."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def move_to(self, target: str | URL, control: JobControl | None = None) -> MoveResult:
        """Copy everything into the empty store at ``target``; raise MoveError if it cannot.

        ``target`` is a server URL, an ``sqlite:///`` URL or the path of an SQLite file
        (which must not exist yet, or be empty). The target's schema is created by the same
        migrations if it has none.
        """
        control = control or no_control()
        url = target if isinstance(target, URL) else target_url(target)
        if _same(self._db, url):
            raise MoveError(_("that is the store in use now; choose another one"))
        moment = self._clock()
        source_archive = ArchiveService(self._db, lambda: moment)
        document = source_archive.export_document()
        expected = encode_archive(document)
        counts = {name: len(rows) for name, rows in document.tables.items()}
        made_file, database = self._open(url)
        try:
            target_archive = ArchiveService(database, lambda: moment)

            def verify(session: Session) -> None:
                found = _rows(session)
                if found != counts:
                    wrong = sorted(n for n in counts if found.get(n) != counts[n])
                    raise MoveError(
                        _("the copy's row counts differ from the source: {tables}").format(
                            tables=wrong
                        )
                    )
                copied = encode_archive(target_archive.document_of(session))
                if copied != expected:
                    raise MoveError(_("the copy's archive is not byte for byte the source's"))

            target_archive.import_document(document, control, before_commit=verify)
        except ArchiveError as error:
            self._undo(database, made_file)
            raise MoveError(str(error)) from error
        except BaseException:
            self._undo(database, made_file)
            raise
        database.close()
        log.info("moved %d rows to %s", sum(counts.values()), shown(url))
        return MoveResult(shown(url), counts, len(expected))

    def _open(self, url: URL) -> tuple[Path | None, Database]:
        """The target, opened (and migrated); the SQLite file made for it, if one was."""
        if url.get_backend_name() == "sqlite":
            path = Path(url.database or "").expanduser().resolve()
            if path.exists() and path.stat().st_size > 0:
                raise MoveError(_("{path} already exists; move into a new file").format(path=path))
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                return path, open_sqlite(path, path.parent / "backups")
            except DatabaseProblem as problem:
                _remove(path)
                raise MoveError(f"{problem.advice} ({problem.detail})") from problem
        try:
            database = open_url(url)
        except DatabaseProblem as problem:
            detail = f" ({problem.detail})" if problem.detail else ""
            raise MoveError(f"{shown(url)}: {problem.advice}{detail}") from problem
        with database.read() as session:
            held = sum(_rows(session).values())
        if held:
            database.close()
            raise MoveError(
                ngettext(
                    "{store} already holds data ({n} row); move into an empty one",
                    "{store} already holds data ({n} rows); move into an empty one",
                    held,
                ).format(store=shown(url), n=held)
            )
        return None, database

    @staticmethod
    def _undo(database: Database, made_file: Path | None) -> None:
        database.close()
        if made_file is not None:
            _remove(made_file)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
