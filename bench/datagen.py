"""Deterministic, realistic bench data: people with facts, contact methods, captures, events.

Usage: ``python bench/datagen.py DIR --people 10000`` writes ``DIR/eventmate.sqlite3``
through the real migrations, then bulk-inserts rows with SQLAlchemy Core. The same seed
always gives the same database.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from eventmate.domain.text import fold
from eventmate.storage.models import (
    Break,
    Capture,
    ContactMethod,
    Event,
    Exchange,
    Fact,
    FollowUp,
    Intention,
    Note,
    Person,
    Reflection,
    reflection_mention,
)
from eventmate.storage.opening import open_sqlite

FIRST = (
    "Anna Seán Zoë Mateo Léa Jürgen Ingrid Kwame Aiko Priya Oksana Tomás Élodie Björn Chiara "
    "Dmitri Fatima Hiroshi Isabel José Kasia Lars Mei Nadia Olu Paulo Rania Sanjay Tereza Ugo "
    "Valentina Wen Ximena Yusuf Zsófia Amélie Bernardo Cáit Dagný Emeka Farah Gaspard Hana Ilse"
).split()
LAST = (
    "Schmidt O'Brien Ng García Dubois Müller Johansson Mensah Tanaka Sharma Kovalenko Ortega "
    "Lefèvre Åberg Romano Volkov Haddad Suzuki Fernández Núñez Nowak Larsen Chen Petrova Adeyemi "
    "Costa Khalil Iyer Dvořák Bianchi Rossi Wang Herrera Demir Szabó Moreau Alves Ní Bhriain"
).split()
ROLES = (
    "Violin|Viola|Cello|Double bass|Oboe|Flute|Clarinet|Bassoon|Horn|Trumpet|Trombone|"
    "Percussion|Harp|Piano|Soprano|Mezzo-soprano|Tenor|Baritone|Conductor|Composer|"
    "Development officer|Artistic administrator|Orchestra manager|Critic|Student|Donor"
).split("|")
ORGS = (
    "London Symphony Orchestra|Wigmore Hall|Royal Opera House|BBC Philharmonic|"
    "Aurora Orchestra|Academy of St Martin in the Fields|Royal Academy of Music|"
    "Guildhall School|Britten Sinfonia|Philharmonia|Scottish Chamber Orchestra|"
    "Southbank Centre|Barbican|Spitalfields Festival|Nash Ensemble|"
).split("|")
FACTS = (
    "loves Bartók's quartets|grew up in Leipzig|studied in Vienna|has a new baby|"
    "runs a community choir|plays in a folk band on weekends|collects old scores|"
    "is writing a book about Clara Schumann|cycles to every rehearsal|"
    "wants more students at concerts|teaches on Saturdays|moved here from Lagos|"
    "same teacher as me in Dublin|both love Ligeti|restores harpsichords|"
    "recording a Brahms album|afraid of flying, takes trains|speaks four languages"
).split("|")
VENUES = "Wigmore Hall|Barbican Hall|Kings Place|St John's Smith Square|Milton Court".split("|")
KINDS = ("concert", "rehearsal", "reception", "fundraiser", "masterclass", "festival")

EPOCH = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def _chunks(rows: list[dict[str, Any]], size: int = 20_000) -> Any:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def generate(
    folder: Path,
    *,
    people: int,
    events: int | None = None,
    facts_per_person: float = 3.0,
    captures_per_person: float = 1.0,
    notes_per_person: float = 0.5,
    seed: int = 42,
    years: float | None = None,
) -> Path:
    """Create ``folder/eventmate.sqlite3`` filled with realistic, reproducible data.

    ``years``: spread the events over that many years up to now (else two years back and half
    a year ahead) and add what those years leave behind besides people (``datagen_history``).
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "eventmate.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_sqlite(path, folder / "backups")
    n_events = events if events is not None else max(20, people // 50)
    now = EPOCH
    event_rows = []
    for i in range(n_events):
        days = (-round(365 * years), 60) if years is not None else (-720, 180)
        start = now + timedelta(days=rng.randint(*days), hours=rng.choice((0, 1, 2)))
        start = start.replace(hour=19, minute=30)
        event_rows.append(
            {
                "id": i + 1,
                "title": f"{rng.choice(('Autumn', 'Spring', 'Winter', 'Summer'))} "
                f"{rng.choice(('Gala', 'Recital', 'Reception', 'Matinee', 'Series'))} {i + 1}",
                "kind": rng.choice(KINDS),
                "venue": rng.choice(VENUES),
                "city": "London",
                "starts_at": start,
                "ends_at": start + timedelta(hours=2, minutes=30),
                "all_day": False,
                "programme": "",
                "host": "",
                "notes": "",
                "is_sample": False,
                "created_at": now,
                "updated_at": now,
            }
        )
    person_rows, contact_rows, fact_rows, capture_rows, note_rows, follow_rows = (
        [],
        [],
        [],
        [],
        [],
        [],
    )
    for pid in range(1, people + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        met = rng.randint(1, n_events)
        met_at = event_rows[met - 1]["starts_at"]
        person_rows.append(
            {
                "id": pid,
                "name": name,
                "sort_key": fold(name),
                "pronunciation": "",
                "recall_cues": rng.choice(("red scarf", "tall, quiet", "front desk", "")),
                "role": rng.choice(ROLES),
                "organization": rng.choice(ORGS),
                "met_event_id": met,
                "met_how": "",
                "status": "active",
                "status_note": "",
                "cadence_days": rng.choice((None, None, 30, 90)),
                "last_interaction_at": met_at,
                "first_met_at": met_at,
                "is_sample": False,
                "created_at": met_at,
                "updated_at": met_at,
            }
        )
        if rng.random() < 0.6:
            contact_rows.append(
                {
                    "person_id": pid,
                    "kind": "email",
                    "value": f"{fold(name).replace(' ', '.')}.{pid}@example.org",
                    "label": "work",
                }
            )
        for _ in range(_count(rng, facts_per_person)):
            fact_rows.append(
                {
                    "person_id": pid,
                    "kind": rng.choice(("common_ground", "cares_about", "story", "other")),
                    "text": rng.choice(FACTS),
                    "created_at": met_at,
                }
            )
        for _ in range(_count(rng, captures_per_person)):
            capture_rows.append(
                {
                    "raw_text": f"{name} ({rng.choice(ROLES)}) — {rng.choice(FACTS)}",
                    "event_id": met,
                    "person_id": pid,
                    "captured_at": met_at + timedelta(minutes=75),
                    "is_sample": False,
                }
            )
        for _ in range(_count(rng, notes_per_person)):
            note_rows.append(
                {
                    "person_id": pid,
                    "text": f"Talked about {rng.choice(FACTS)}.",
                    "created_at": met_at,
                    "updated_at": met_at,
                }
            )
        if rng.random() < 0.1:
            follow_rows.append(
                {
                    "person_id": pid,
                    "event_id": met,
                    "direction": "mine",
                    "kind": "give",
                    "text": "Send the recording",
                    "due_at": met_at + timedelta(days=3),
                    "status": rng.choice(("open", "done")),
                    "status_note": "",
                    "created_at": met_at,
                }
            )
    break_rows = [
        {
            "event_id": row["id"],
            "label": "Intermission",
            "starts_at": row["starts_at"] + timedelta(hours=1, minutes=15),
            "minutes": 20,
        }
        for row in event_rows
    ]
    reflection_rows = [
        {
            "id": row["id"],
            "event_id": row["id"],
            "answers": {"What went well?": "Long talk after the second half."},
            "body": "A good evening.",
            "energy_before": 3,
            "energy_after": 4,
            "created_at": row["starts_at"],
            "updated_at": row["starts_at"],
        }
        for row in event_rows
        if row["starts_at"] < now and rng.random() < 0.5
    ]
    extra: dict[str, list[dict[str, Any]]] = {}
    if years is not None:
        from datagen_history import history_rows, mention_rows

        extra = history_rows(rng, event_rows, person_rows, reflection_rows, now)
        follow_rows = extra["follow_up"]
        capture_rows += extra["capture"]
        met_by_event: dict[int, list[int]] = {}
        for person in person_rows:
            met_by_event.setdefault(person["met_event_id"], []).append(person["id"])
        extra["mention"] = mention_rows(
            rng, [(row["id"], row["event_id"]) for row in reflection_rows], met_by_event
        )
    with database.write() as session:
        for model, rows in (
            (Event, event_rows),
            (Break, break_rows),
            (Person, person_rows),
            (ContactMethod, contact_rows),
            (Fact, fact_rows),
            (Capture, capture_rows),
            (Note, note_rows),
            (FollowUp, follow_rows),
            (Reflection, reflection_rows),
            (Intention, extra.get("intention", [])),
            (Exchange, extra.get("exchange", [])),
            (reflection_mention, extra.get("mention", [])),
        ):
            for chunk in _chunks(rows):
                session.execute(insert(model), chunk)
    database.close()
    return path


def _count(rng: random.Random, mean: float) -> int:
    whole = int(mean)
    return whole + (1 if rng.random() < mean - whole else 0)


def main() -> None:
    """Command line: generate a bench database."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--facts", type=float, default=3.0, help="facts per person")
    parser.add_argument("--captures", type=float, default=1.0, help="captures per person")
    parser.add_argument(
        "--years", type=float, help="events over this many years, with intentions, promises, …"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    path = generate(
        args.folder,
        people=args.people,
        facts_per_person=args.facts,
        captures_per_person=args.captures,
        years=args.years,
    )
    print(f"{path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
