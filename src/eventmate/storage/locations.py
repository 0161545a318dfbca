"""Where EventMate keeps its database, backups, settings and logs on this platform."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

DATA_DIR_ENV = "EVENTMATE_DATA_DIR"
DATABASE_URL_ENV = "EVENTMATE_DATABASE_URL"
DATABASE_FILENAME = "eventmate.sqlite3"


class Locations(NamedTuple):
    """The folders EventMate uses; every path is absolute.

    A named tuple rather than a dataclass: this is read before the window is shown, and
    importing ``dataclasses`` then would cost ~5 ms.
    """

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.data_dir / DATABASE_FILENAME

    @property
    def outbox(self) -> Path:
        """Captures kept on this computer while a server store cannot be reached."""
        return self.data_dir / "outbox.sqlite3"

    @property
    def backups_dir(self) -> Path:
        """Where verified backups are kept."""
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        """The single-instance lock of this data folder."""
        return self.data_dir / "eventmate.lock"

    def ensure(self) -> bool:
        """Create the folders (private to the user) if missing; make what is there private.

        Folders become 0700 and the files EventMate writes 0600 where they were looser (see
        :mod:`eventmate.storage.private_files`). Returns False when a folder could not be
        created (a read-only disk): the data may still be read, so this is not an error here.
        """
        from eventmate.storage.private_files import make_all_private, private_folder

        created = True
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backups_dir):
            try:
                private_folder(folder)
            except OSError:
                created = False
        make_all_private(self.private_files())
        return created

    def private_files(self) -> list[Path]:
        """Every file EventMate writes in its folders (those that exist or may)."""
        from eventmate.storage.private_files import database_files

        files = [
            *database_files(self.database),
            *database_files(self.outbox),
            self.lock_file,
            self.config_dir / "ui.ini",
            self.config_dir / "remembered-keys",
        ]
        for folder, pattern in ((self.log_dir, "eventmate.log*"), (self.backups_dir, "*")):
            try:
                files.extend(path for path in folder.glob(pattern) if path.is_file())
            except OSError:
                continue
        return files


def resolve_locations(data_dir: str | os.PathLike[str] | None = None) -> Locations:
    """Resolve the folders: an explicit ``data_dir``, else ``$EVENTMATE_DATA_DIR``, else the
    platform's user data folder. With an explicit or environment data folder, logs and config
    live inside it too, so a test or a second profile never touches the user's real files.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Locations(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
    from platformdirs import PlatformDirs  # only when no folder is given (start-up speed)

    dirs = PlatformDirs("EventMate", appauthor=False)
    locations = Locations(
        data_dir=dirs.user_data_path.resolve(),
        config_dir=dirs.user_config_path.resolve(),
        log_dir=dirs.user_log_path.resolve(),
    )
    for path in (locations.data_dir, locations.config_dir, locations.log_dir):
        if not path.is_absolute():  # pragma: no cover - platformdirs guarantees this today
            raise RuntimeError(f"refusing a relative data location: {path}")
    return locations
