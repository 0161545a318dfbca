"""``eventmate capture``: text, --from FILE or standard input, --event, and clear failures."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.stores import open_store, store_env

from eventmate.domain.text import TEXT_MAX
from eventmate.main import main
from eventmate.storage.models import Capture, Event, FollowUp, Person

ANNA = "Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig #chamber-music !send Ligeti"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def stored(data_dir: Path) -> list[tuple[str, int | None, str | None]]:
    database = open_store(data_dir)
    try:
        with database.read() as session:
            rows = session.execute(
                select(Capture.raw_text, Capture.event_id, Person.name)
                .outerjoin(Person, Person.id == Capture.person_id)
                .order_by(Capture.id)
            )
            return [(text, event, name) for text, event, name in rows]
    finally:
        database.close()


def add_event(data_dir: Path) -> tuple[int, str]:
    """An event: its id (what `event list` shows) and uid."""
    database = open_store(data_dir)
    try:
        with database.write() as session:
            event = Event(title="Autumn Gala", starts_at=datetime(2026, 11, 25, 19, tzinfo=UTC))
            session.add(event)
            session.flush()
            return event.id, event.uid
    finally:
        database.close()


def test_capture_text_as_a_real_command(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **store_env(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "eventmate", "--data-dir", str(tmp_path), "capture", ANNA],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Saved capture 1: Anna Schmidt (new person) — viola · LSO")
    assert "facts: loves Bartók; grew up in Leipzig" in result.stdout
    assert "tags: #chamber-music" in result.stdout
    assert "promises: send Ligeti" in result.stdout
    assert stored(tmp_path) == [(ANNA, None, "Anna Schmidt")]


def test_event_option_assigns_the_capture(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    event_id, event_uid = add_event(tmp_path)
    status, out, _ = run(
        capsys, "--data-dir", str(tmp_path), "capture", "Zoë Ng", "--event", str(event_id)
    )
    assert status == 0
    assert f"(event {event_id})" in out
    assert stored(tmp_path) == [("Zoë Ng", event_id, "Zoë Ng")]
    status, out, _ = run(
        capsys, "--data-dir", str(tmp_path), "capture", "Lars Larsen", "--event", event_uid
    )
    assert status == 0  # the uid names the same event
    assert f"(event {event_id})" in out
    assert stored(tmp_path)[-1] == ("Lars Larsen", event_id, "Lars Larsen")
    for unknown in ("999", "no-such-uid"):
        status, _, err = run(
            capsys, "--data-dir", str(tmp_path), "capture", "Lars", "--event", unknown
        )
        assert status == 1
        assert f"no such event '{unknown}'" in err
    assert len(stored(tmp_path)) == 2


def test_from_file_captures_each_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    notes = tmp_path / "phone notes.txt"
    notes.write_bytes(
        "\ufeff- Zoë Ng (flute)\r\n\r\n• cellist, red scarf — studied in Vienna\r\n"
        "2) Tomás Núñez ?send me the date\r\n".encode()
    )
    status, out, _ = run(capsys, "--data-dir", str(tmp_path), "capture", "--from", str(notes))
    assert status == 0
    assert out.count("Saved capture") == 3
    assert "cellist, red scarf (kept to tidy later)" in out
    assert stored(tmp_path) == [
        ("Zoë Ng (flute)", None, "Zoë Ng"),
        ("cellist, red scarf — studied in Vienna", None, None),
        ("Tomás Núñez ?send me the date", None, "Tomás Núñez"),
    ]


def test_from_standard_input(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eventmate", "--data-dir", str(tmp_path), "capture", "--from", "-"],
        input="Seán O'Brien: oboe\n\n  \nMei Chen (piano) !send the Ravel\n".encode(),
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **store_env(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert [name for _, _, name in stored(tmp_path)] == ["Seán O'Brien", "Mei Chen"]
    database = open_store(tmp_path)
    with database.read() as session:
        assert session.scalars(select(FollowUp.text)).one() == "send the Ravel"
    database.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["capture", "   "], "nothing to capture"),
        (["capture", "Anna", "--from", "x.txt"], "not both"),
        (["capture", "--from", "missing.txt"], "cannot read"),
    ],
)
def test_bad_input_gets_one_clear_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "--data-dir", str(tmp_path), *args)
    assert status == 1
    assert message in err
    assert "Traceback" not in err


def test_empty_file_and_binary_garbage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n- \n")
    status, _, err = run(capsys, "--data-dir", str(tmp_path), "capture", "--from", str(empty))
    assert status == 1
    assert "has no text" in err
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"Anna \xff\xfe Schmidt\x00\x07 - viola\n")
    status, _, _ = run(capsys, "--data-dir", str(tmp_path), "capture", "--from", str(garbage))
    assert status == 0
    assert stored(tmp_path)[0][0] == "Anna \ufffd\ufffd Schmidt - viola"


def test_capped_text_says_how_much_was_not_stored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "--data-dir", str(tmp_path), "capture", "x" * (TEXT_MAX + 7))
    assert status == 1
    assert "7 characters were not stored" in err
    assert len(stored(tmp_path)[0][0]) == TEXT_MAX
