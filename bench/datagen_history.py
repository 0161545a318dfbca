"""Years of life around the events of a bench database: intentions, energy, promises, giving.

``datagen.generate(..., years=10)`` calls :func:`history_rows` to add what a musician's
decade leaves behind besides people: intentions with their outcomes, reflections whose energy
before/after depends on the kind of event, promises made by me and to me (kept on time, late,
let rest, open), things given and received, people met again at later events (captures) and
mentioned in reflections. Deterministic for a seed, like the rest of the bench data.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

#: Energy (before, after) by kind of event: receptions cost energy, masterclasses give it.
ENERGY = {
    "concert": (3.2, 3.9),
    "rehearsal": (3.0, 3.1),
    "reception": (3.4, 2.4),
    "fundraiser": (3.1, 2.6),
    "masterclass": (2.9, 4.2),
    "festival": (3.5, 3.8),
}
#: Outcome weights (met, partly, not this time, let it rest, not reviewed) by intention kind.
OUTCOMES = {
    "connect": (40, 25, 20, 5, 10),
    "learn": (55, 25, 8, 2, 10),
    "offer": (45, 20, 15, 10, 10),
    "mindset": (35, 40, 12, 3, 10),
}
INTENTION_TEXT = {
    "connect": "See Anna again and ask about the Bartók project",
    "learn": "Understand how the education programme works",
    "offer": "Offer my Ligeti recording to someone who'd enjoy it",
    "mindset": "Listen more than I talk",
}
GIFTS = ("introduction", "recording", "score", "advice", "ticket", "time", "other")


def _clamp(value: float) -> int:
    return max(1, min(5, round(value)))


def history_rows(
    rng: random.Random,
    event_rows: list[dict[str, Any]],
    person_rows: list[dict[str, Any]],
    reflection_rows: list[dict[str, Any]],
    now: datetime,
) -> dict[str, list[dict[str, Any]]]:
    """Rows by table name; also gives ``reflection_rows`` energies by kind of event."""
    past = [row for row in event_rows if row["starts_at"] < now]
    kinds = {row["id"]: row["kind"] for row in event_rows}
    for row in reflection_rows:
        before, after = ENERGY[kinds[row["event_id"]]]
        row["energy_before"] = _clamp(rng.gauss(before, 0.8))
        row["energy_after"] = _clamp(rng.gauss(after, 0.8))
    intentions = []
    for event in event_rows:
        for position in range(rng.choice((0, 1, 1, 2, 2, 3))):
            kind = rng.choice(tuple(OUTCOMES))
            outcome = None
            if event["starts_at"] < now:
                choices = ("met", "partly", "not_this_time", "let_it_rest", None)
                outcome = rng.choices(choices, OUTCOMES[kind])[0]
            intentions.append(
                {
                    "event_id": event["id"],
                    "kind": kind,
                    "text": INTENTION_TEXT[kind],
                    "outcome": outcome,
                    "outcome_note": "",
                    "position": position,
                }
            )
    follow_ups, exchanges, captures = [], [], []
    for person in person_rows:
        met_at: datetime = person["first_met_at"]
        if met_at >= now:
            continue
        draw = rng.random()
        if draw < 0.28:
            mine = draw < 0.2
            due = met_at + timedelta(days=3)
            status, done_at = "open", None
            roll = rng.random()
            if roll < 0.62:
                status, done_at = "done", met_at + timedelta(hours=rng.randint(12, 70))
            elif roll < 0.8:
                status, done_at = "done", due + timedelta(days=rng.randint(1, 40))
            elif roll < 0.9:
                status = "let_it_rest"
            if done_at is not None and done_at > now:
                status, done_at = "open", None
            follow_ups.append(
                {
                    "person_id": person["id"],
                    "event_id": person["met_event_id"],
                    "direction": "mine" if mine else "theirs",
                    "kind": rng.choice(("give", "give", "ask", "catch_up")),
                    "text": "Send the Ligeti recording" if mine else "Will send the score",
                    "due_at": due,
                    "status": status,
                    "status_note": "",
                    "created_at": met_at,
                    "done_at": done_at,
                }
            )
        if rng.random() < 0.15:
            day = (met_at + timedelta(days=rng.randint(0, 200))).date()
            if day <= now.date():
                exchanges.append(
                    {
                        "person_id": person["id"],
                        "event_id": None,
                        "direction": "gave" if rng.random() < 0.62 else "received",
                        "kind": rng.choice(GIFTS),
                        "text": "",
                        "occurred_on": day,
                    }
                )
        if rng.random() < 0.1 and past:
            for _ in range(rng.randint(1, 3)):
                again = rng.choice(past)
                if again["starts_at"] > met_at:
                    captures.append(
                        {
                            "raw_text": f"{person['name']} again — caught up at the bar",
                            "event_id": again["id"],
                            "person_id": person["id"],
                            "captured_at": again["starts_at"] + timedelta(minutes=80),
                            "is_sample": False,
                        }
                    )
    return {
        "intention": intentions,
        "follow_up": follow_ups,
        "exchange": exchanges,
        "capture": captures,
    }


def mention_rows(
    rng: random.Random, reflection_ids: list[tuple[int, int]], met_by_event: dict[int, list[int]]
) -> list[dict[str, Any]]:
    """Up to three people met at each reflected event, mentioned in its reflection."""
    rows = []
    for reflection_id, event_id in reflection_ids:
        people = met_by_event.get(event_id, [])
        for person_id in rng.sample(people, min(len(people), rng.randint(0, 3))):
            rows.append({"reflection_id": reflection_id, "person_id": person_id})
    return rows
