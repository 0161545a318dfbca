"""How a column's value goes into a JSON archive and comes back out of one.

Times and enums are read as stored text for speed (SQLite re-cuts its timestamps itself);
on import each JSON value is checked against its column and cleaned, or refused with a
``ValueError`` that names what was expected.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import JSON as SAJSON
from sqlalchemy import Boolean, Column, Date, Enum, Integer, String, literal_column, type_coerce

from eventmate.domain.i18n import _
from eventmate.domain.text import clean_text
from eventmate.storage.types import UTCDateTime

#: Longest text accepted in any one value on import (SQLite's own backstop is 50 MB).
TEXT_LIMIT = 10_000_000


def raw_column(column: Column[Any], sqlite: bool = False) -> Any:
    """The column as stored (times and enums as text), for a fast export.

    ``sqlite``: times come already in the archive's form (see below).
    """
    # Times and enums as stored: SQLAlchemy's own parsing of every timestamp costs more than
    # the rest of the export together (100k people: seconds).
    if sqlite and isinstance(column.type, UTCDateTime):
        # SQLite re-cuts its stored text ("2026-11-25 18:00:00.000000", naive UTC) into the
        # archive's form itself, as to_json_value writes it; anything else comes as stored.
        name = f'"{column.name}"'  # a fixed identifier from the schema, never user text
        stored = f"length({name}) = 26 AND substr({name}, 11, 1) = ' '"
        return literal_column(
            f"CASE WHEN {stored} AND substr({name}, 20) = '.000000' "
            f"THEN substr({name}, 1, 10) || 'T' || substr({name}, 12, 8) || '+00:00' "
            f"WHEN {stored} THEN substr({name}, 1, 10) || 'T' || substr({name}, 12) || '+00:00' "
            f"ELSE {name} END",
            String,
        )
    if isinstance(column.type, UTCDateTime | Enum):
        return type_coerce(column, String)
    return column


def to_json_value(column: Column[Any], value: Any) -> Any:
    """A value read with :func:`raw_column` as the archive writes it."""
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return _out_time(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, PyEnum):
        return value.value
    return value


#: SQLite stores whole numbers in 64 bits; anything larger cannot be written.
_INTEGER_MIN, _INTEGER_MAX = -(2**63), 2**63 - 1


def _time_out(value: Any) -> Any:
    """A stored time as ISO 8601 with +00:00, re-cut from SQLite's text without parsing."""
    if isinstance(value, str) and len(value) == 26 and value[10] == " " and value[19] == ".":
        # "2026-11-25 18:00:00.000000" (naive UTC), exactly as to_json_value writes it.
        if value.endswith(".000000"):
            return f"{value[:10]}T{value[11:19]}+00:00"
        return f"{value[:10]}T{value[11:]}+00:00"
    return _out_time(value)


def _out_time(value: Any) -> str:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return str(moment.astimezone(UTC).isoformat())


#: Column types whose values the driver hands back ready for JSON (no conversion needed).
_PLAIN = (Integer, Boolean, String, SAJSON)


def converter(column: Column[Any], sqlite: bool) -> Any:
    """How one column's values become JSON (None: as they come)."""
    if isinstance(column.type, UTCDateTime):
        return None if sqlite else _time_out  # SQLite re-cuts them itself (see raw_column)
    if isinstance(column.type, Enum):
        return None  # read as its stored text (see raw_column)
    if isinstance(column.type, _PLAIN):
        return None
    return lambda value: to_json_value(column, value)


def _clean(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return clean_text(value, limit=limit).text
    if isinstance(value, list):
        return [_clean(item, limit) for item in value]
    if isinstance(value, dict):
        return {_clean(str(k), limit): _clean(v, limit) for k, v in value.items()}
    return value


def from_json_value(column: Column[Any], value: Any) -> Any:
    """Convert one JSON value to what the column stores; raise ValueError if it cannot."""
    kind = column.type
    if value is None:
        if not column.nullable:
            raise ValueError(_("a value is required"))
        return None
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(_expect(value, str, _("a date and time")))
        if moment.tzinfo is None:
            raise ValueError(_("a date and time with a time zone is required"))
        return moment.astimezone(UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(_expect(value, str, _("a date")))
    if isinstance(kind, Boolean):
        return _expect(value, bool, _("true or false"))
    if isinstance(kind, Enum):
        allowed = list(kind.enums)
        if value not in allowed:
            raise ValueError(
                _("{value!r} is not one of {allowed}").format(
                    value=value, allowed=", ".join(allowed)
                )
            )
        assert kind.enum_class is not None
        return kind.enum_class(value)
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(_("a whole number is required"))
        if not _INTEGER_MIN <= value <= _INTEGER_MAX:
            raise ValueError(_("the number is too large"))
        return value
    if isinstance(kind, SAJSON):
        if not isinstance(value, dict | list):
            raise ValueError(_("an object is required"))
        return _clean(value, TEXT_LIMIT)
    text = _expect(value, str, _("text"))
    return clean_text(text, limit=getattr(kind, "length", None) or TEXT_LIMIT).text


def _expect(value: Any, kind: type, what: str) -> Any:
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ValueError(
            _("{what} is required, not {kind}").format(what=what, kind=type(value).__name__)
        )
    return value
