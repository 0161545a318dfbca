"""Every command-line test runs on SQLite and on a server.

On a server each data folder a test names (``--data-dir``) stands for a database of its own
on the throw-away cluster, as if that folder's saved choice of store named it
(``storage.store_choice``); ``stores.open(folder)`` opens the same database to fill or read.
"""

from __future__ import annotations

import pytest
from tests.stores import Stores

from eventmate.storage import store_choice
from eventmate.storage.locations import Locations


@pytest.fixture(autouse=True)
def _each_folder_on_the_store(stores: Stores, monkeypatch: pytest.MonkeyPatch) -> None:
    if not stores.server:
        return
    chosen = store_choice.chosen_url

    def on_server(locations: Locations) -> str | None:
        return chosen(locations) or stores.url(locations.data_dir)

    monkeypatch.setattr(store_choice, "chosen_url", on_server)
