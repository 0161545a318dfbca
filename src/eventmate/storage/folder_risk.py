"""Whether the data folder sits where SQLite's file can be damaged.

Two places are risky (FIELD-NOTES B4; SQLite's "How To Corrupt" §2, Anki's and Calibre's
manuals): a network drive, whose file locks SQLite cannot rely on, and a folder a sync app
copies (Dropbox, OneDrive, iCloud Drive, Nextcloud, Syncthing…), which may copy the database
halfway through a save, or without its write-ahead log, and lets a second computer open its
own copy. Nothing is refused: the app says so once and ``eventmate check`` every time.

Sync folders are known by their names along the path and by the marker files their apps
leave at a synced folder's top. Network drives are known from the kernel's mount table on
Linux and from the drive type on Windows; on macOS only the sync folders are recognised.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PurePath
from typing import Literal, NamedTuple

#: File systems reached over a network (Linux's names, as /proc/self/mountinfo gives them).
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "coda",
        "glusterfs",
        "lustre",
        "gpfs",
        "ncpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "fuse.glusterfs",
        "fuse.cephfs",
    }
)

#: Folder names (case-folded) that sync apps create, exactly or as a prefix.
_NAMED = (
    ("Dropbox", ("dropbox",), ("dropbox (", "dropbox-")),
    ("OneDrive", ("onedrive",), ("onedrive - ", "onedrive-")),
    ("Google Drive", ("google drive", "googledrive", "my drive"), ("googledrive-",)),
    ("iCloud Drive", ("icloud drive", "com~apple~clouddocs", "mobile documents"), ()),
    ("Nextcloud", ("nextcloud",), ("nextcloud-",)),
    ("ownCloud", ("owncloud",), ()),
    ("pCloud", ("pcloud drive", "pclouddrive"), ()),
)

#: What a sync app leaves at the top of the folder it syncs, and whether it is a file. Dropbox's
#: is a file: the home folder's ``~/.dropbox`` is its settings folder, not a synced one.
_MARKERS = (
    ("Syncthing", ".stfolder", False),
    ("Dropbox", ".dropbox", True),
    ("Nextcloud", ".nextcloudsync.log", True),
    ("ownCloud", ".owncloudsync.log", True),
)

_DRIVE_REMOTE = 4  # GetDriveTypeW
_OCTAL = re.compile(r"\\([0-7]{3})")


class FolderRisk(NamedTuple):
    """Why a folder is risky: ``kind`` and the sync app's or file system's ``name``."""

    kind: Literal["synced", "network"]
    name: str


def folder_risk(folder: Path) -> FolderRisk | None:
    """Whether ``folder`` (the data folder) is synced by an app or on a network drive."""
    try:
        resolved = folder.resolve()
    except OSError:
        return None
    return synced_by(resolved) or _network_drive(resolved)


def synced_by(folder: Path) -> FolderRisk | None:
    """The sync app whose folder holds ``folder`` (by name along the path, or by marker)."""
    for place in (folder, *folder.parents):
        name = _sync_app_named(place.name)
        if name is None:
            name = next(
                (app for app, marker, file in _MARKERS if _exists(place / marker, file=file)),
                None,
            )
        if name is not None:
            return FolderRisk("synced", name)
    return None


def _sync_app_named(folder_name: str) -> str | None:
    folded = folder_name.casefold()
    for app, exact, prefixes in _NAMED:
        if folded in exact or folded.startswith(prefixes):
            return app
    return None


def _exists(path: Path, *, file: bool) -> bool:
    try:
        return path.is_file() if file else path.exists()
    except OSError:  # an unreadable folder along the way
        return False


def _network_drive(folder: Path) -> FolderRisk | None:
    if sys.platform.startswith("linux"):
        try:
            table = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        kind = filesystem_of(folder, table)
        return FolderRisk("network", kind) if kind in NETWORK_FILESYSTEMS else None
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_network_drive(folder)
    return None


def filesystem_of(folder: PurePath, mountinfo: str) -> str | None:
    """The file system type of the mount holding ``folder``, from a mountinfo table.

    The innermost mount point that holds the folder wins (the last such line, should two
    mounts stack on one point).
    """
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split(" - ", 1)
        if len(fields) != 2:
            continue
        before, after = fields[0].split(), fields[1].split()
        if len(before) < 5 or not after:
            continue
        point = PurePath(_unescape(before[4]))
        if folder == point or point in folder.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, after[0])
    return best[1] if best is not None else None


def _unescape(text: str) -> str:
    """Mount points escape spaces, tabs, newlines and backslashes as octal (``\\040``)."""
    return _OCTAL.sub(lambda found: chr(int(found.group(1), 8)), text)


def _windows_network_drive(folder: Path) -> FolderRisk | None:  # pragma: no cover - Windows
    anchor = folder.anchor
    if anchor.startswith("\\\\"):
        return FolderRisk("network", "SMB")
    import ctypes

    drive_type = ctypes.windll.kernel32.GetDriveTypeW(os.fspath(anchor))  # type: ignore[attr-defined]
    return FolderRisk("network", "SMB") if drive_type == _DRIVE_REMOTE else None
