"""Hypothesis strategies that build inputs shaped like the real thing, for every fuzz target.

Captures are built from the capture syntax's parts (names, ``(role, org)``, separators, facts,
``#tags``, ``!promises``) with noise between them; search text from FTS5's own syntax; vCards
and calendars property by property (with every vCard version, encodings, parameters, folding,
and every part of an RRULE, zero and negative numbers included); archives start from a real
export and have values, rows and keys replaced. Each strategy yields the bytes a worker runs.
"""

from __future__ import annotations

import json
from typing import Any

from fuzz_corpus import CAPTURE_TOKENS, QUERY_TOKENS
from hypothesis import strategies as st

# -- text --------------------------------------------------------------------------------------

ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=120)
WORD = st.builds(
    str.__add__,
    st.sampled_from("ABCDEFGHIJKLMNOPRSTVWZÀÉÅØŁ"),
    st.text("abcdefghijklmnoprstuvwzàéöøß'’-", max_size=10),
)
LOWER = st.text("abcdefghijklmnopqrstuvwxyzàéü0123456789 ", min_size=1, max_size=20)


def _text(token: bytes) -> str:
    try:
        return token.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return token.decode("utf-8", "replace")


NOISE = st.sampled_from([_text(t) for t in CAPTURE_TOKENS])


@st.composite
def capture_lines(draw: st.DrawFn) -> bytes:
    """A capture line built from its syntax, with noise, or any text at all."""
    if draw(st.booleans()):
        text = draw(ANY_TEXT)
    else:
        name = " ".join(draw(st.lists(WORD, min_size=0, max_size=4)))
        parts = [name]
        if draw(st.booleans()):
            role, org = draw(LOWER), draw(LOWER)
            parts.append(f" ({role}{draw(st.sampled_from([', ', ' @ ', ',', '']))}{org})")
        parts.append(draw(st.sampled_from([" — ", " - ", ": ", "—", " ", ""])))
        facts = draw(st.lists(LOWER, max_size=6))
        parts.append(draw(st.sampled_from(["; ", ", ", ";"])).join(facts))
        for _ in range(draw(st.integers(0, 4))):
            marker = draw(st.sampled_from(["#", "!send ", "?send me ", "!ask ", "!catch up ", "!"]))
            parts.append(f" {marker}{draw(LOWER)}")
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(parts)))
            parts.insert(at, draw(NOISE))
        text = "".join(parts) * draw(st.sampled_from([1, 1, 1, 2, 50]))
    return text.encode("utf-8", "surrogatepass")


@st.composite
def search_text(draw: st.DrawFn) -> bytes:
    """What someone might type into the search box, FTS5 syntax included."""
    pieces = draw(
        st.lists(
            st.one_of(
                ANY_TEXT,
                st.sampled_from([_text(t) for t in QUERY_TOKENS]),
                LOWER,
            ),
            max_size=8,
        )
    )
    return draw(st.sampled_from([" ", "", "  "])).join(pieces).encode("utf-8", "surrogatepass")


@st.composite
def stored_searches(draw: st.DrawFn) -> bytes:
    """Captures to store, some a word repeated thousands of times, then a search."""
    captures = [_text(draw(capture_lines())) for _ in range(draw(st.integers(1, 3)))]
    if draw(st.integers(0, 4)) == 0:
        word = draw(st.sampled_from(["not", "Anna", "🎻", "la", "x"]))
        captures.append(" ".join([word] * draw(st.integers(10, 25_000))))
    query = _text(draw(search_text()))
    if draw(st.booleans()):
        query = draw(st.sampled_from(captures)).split(" ")[0][:20] or query
    return json.dumps({"captures": captures, "query": query}).encode()


# -- vCard -------------------------------------------------------------------------------------

VCARD_NAMES = [
    "FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "URL", "NOTE", "CATEGORIES", "BDAY",
    "NICKNAME", "UID", "REV", "KIND", "ADR", "PHOTO", "X-SOCIALPROFILE", "IMPP", "X-JABBER",
    "item1.X-ABLabel", "item1.TEL", "GENDER", "LANG", "SOUND", "X-PHONETIC-FIRST-NAME",
]  # fmt: skip
VCARD_PARAMS = [
    "TYPE=cell", "TYPE=work,voice", "TYPE=\"home,pref\"", "PREF=1", "PREF=x", "ENCODING=b",
    "ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE", "CHARSET=UTF-8", "CHARSET=ISO-8859-1",
    "CHARSET=utf-16", "CHARSET=bogus", "VALUE=uri", "VALUE=text", "VALUE=date", "ALTID=1",
    "LANGUAGE=de", "X-ANYTHING=\"a;b:c\"", "", "=",
]  # fmt: skip
VALUE = st.one_of(
    ANY_TEXT,
    LOWER,
    st.sampled_from(["Schmidt;Anna;;Dr.;", "anna@example.org", "+44 20 7946 0000", "=C3=A9",
                     "tel:+4420", "--0229", "1985-02-29", "a\\,b\\;c\\nd", "\\", ";;;;;;"]),
)  # fmt: skip


