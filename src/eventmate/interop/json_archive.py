"""The complete JSON archive format: a versioned document holding every table's rows.

This module only knows the document's shape; which tables and columns exist and how their
values convert is the archive service's business. Layout::

    {
      "format": "eventmate-archive",
      "format_version": 1,
      "schema_revision": "0001_initial",
      "app_version": "0.1.0",
      "exported_at": "2026-11-25T18:00:00+00:00",
      "tables": {"event": [{"id": 1, "title": "…", …}, …], …}
    }

Rows are objects keyed by column name, in primary-key order, one row per line, so the file is
readable and diffable, and the same data always gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eventmate.domain.i18n import _

FORMAT = "eventmate-archive"
FORMAT_VERSION = 1
#: Larger files are refused before reading (an archive of 100k people is about 100 MB; reading
#: takes about 4.5 times the file in memory).
MAX_BYTES = 1_000_000_000

JsonRow = dict[str, Any]


class ArchiveFormatError(ValueError):
    """The bytes are not an EventMate archive this version can read; the message says why."""


@dataclass(frozen=True, slots=True)
class ArchiveDocument:
    """An archive: metadata plus each table's rows (table order is dependency order)."""

    schema_revision: str
    app_version: str
    exported_at: str
    tables: dict[str, list[JsonRow]]

    @property
    def row_count(self) -> int:
        """Rows in every table together."""
        return sum(len(rows) for rows in self.tables.values())


def encode_archive(document: ArchiveDocument) -> bytes:
    """The archive as UTF-8 JSON, deterministic for the same document, one row per line.

    Each row goes through the json module's C encoder on its own; indenting the whole
    document would use its pure-Python encoder, about ten times slower (100k people: 20 s).
    """
    head = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": document.schema_revision,
        "app_version": document.app_version,
        "exported_at": document.exported_at,
    }
    encode = _row_encoder()
    parts = ["{\n"]
    parts.extend(f" {encode(key)}: {encode(value)},\n" for key, value in head.items())
    parts.append(' "tables": {')
    for index, (name, rows) in enumerate(document.tables.items()):
        parts.append(",\n  " if index else "\n  ")
        parts.append(f"{encode(name)}: [")
        if rows:
            parts.append("\n   ")
            parts.append(",\n   ".join(map(encode, rows)))
            parts.append("\n  ")
        parts.append("]")
    parts.append("\n }\n}\n" if document.tables else "}\n}\n")
    return "".join(parts).encode("utf-8")


def _refuse(value: object) -> object:
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _row_encoder() -> Callable[[Any], str]:
    """Encodes one value as compact JSON (", " and ": "), UTF-8 text kept as it is.

    CPython's C encoder, made once: ``JSONEncoder.encode`` makes a new one per call, which is
    most of the cost for 600k small rows. Elsewhere, the plain encoder.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - other Pythons
        return json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    # markers, default, encoder, indent, key and item separators, sort_keys, skipkeys, allow_nan
    iterencode = make(
        {}, _refuse, json.encoder.encode_basestring, None, ": ", ", ", False, False, False
    )
    return lambda value: "".join(iterencode(value, 0))


def decode_archive(data: bytes) -> ArchiveDocument:
    """Parse and check an archive's shape; raise :class:`ArchiveFormatError` if it is not one."""
    if len(data) > MAX_BYTES:
        raise ArchiveFormatError(_("the file is larger than any EventMate archive (over 1 GB)"))
    try:
        body = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ArchiveFormatError(
            _("the file is not UTF-8 text ({reason})").format(reason=error.reason)
        ) from error
    except (json.JSONDecodeError, RecursionError) as error:
        raise ArchiveFormatError(
            _("the file is not valid JSON ({reason})").format(reason=error)
        ) from error
    except ValueError as error:  # e.g. a number of more than 4300 digits
        raise ArchiveFormatError(
            _("the file holds a value no archive has ({reason})").format(reason=error)
        ) from error
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ArchiveFormatError(_("the file is JSON but not an EventMate archive"))
    version = body.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ArchiveFormatError(_("the archive has no format version"))
    if version > FORMAT_VERSION:
        raise ArchiveFormatError(
            _(
                "the archive was written by a newer EventMate (format {version}); update EventMate"
            ).format(version=version)
        )
    if version < 1:
        raise ArchiveFormatError(
            _("unknown archive format version {version}").format(version=version)
        )
    texts = {}
    for key in ("schema_revision", "app_version", "exported_at"):
        value = body.get(key)
        if not isinstance(value, str):
            raise ArchiveFormatError(
                _("the archive's {field} is missing").format(field=key.replace("_", " "))
            )
        texts[key] = value
    tables = body.get("tables")
    if not isinstance(tables, dict):
        raise ArchiveFormatError(_("the archive has no tables"))
    for name, rows in tables.items():
        if not isinstance(rows, list):
            raise ArchiveFormatError(_("table {name!r} is not a list of rows").format(name=name))
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                raise ArchiveFormatError(
                    _("table {name!r}, row {row} is not an object").format(name=name, row=index + 1)
                )
    return ArchiveDocument(
        schema_revision=texts["schema_revision"],
        app_version=texts["app_version"],
        exported_at=texts["exported_at"],
        tables=tables,
    )
