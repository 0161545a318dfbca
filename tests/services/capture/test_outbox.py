"""The outbox: captures kept on this computer while the server is away, sent in order, once."""

from __future__ import annotations

import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text
from tests.conftest import NOW

from eventmate.services.capture.capture import CaptureService
from eventmate.services.capture.outbox import Offline, Outbox
from eventmate.storage.engine import Database
from eventmate.storage.models import Capture, Person
from eventmate.storage.outbox_file import OutboxFile, OutboxRow
from eventmate.storage.sql import SqlWriter


class Clock:
    """A clock the test moves on."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):  # type: ignore[no-untyped-def]
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite3")


@pytest.fixture
def capture(database: Database, outbox: Outbox) -> CaptureService:
    return CaptureService(database, Clock(), outbox)


@contextmanager
def away() -> Iterator[SqlWriter]:
    """A write unit whose server cannot be reached (what psycopg raises then)."""
    raise psycopg.OperationalError("connection refused: is the server running?")
    yield  # pragma: no cover


def captures(database: Database) -> list[tuple[str, str, object]]:
    """Every capture on the server: uid, text, who, in the order stored."""
    with database.read() as session:
        rows = session.execute(
            select(Capture.uid, Capture.raw_text, Person.name)
            .outerjoin(Person, Person.id == Capture.person_id)
            .order_by(Capture.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_kept_capture_is_durable_private_and_has_its_uid(outbox: Outbox) -> None:
    result = outbox.keep("Anna Schmidt (viola) — loves Bartók", None, NOW)
    assert result.kept_offline
    assert result.uid
    assert result.capture_id == 0
    assert result.person_name == "Anna Schmidt"
    again = Outbox(outbox.path)  # another process, or the app started again
    [entry] = again.entries()
    assert (entry.uid, entry.raw_text, entry.captured_at) == (result.uid, result.raw_text, NOW)
    assert stat.S_IMODE(outbox.path.stat().st_mode) == 0o600
    with OutboxFile(outbox.path)._connection() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_captures_made_while_the_server_is_away_arrive_once_in_order(
    capture: CaptureService, database: Database, outbox: Outbox
) -> None:
    capture.capture("Before Away (piano)")
    capture.recent(5)  # capture mode lists the last captures when it opens
    outbox.go_offline()
    names = ("Ada Lind", "Bo Berg", "Cy Moss")
    kept = [capture.capture(f"{name} (cello) — met at the bar") for name in names]
    assert all(r.kept_offline for r in kept)
    assert capture.waiting() == (3, 0)
    # The window lists them first, marked as waiting.
    assert [r.waiting for r in capture.recent(4)] == [True, True, True, False]

    report = capture.send_waiting()
    assert report is not None
    assert (report.sent, report.left, report.offline) == (3, 0, False)
    stored = captures(database)
    assert [row[2] for row in stored] == ["Before Away", *names]
    assert [row[0] for row in stored[1:]] == [r.uid for r in kept]
    assert capture.waiting() == (0, 0)
    assert not capture.offline
    # Sending again adds nothing.
    assert capture.send_waiting() == report.__class__(0, 0, 0, 0, offline=False)
    assert len(captures(database)) == 4
    # Back online: the next capture goes to the server directly.
    assert not capture.capture("After Back").kept_offline


def test_new_captures_queue_behind_waiting_ones(
    capture: CaptureService, database: Database, outbox: Outbox
) -> None:
    outbox.keep("First Waiting", None, NOW)  # left by an earlier run, server up again
    later = capture.capture("Second Typed")
    assert later.kept_offline  # not ahead of the first
    capture.send_waiting()
    assert [row[2] for row in captures(database)] == ["First Waiting", "Second Typed"]


def test_a_capture_already_on_the_server_is_not_added_again(
    capture: CaptureService, database: Database, outbox: Outbox
) -> None:
    outbox.go_offline()
    kept = capture.capture("Only Once (oboe)")
    capture.send_waiting()
    # As if the app died between the server's commit and the outbox delete.
    OutboxFile(outbox.path).add([OutboxRow(kept.uid, kept.raw_text, None, NOW.isoformat())])
    report = capture.send_waiting()
    assert report is not None
    assert (report.sent, report.already_there) == (0, 1)
    assert [row[0] for row in captures(database)] == [kept.uid]
    assert outbox.counts() == (0, 0)


def test_the_server_going_away_mid_round_keeps_the_rest_in_order(
    capture: CaptureService, database: Database, outbox: Outbox
) -> None:
    outbox.go_offline()
    for name in ("Una Person", "Duo Person", "Tria Person"):
        capture.capture(name)
    calls = iter([capture._write, capture._write])

    def flaky() -> object:
        return next(calls, away)()

    report = outbox.send(flaky)  # type: ignore[arg-type]
    assert (report.sent, report.left, report.offline) == (2, 1, True)
    assert capture.offline
    assert [e.raw_text for e in outbox.entries()] == ["Tria Person"]
    capture.send_waiting()
    assert [row[2] for row in captures(database)] == ["Una Person", "Duo Person", "Tria Person"]


def test_a_refused_capture_stays_and_is_shown_never_dropped(
    capture: CaptureService, database: Database, outbox: Outbox
) -> None:
    with database.engine.begin() as connection:
        if database.engine.dialect.name == "sqlite":
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON capture "
                    "WHEN NEW.raw_text LIKE 'Refuse%' BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            )
        else:
            connection.execute(
                text(
                    "ALTER TABLE capture ADD CONSTRAINT refuse "
                    "CHECK (raw_text NOT LIKE 'Refuse%') NOT VALID"
                )
            )
    outbox.go_offline()
    capture.capture("Fine First")
    refused = capture.capture("Refuse Me (viola)")
    capture.capture("Fine Last")
    report = capture.send_waiting()
    assert report is not None
    assert (report.sent, report.refused, report.left) == (2, 1, 1)
    assert [row[2] for row in captures(database)] == ["Fine First", "Fine Last"]
    [entry] = outbox.entries()
    assert entry.uid == refused.uid
    assert entry.refused
    assert capture.waiting() == (1, 1)
    # A refused capture does not hold the others back, nor keep capture mode offline.
    assert not capture.offline
    assert not capture.capture("Next One").kept_offline
    # It is offered again when asked (at start, `eventmate sync`) and stays if refused again.
    again = capture.send_waiting(refused_too=True)
    assert again is not None
    assert (again.refused, again.left) == (1, 1)


def test_capture_mode_reads_nothing_from_the_server_while_it_is_away(
    capture: CaptureService, outbox: Outbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture.capture("Known Before")
    capture.recent(5)
    outbox.go_offline()

    def no_server(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("the server was asked while it is away")

    monkeypatch.setattr(capture._db, "read", no_server)
    monkeypatch.setattr(capture._db, "write", no_server)
    assert capture.current_event() is None
    assert capture.event_choices() == ()
    assert capture.suggest_people("Kno") == ()
    assert list(capture.warm_up_steps()) == []
    capture.capture("Kept Here")
    assert [r.raw_text for r in capture.recent(5)] == ["Kept Here", "Known Before"]
    with pytest.raises(Offline):
        capture.undo_last()


def test_a_read_that_finds_the_server_away_goes_offline(
    capture: CaptureService, monkeypatch: pytest.MonkeyPatch
) -> None:
    @contextmanager
    def gone() -> Iterator[object]:
        raise psycopg.OperationalError("server closed the connection unexpectedly")
        yield  # pragma: no cover

    monkeypatch.setattr(capture._db, "read", gone)
    assert capture.recent(5) == ()
    assert capture.offline


def test_a_write_whose_answer_was_lost_is_kept_under_the_same_uid(
    capture: CaptureService, database: Database, outbox: Outbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = capture._write

    @contextmanager
    def commit_then_lose() -> Iterator[SqlWriter]:
        with real() as sql:
            yield sql
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(capture, "_write", commit_then_lose)
    kept = capture.capture("Lost Answer (harp)")
    assert kept.kept_offline
    monkeypatch.setattr(capture, "_write", real)
    report = capture.send_waiting()
    assert report is not None
    assert (report.sent, report.already_there) == (0, 1)
    assert [row[0] for row in captures(database)] == [kept.uid]


def test_pasted_lines_go_to_the_outbox_all_or_nothing(
    capture: CaptureService, database: Database, outbox: Outbox
) -> None:
    outbox.go_offline()
    batch = capture.capture_many(["Line One", "", "Line Two"])
    assert [r.kept_offline for r in batch.results] == [True, True]
    capture.send_waiting()
    assert [row[2] for row in captures(database)] == ["Line One", "Line Two"]


def test_without_an_outbox_a_lost_server_is_an_error_as_before(database: Database) -> None:
    service = CaptureService(database, Clock())
    service._write = away  # type: ignore[method-assign]
    with pytest.raises(psycopg.OperationalError):
        service.capture("Nowhere To Go")


_KILLED_SENDER = """
import os, signal, sys
from pathlib import Path
from eventmate.services.capture.capture import CaptureService
from eventmate.services.capture.outbox import Outbox
from eventmate.storage.opening import open_url
from eventmate.storage.outbox_file import OutboxFile

