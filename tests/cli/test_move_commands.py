"""``eventmate move-to``: everything into an empty store, then the data folder uses it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests import pg_cluster
from tests.stores import Stores

from eventmate.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def elsewhere(stores: Stores, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store of the other kind."""
    if stores.server:
        yield str(tmp_path / "home again" / "eventmate.sqlite3")
        return
    cluster: pg_cluster.Cluster = request.getfixturevalue("pg")
    name = cluster.new_name("cli")
    yield cluster.create(name)
    cluster.drop(name)


def test_move_to_then_every_command_uses_the_new_store(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    elsewhere: str,
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    folder = str(tmp_path / "d")
    assert run(capsys, "--data-dir", folder, "capture", "Anna Schmidt: viola")[0] == 0
    status, out, err = run(capsys, "--data-dir", folder, "move-to", elsewhere)
    assert status == 0, err
    assert "moved to" in out
    assert "1 person" in out
    assert "byte-equal archive" in out
    assert pg_cluster.PASSWORD not in out
    saved = (tmp_path / "d" / "config" / "storage.json").read_text()
    assert pg_cluster.PASSWORD not in saved
    # A server's password went to the system keyring, and only there.
    on_server = elsewhere.startswith("postgresql")
    assert (pg_cluster.PASSWORD in memory_keyring.values()) == on_server
    assert ("system keyring" in out) == on_server
    # The next command reads the new store (a capture there shows up here).
    assert run(capsys, "--data-dir", folder, "capture", "Zoë Ng: flute")[0] == 0
    status, out, _ = run(capsys, "--data-dir", folder, "people", "--json")
    assert sorted(p["name"] for p in json.loads(out)) == ["Anna Schmidt", "Zoë Ng"]
    name = elsewhere.rsplit("/", 1)[1]
    assert json.loads(saved)["url"].endswith(name)


def test_keep_using_only_copies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, elsewhere: str
) -> None:
    folder = str(tmp_path / "d")
    run(capsys, "--data-dir", folder, "capture", "Anna Schmidt: viola")
    status, out, _ = run(capsys, "--data-dir", folder, "move-to", elsewhere, "--keep-using")
    assert status == 0
    assert "still using" in out
    assert not (tmp_path / "d" / "config" / "storage.json").exists()


def test_a_failed_move_says_nothing_was_moved(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = str(tmp_path / "d")
    run(capsys, "--data-dir", folder, "capture", "Anna Schmidt: viola")
    status, _, err = run(
        capsys, "--data-dir", folder, "move-to", "postgresql+psycopg://me@127.0.0.1:1/none"
    )
    assert status == 1
    assert "nothing was moved" in err
    assert "could not be reached" in err


@pytest.mark.sqlite_only("a SQLite file moved into another SQLite file")
def test_moving_into_a_sync_apps_folder_warns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = str(tmp_path / "d")
    run(capsys, "--data-dir", folder, "capture", "Anna Schmidt: viola")
    target = tmp_path / "Dropbox" / "em" / "eventmate.sqlite3"
    status, out, err = run(capsys, "--data-dir", folder, "move-to", str(target))
    assert status == 0
    assert "this data folder now uses" in out
    assert err.startswith("warning: your data is in a Dropbox folder")
    # And every check from now on says it (the file in use is there).
    status, _, err = run(capsys, "--data-dir", folder, "check")
    assert status == 0
    assert "Dropbox folder" in err
