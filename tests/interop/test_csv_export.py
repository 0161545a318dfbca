"""CSV export: readable by csv, UTF-8 with BOM, formula cells neutralised."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from eventmate.interop.csv_export import HEADER, CsvPerson, guard_cell, write_people_csv


def person(name: str, **extra: object) -> CsvPerson:
    values: dict[str, object] = {
        "name": name,
        "pronunciation": "",
        "role": "",
        "organization": "",
        "emails": (),
        "phones": (),
        "web": (),
        "social": (),
        "tags": (),
        "met_at": "",
        "met_how": "",
        "first_met_at": None,
        "last_interaction_at": None,
        "status": "active",
        "recall_cues": "",
        "created_at": None,
        "updated_at": None,
        "uid": "0e7c2b1a-9d4f-4e6a-8b3c-5f1d2a7e9c40",
    }
    values.update(extra)
    return CsvPerson(**values)  # type: ignore[arg-type]


def read(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_header_and_a_row_round_trip() -> None:
    data = write_people_csv(
        [
            person(
                'Zoë, "the" oboist\nsecond line',
                emails=("z@x.org", "zoe@y.org"),
                first_met_at=datetime(2026, 11, 20, 19, 30, tzinfo=UTC),
            )
        ]
    )
    rows = read(data)
    assert tuple(rows[0]) == HEADER
    assert rows[1][0] == 'Zoë, "the" oboist\nsecond line'
    assert rows[1][4] == "z@x.org; zoe@y.org"
    assert rows[1][11] == "2026-11-20T19:30:00+00:00"
    assert rows[1][-1] == "0e7c2b1a-9d4f-4e6a-8b3c-5f1d2a7e9c40"
    assert HEADER[-1] == "uid"
    assert b"\r\n" in data


def test_formula_cells_are_neutralised() -> None:
    rows = read(write_people_csv([person('=HYPERLINK("http://evil")', role="+1", met_at="@x")]))
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'
    assert rows[1][2] == "'+1"
    assert rows[1][9] == "'@x"


@given(st.text())
def test_no_cell_can_start_a_formula(text: str) -> None:
    guarded = guard_cell(text)
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert guarded.removeprefix("'") == text or guarded == text