def die(_self, _uid):  # the server has committed the capture; the outbox row is not gone yet
    print("COMMITTED", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

OutboxFile.remove = die
CaptureService(open_url(sys.argv[1]), outbox=Outbox(Path(sys.argv[2]))).send_waiting()
"""


def test_a_kill_between_the_servers_commit_and_the_outbox_delete_does_not_duplicate(
    capture: CaptureService, database: Database, outbox: Outbox, tmp_path: Path
) -> None:
    outbox.go_offline()
    first = capture.capture("Ivy Kill (viola)")
    second = capture.capture("Jon After (cello)")
    if database.path is not None:
        url = f"sqlite:///{database.path}"
    else:
        url = database.engine.url.render_as_string(hide_password=False)
    script = tmp_path / "killed_sender.py"
    script.write_text(_KILLED_SENDER, encoding="utf-8")
    died = subprocess.run(
        [sys.executable, str(script), url, str(outbox.path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert died.returncode == -signal.SIGKILL, died.stderr
    assert died.stdout == "COMMITTED\n"
    assert [row[0] for row in captures(database)] == [first.uid]
    assert [e.uid for e in outbox.entries()] == [first.uid, second.uid]

    report = capture.send_waiting()
    assert report is not None
    assert (report.sent, report.already_there, report.left) == (1, 1, 0)
    assert [row[0] for row in captures(database)] == [first.uid, second.uid]


def test_offline_with_nothing_waiting_asks_the_server_before_going_online(
    capture: CaptureService, outbox: Outbox
) -> None:
    outbox.go_offline()  # a read found the server away; no capture was kept
    report = outbox.send(away)  # type: ignore[arg-type]
    assert report.offline
    assert capture.offline
    report = capture.send_waiting()
    assert report is not None
    assert not report.offline
    assert not capture.offline


def test_a_person_picked_before_the_server_went_away_is_linked_when_sent(
    capture: CaptureService, database: Database, outbox: Outbox
) -> None:
    first = capture.capture("Kay Long (viola)")
    assert first.person_uid is not None
    outbox.go_offline()
    kept = capture.capture("Kay — plays Bach", person_uid=first.person_uid)
    assert kept.kept_offline
    capture.send_waiting()
    assert [row[2] for row in captures(database)] == ["Kay Long", "Kay Long"]
