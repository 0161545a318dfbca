"""A mutation fuzzer: real-world seeds, changed a few times over, with format-aware tricks.

:class:`Mutator` takes seed files and a dictionary of tokens that mean something in the
format (``RRULE:FREQ=WEEKLY;INTERVAL=0``, ``ENCODING=QUOTED-PRINTABLE``, ``NEAR(`` …) and
makes each input by stacking one to eight mutations on a seed: byte flips and inserts,
deleted/duplicated/repeated ranges, line edits (drop, repeat up to a few hundred times, swap,
fold, new line endings), values replaced by tokens, and splices of two seeds.
:func:`mutate_archive` edits the JSON archive's structure (types, keys, ids, rows) first.
Everything is driven by one ``random.Random``, so a seed replays the same inputs.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from typing import Any

#: Inputs are cut to this size (the importers' own limits are tested elsewhere).
MAX_INPUT = 1 << 20

INTERESTING_VALUES: tuple[Any, ...] = (
    None,
    "",
    0,
    -1,
    1,
    2**31,
    2**63,
    -(2**63) - 1,
    10**400,
    1e308,
    -0.0,
    True,
    [],
    {},
    [[[[[]]]]],
    "x" * 5000,
    "2026-13-45T25:61:00+99:00",
    "0001-01-01T00:00:00+00:00",
    "9999-12-31T23:59:59+00:00",
    "Zoë\u0000Ångström\u202e",
    "\ud800",
    "🎻" * 40,
)


class Mutator:
    """Makes inputs from ``seeds`` by stacking random mutations."""

    def __init__(self, rng: random.Random, seeds: list[bytes], tokens: list[bytes]) -> None:
        if not seeds:
            raise ValueError("a mutator needs at least one seed")
        self.rng = rng
        self.seeds = seeds
        self.tokens = tokens or [b"\x00"]
        self.ops: list[Callable[[bytearray], None]] = [
            self.flip_bit,
            self.set_byte,
            self.insert_token,
            self.insert_token,
            self.insert_bytes,
            self.delete_range,
            self.duplicate_range,
            self.repeat_range,
            self.truncate,
            self.splice,
            self.drop_line,
            self.repeat_line,
            self.swap_lines,
            self.fold_line,
            self.line_endings,
            self.replace_value,
            self.replace_value,
        ]

    def __iter__(self) -> Iterator[bytes]:
        while True:
            yield self.mutate()

    def mutate(self, data: bytes | None = None) -> bytes:
        """One new input."""
        buffer = bytearray(self.rng.choice(self.seeds) if data is None else data)
        for _ in range(1 + min(7, int(self.rng.expovariate(0.6)))):
            self.rng.choice(self.ops)(buffer)
            if len(buffer) > MAX_INPUT:
                del buffer[MAX_INPUT:]
        return bytes(buffer)

    # helpers

    def _pos(self, buffer: bytearray) -> int:
        return self.rng.randrange(len(buffer) + 1)

    def _range(self, buffer: bytearray) -> tuple[int, int]:
        start = self._pos(buffer)
        return start, min(len(buffer), start + int(self.rng.expovariate(1 / 32)) + 1)

    def _lines(self, buffer: bytearray) -> list[bytes]:
        return bytes(buffer).split(b"\n")

    def _set_lines(self, buffer: bytearray, lines: list[bytes]) -> None:
        buffer[:] = b"\n".join(lines)

    # byte mutations

    def flip_bit(self, buffer: bytearray) -> None:
        if buffer:
            index = self.rng.randrange(len(buffer))
            buffer[index] ^= 1 << self.rng.randrange(8)

    def set_byte(self, buffer: bytearray) -> None:
        if buffer:
            special = (0, 0x0A, 0x0D, 0x20, 0x3A, 0x3B, 0x5C, 0x7F, 0x80, 0xC3, 0xFF)
            buffer[self.rng.randrange(len(buffer))] = self.rng.choice(special)

    def insert_token(self, buffer: bytearray) -> None:
        position = self._pos(buffer)
        buffer[position:position] = self.rng.choice(self.tokens)

    def insert_bytes(self, buffer: bytearray) -> None:
        position = self._pos(buffer)
        buffer[position:position] = self.rng.randbytes(self.rng.randint(1, 16))

    def delete_range(self, buffer: bytearray) -> None:
        start, end = self._range(buffer)
        del buffer[start:end]

    def duplicate_range(self, buffer: bytearray) -> None:
        start, end = self._range(buffer)
        position = self._pos(buffer)
        buffer[position:position] = buffer[start:end]

    def repeat_range(self, buffer: bytearray) -> None:
        start, end = self._range(buffer)
        buffer[end:end] = bytes(buffer[start:end]) * self.rng.choice((2, 10, 100, 1000))

    def truncate(self, buffer: bytearray) -> None:
        del buffer[self._pos(buffer) :]

    def splice(self, buffer: bytearray) -> None:
        other = self.rng.choice(self.seeds)
        cut = self._pos(buffer)
        buffer[cut:] = other[self.rng.randrange(len(other) + 1) :]

    # line mutations

    def drop_line(self, buffer: bytearray) -> None:
        lines = self._lines(buffer)
        del lines[self.rng.randrange(len(lines))]
        self._set_lines(buffer, lines)

    def repeat_line(self, buffer: bytearray) -> None:
        lines = self._lines(buffer)
        index = self.rng.randrange(len(lines))
        lines[index:index] = [lines[index]] * self.rng.choice((1, 2, 5, 50, 300))
        self._set_lines(buffer, lines)

    def swap_lines(self, buffer: bytearray) -> None:
        lines = self._lines(buffer)
        a, b = self.rng.randrange(len(lines)), self.rng.randrange(len(lines))
        lines[a], lines[b] = lines[b], lines[a]
        self._set_lines(buffer, lines)

    def fold_line(self, buffer: bytearray) -> None:
        position = self._pos(buffer)
        buffer[position:position] = self.rng.choice((b"\r\n ", b"\n ", b"\r\n\t", b"=\r\n"))

    def line_endings(self, buffer: bytearray) -> None:
        text = bytes(buffer).replace(b"\r\n", b"\n")
        buffer[:] = text.replace(b"\n", self.rng.choice((b"\r\n", b"\r", b"\n", b"\n\r")))

    def replace_value(self, buffer: bytearray) -> None:
        lines = self._lines(buffer)
        index = self.rng.randrange(len(lines))
        head, colon, _value = lines[index].partition(b":")
        token = self.rng.choice(self.tokens)
        lines[index] = head + colon + token if colon else token
        self._set_lines(buffer, lines)


def mutate_archive(rng: random.Random, seed: bytes) -> bytes:
    """An archive with its structure edited (types, keys, ids, rows), as JSON bytes."""
    document = json.loads(seed)
    for _ in range(rng.randint(1, 4)):
        _edit(rng, document)
    return json.dumps(document, ensure_ascii=rng.random() < 0.5).encode(
        "utf-8", errors="surrogatepass"
    )


def _value(rng: random.Random) -> Any:
    """An interesting value, copied (a shared list put inside itself could not be written)."""
    return copy.deepcopy(rng.choice(INTERESTING_VALUES))


def _edit(rng: random.Random, document: Any) -> None:
    tables = document.get("tables") if isinstance(document, dict) else None
    choice = rng.randrange(8)
    if not isinstance(document, dict):
        return
    if choice == 0 or not isinstance(tables, dict) or not tables:  # the header
        key = rng.choice(["format", "format_version", "schema_revision", "tables", "app_version"])
        if rng.random() < 0.3:
            document.pop(key, None)
        else:
            document[key] = _value(rng)
        return
    name = rng.choice(sorted(tables))
    rows = tables[name]
    if choice == 1:
        tables.pop(name)
    elif choice == 2:
        tables[f"{name}_unknown"] = rows
    elif not isinstance(rows, list) or not rows:
        tables[name] = _value(rng)
    elif not all(isinstance(row, dict) for row in rows):
        rows.append(_value(rng))
    elif choice == 3:  # the same row twice (a duplicate id)
        rows.append(dict(rng.choice(rows)))
    elif choice == 4:  # a row pointing at nothing
        row = rng.choice(rows)
        keys = [k for k in row if k.endswith("_id") or k == "id"]
        if keys:
            row[rng.choice(keys)] = rng.choice((0, -1, 999_999, None, "1"))
    elif choice == 5:
        row = rng.choice(rows)
        if row:
            row.pop(rng.choice(sorted(row)))
    elif choice == 6:
        row = rng.choice(rows)
        row[rng.choice([*sorted(row), "surprise"])] = _value(rng)
    else:
        tables[name] = rows * rng.choice((2, 50))
