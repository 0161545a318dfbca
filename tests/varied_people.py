"""A database of varied people for round-trip tests: facts, tags, contacts and odd Unicode.

Deterministic (a seeded generator). Values are stored as EventMate's services store them
(one-line fields cleaned, free text normalised), including everything that is hard for a
vCard: commas, semicolons, backslashes and colons, emoji and joiners, right-to-left and CJK
text, combining accents, multi-line facts and notes, text that looks like the facts' part of
a note, URI schemes in values, custom labels, people who share a name or an address, and
people who came from another client with its own UID.
"""

from __future__ import annotations

import random

from sqlalchemy import func, select

from eventmate.domain.kinds import ContactKind, FactKind
from eventmate.domain.text import clean_line, clean_text, fold
from eventmate.storage.engine import Database
from eventmate.storage.models import ContactMethod, Fact, Note, Person, Tag

FIRST = (
    "Anna", "Zoë", "Łucja", "Søren", "Jürgen", "Ngozi", "Aiko", "美咲", "Ольга", "ليلى",
    "Seán", "O'Neil", "Chloé", "Zoe\u0301", "Ærøskøbing", "Ịfeoma", "😀Sam", "Þóra",
)  # fmt: skip
LAST = (
    "Schmidt", "Ødegård", "Nowak", "Kierkegaard", "Strauß", "Okafor", "Tanaka", "佐藤",
    "Иванова", "حداد", "Smith, Jr.", "Müller;Lüdenscheid", "Back\\slash", "Ng", "👩‍👩‍👧",
)  # fmt: skip
WORDS = (
    "Bartók", "quartets", ",", ";", ":", "\\", "\\n", "😀", "👩‍👩‍👧", "مرحبا", "שלום", "尺八",
    "e\u0301", "Wien", "tel:", "mailto:", "What I know:", "Cares about:", "Story:", "=", "+",
    "-", "@", '"', "'", "^", "naïve façade", "\u202eflipped", "\t", "  ",
)  # fmt: skip
LABELS = ("", "work", "home", "cell", "home fax", "iphone", "Tour manager", "Agent; EU", "x,y")
KINDS = (FactKind.CARES_ABOUT, FactKind.COMMON_GROUND, FactKind.STORY, FactKind.OTHER)
FOREIGN_UIDS = (
    "5F3C1B2A-9D4E-4F6A-8B7C-0D1E2F3A4B5C",
    "urn:uuid:0E7C2B1A-9D4F-4E6A-8B3C-5F1D2A7E9C40",
    "android-contact-4711",
    "x;y,z\\ with spaces",
    "https://carddav.example/addressbooks/u/1.vcf",
)


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def _line(rng: random.Random, low: int = 1, high: int = 4) -> str:
    return clean_line(_words(rng, low, high)).text


def _text(rng: random.Random) -> str:
    lines = [_words(rng, 1, 5) for _ in range(rng.randint(1, 3))]
    return clean_text("\n".join(lines)).text.strip()


def add_varied_people(database: Database, count: int = 1000, seed: int = 11) -> int:
    """Add ``count`` varied people; returns how many people the database then has."""
    rng = random.Random(seed)
    with database.write() as session:
        tags = [Tag(name=clean_line(name).text) for name in ("strings", "a,b", "c;d", "Ølé 😀")]
        tags.append(Tag(name="myContacts"))  # dropped by readers as Google's system group
        session.add_all(tags)
        people: list[tuple[Person, list[str]]] = []
        for i in range(count):
            name = clean_line(f"{rng.choice(FIRST)} {rng.choice(LAST)}").text
            if i % 97 == 0:
                name = "Anna Schmidt"  # several people share a name
            person = Person(
                name=name,
                sort_key=fold(name),
                pronunciation=_line(rng) if rng.random() < 0.3 else "",
                role=_line(rng) if rng.random() < 0.6 else "",
                organization=_line(rng) if rng.random() < 0.5 else "",
                recall_cues=_text(rng) if rng.random() < 0.2 else "",
                vcard_uid=FOREIGN_UIDS[i % len(FOREIGN_UIDS)] + f"-{i}" if i % 9 == 0 else None,
            )
            for _ in range(rng.randint(0, 4)):
                kind = rng.choice(tuple(ContactKind))
                value = clean_line(f"{_words(rng, 1, 2)}{i}@{rng.randint(0, 99)}").text
                if kind is ContactKind.PHONE and rng.random() < 0.1:
                    value = f"tel:+44 20 7946 {i:04d}"  # a scheme the card reader drops
                label = clean_line(rng.choice(LABELS)).text
                person.contact_methods.append(ContactMethod(kind=kind, value=value, label=label))
            if i % 50 == 1:
                # Two people with the same address: each card still finds its own person.
                person.contact_methods.append(
                    ContactMethod(kind=ContactKind.EMAIL, value="shared@example.org", label="")
                )
            person.facts = [
                Fact(kind=rng.choice(KINDS), text=_text(rng)) for _ in range(rng.randint(0, 4))
            ]
            person.tags = rng.sample(tags, rng.randint(0, 3))
            people.append((person, [_text(rng) for _ in range(rng.choice((0, 0, 1, 2)))]))
        session.add_all(person for person, _notes in people)
        session.flush()
        session.add_all(
            Note(person_id=person.id, text=text) for person, notes in people for text in notes
        )
        session.flush()
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)
