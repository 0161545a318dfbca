"""Which store a data folder uses: its SQLite file, or another database named by URL.

In order: ``EVENTMATE_DATABASE_URL``; else the choice saved in the config folder
(``storage.json``, written by Preferences ▸ Storage and ``eventmate move-to``); else the
SQLite file in the data folder. A saved URL never holds a password (that lives in the system
keyring, ``storage.passwords``). Read without SQLAlchemy (the app reads it before its first
paint).
"""

from __future__ import annotations

import os
from pathlib import Path

from eventmate.storage.locations import DATABASE_URL_ENV, Locations

CHOICE_FILE = "storage.json"


def choice_file(locations: Locations) -> Path:
    """Where the data folder's choice of store is saved."""
    return locations.config_dir / CHOICE_FILE


def saved_url(locations: Locations) -> str | None:
    """The URL saved for this data folder, or None (its SQLite file; also if unreadable)."""
    try:
        saved_text = choice_file(locations).read_text(encoding="utf-8")
    except OSError:
        return None
    import json  # here: most data folders never saved a choice, and start-up skips it

    try:
        saved = json.loads(saved_text)
    except ValueError:
        return None
    url = saved.get("url") if isinstance(saved, dict) else None
    return url if isinstance(url, str) and url else None


def chosen_url(locations: Locations) -> str | None:
    """The database URL to open, or None for the data folder's SQLite file."""
    return os.environ.get(DATABASE_URL_ENV) or saved_url(locations)


def without_password(url: str) -> str:
    """``url`` with any password taken out (what is saved and shown)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password is None:
        return url
    # URL.set(password=None) keeps the password ("not given"); replace the field itself.
    return parsed._replace(password=None).render_as_string(hide_password=False)


def save_choice(locations: Locations, url: str | None) -> None:
    """Use ``url`` (None: the data folder's SQLite file) from the next start on.

    Written privately (0600) and atomically; a password in ``url`` is not saved.
    """
    import json

    from eventmate.storage.private_files import FILE_MODE, private_folder

    target = choice_file(locations)
    if url is None:
        target.unlink(missing_ok=True)
        return
    private_folder(target.parent)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with open(descriptor, "w", encoding="utf-8") as handle:
        json.dump({"url": without_password(url)}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)
