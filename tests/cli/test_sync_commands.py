"""Captures from the command line while the server is away: kept here, sent once it is back."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

import pytest
from tests.cli.test_capture_commands import run, stored
from tests.stores import Stores

from eventmate.storage.locations import DATABASE_URL_ENV

# Each test names ``stores`` itself, so the data folder stands for a database on the cluster
# (``tests/conftest.py``'s command-line fixture looks for it among the test's fixtures).
pytestmark = pytest.mark.server_only


def away_url() -> str:
    """A server URL where nothing listens (a port just freed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql+psycopg://eventmate:secret@127.0.0.1:{port}/gone"


def test_capture_with_the_server_away_is_kept_and_sent_later_in_order(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stores: Stores,
) -> None:
    assert stores.server
    notes = tmp_path / "notes.txt"
    notes.write_text("Bo Berg (horn)\nCy Moss (oboe)\n", encoding="utf-8")
    monkeypatch.setenv(DATABASE_URL_ENV, away_url())
    status, out, err = run(capsys, "--data-dir", str(tmp_path), "capture", "Ada Lind (viola)")
    assert (status, err) == (0, "")
    assert "Kept 1 capture on this computer: the server cannot be reached" in out
    assert "1 capture waits" in out
    status, out, _err = run(capsys, "--data-dir", str(tmp_path), "capture", "--from", str(notes))
    assert status == 0
    assert "Kept 2 captures" in out
    assert "3 captures wait" in out
    assert stat.S_IMODE((tmp_path / "outbox.sqlite3").stat().st_mode) == 0o600
    status, _out, err = run(capsys, "--data-dir", str(tmp_path), "sync")
    assert status == 2
    assert "the server cannot be reached; 3 captures wait" in err

    monkeypatch.delenv(DATABASE_URL_ENV)  # the server is back
    status, out, err = run(capsys, "--data-dir", str(tmp_path), "capture", "Dee Last (harp)")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Sent 3 captures kept on this computer")
    assert lines[1].startswith("Saved capture")
    assert [name for _text, _event, name in stored(tmp_path)] == [
        "Ada Lind",
        "Bo Berg",
        "Cy Moss",
        "Dee Last",
    ]
    status, out, _err = run(capsys, "--data-dir", str(tmp_path), "sync")
    assert (status, out) == (0, "Nothing was waiting to be sent.\n")
    assert len(stored(tmp_path)) == 4


def test_sync_sends_what_waits(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stores: Stores,
) -> None:
    assert stores.server
    monkeypatch.setenv(DATABASE_URL_ENV, away_url())
    run(capsys, "--data-dir", str(tmp_path), "capture", "Eve Stone (cello)")
    monkeypatch.delenv(DATABASE_URL_ENV)
    status, out, _err = run(capsys, "--data-dir", str(tmp_path), "sync")
    assert (status, out) == (0, "Sent 1 capture kept on this computer while the server was away.\n")
    assert [name for _text, _event, name in stored(tmp_path)] == ["Eve Stone"]
