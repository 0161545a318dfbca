"""vCard codec: real files, client exports, writer rules, round trips and fuzzing."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventmate.domain.text import clean_line, clean_text
from eventmate.interop.vcard import (
    PHOTO_MAX_BYTES,
    CardProblem,
    VCardContactMethod,
    VCardFact,
    VCardPerson,
    VCardReadResult,
    read_vcards,
    write_vcards,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "vcards"
ALL_FILES = sorted(DATA.glob("*.vcf"))
PNG_1PX = bytes.fromhex("89504e470d0a1a0a0000000d49484452")


def read(name: str) -> VCardReadResult:
    return read_vcards((DATA / name).read_bytes())


def only(name: str) -> VCardPerson:
    result = read(name)
    assert len(result.people) == 1, result
    return result.people[0]


def person(name: str = "Ada Lovelace", **fields: object) -> VCardPerson:
    values: dict[str, object] = {
        "name": name,
        "pronunciation": "",
        "role": "",
        "organization": "",
        "note": "",
        "nickname": "",
        "birthday": "",
        "contact_methods": (),
        "categories": (),
        "uid": "",
        "photo": None,
    }
    values.update(fields)
    return VCardPerson(**values)  # type: ignore[arg-type]


def card(*lines: str, version: str = "3.0") -> bytes:
    body = ["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""]
    return "\r\n".join(body).encode("utf-8")


def methods(p: VCardPerson, kind: str) -> list[tuple[str, str]]:
    return [(m.value, m.label) for m in p.contact_methods if m.kind == kind]


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert not any(b"\r" in line or b"\n" in line for line in lines), "bare CR or LF"
    return lines


def internal_errors(result: VCardReadResult) -> list[CardProblem]:
    return [p for p in (*result.skipped, *result.warnings) if "internal error" in p.reason]


# --------------------------------------------------------------------------------------------
# Every file in the corpus


def test_corpus_is_complete() -> None:
    assert len([f for f in ALL_FILES if f.name.startswith("khard__")]) == 22
    assert (DATA / "SOURCES.md").is_file()


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_file_reads_without_internal_error(path: Path) -> None:
    result = read_vcards(path.read_bytes())
    assert not internal_errors(result)
    assert result.people or result.skipped
    for p in result.people:
        assert p.name
        assert p.name == clean_line(p.name).text
        assert p.note == clean_text(p.note).text
        for method in p.contact_methods:
            assert method.kind in {"email", "phone", "url", "social"}
            assert method.value


# --------------------------------------------------------------------------------------------
# khard's fixtures (real files from a CardDAV address book's test suite)


def test_khard_unparsable_is_reported_not_raised() -> None:
    result = read("khard__unparsable.vcf")
    assert result.people == ()
    assert result.skipped == (
        CardProblem(
            0, 1, "the card never ends (no END:VCARD)", "FN:second contact with minimal Vcard"
        ),
    )


def test_khard_multiple_values() -> None:
    p = only("khard__contact_with_multiple_values.vcf")
    assert p.name == "Dr. Mark Schröder II"
    assert p.role == "Manager"  # the first TITLE wins over ROLE
    assert p.organization == "Company1, Sub-Company1"
    assert p.nickname == "nicknames, several"
    assert p.note == "multi-line\nnote\n\nsingle line note"
    assert p.birthday == "1992-12-21"
    assert p.categories == ("cat1", "cat2", "cät3", "one more")
    assert p.uid == "mu5cusrwial7me8se03h6uhngag59w1uwd3g"
    assert methods(p, "email") == [("mark@example.com", "work"), ("mark@example.org", "work")]
    assert methods(p, "phone") == [
        ("0161 99999999", "cell"),
        ("090 11122200", "work"),
        ("090 33344400", "work"),
        ("090 55566600", "work"),
    ]
    assert methods(p, "url") == [("http://example.com", ""), ("https://example.org", "")]
    assert methods(p, "social") == [
        ("jabber1", "jabber"),
        ("jabber2", "jabber"),
        ("skype1", "skype"),
        ("skype2", "skype"),
        ("twitter1", "twitter"),
        ("twitter2", "twitter"),
        ("twitter3", "twitter"),
    ]


def test_khard_single_values() -> None:
    p = only("khard__contact_with_single_values.vcf")
    assert p.name == "Dr. Paula Smith II"
    assert p.role == "research scientist"
    assert p.note == "first line\nsecond line"
    assert p.birthday == "1983-02-01"
    assert ("twi_paula", "twitter") in methods(p, "social")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("khard__nickname.vcf", ("Michael Smith", "Mike")),  # no FN: built from N
        ("khard__no-nickname.vcf", ("Mike Jones", "")),
        ("khard__issue249.vcf", ("Foo Bar", "")),  # FN without N
        ("khard__minimal.vcf", ("minimal contact", "")),
        ("khard__korean-c.vcf", ("최유림", "")),  # LF only
        ("khard__korean-j.vcf", ("전도훈", "")),
        ("khard__joe.vcf", ("Joe Citizen", "horrible_human_being")),
    ],
)
def test_khard_names(name: str, expected: tuple[str, str]) -> None:
    p = only(name)
    assert (p.name, p.nickname) == expected


def test_khard_small_cases() -> None:
    assert only("khard__altid.vcf").note.startswith("RFC6350 requires N to have cardinality")
    assert "alternative representations" in only("khard__altid.vcf").note
    assert only("khard__category.vcf").categories == ("bar",)
    contact1 = only("khard__contact1.vcf")
    assert contact1.birthday == "2018-01-20"  # basic format made ISO
    assert methods(contact1, "email") == [("user@example.com", "home")]
    assert methods(contact1, "phone") == [("0123456789", "")]
    assert only("khard__individual.vcf").organization == "ACME Inc."  # trailing ";" dropped
    org = only("khard__org.vcf")
    assert (org.name, org.organization) == ("ACME Inc.", "ACME Inc.")
    assert only("khard__labels.vcf").organization == "Test Inc"
    assert methods(only("khard__tel-value-uri.vcf"), "phone") == [("67545678", "cell")]
    assert only("khard__text-bday.vcf").birthday == "circa 1800"
    assert methods(only("khard__joe.vcf"), "email") == [("jcitizen@foo.com", "")]  # pref is noise


def test_khard_photos_v3_and_v4_decode_to_the_same_png() -> None:
    v3 = only("khard__photov3.vcf")
    v4 = only("khard__photov4.vcf")
    assert v3.photo is not None
    assert v3.photo.startswith(b"\x89PNG\r\n\x1a\n")
    assert v3.photo == v4.photo  # v4 is a data: URI with an escaped comma
    # khard folded these notes at word boundaries; RFC 6350 unfolding removes exactly the CRLF
    # and one space, so the words join (vobject reads it the same way).
    assert "encodeddata)" in v3.note
    assert "\\," not in v3.note


# --------------------------------------------------------------------------------------------
# Hand-written client exports


def test_android_21_quoted_printable() -> None:
    result = read("handmade__android21_qp.vcf")
    assert result.skipped == ()
    assert result.warnings == ()
    juergen, anna = result.people
    assert juergen.name == "Jürgen Müller"
    assert juergen.pronunciation == "Yurgen Mueller"
    assert juergen.organization == "Konzerthaus Köln, Streicher"
    assert juergen.role == "Solo-Cellist"
    # =0D=0A becomes a newline, soft breaks vanish, emoji survive the 4-byte split.
    assert juergen.note == "Probe Di 19 Uhr; Saal 2 – bring Bogen 🎻\nZweite Zeile: Grüße an Zoë"
    assert juergen.nickname == "Jürgi"  # from X-ANDROID-CUSTOM
    assert juergen.birthday == "1980-03-15"
    assert methods(juergen, "phone") == [
        ("+49 170 1234567", "cell"),
        ("+49 30 987654", "work"),
        ("+49 30 111222", "studio"),
    ]
    assert methods(juergen, "email") == [
        ("juergen@example.com", "home"),
        ("booking@agency.example", "agentur"),
    ]
    assert methods(juergen, "social") == [("juergen.cello", "skype")]
    assert juergen.photo is not None
    assert juergen.photo.startswith(b"\xff\xd8\xff")
    assert juergen.photo.endswith(b"\xff\xd9")
    # =3B inside a component is content; a soft break inside "=F0=9F=8E=B9" is tolerated.
    assert anna.name == "Anna Smith;Jones – Cembalo 🎹"
    assert methods(anna, "phone") == [("+44 7700 900001", "cell")]
    assert methods(anna, "email") == [("anna@example.org", "")]


def test_android_n_component_with_encoded_semicolon() -> None:
    data = card(
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=53=6D=69=74=68=3B=4A=6F=6E=65=73;=41=6E=6E=61;;;",
        version="2.1",
    )
    assert read_vcards(data).people[0].name == "Anna Smith;Jones"


def test_apple_30() -> None:
    result = read("handmade__apple30.vcf")
    assert [p.reason for p in result.skipped] == ["a contact group, not a person"]
    assert result.skipped[0].index == 2
    assert result.skipped[0].snippet == "FN:Quartet friends"
    sigrid, agency = result.people
    assert sigrid.name == "Sigrid Ødegaard"
    assert sigrid.pronunciation == "Sigrid Ur-de-gord"
    assert sigrid.organization == "Oslo-Filharmonien, Bratsj"
    assert sigrid.birthday == "--11-02"  # X-APPLE-OMIT-YEAR=1604
    assert sigrid.note == "Met after the Brahms.\nPrefers tea, not coffee; ask about the Grieg."
    assert methods(sigrid, "email") == [
        ("sigrid@example.no", "other"),
        ("sigrid@ofo.example", "work"),
    ]
    assert methods(sigrid, "phone") == [
        ("+47 912 34 567", "cell"),
        ("+47 400 00 000", "iphone"),
        ("+47 22 00 00 00", "Tour manager"),
    ]
    assert methods(sigrid, "url") == [("https://sigrid.example.no", "homepage")]
    assert methods(sigrid, "social") == [
        ("sigridviola", "twitter"),
        ("skype:sigrid.viola", "skype"),
    ]
    assert sigrid.photo is not None
    assert sigrid.photo.startswith(b"\xff\xd8\xff")
    assert agency.name == "Nordic Strings Agency"
    assert methods(agency, "phone") == [("+46 8 123 456", "main")]


def test_google_30() -> None:
    result = read("handmade__google30.vcf")
    assert result.skipped == ()
    amara, tickets = result.people
    assert amara.name == "Amara Okafor"
    assert amara.nickname == "Ama"
    assert amara.role == "Principal Oboe"
    assert amara.organization == "London Sinfonietta"
    assert amara.birthday == "1990-07-21"
    assert amara.note == "Met at the Barbican, Oct 2023.\nRehearsal hours M-F:9-5; Sa:10-1"
    assert amara.categories == ("Oboists", "starred")  # Google's system group "myContacts" dropped
    assert amara.photo is None  # a URL is never fetched
    assert methods(amara, "email") == [
        ("amara@example.com", "home"),
        ("a.okafor@orchestra.example", "work"),
    ]
    assert methods(amara, "phone") == [
        ("+44 7700 900123", "cell"),
        ("+44 20 7946 0000", "main"),
        ("+44 20 7946 0001", "Studio"),
    ]
    assert methods(amara, "url") == [
        ("https://amara.example/", "homepage"),  # "https\://" unescaped
        ("https://www.youtube.com/@amaraoboe", ""),  # empty X-ABLabel
    ]
    assert tickets.name == "tickets@venue.example"  # empty FN and N: the e-mail names it
    assert tickets.categories == ()


def test_outlook_21_windows_1252() -> None:
    result = read("handmade__outlook21_cp1252.vcf")
    juergen, francois = result.people
    assert juergen.name == "Jürgen Müller"
    assert juergen.organization == "Gürzenich-Orchester Köln, Orchesterbüro"
    assert juergen.role == "Konzertmeister"
    # QP in Windows-1252 (=80 is the euro sign); the space after a soft break is content.
    assert juergen.note == (
        "Gage 450 € pro Dienst; Grüße an das Büro.\n"
        "Zweite Zeile mit Leerzeichen am Anfang der Fortsetzung."
    )
    assert methods(juergen, "phone") == [
        ("+49 221 12345", "work"),
        ("+49 170 7654321", "cell"),
        ("+49 221 99999", "home fax"),
    ]
    assert methods(juergen, "email") == [("juergen.mueller@example.de", "")]
    assert methods(juergen, "url") == [("http://www.example.de/orchester", "work")]
    assert methods(juergen, "social") == [("juergen@im.example.de", "im")]
    assert juergen.photo is not None
    assert juergen.photo.startswith(b"\xff\xd8\xff")
    assert francois.name == "François Côté"
    assert [(w.index, w.snippet) for w in result.warnings] == [
        (0, "Jürgen Müller"),
        (1, "François Côté"),
    ]
    assert all("Windows-1252" in w.reason for w in result.warnings)


def test_bom_lf_cr_and_utf16() -> None:
    assert only("handmade__bom_utf8.vcf").name == "Zoë Núñez"
    lf = read("handmade__lf_only.vcf").people
    assert [p.name for p in lf] == ["Hiroshi Tanaka", "Ana Lima"]
    assert lf[0].note == (
        "Plays shakuhachi — 尺八 — in the contemporary ensemble; ask about the premiere in "
        "Kyōto next spring."
    )
    assert methods(lf[0], "phone") == [("+81 3 1234 5678", "work")]  # TYPE=work,voice
    cr = only("handmade__cr_only.vcf")
    assert (cr.name, cr.organization, cr.note) == (
        "Claire Dubois",
        "Opéra de Lyon",
        "first\nsecond",
    )
    utf16 = only("handmade__utf16le_bom.vcf")
    assert (utf16.name, methods(utf16, "phone")) == ("Søren Ærø", [("+45 20 00 00 00", "cell")])


def test_vcard_40() -> None:
    result = read("handmade__vcard40.vcf")
    assert [(p.index, p.reason) for p in result.skipped] == [(1, "a contact group, not a person")]
    p = result.people[0]
    assert p.name == "ليلى حداد"
    assert p.role == "Oud player"  # ROLE when there is no TITLE
    assert p.birthday == "--04-12"
    assert p.categories == ("Maqam", "Chamber music, world")
    assert p.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert methods(p, "phone") == [("+1-555-555-0100", "cell"), ("+1-555-555-0199;ext=42", "work")]
    assert methods(p, "email") == [("layla@example.org", "work")]
    assert methods(p, "social") == [
        ("xmpp:layla@jabber.example", "xmpp"),
        ("https://mastodon.example/@layla", "mastodon"),
    ]
    assert p.photo is not None
    assert p.photo.startswith(b"\x89PNG")


def test_garbage_broken_and_nested_cards() -> None:
    result = read("handmade__garbage_between.vcf")
    assert [p.name for p in result.people] == ["Good One", "Has Junk", "Big Boss"]
    assert methods(result.people[2], "phone") == [("+1 555 0150", "work")]  # AGENT card ignored
    assert [(s.index, s.line, s.reason, s.snippet) for s in result.skipped] == [
        (1, 10, "the card never ends (no END:VCARD)", "FN:Never Closed"),
        (2, 14, "the card has no name, organisation or e-mail address", "TEL:+1 555 0100"),
    ]
    assert [(w.index, w.line, w.snippet) for w in result.warnings] == [
        (-1, 1, "From: someone@example.com"),
        (-1, 8, "--"),
        (3, 22, "this line is not a property"),
        (-1, 36, "trailing words"),
    ]


# --------------------------------------------------------------------------------------------
# Reading details


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("TEL;TYPE=work,voice:1", "work"),
        ('TEL;TYPE="cell,voice":1', "cell"),
        ("TEL;TYPE=WORK;TYPE=VOICE:1", "work"),
        ("TEL;type=HOME;type=FAX:1", "home fax"),
        ("TEL;WORK;VOICE:1", "work"),
        ("TEL;PREF;CELL:1", "cell"),
        ("TEL;X-Studio:1", "studio"),
        ("TEL;TYPE=mobile:1", "cell"),
        ("TEL;TYPE=IPHONE,CELL,VOICE:1", "iphone"),
        ("TEL;PREF=1;TYPE=work:1", "work"),
        ("TEL;VALUE=uri;TYPE=home:tel:1", "home"),
        ("TEL:1", ""),
    ],
)
def test_type_parameter_spellings(line: str, label: str) -> None:
    p = read_vcards(card("FN:X", line)).people[0]
    assert methods(p, "phone") == [("1", label)]


def test_escapes_and_components() -> None:
    p = read_vcards(
        card(
            "FN:A\\, B\\; C\\\\D",
            "NOTE:one\\ntwo\\Nthree\\\\n C:\\Users",
            "ORG:Orchestra\\, Inc.;Strings;;",
            "CATEGORIES:a\\,b,c",
        )
    ).people[0]
    assert p.name == "A, B; C\\D"
    assert p.note == "one\ntwo\nthree\\n C:\\Users"  # unknown escapes keep the backslash
    assert p.organization == "Orchestra, Inc., Strings"
    assert p.categories == ("a,b", "c")


def test_name_falls_back_from_fn_to_n_to_org_to_email() -> None:
    n = read_vcards(card("N:Smith;Paula;Darleen,Marie;Dr.;II")).people[0]
    assert n.name == "Dr. Paula Darleen Marie Smith II"
    assert read_vcards(card("FN: ", "ORG:ACME;Music")).people[0].name == "ACME, Music"
    assert read_vcards(card("EMAIL:x@example.com")).people[0].name == "x@example.com"
    result = read_vcards(card("TEL:123", "NOTE:who?", "not a property"))
    assert result.people == ()
    assert result.skipped[0].reason == "the card has no name, organisation or e-mail address"
    assert result.warnings == ()  # a skipped card's smaller problems are not listed


def test_folding_quotes_and_parameters() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Long\r\n  Name\r\n"
        b'EMAIL;TYPE=work;X-NOTE="a:b;c":me@example.com\r\n'
        b"item1.EMAIL:you@example.com\r\nitem1.X-ABLabel:Agent^n\r\n"
        b"URL;X-LABEL=\"say ^'hi^'\":https://x.example\r\nEND:VCARD\r\n"
    )
    p = read_vcards(data).people[0]
    assert p.name == "Long Name"
    assert methods(p, "email") == [("me@example.com", "work"), ("you@example.com", "Agent^n")]
    assert methods(p, "url") == [("https://x.example", "")]


def test_mixed_line_endings_and_blank_lines() -> None:
    data = b"BEGIN:VCARD\nVERSION:3.0\r\rFN:Mixed\r\n\r\n Ends\rEMAIL:m@example.com\nEND:VCARD"
    p = read_vcards(data).people[0]
    assert p.name == "MixedEnds"
    assert methods(p, "email") == [("m@example.com", "")]


def test_charset_parameters() -> None:
    sjis = "山田".encode("shift_jis")
    latin = "Müller".encode("latin-1")
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:" + sjis + b"\r\n"
        b"NOTE;CHARSET=ISO-8859-1:" + latin + b"\r\n"
        b"TITLE;CHARSET=zlib:Geiger\r\nORG;CHARSET=unicode_escape:A\\u0041\r\n"
        b"END:VCARD\r\n"
    )
    result = read_vcards(data)
    p = result.people[0]
    assert (p.name, p.note, p.role, p.organization) == ("山田", "Müller", "Geiger", "A\\u0041")
    assert result.warnings == ()


def test_photos_large_broken_and_linked() -> None:
    big = base64.b64encode(b"\xff\xd8\xff" + bytes(PHOTO_MAX_BYTES)).decode()
    result = read_vcards(card("FN:Big", f"PHOTO;ENCODING=b;TYPE=JPEG:{big}"))
    assert result.people[0].photo is None
    assert [w.reason for w in result.warnings] == ["a photo larger than 1024 KiB was left out"]
    result = read_vcards(card("FN:Broken", "PHOTO;ENCODING=b;TYPE=JPEG:!!!!x"))
    assert result.people[0].photo is None
    assert [w.reason for w in result.warnings] == ["a photo could not be decoded and was left out"]
    result = read_vcards(card("FN:Link", "PHOTO;VALUE=uri:https://example.com/a.jpg"))
    assert (result.people[0].photo, result.warnings) == (None, ())
    bare = base64.b64encode(PNG_1PX).decode()
    assert read_vcards(card("FN:Bare", f"PHOTO;TYPE=PNG:{bare}")).people[0].photo == PNG_1PX
    url = "PHOTO:data:image/png,%89PNG%0D%0A%1A%0A"
    assert read_vcards(card("FN:Pct", url, version="4.0")).people[0].photo == PNG_1PX[:8]


def test_base64_photo_on_unindented_lines_21() -> None:
    encoded = base64.b64encode(PNG_1PX * 8).decode()
    chunks = [encoded[i : i + 40] for i in range(0, len(encoded), 40)]
    data = card("FN:Old", "PHOTO;ENCODING=BASE64;TYPE=PNG:", *chunks, "", "TEL:1", version="2.1")
    p = read_vcards(data).people[0]
    assert p.photo == PNG_1PX * 8
    assert methods(p, "phone") == [("1", "")]


def test_text_is_cleaned_and_truncation_is_reported() -> None:
    result = read_vcards(card("FN:Ev\x00il \u202eName\t ", "NOTE:a\x07b", f"TITLE:{'x' * 600}"))
    p = result.people[0]
    assert (p.name, p.note, len(p.role)) == ("Ev il Name", "ab", 500)
    assert [w.reason for w in result.warnings] == ["the title was too long and was shortened"]


def test_snippets_are_short_and_never_split_a_character() -> None:
    result = read_vcards(card("FN:A", "NOTE" + "é" * 400))
    (warning,) = result.warnings
    assert warning.snippet == "NOTE" + "é" * 75 + "…"


def test_file_level_problems() -> None:
    assert read_vcards(b"").skipped == (CardProblem(-1, 0, "the file is empty", ""),)
    nothing = read_vcards(b"hello world\r\n")
    assert nothing.skipped == (
        CardProblem(-1, 1, "no vCard (BEGIN:VCARD) found in the file", "hello world"),
    )
    big = read_vcards(card("FN:A"), max_bytes=10)
    assert big.people == ()
    assert big.skipped[0].reason == "the file is larger than the 1e-05 MB import limit"
    as_bytearray = bytearray(card("FN:A"))
    assert read_vcards(as_bytearray).people[0].name == "A"  # type: ignore[arg-type]


def test_problem_lists_are_capped() -> None:
    data = b"".join(card(f"TEL:{i}") for i in range(1_100))
    result = read_vcards(data)
    assert len(result.skipped) == 1_001
    assert result.skipped[-1] == CardProblem(-1, 0, "100 more cards were skipped", "")


def test_hostile_sizes_are_bounded() -> None:
    tags = ",".join(str(i) for i in range(5_000))
    result = read_vcards(card("FN:Many", f"CATEGORIES:{tags}", "NOTE:" + "é" * 1_100_000))
    p = result.people[0]
    assert len(p.categories) == 1_000
    assert len(p.note) == 100_000
    assert [w.reason for w in result.warnings] == [
        "a value was too long and was shortened",
        "the note was too long and was shortened",
        "only the first 1000 values were kept",
    ]
    emails = [f"EMAIL:a{i % 50}@example.com" for i in range(20_000)]
    assert len(read_vcards(card("FN:Dup", *emails)).people[0].contact_methods) == 50


# --------------------------------------------------------------------------------------------
# Writing


RICH = person(
    "Dr. Zoë Ünal-Smith, Jr.",
    pronunciation="zo-AY oo-NAHL",
    role="Violin; first desk",
    organization="Berliner Phil, Strings",
    note="Line 1\nLine 2 with \\ backslash, comma; semicolon 😀🎻 مرحبا שלום\tTab",
    nickname="Zo, Zozo",
    birthday="1985-04-12",
    contact_methods=(
        VCardContactMethod("email", "zoe@example.com", "work"),
        VCardContactMethod("phone", "+49 170 1", "cell"),
        VCardContactMethod("phone", "+49 30 2", "home fax"),
        VCardContactMethod("phone", "+49 30 3", "Tour manager"),
        VCardContactMethod("url", "https://x.example/a,b;c", ""),
        VCardContactMethod("social", "@zoe@mastodon.social", "mastodon"),
    ),
    categories=("Chamber, strings", "Choir"),
    uid="abc-1",
    photo=b"\xff\xd8\xff" + bytes(range(256)) * 4,
)


def test_write_30_layout() -> None:
    data = write_vcards([RICH], fold=False)
    lines = physical_lines(data)
    assert lines[:3] == [
        b"BEGIN:VCARD",
        b"VERSION:3.0",
        b"PRODID:-//EventMate//EventMate vCard export//EN",
    ]
    assert lines[-1] == b"END:VCARD"
    text = [line.decode() for line in lines]
    assert "FN:Dr. Zoë Ünal-Smith\\, Jr." in text
    assert "N:Ünal-Smith;Zoë;;Dr.;Jr." in text
    assert "X-PHONETIC-FIRST-NAME:zo-AY" in text
    assert "X-PHONETIC-LAST-NAME:oo-NAHL" in text
    assert "TITLE:Violin\\; first desk" in text
    assert "ORG:Berliner Phil\\, Strings" in text
    assert "NICKNAME:Zo\\, Zozo" in text
    assert "BDAY:1985-04-12" in text
    assert "EMAIL;TYPE=work:zoe@example.com" in text
    assert "TEL;TYPE=cell:+49 170 1" in text
    assert "TEL;TYPE=home,fax:+49 30 2" in text
    assert text[text.index("item1.TEL:+49 30 3") + 1] == "item1.X-ABLabel:Tour manager"
    assert "URL:https://x.example/a,b;c" in text
    assert "X-SOCIALPROFILE;TYPE=mastodon:@zoe@mastodon.social" in text
    assert "CATEGORIES:Chamber\\, strings,Choir" in text
    assert (
        "NOTE:Line 1\\nLine 2 with \\\\ backslash\\, comma\\; semicolon 😀🎻 مرحبا שלום\tTab"
        in text
    )
    assert "UID:abc-1" in text
    assert any(line.startswith("PHOTO;ENCODING=b;TYPE=JPEG:/9j/") for line in text)


def test_write_40_differences() -> None:
    text = write_vcards([RICH], version="4.0", fold=False).decode()
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "\r\nBDAY:19850412\r\n" in text
    assert "\r\nPHOTO:data:image/jpeg;base64,/9j/" in text


@pytest.mark.parametrize(
    ("birthday", "v3", "v4"),
    [
        ("1985-04-12", "BDAY:1985-04-12", "BDAY:19850412"),
        ("--02-29", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29", "BDAY:--0229"),
        ("circa 1800", "BDAY:circa 1800", "BDAY;VALUE=text:circa 1800"),
        ("2023-02-30", "BDAY:2023-02-30", "BDAY;VALUE=text:2023-02-30"),
    ],
)
def test_write_birthdays(birthday: str, v3: str, v4: str) -> None:
    p = person(birthday=birthday)
    assert f"\r\n{v3}\r\n" in write_vcards([p]).decode()
    assert f"\r\n{v4}\r\n" in write_vcards([p], version="4.0").decode()
    for version in ("3.0", "4.0"):
        assert read_vcards(write_vcards([p], version=version)).people[0].birthday == birthday


@pytest.mark.parametrize(
    ("name", "n"),
    [
        ("Cher", "N:;Cher;;;"),
        ("Mary Ann Smith", "N:Smith;Mary Ann;;;"),
        ("Prof. Dr. Clara Schumann", "N:Schumann;Clara;;Prof. Dr.;"),
        ("Sammy Davis, Jr.", "N:Davis;Sammy;;;Jr."),
        ("Ludwig van Beethoven", "N:Beethoven;Ludwig van;;;"),
    ],
)
def test_write_n_best_effort(name: str, n: str) -> None:
    assert f"\r\n{n}\r\n" in write_vcards([person(name)]).decode()


def test_write_labels_type_or_ablabel() -> None:
    p = person(
        contact_methods=(
            VCardContactMethod("phone", "1", "mobile"),  # not a TYPE that reads back as itself
            VCardContactMethod("email", "a@x", "internet"),  # TYPE noise would vanish
            VCardContactMethod("url", "https://x", "homepage"),
            VCardContactMethod("social", "alice", "Signal app"),
            VCardContactMethod("phone", "2", "iphone"),
        )
    )
    text = write_vcards([p]).decode()
    assert "item1.TEL:1\r\nitem1.X-ABLabel:mobile\r\n" in text
    assert "item2.EMAIL:a@x\r\nitem2.X-ABLabel:internet\r\n" in text
    assert "item3.URL:https://x\r\nitem3.X-ABLabel:homepage\r\n" in text
    assert "item4.X-SOCIALPROFILE:alice\r\nitem4.X-ABLabel:Signal app\r\n" in text
    assert "\r\nTEL;TYPE=iphone:2\r\n" in text
    back = read_vcards(text.encode()).people[0].contact_methods
    assert back[0] == VCardContactMethod("phone", "1", "cell")  # Apple's built-in name for it
    assert back[1:] == p.contact_methods[1:]


def test_write_cannot_be_broken_out_of_by_field_content() -> None:
    evil = person("Eve\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Mallory", note="x\r\nEND:VCARD")
    data = write_vcards([evil])
    assert physical_lines(data).count(b"BEGIN:VCARD") == 1
    assert physical_lines(data).count(b"END:VCARD") == 1
    result = read_vcards(data)
    assert [p.name for p in result.people] == ["Eve END:VCARD BEGIN:VCARD FN:Mallory"]
    assert result.people[0].note == "x\nEND:VCARD"


def test_write_edge_cases() -> None:
    assert write_vcards([]) == b""
    with pytest.raises(ValueError, match="unsupported vCard version"):
        write_vcards([RICH], version="2.1")  # type: ignore[arg-type]
    nameless = person("", organization="ACME")
    assert b"\r\nFN:ACME\r\n" in write_vcards([nameless])
    unknown = person(contact_methods=(VCardContactMethod("fax-machine", "1", ""),))
    assert b"fax-machine" not in write_vcards([unknown])


def test_fold_at_75_octets_on_character_and_escape_boundaries() -> None:
    for width in range(60, 90):
        for filler in ("é", "😀", "\\", ",", "ab"):
            p = person("N" * (width % 7 + 1), note=("x" * width + filler * 40 + "\n") * 3)
            data = write_vcards([p], version="4.0")
            for line in physical_lines(data):
                assert len(line) <= 75
                line.decode("utf-8")  # each physical line is valid UTF-8 on its own
                # an escape sequence never ends a physical line half-written
                assert not re.search(rb"(?<!\\)(?:\\\\)*\\$", line)
            assert read_vcards(data).people[0] == p


def test_fold_false_writes_one_line_per_property() -> None:
    data = write_vcards([RICH], fold=False)
    lines = physical_lines(data)
    assert not any(line.startswith(b" ") for line in lines)
    assert max(len(line) for line in lines) > 75
    assert read_vcards(data).people[0] == RICH


# --------------------------------------------------------------------------------------------
# Round trips and other readers


TRICKY = [
    RICH,
    person("Zoë 😀 👩‍👩‍👧 Family"),
    person("ليلى حداد", note="مرحبا\nשלום; עולם, ok", organization="فرقة, موسيقى"),
    person("Backslash \\ Man", nickname="a\\,b", uid="x;y,z\\"),
    person("Semi;Colon, Comma", categories=("a,b", "c;d", "e\\f")),
    person(
        "Only Labels",
        contact_methods=(
            VCardContactMethod("phone", "tel-less 1", "work fax"),
            VCardContactMethod("email", "x@example.com", "Work e-mail; private"),
            VCardContactMethod("social", "xmpp:x@example.org", "xmpp"),
            VCardContactMethod("url", "https://example.org/a\\b", "work"),
        ),
    ),
    person("No Year", birthday="--12-24", pronunciation="single"),
    person("Photo", photo=PNG_1PX),
    person(
        "Knows Things",
        note="What I know:\nnot a fact, a note that starts like the facts' part",
        uid="urn:uuid:0e7c2b1a-9d4f-4e6a-8b3c-5f1d2a7e9c40",
        facts=(
            VCardFact("cares_about", "Bartók; Ligeti, \\ and more"),
            VCardFact("story", "lost in Vienna\n  then found, twice\nthe end"),
            VCardFact("other", "Cares about: said as a plain fact"),
            VCardFact("common_ground", "😀 ليلى"),
        ),
    ),
]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("fold", [True, False])
def test_round_trip_tricky_people(version: str, fold: bool) -> None:
    data = write_vcards(TRICKY, version=version, fold=fold)  # type: ignore[arg-type]
    result = read_vcards(data)
    assert result.skipped == ()
    assert result.warnings == ()
    assert list(result.people) == TRICKY


def test_corpus_round_trips_through_the_writer() -> None:
    people = [p for path in ALL_FILES for p in read_vcards(path.read_bytes()).people]
    assert len(people) > 35
    for version in ("3.0", "4.0"):
        again = read_vcards(write_vcards(people, version=version)).people
        assert list(again) == people


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vobject_reads_what_we_write(version: str) -> None:
    vobject = pytest.importorskip("vobject")
    people = [p for path in ALL_FILES for p in read_vcards(path.read_bytes()).people]
    people += TRICKY
    data = write_vcards(people, version=version)  # type: ignore[arg-type]
    cards = list(vobject.readComponents(data.decode("utf-8")))
    assert len(cards) == len(people)
    for parsed, p in zip(cards, people, strict=True):
        assert parsed.fn.value == p.name
        assert [e.value for e in parsed.contents.get("email", [])] == [
            m.value for m in p.contact_methods if m.kind == "email"
        ]
        assert [t.value for t in parsed.contents.get("tel", [])] == [
            m.value for m in p.contact_methods if m.kind == "phone"
        ]
        org = parsed.contents.get("org")
        assert (", ".join(org[0].value) if org else "") == p.organization


# --------------------------------------------------------------------------------------------
# Property-based


_PIECES = st.characters(codec="utf-8") | st.sampled_from(
    [*",;:\\\"'=^\n\r\t ", "😀", "👩‍👩‍👧", "مرحبا", "שלום", "\u202e", "é", "e\u0301", "尺八", "\\n"]
)


def _texts(max_size: int) -> st.SearchStrategy[str]:
    return st.lists(_PIECES, max_size=max_size).map("".join)


_RAW_TEXT = _texts(40)


def _clean(text: str) -> str:
    return clean_line(text).text


_LINE = _RAW_TEXT.map(_clean)
_NAME = _LINE.filter(bool)
# Labels the reader normalises on purpose (Apple/Google built-ins in any capitalisation, and
# Apple's _$!<...>!$_ wrapping) cannot round-trip verbatim; every other label must.
_BUILTIN = {"home": "home", "work": "work", "other": "other", "main": "main", "pager": "pager"}
_BUILTIN |= {"fax": "fax", "cell": "cell", "mobile": "cell", "iphone": "iphone"}
_BUILTIN |= {"homepage": "homepage", "homefax": "home fax", "workfax": "work fax"}
_BUILTIN |= {"otherfax": "other fax"}


def _verbatim_label(label: str) -> bool:
    if re.fullmatch(r"_\$!<.*>!\$_", label, re.DOTALL):
        return False
    return _BUILTIN.get(label.casefold(), label) == label


_LABEL = st.sampled_from(
    ["", "work", "home", "cell", "home fax", "iphone", "main", "skype", "Tour manager", "pref"]
) | _LINE.filter(_verbatim_label)
_PREFIX = {"phone": "tel:", "email": "mailto:", "social": "x-apple:"}


@st.composite
def _method(draw: st.DrawFn) -> VCardContactMethod:
    kind = draw(st.sampled_from(["email", "phone", "url", "social"]))
    prefix = _PREFIX.get(kind, "\x00")
    value = draw(_NAME.filter(lambda v: not v.lower().startswith(prefix)))
    return VCardContactMethod(kind, value, draw(_LABEL))


_BIRTHDAY = (
    st.just("")
    | st.dates().map(lambda d: d.isoformat())
    | st.dates().map(lambda d: d.strftime("--%m-%d"))
    | st.sampled_from(["circa 1800", "spring 1970", "2023-02-30"])
)


_FACT_TEXT = _texts(60).map(lambda text: clean_text(text).text.strip()).filter(bool)


@st.composite
def _fact(draw: st.DrawFn) -> VCardFact:
    kind = draw(st.sampled_from(["cares_about", "common_ground", "story", "other"]))
    return VCardFact(kind, draw(_FACT_TEXT))


@st.composite
def _clean_person(draw: st.DrawFn) -> VCardPerson:
    note = clean_text(draw(_texts(200))).text
    categories = draw(st.lists(_NAME, max_size=4, unique=True))
    return VCardPerson(
        name=draw(_NAME),
        pronunciation=draw(_LINE),
        role=draw(_LINE),
        organization=draw(_LINE),
        note=note if note.strip() else "",
        nickname=draw(_LINE),
        birthday=draw(_BIRTHDAY),
        contact_methods=tuple(draw(st.lists(_method(), max_size=5, unique=True))),
        categories=tuple(c for c in categories if c.casefold() != "mycontacts"),
        uid=draw(_LINE),
        photo=draw(st.none() | st.binary(min_size=1, max_size=300)),
        facts=tuple(draw(st.lists(_fact(), max_size=4))),
    )


@st.composite
def _raw_person(draw: st.DrawFn) -> VCardPerson:
    def method() -> VCardContactMethod:
        kind = draw(st.sampled_from(["email", "phone", "url", "social", "pager"]))
        return VCardContactMethod(kind, draw(_RAW_TEXT), draw(_RAW_TEXT))

    return VCardPerson(
        name=draw(_RAW_TEXT),
        pronunciation=draw(_RAW_TEXT),
        role=draw(_RAW_TEXT),
        organization=draw(_RAW_TEXT),
        note=draw(_texts(120)),
        nickname=draw(_RAW_TEXT),
        birthday=draw(_RAW_TEXT | _BIRTHDAY),
        contact_methods=tuple(method() for _ in range(draw(st.integers(0, 4)))),
        categories=tuple(draw(st.lists(_RAW_TEXT, max_size=3))),
        uid=draw(_RAW_TEXT),
        photo=draw(st.none() | st.binary(max_size=100)),
        facts=tuple(
            VCardFact(draw(_RAW_TEXT), draw(_texts(60))) for _ in range(draw(st.integers(0, 3)))
        ),
    )


_VERSIONS = st.sampled_from(["3.0", "4.0"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_clean_person(), min_size=1, max_size=4), _VERSIONS, st.booleans())
def test_property_round_trip_is_exact(people: list[VCardPerson], version: str, fold: bool) -> None:
    data = write_vcards(people, version=version, fold=fold)  # type: ignore[arg-type]
    result = read_vcards(data)
    assert (result.skipped, result.warnings) == ((), ())
    assert list(result.people) == people
    assert write_vcards(result.people, version=version, fold=fold) == data  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_raw_person(), max_size=3), _VERSIONS)
def test_property_write_read_write_is_stable(people: list[VCardPerson], version: str) -> None:
    first = write_vcards(people, version=version)  # type: ignore[arg-type]
    for line in physical_lines(first) if first else []:
        assert len(line) <= 75
        line.decode("utf-8")
    second = write_vcards(read_vcards(first).people, version=version)  # type: ignore[arg-type]
    third = write_vcards(read_vcards(second).people, version=version)  # type: ignore[arg-type]
    assert second == third


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_property_arbitrary_bytes_never_raise(data: bytes) -> None:
    result = read_vcards(data)
    assert not internal_errors(result)


_TOKENS = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "FN:",
        "N:",
        ";",
        ":",
        ",",
        "=",
        "=\r\n",
        "\r\n",
        "\n",
        "\r",
        " ",
        "\t",
        '"',
        "\\",
        "ENCODING=QUOTED-PRINTABLE",
        "CHARSET=",
        "UTF-8",
        "SHIFT_JIS",
        "ENCODING=b",
        "BASE64",
        "PHOTO",
        "TEL",
        "EMAIL",
        "item1.",
        "X-ABLabel",
        "TYPE=",
        "=C3",
        "=A9",
        "data:",
        "base64,",
        "/9j/",
        "AGENT:",
        "KIND:group",
        "tel:",
        "x-apple:",
        "^n",
        "é",
        "😀",
        "\x00",
        "\xff",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, max_size=80))
def test_property_vcard_shaped_noise_never_raises(tokens: list[str]) -> None:
    data = "".join(tokens).encode("utf-8", "surrogatepass")
    assert not internal_errors(read_vcards(data))
    assert not internal_errors(read_vcards(data.replace(b"\xc3\xbf", b"\xff")))


_SEEDS = [path.read_bytes() for path in ALL_FILES if path.stat().st_size < 6_000]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SEEDS), st.data())
def test_property_mutated_real_cards_never_raise(seed: bytes, data: st.DataObject) -> None:
    buffer = bytearray(seed)
    for _ in range(data.draw(st.integers(1, 8))):
        if not buffer:
            break
        at = data.draw(st.integers(0, len(buffer) - 1))
        action = data.draw(st.sampled_from(["flip", "insert", "delete", "cut", "dup"]))
        if action == "flip":
            buffer[at] = data.draw(st.integers(0, 255))
        elif action == "insert":
            buffer[at:at] = data.draw(
                st.sampled_from([b"\r\n", b"=", b";", b":", b" ", b"\\", b'"'])
            )
        elif action == "delete":
            del buffer[at : at + data.draw(st.integers(1, 20))]
        elif action == "cut":
            del buffer[at:]
        else:
            buffer[at:at] = buffer[max(0, at - 40) : at]
    result = read_vcards(bytes(buffer))
    assert not internal_errors(result)
    for p in result.people:
        assert p.name == clean_line(p.name).text
