"""Knowing a data folder that a sync app copies or that sits on a network drive."""

from __future__ import annotations

from pathlib import Path, PurePath

import pytest

from eventmate.storage.folder_risk import FolderRisk, filesystem_of, folder_risk, synced_by

# /proc/self/mountinfo as Linux writes it: a home on ext4, an NFS share mounted inside it (its
# mount point with a space, escaped as \040), an sshfs mount, and a tmpfs stacked on /mnt.
MOUNTINFO = (
    "22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw\n"
    "40 22 8:3 / /home rw,relatime shared:2 - ext4 /dev/sda3 rw\n"
    "61 40 0:52 / /home/ada/Band\\040share rw,relatime shared:30 - nfs4 nas:/band rw,vers=4.2\n"
    "62 40 0:53 / /home/ada/remote rw,nosuid - fuse.sshfs ada@host:/srv rw,user_id=1000\n"
    "70 22 0:60 / /mnt rw - ext4 /dev/sdb1 rw\n"
    "71 70 0:61 / /mnt rw - tmpfs tmpfs rw\n"
    "a line that is not a mount\n"
)


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("/home/ada/.local/share/EventMate", "ext4"),
        ("/home/ada/Band share/EventMate", "nfs4"),
        ("/home/ada/Band share", "nfs4"),
        ("/home/ada/Band sharer/EventMate", "ext4"),  # a name that only begins the same
        ("/home/ada/remote/em", "fuse.sshfs"),
        ("/mnt/data", "tmpfs"),  # the later of two mounts on one point
        ("/srv", "ext4"),
    ],
)
def test_the_innermost_mount_holding_a_folder_names_its_file_system(folder: str, kind: str) -> None:
    assert filesystem_of(PurePath(folder), MOUNTINFO) == kind


@pytest.mark.parametrize(
    ("inside", "app"),
    [
        ("Dropbox/Apps/EventMate", "Dropbox"),
        ("Dropbox (Personal)/EventMate", "Dropbox"),
        ("Library/CloudStorage/Dropbox-Personal/em", "Dropbox"),
        ("OneDrive - Wigmore Hall/Documents/EventMate", "OneDrive"),
        ("Library/CloudStorage/GoogleDrive-ada@example.org/My Drive/em", "Google Drive"),
        ("Library/Mobile Documents/com~apple~CloudDocs/EventMate", "iCloud Drive"),
        ("nextcloud/EventMate", "Nextcloud"),
    ],
)
def test_a_sync_apps_folder_is_known_by_its_name(tmp_path: Path, inside: str, app: str) -> None:
    folder = tmp_path / inside
    folder.mkdir(parents=True)
    assert folder_risk(folder) == FolderRisk("synced", app)


@pytest.mark.parametrize(
    ("marker", "app"),
    [(".stfolder", "Syncthing"), (".dropbox", "Dropbox"), (".nextcloudsync.log", "Nextcloud")],
)
def test_a_synced_folder_is_known_by_its_apps_marker(tmp_path: Path, marker: str, app: str) -> None:
    top = tmp_path / "Music"
    folder = top / "admin" / "EventMate"
    folder.mkdir(parents=True)
    assert synced_by(folder) is None
    (top / marker).mkdir() if marker == ".stfolder" else (top / marker).write_text("")
    assert synced_by(folder) == FolderRisk("synced", app)


def test_dropboxs_settings_folder_in_home_is_not_a_synced_folder(tmp_path: Path) -> None:
    home = tmp_path / "ada"
    (home / ".dropbox").mkdir(parents=True)  # ~/.dropbox: where Dropbox keeps its settings
    folder = home / ".local" / "share" / "EventMate"
    folder.mkdir(parents=True)
    assert folder_risk(folder) is None
    (home / "Dropbox").mkdir()
    (home / "Dropbox" / ".dropbox").write_text("{}")  # the synced folder's own marker file
    assert synced_by(home / "Dropbox" / "em") == FolderRisk("synced", "Dropbox")


def test_an_ordinary_local_folder_is_not_risky(tmp_path: Path) -> None:
    folder = tmp_path / "Dropboxes" / "mydropbox" / "EventMate"  # names that only look alike
    folder.mkdir(parents=True)
    assert folder_risk(folder) is None


def test_a_folder_not_made_yet_is_judged_by_where_it_would_be(tmp_path: Path) -> None:
    assert folder_risk(tmp_path / "OneDrive" / "not yet") == FolderRisk("synced", "OneDrive")
