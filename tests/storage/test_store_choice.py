"""The data folder's saved choice of store: a URL without its password, or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventmate.storage import store_choice
from eventmate.storage.locations import DATABASE_URL_ENV, resolve_locations


def test_the_password_is_taken_out_of_a_url() -> None:
    url = "postgresql+psycopg://anna:s%40cret@db.example.org:5433/eventmate"
    assert store_choice.without_password(url) == (
        "postgresql+psycopg://anna@db.example.org:5433/eventmate"
    )
    assert store_choice.without_password("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"


def test_a_saved_choice_never_holds_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    locations = resolve_locations(str(tmp_path / "d"))
    store_choice.save_choice(locations, "postgresql+psycopg://anna:secret@db.example.org/em")
    text = store_choice.choice_file(locations).read_text(encoding="utf-8")
    assert "secret" not in text
    assert json.loads(text) == {"url": "postgresql+psycopg://anna@db.example.org/em"}
    assert store_choice.chosen_url(locations) == "postgresql+psycopg://anna@db.example.org/em"
    store_choice.save_choice(locations, None)
    assert store_choice.chosen_url(locations) is None


def test_an_unreadable_choice_means_the_folder_s_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    locations = resolve_locations(str(tmp_path / "d"))
    locations.ensure()
    store_choice.choice_file(locations).parent.mkdir(parents=True, exist_ok=True)
    store_choice.choice_file(locations).write_text("{not json", encoding="utf-8")
    assert store_choice.chosen_url(locations) is None
