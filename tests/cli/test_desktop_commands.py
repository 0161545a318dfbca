"""`eventmate desktop install|remove`: the user's menu entry and icon, in the XDG folders."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventmate import APP_ID
from eventmate.cli import desktop_commands
from eventmate.cli.desktop_commands import desktop_entry, exec_argument, template_path
from eventmate.main import main


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def read_entry(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def test_install_writes_entry_and_icon_pointing_at_this_eventmate(
    capsys: pytest.CaptureFixture[str], share: Path
) -> None:
    status, out, _ = run(capsys, "desktop", "install")
    assert status == 0
    entry_file = share / "applications" / f"{APP_ID}.desktop"
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert icon.read_bytes().startswith(b"<?xml")
    entry = read_entry(entry_file)
    command = desktop_commands.launcher_command()
    assert entry["Desktop Entry"]["Exec"].startswith(exec_argument(command[0]))
    assert entry["Desktop Action capture"]["Exec"].endswith(" capture")
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Entry"]["Name"] == "EventMate"
    assert "applications menu" in out
    assert "Ctrl+Shift+N" in out


def test_installed_entry_runs_eventmate(capsys: pytest.CaptureFixture[str], share: Path) -> None:
    run(capsys, "desktop", "install")
    entry = read_entry(share / "applications" / f"{APP_ID}.desktop")
    line = entry["Desktop Entry"]["Exec"]
    # Without reserved characters the arguments are plain words.
    argv = [word for word in line.split() if not word.startswith("%")]
    result = subprocess.run([*argv, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("EventMate ")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_installed_entry_is_valid(capsys: pytest.CaptureFixture[str], share: Path) -> None:
    run(capsys, "desktop", "install")
    entry = share / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_remove_takes_out_entry_and_icons(capsys: pytest.CaptureFixture[str], share: Path) -> None:
    run(capsys, "desktop", "install")
    other = share / "icons" / "hicolor" / "scalable" / "apps" / "org.other.app.svg"
    other.write_text("<svg/>")
    status, out, _ = run(capsys, "desktop", "remove")
    assert status == 0
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert other.exists()  # another app's icon is none of our business
    assert "Removed" in out


def test_remove_when_nothing_is_installed(capsys: pytest.CaptureFixture[str], share: Path) -> None:
    status, out, _ = run(capsys, "desktop", "remove")
    assert status == 0
    assert "nothing to remove" in out


def test_install_twice_keeps_one_entry(capsys: pytest.CaptureFixture[str], share: Path) -> None:
    run(capsys, "desktop", "install")
    status, _, _ = run(capsys, "desktop", "install")
    assert status == 0
    assert [p.name for p in (share / "applications").glob("*.desktop")] == [f"{APP_ID}.desktop"]


def test_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_commands.data_home() == tmp_path / ".local" / "share"


def test_unwritable_menu_folder_gives_a_message(
    capsys: pytest.CaptureFixture[str], share: Path
) -> None:
    share.mkdir()
    (share / "applications").write_text("a file where the folder should be")
    status, _, err = run(capsys, "desktop", "install")
    assert status == 1
    assert "could not write the menu entry" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("platform", "hint"), [("darwin", "EventMate.app"), ("win32", "Start menu")]
)
def test_other_platforms_are_told_where_their_menu_entry_comes_from(
    capsys: pytest.CaptureFixture[str],
    share: Path,
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    hint: str,
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    for action in ("install", "remove"):
        status, _, err = run(capsys, "desktop", action)
        assert status == 1
        assert hint in err
    assert not share.exists()


def test_frozen_app_installs_every_png_size_from_its_folder(
    capsys: pytest.CaptureFixture[str], share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = tmp_path / "eventmate-app"
    executable = app / "eventmate"
    app.mkdir()
    executable.write_text("")
    for size in (16, 48, 256):
        png = app / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        png.parent.mkdir(parents=True)
        png.write_bytes(b"\x89PNG" + str(size).encode())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    status, _, _ = run(capsys, "desktop", "install")
    assert status == 0
    theme = share / "icons" / "hicolor"
    assert (theme / "48x48" / "apps" / f"{APP_ID}.png").read_bytes() == b"\x89PNG48"
    entry = read_entry(share / "applications" / f"{APP_ID}.desktop")
    assert entry["Desktop Entry"]["Exec"] == str(executable)
    assert entry["Desktop Entry"]["TryExec"] == str(executable)


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/opt/eventmate/eventmate", "/opt/eventmate/eventmate"),
        ("/home/anna/My Apps/eventmate", '"/home/anna/My Apps/eventmate"'),
        ("/home/anna/100%/eventmate", "/home/anna/100%%/eventmate"),
        ('/tmp/a"b$c', '"/tmp/a\\\\"b\\\\$c"'),
        ("/tmp/back\\slash", '"/tmp/back\\\\\\\\slash"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, written: str) -> None:
    assert exec_argument(argument) == written


def test_entry_from_the_template_replaces_every_exec() -> None:
    template = template_path().read_text(encoding="utf-8")
    entry = desktop_entry(template, ["/x y/eventmate"])
    exec_lines = [line for line in entry.splitlines() if line.startswith("Exec=")]
    assert exec_lines == ['Exec="/x y/eventmate"', 'Exec="/x y/eventmate" capture']
    assert "TryExec=/x y/eventmate" in entry.splitlines()
    python_module = desktop_entry(template, ["/usr/bin/python3", "-m", "eventmate"])
    assert "Exec=/usr/bin/python3 -m eventmate capture" in python_module.splitlines()
    assert "TryExec" not in python_module