@st.composite
def vcards(draw: st.DrawFn) -> bytes:
    """One to five cards, property by property, in any version, encoding and line ending."""
    cards = []
    for _ in range(draw(st.integers(1, 5))):
        lines = ["BEGIN:VCARD", f"VERSION:{draw(st.sampled_from(['2.1', '3.0', '4.0', '9']))}"]
        for _ in range(draw(st.integers(0, 12))):
            name = draw(st.sampled_from(VCARD_NAMES) | st.text("ABCXYZ-.1", min_size=1, max_size=8))
            params = draw(st.lists(st.sampled_from(VCARD_PARAMS), max_size=3))
            head = ";".join([name, *params])
            lines.append(f"{head}:{draw(VALUE)}")
        if draw(st.integers(0, 9)):
            lines.append("END:VCARD")
        cards.extend(lines)
    text = draw(st.sampled_from(["\r\n", "\n", "\r"])).join(cards)
    if draw(st.booleans()):  # folding at random places
        at = draw(st.integers(0, len(text)))
        text = text[:at] + "\r\n " + text[at:]
    codec = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]))
    return text.encode(codec, errors="replace")


# -- iCalendar ---------------------------------------------------------------------------------

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
FREQUENCIES = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY", "X"]


@st.composite
def ics_dates(draw: st.DrawFn) -> str:
    year = draw(st.sampled_from([1, 1601, 1970, 2026, 2026, 2027, 9999]))
    month, day = draw(st.integers(0, 13)), draw(st.integers(0, 32))
    date = f"{year:04d}{month:02d}{day:02d}"
    form = draw(st.integers(0, 4))
    if form == 0:
        return f";VALUE=DATE:{date}"
    time = f"T{draw(st.integers(0, 24)):02d}{draw(st.integers(0, 60)):02d}00"
    if form == 1:
        return f":{date}{time}Z"
    if form == 2:
        return f":{date}{time}"
    zone = draw(st.sampled_from(["Europe/London", "W. Europe Standard Time", "Nowhere/Else", ""]))
    return f";TZID={zone}:{date}{time}"


@st.composite
def rrules(draw: st.DrawFn) -> str:
    parts = [f"FREQ={draw(st.sampled_from(FREQUENCIES))}"]
    numbers = st.integers(-3, 3) | st.integers(-1000, 10**9)
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(numbers)}")
    if draw(st.booleans()):
        parts.append(f"COUNT={draw(numbers)}")
    elif draw(st.booleans()):
        parts.append(f"UNTIL={draw(ics_dates()).split(':')[-1]}")
    lists = {
        "BYDAY": st.sampled_from(DAYS)
        | st.builds("{}{}".format, st.integers(-6, 6), st.sampled_from(DAYS)),
        "BYMONTHDAY": st.integers(-32, 32).map(str),
        "BYMONTH": st.integers(-1, 13).map(str),
        "BYSETPOS": st.integers(-400, 400).map(str),
        "BYYEARDAY": st.integers(-367, 367).map(str),
        "BYWEEKNO": st.integers(-54, 54).map(str),
        "BYHOUR": st.integers(-1, 25).map(str),
    }
    for key, values in lists.items():
        if draw(st.integers(0, 3)) == 0:
            parts.append(f"{key}={','.join(draw(st.lists(values, min_size=1, max_size=5)))}")
    return ";".join(draw(st.permutations(parts)))


@st.composite
def calendars(draw: st.DrawFn) -> bytes:
    """A VCALENDAR with zero to four VEVENTs: every date form and every part of a rule."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//torture//EN"]
    if draw(st.booleans()):
        lines.append(f"METHOD:{draw(st.sampled_from(['PUBLISH', 'REQUEST', 'CANCEL', 'X']))}")
    for index in range(draw(st.integers(0, 4))):
        lines += ["BEGIN:VEVENT", f"UID:{draw(st.sampled_from(['a', 'b', str(index)]))}@x"]
        lines.append(f"SUMMARY:{draw(ANY_TEXT)}")
        if draw(st.integers(0, 5)):
            lines.append(f"DTSTART{draw(ics_dates())}")
        if draw(st.booleans()):
            lines.append(f"DTEND{draw(ics_dates())}")
        elif draw(st.booleans()):
            lines.append(f"DURATION:{draw(st.sampled_from(['PT1H', '-PT1H', 'P99999W', 'P']))}")
        for _ in range(draw(st.integers(0, 2))):
            lines.append(f"RRULE:{draw(rrules())}")
        for prop in ("EXDATE", "RDATE", "RECURRENCE-ID"):
            if draw(st.integers(0, 4)) == 0:
                lines.append(f"{prop}{draw(ics_dates())}")
        if draw(st.integers(0, 4)) == 0:
            lines.append(f"STATUS:{draw(st.sampled_from(['CANCELLED', 'TENTATIVE', '?']))}")
        if draw(st.integers(0, 9)):
            lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines).encode("utf-8", errors="surrogatepass")


# -- JSON archive ------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def archives(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed archive with values, rows and keys replaced (or any JSON at all)."""
    if draw(st.integers(0, 9)) == 0:
        return json.dumps(draw(JSON_VALUES)).encode("utf-8", errors="surrogatepass")
    document: dict[str, Any] = json.loads(seed)
    tables: dict[str, list[dict[str, Any]]] = document["tables"]
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(sorted(tables)))
        rows = tables[name]
        if not rows or draw(st.integers(0, 5)) == 0:
            document[draw(st.sampled_from(sorted(document)))] = draw(JSON_VALUES)
            continue
        row = rows[draw(st.integers(0, len(rows) - 1))]
        key = draw(st.sampled_from([*sorted(row), "unknown"]))
        row[key] = draw(JSON_VALUES)
    return json.dumps(document).encode("utf-8", errors="surrogatepass")
