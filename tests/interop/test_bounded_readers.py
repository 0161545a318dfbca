"""Every importer finishes in bounded time and memory on hostile input (issue 12, point 1).

Each reader runs in a child process with a CPU-time and an address-space limit: a reader that
loops or grows without bound is killed by the limit and the test fails, instead of hanging
the suite. The limits are far above what the inputs need (well under a second each); they
are bounds, not timings.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

CPU_SECONDS = 60
MEMORY_BYTES = 1536 << 20

_CHILD = textwrap.dedent(
    """
    import json, resource, sys
    from datetime import UTC, datetime
    resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))
    resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
    kind, paths = sys.argv[1], sys.argv[2:]
    for path in paths:
        data = open(path, "rb").read()
        if kind == "ics":
            from eventmate.interop.ics import read_ics
            result = read_ics(
                data,
                window_start=datetime(2026, 1, 1, tzinfo=UTC),
                window_end=datetime(2027, 1, 1, tzinfo=UTC),
                local_tz=UTC,
            )
            summary = [len(result.events), [p.reason for p in result.skipped][:3], result.fatal]
        elif kind == "vcf":
            from eventmate.interop.vcard import read_vcards
            result = read_vcards(data)
            summary = [len(result.people), [p.reason for p in result.skipped][:3]]
        else:
            from eventmate.interop.json_archive import ArchiveFormatError, decode_archive
            try:
                summary = [decode_archive(data).row_count]
            except ArchiveFormatError as error:
                summary = ["refused", str(error)[:80]]
        del data
        print(json.dumps(summary), flush=True)
    """
).format(cpu=CPU_SECONDS, memory=MEMORY_BYTES)


def read_bounded(tmp_path: Path, kind: str, inputs: dict[str, bytes]) -> dict[str, list[object]]:
    """Run the reader for ``kind`` on each input in one limited child; each summary, or fail.

    The CPU limit counts for all inputs together; each needs well under a second.
    """
    paths = []
    for number, data in enumerate(inputs.values()):
        path = tmp_path / f"input{number}.{kind}"
        path.write_bytes(data)
        paths.append(str(path))
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, kind, *paths], capture_output=True, text=True, check=False
    )
    done = result.stdout.splitlines()
    stuck = list(inputs)[len(done)] if len(done) < len(inputs) else "?"
    assert result.returncode == 0, (
        f"reader died ({result.returncode}) on {stuck!r}: {result.stderr[-800:]}"
    )
    assert "Traceback" not in result.stderr
    return {name: json.loads(line) for name, line in zip(inputs, done, strict=True)}


def calendar(*events: str) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:e{i}@x\r\nSUMMARY:Event {i}\r\n{event}END:VEVENT\r\n"
        for i, event in enumerate(events)
    )
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


HOSTILE_CALENDARS = {
    # The file: the rule library yields 2024-01-01 forever, memory growing.
    "weekly interval 0, date start": calendar(
        "DTSTART;VALUE=DATE:20240101\r\nRRULE:FREQ=WEEKLY;INTERVAL=0\r\n"
    ),
    # Never matching and never advancing: would loop without yielding anything at all.
    "interval 0 that never matches": calendar(
        "DTSTART:20240115T190000Z\r\nRRULE:FREQ=WEEKLY;INTERVAL=0;BYMONTH=2\r\n"
    ),
    "negative interval": calendar("DTSTART:20240115T190000Z\r\nRRULE:FREQ=DAILY;INTERVAL=-1\r\n"),
    "interval not a number": calendar(
        "DTSTART:20240115T190000Z\r\nRRULE:FREQ=DAILY;INTERVAL=often\r\n"
    ),
    "huge count since 1900": calendar(
        "DTSTART:19000101T190000Z\r\nRRULE:FREQ=DAILY;COUNT=999999999\r\n"
    ),
    "hourly since year 1": calendar("DTSTART:00010101T190000Z\r\nRRULE:FREQ=HOURLY\r\n"),
    "dense minutes every hour": calendar(
        "DTSTART:20260101T000000Z\r\nRRULE:FREQ=HOURLY;BYMINUTE="
        + ",".join(map(str, range(60)))
        + ";BYSECOND="
        + ",".join(map(str, range(60)))
        + "\r\n"
    ),
    "three hundred weekly series": calendar(
        *["DTSTART:19700105T190000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n"] * 300
    ),
    "deeply nested components": (
        b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\n" * 50_000 + b"END:VEVENT\r\n" * 50_000
    ),
    "one enormous line": b"BEGIN:VCALENDAR\r\nX-JUNK:" + b"a" * 15_000_000 + b"\r\n",
}


def test_calendar_reader_is_bounded(tmp_path: Path) -> None:
    summaries = read_bounded(tmp_path, "ics", HOSTILE_CALENDARS)
    assert all(isinstance(summary[0], int) for summary in summaries.values())
    # The file is refused with a reason, not expanded into one endless date.
    events, reasons, _fatal = summaries["weekly interval 0, date start"]
    assert events == 0
    assert "interval" in str(reasons)
    assert summaries["interval 0 that never matches"][0] == 0
    assert summaries["negative interval"][0] == 0


HOSTILE_CARDS = {
    "cards that never end": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n" * 100_000,
    "one 40 MB line": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:"
    + b"a" * 40_000_000
    + b"\r\nEND:VCARD\r\n",
    "fifty thousand tiny cards": b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n" * 50_000,
    "a hundred thousand parameters": b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL"
    + b";TYPE=a" * 100_000
    + b":1\r\nEND:VCARD\r\n",
    "soft line breaks": b"BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:"
    + b"=\r\n" * 2_000_000
    + b"x\r\nEND:VCARD\r\n",
    "nested agents": b"BEGIN:VCARD\r\nAGENT:" * 20_000 + b"END:VCARD\r\n" * 20_000,
}


def test_vcard_reader_is_bounded(tmp_path: Path) -> None:
    summaries = read_bounded(tmp_path, "vcf", HOSTILE_CARDS)
    assert all(isinstance(summary[0], int) for summary in summaries.values())


HOSTILE_ARCHIVES = {
    "deep nesting": b"[" * 5_000_000,
    "a number with a million digits": b'{"format": ' + b"7" * 1_000_000 + b"}",
    "forty megabytes of spaces": b" " * 40_000_000,
    "rows of nothing": b'{"format": "eventmate-archive", "tables": {"person": ['
    + b"{}," * 3_000_000
    + b"{}]}}",
}


def test_archive_reader_is_bounded_and_says_why(tmp_path: Path) -> None:
    summaries = read_bounded(tmp_path, "json", HOSTILE_ARCHIVES)
    assert {name: summary[0] for name, summary in summaries.items()} == dict.fromkeys(
        HOSTILE_ARCHIVES, "refused"
    )
