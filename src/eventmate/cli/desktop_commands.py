"""``eventmate desktop install|remove``: this user's applications-menu entry and icon (XDG).

For pip, pipx and tarball users on Linux and other freedesktop desktops: the entry goes to
``$XDG_DATA_HOME/applications`` and the icon to ``$XDG_DATA_HOME/icons/hicolor``, both pointing
at the EventMate that runs this command. The .deb, the macOS .app and the Windows installer
bring their own entries; on macOS and Windows the command says so instead.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from eventmate import APP_ID, APP_NAME
from eventmate.cli.context import CommandError
from eventmate.domain.i18n import _, ngettext

_PACKAGE = Path(__file__).resolve().parents[1]
#: Characters that make a desktop-entry Exec argument need quotes (the spec's reserved set).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def register(subparsers: Any) -> None:
    """Add ``desktop install`` and ``desktop remove``."""
    desktop = subparsers.add_parser(
        "desktop",
        help=_("add EventMate to your applications menu, or take it out (Linux, for you only)"),
    )
    actions = desktop.add_subparsers(dest="desktop_action", metavar="ACTION", required=True)
    install = actions.add_parser(
        "install", help=_("write the menu entry and icon for this EventMate (XDG folders)")
    )
    install.set_defaults(handler=_install)
    remove = actions.add_parser("remove", help=_("remove the menu entry and icon again"))
    remove.set_defaults(handler=_remove)


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (XDG spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """How a menu entry starts the EventMate that is running now."""
    if getattr(sys, "frozen", False):  # the tarball's or the .deb's app folder
        return [str(Path(sys.executable).absolute())]
    # pip and pipx put the ``eventmate`` script beside the interpreter of their environment.
    script = Path(sys.executable).parent / "eventmate"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    found = shutil.which("eventmate")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "eventmate"]


def exec_argument(argument: str) -> str:
    """``argument`` written for a desktop entry's Exec key (quoted and escaped by the spec)."""
    text = argument.replace("%", "%%")
    if any(char in _RESERVED for char in text):
        for char in ("\\", '"', "`", "$"):
            text = text.replace(char, "\\" + char)
        text = f'"{text}"'
    # The value is also a desktop-entry string, whose own escape is the backslash.
    return text.replace("\\", "\\\\")


def desktop_entry(template: str, command: list[str]) -> str:
    """The packaged desktop entry with its Exec lines pointing at ``command``."""
    line = " ".join(exec_argument(part) for part in command)
    lines = []
    for raw in template.splitlines():
        if raw.startswith("Exec="):
            words = raw[len("Exec=") :].split()
            raw = "Exec=" + " ".join([line, *words[1:]])
        elif raw.startswith("TryExec="):
            continue
        lines.append(raw)
        if raw == "[Desktop Entry]" and len(command) == 1:
            # The menu hides the entry by itself if this EventMate is uninstalled.
            # A plain string, not an Exec command line: no quotes.
            lines.append("TryExec=" + command[0].replace("\\", "\\\\"))
    return "\n".join(lines) + "\n"


def template_path() -> Path:
    """The desktop entry shipped with EventMate (in the package, or in a source checkout)."""
    name = f"{APP_ID}.desktop"
    for candidate in (
        _PACKAGE / "resources" / "linux" / name,
        _PACKAGE.parents[1] / "packaging" / "linux" / name,
    ):
        if candidate.is_file():
            return candidate
    raise CommandError(
        _("this installation of {app} lacks its desktop entry ({name})").format(
            app=APP_NAME, name=name
        )
    )


def icon_sources(command: list[str]) -> dict[Path, Path]:
    """Icon files to install, by their path below ``icons/hicolor``.

    The scalable SVG always; every PNG size too when the app folder carries them (the tarball's
    ``share/icons/hicolor``).
    """
    icons: dict[Path, Path] = {}
    for svg in (
        _PACKAGE / "resources" / "icons" / f"{APP_ID}.svg",
        _PACKAGE.parents[1] / "resources" / "icons" / f"{APP_ID}.svg",
    ):
        if svg.is_file():
            icons[Path("scalable", "apps", svg.name)] = svg
            break
    if getattr(sys, "frozen", False):
        theme = Path(command[0]).parent / "share" / "icons" / "hicolor"
        for png in sorted(theme.glob(f"*/apps/{APP_ID}.png")):
            icons[png.relative_to(theme)] = png
    if not icons:
        raise CommandError(
            _("this installation of {app} lacks its icon ({name})").format(
                app=APP_NAME, name=f"{APP_ID}.svg"
            )
        )
    return icons


def _refuse_other_platforms() -> None:
    if sys.platform == "darwin":
        raise CommandError(
            _(
                "desktop install is for Linux menus; on macOS, drag EventMate.app from the .dmg "
                "into Applications (Launchpad and Spotlight then find it)"
            )
        )
    if sys.platform == "win32":
        raise CommandError(
            _(
                "desktop install is for Linux menus; on Windows, the EventMate installer adds "
                "it to the Start menu (or pin eventmate-gui.exe from the unpacked zip)"
            )
        )


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _refresh(folder: Path) -> None:
    """Tell menus about the change where the desktop's helper exists (best effort)."""
    helper = shutil.which("update-desktop-database")
    if helper is None:
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run([helper, "-q", str(folder)], check=False, timeout=20, capture_output=True)


def _install(args: argparse.Namespace) -> int:
    _refuse_other_platforms()
    command = launcher_command()
    entry = desktop_entry(template_path().read_text(encoding="utf-8"), command)
    icons = icon_sources(command)
    share = data_home()
    applications = share / "applications"
    target = applications / f"{APP_ID}.desktop"
    theme = share / "icons" / "hicolor"
    try:
        for relative, source in icons.items():
            _write(theme / relative, source.read_bytes())
        _write(target, entry.encode("utf-8"))
        os.utime(theme)  # icon caches notice a new icon by the theme folder's time
    except OSError as error:
        raise CommandError(
            _("could not write the menu entry: {reason}").format(reason=error)
        ) from error
    _refresh(applications)
    shown = " ".join(command)
    print(_("{app} is in your applications menu: {entry}").format(app=APP_NAME, entry=target))
    print(
        ngettext(
            "It runs {command}; {n} icon file in {folder}.",
            "It runs {command}; {n} icon files in {folder}.",
            len(icons),
        ).format(command=shown, n=len(icons), folder=theme)
    )
    print(
        _("To capture from anywhere, bind Ctrl+Shift+N to: {command} (see the README).").format(
            command=f"{shown} capture"
        )
    )
    return 0


def _remove(args: argparse.Namespace) -> int:
    _refuse_other_platforms()
    share = data_home()
    applications = share / "applications"
    theme = share / "icons" / "hicolor"
    targets = [applications / f"{APP_ID}.desktop"]
    if theme.is_dir():
        targets += sorted(theme.glob(f"*/apps/{APP_ID}.*"))
    removed = 0
    try:
        for path in targets:
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed += 1
    except OSError as error:
        raise CommandError(
            _("could not remove the menu entry: {reason}").format(reason=error)
        ) from error
    if removed == 0:
        print(_("{app} was not in your applications menu; nothing to remove.").format(app=APP_NAME))
        return 0
    _refresh(applications)
    print(
        ngettext(
            "Removed {app} from your applications menu ({n} file).",
            "Removed {app} from your applications menu ({n} files).",
            removed,
        ).format(app=APP_NAME, n=removed)
    )
    return 0
