"""A keyring backend in a file, for ``bench/startup.py --remembered`` (never for real keys).

The bench machine has no system keyring; this stands in for one so a start with the key
"remembered on this computer" can be timed: the app loads it by name, as it loads the
backend that took a key (``storage.key_store``). The file is ``$EVENTMATE_BENCH_KEYRING``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


def _path() -> Path:
    return Path(os.environ["EVENTMATE_BENCH_KEYRING"])


class FileKeyring(KeyringBackend):
    """Entries in one JSON file (plain text: a bench stand-in only)."""

    priority = 1  # type: ignore[assignment]

    def _items(self) -> dict[str, str]:
        try:
            items: dict[str, str] = json.loads(_path().read_text(encoding="utf-8"))
        except OSError:
            return {}
        return items

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items()
        items[f"{service}/{username}"] = password
        _path().write_text(json.dumps(items), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        items.pop(f"{service}/{username}", None)
        _path().write_text(json.dumps(items), encoding="utf-8")
