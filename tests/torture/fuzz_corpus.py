"""Seeds and dictionaries for the mutation fuzzer, per target.

Seeds are real files: the vCard and iCalendar corpus copied from ``/work/shared/realworld``
into ``tests/data`` (khard's and python-icalendar's test files, see their SOURCES.md), our own
hand-made samples there and in ``tests/data/torture``, and what EventMate itself exports
from its sample data (vCard 3.0 and 4.0, iCalendar, the JSON archive), made at run time so
they always match the current schema.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
TORTURE_DATA = DATA / "torture"

VCARD_TOKENS = [
    b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n",
    b"VERSION:2.1\r\n",
    b"VERSION:3.0\r\n",
    b"VERSION:4.0\r\n",
    b"FN:",
    b"N:;;;;",
    b"N:Schmidt;Anna;;;",
    b"ORG:LSO;;",
    b";ENCODING=QUOTED-PRINTABLE",
    b";CHARSET=UTF-8",
    b";CHARSET=utf-16",
    b";CHARSET=unicode-escape",
    b";CHARSET=x-unknown",
    b"=C3=A9=\r\n",
    b"=0D=0A",
    b"PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=",
    b"PHOTO:data:image/png;base64\\,AAAA",
    b"item1.",
    b"X-ABLabel:_$!<Mobile>!$_",
    b"TEL;TYPE=cell;VALUE=uri:tel:+44-20",
    b"EMAIL;PREF=1:anna@example.org",
    b"BDAY:--0229",
    b"BDAY:00000000",
    b"CATEGORIES:a,b\\,c,,",
    b"\\n",
    b"\\",
    b"^n",
    b";;;;;;;;;;;;;;;;;;;;",
    b",,,,,,,,,,,,,,,,,,,,",
    b'"',
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x00",
    b"\xc3",
    b"X-" + b"A" * 300 + b":",
    b"NOTE:" + b"x" * 10_000,
]

ICS_TOKENS = [
    b"BEGIN:VCALENDAR\r\n",
    b"END:VCALENDAR\r\n",
    b"BEGIN:VEVENT\r\n",
    b"END:VEVENT\r\n",
    b"BEGIN:VTIMEZONE\r\n",
    b"END:VTIMEZONE\r\n",
    b"BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n",
    b"RRULE:FREQ=WEEKLY;INTERVAL=0\r\n",
    b"RRULE:FREQ=DAILY;INTERVAL=-1\r\n",
    b"RRULE:FREQ=SECONDLY\r\n",
    b"RRULE:FREQ=MINUTELY;COUNT=100000\r\n",
    b"RRULE:FREQ=HOURLY;UNTIL=99991231T000000Z\r\n",
    b"RRULE:FREQ=DAILY;COUNT=2147483647\r\n",
    b"RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\n",
    b"RRULE:FREQ=YEARLY;BYYEARDAY=366;BYWEEKNO=53\r\n",
    b"RRULE:FREQ=MONTHLY;BYDAY=-5FR;BYSETPOS=-1,1,2,3,4,5\r\n",
    b"RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11\r\n",
    b"RRULE:FREQ=YEARLY;INTERVAL=400;UNTIL=00010101\r\n",
    b"RRULE:\r\n",
    b"EXDATE:20261203T193000Z,20261210T193000Z\r\n",
    b"RDATE;VALUE=PERIOD:20261203T193000Z/PT1H\r\n",
    b"DTSTART;VALUE=DATE:20261203\r\n",
    b"DTSTART:00010101T000000Z\r\n",
    b"DTSTART:99991231T235959Z\r\n",
    b"DTSTART;TZID=Nowhere/Else:20261203T193000\r\n",
    b"DTSTART;TZID=W. Europe Standard Time:20261203T193000\r\n",
    b"DTEND:19700101T000000Z\r\n",
    b"DURATION:P99999W\r\n",
    b"DURATION:-PT1H\r\n",
    b"RECURRENCE-ID:20261203T193000Z\r\n",
    b"UID:same@example.org\r\n",
    b"SUMMARY:",
    b"STATUS:CANCELLED\r\n",
    b"X-WR-TIMEZONE:Europe/Vienna\r\n",
    b"METHOD:CANCEL\r\n",
    b";TZID=",
    b";VALUE=DATE",
    b"\r\n ",
    b"\\n",
    b"\\,",
    b"\x00",
    b"\xef\xbb\xbf",
]

CAPTURE_TOKENS = [
    b"(",
    b")",
    b"((",
    b"))",
    b"(viola, LSO)",
    b"(viola @ LSO)",
    " — ".encode(),
    b" - ",
    b": ",
    b";",
    b",",
    b"#",
    b"#tag",
    b"!",
    b"!send ",
    b"?send me ",
    b"!ask ",
    b"!catch up ",
    b"!x " * 50,
    b"#t " * 50,
    b"@",
    b"\n",
    b"\r\n",
    b"\t",
    b"\x00",
    b"\x1b[31m",
    "\u202e".encode(),
    "\u200d".encode(),
    "\u0301".encode(),
    "🎻".encode(),
    "Zoë".encode(),
    "Ｆｕｌｌｗｉｄｔｈ".encode(),
    "\ud800".encode("utf-8", "surrogatepass"),
    b"\xff",
    b"A" * 2000,
    b"Anna " * 400,
]

QUERY_TOKENS = [
    b'"',
    b"'",
    b"*",
    b"-",
    b"+",
    b":",
    b"(",
    b")",
    b"^",
    b"{",
    b"}",
    b"AND",
    b"OR",
    b"NOT",
    b"NEAR(",
    b"NEAR(a b, 3)",
    b"col:",
    b"search_person",
    b" ",
    b"\x00",
    b"\x02",
    b"\x03",
    "\u0301".encode(),
    "🎻".encode(),
    "ß".encode(),
    "ǅ".encode(),
    b"a" * 300,
    b"a " * 40,
    "\ud800".encode("utf-8", "surrogatepass"),
]

CAPTURE_SEEDS = [
    "Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig #conductor-search "
    "!send my Ligeti recording",
    "Seán O'Brien (agent @ Askonas Holt) - represents two pianists !ask about the spring tour",
    "cellist, red scarf — knows Zoë",
    "Dr. Li Wei: critic; writes for Gramophone ?send me the review #press",
    "Kwame — oboe, Ensemble Modern, likes jazz",
    "(viola) — nothing else",
    "!catch up with the Hallé team",
    "Zoë Ångström 🎻 (Konzertmeisterin, Berliner Phil) — Kaffee nach dem Konzert",
]

QUERY_SEEDS = [
    "anna",
    "zoe",
    "O'Brien",
    "C++",
    '"quoted phrase"',
    "NEAR(anna schmidt)",
    "-viola",
    "Bartók AND Leipzig",
    "🎻",
    "Schmi*",
]


def files(*patterns: str) -> list[bytes]:
    """The bytes of every file under ``tests/data`` matching the glob ``patterns``."""
    found = []
    for pattern in patterns:
        found += [path.read_bytes() for path in sorted(DATA.glob(pattern)) if path.is_file()]
    return found


def text_seeds(lines: list[str]) -> list[bytes]:
    return [line.encode("utf-8", errors="surrogatepass") for line in lines]


def exported_seeds(services: object) -> dict[str, list[bytes]]:
    """What EventMate writes from its sample data: our own files as seeds."""
    from eventmate.services.container import Services

    assert isinstance(services, Services)
    return {
        "vcard": [
            services.vcards.export(version="3.0"),
            services.vcards.export(version="4.0", fold_lines=False),
        ],
        "ics": [services.calendar.export()],
        "archive": [services.archive.export_bytes()],
    }


def seeds(exported: dict[str, list[bytes]]) -> dict[str, list[bytes]]:
    """Every target's seeds."""
    captures = text_seeds(CAPTURE_SEEDS) + files("torture/*.txt")
    return {
        "capture": captures,
        "capture_store": captures,
        "query": text_seeds(QUERY_SEEDS),
        "search": text_seeds(QUERY_SEEDS),
        "search_stored": [],  # made from the capture and query seeds (test_fuzz._mutations)
        "vcard": files("vcards/*.vcf", "torture/*.vcf") + exported["vcard"],
        "ics": files("ics/*.ics", "ics/realworld/*.ics", "torture/*.ics") + exported["ics"],
        "archive": exported["archive"],
    }


TOKENS: dict[str, list[bytes]] = {
    "capture": CAPTURE_TOKENS,
    "capture_store": CAPTURE_TOKENS,
    "query": QUERY_TOKENS,
    "search": QUERY_TOKENS,
    "search_stored": [],
    "vcard": VCARD_TOKENS,
    "ics": ICS_TOKENS,
    "archive": [b"{", b"}", b"[", b"]", b'"', b",", b":", b"null", b"1e999", b"\\u0000"],
}
