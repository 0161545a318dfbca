"""Unlocking before the window: only for the data folder's own file, never for a server."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventmate.app.early_unlock import start_unlocking
from eventmate.storage import store_choice
from eventmate.storage.locations import resolve_locations


@pytest.mark.parametrize(
    ("key_file", "server", "starts"),
    [(False, False, False), (True, False, True), (True, True, False)],
)
def test_unlocking_starts_only_for_an_encrypted_file_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key_file: bool, server: bool, starts: bool
) -> None:
    monkeypatch.delenv("EVENTMATE_DATABASE_URL", raising=False)
    monkeypatch.delenv("EVENTMATE_PASSPHRASE", raising=False)
    locations = resolve_locations(str(tmp_path / "data"))
    locations.ensure()
    if key_file:
        Path(f"{locations.database}.key").write_text("{}", encoding="utf-8")
    if server:
        # Preferences ▸ Storage chose a server: the file (and its key) is not what opens.
        store_choice.save_choice(locations, "postgresql+psycopg://me@localhost/eventmate")
    unlocking = start_unlocking(locations)
    assert (unlocking is not None) is starts
    if unlocking is not None:
        unlocking.wait()  # the thread ends without asking anyone
