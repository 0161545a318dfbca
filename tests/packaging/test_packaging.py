"""What the packages are made of: icons at every size, the wheel's contents, the manifests.

The builds themselves (PyInstaller, the .deb, pipx) run in `make dist` and `make dist-check`;
these tests check, in seconds, the pieces those builds rely on.
"""

from __future__ import annotations

import importlib.util
import re
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from eventmate import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]


def load(relative: str) -> ModuleType:
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.instance() is not None or QGuiApplication([]) is not None
    out = tmp_path_factory.mktemp("icons")
    load("packaging/icons.py").render_all(ROOT / "resources" / "icons" / f"{APP_ID}.svg", out)
    return out


def test_hicolor_pngs_at_every_size(qapp: object, icons: Path) -> None:
    sizes = load("packaging/icons.py").HICOLOR_SIZES
    for size in sizes:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png.read_bytes()) == (size, size)
    assert {16, 32, 48, 64, 128, 256, 512} <= set(sizes)
    assert (icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_icon_is_drawn_not_blank(qapp: object, icons: Path) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(icons / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"))
    centre = image.pixelColor(24, 24)
    corner = image.pixelColor(0, 0)
    assert centre.alpha() == 255  # the icon covers its middle
    assert corner.alpha() < 128  # rounded corners stay transparent


def test_windows_ico_lists_each_size(qapp: object, icons: Path) -> None:
    data = (icons / "eventmate.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        side = width or 256
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert {16, 32, 48, 256} <= set(sizes)


def test_macos_icns_elements_add_up(qapp: object, icons: Path) -> None:
    data = (icons / "eventmate.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, {}
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        kinds[kind] = png_size(data[position + 8 : position + length])
        position += length
    assert position == len(data)
    assert kinds[b"ic10"] == (1024, 1024)
    assert kinds[b"icp4"] == (16, 16)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("eventmate-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_carries_what_the_installed_app_reads(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    migrations = ROOT / "src" / "eventmate" / "storage" / "migrations"
    for script in (
        *migrations.glob("*.py"),
        *migrations.glob("*.mako"),
        *migrations.glob("versions/*.py"),
    ):
        assert f"eventmate/{script.relative_to(ROOT / 'src' / 'eventmate').as_posix()}" in names
    assert f"eventmate/resources/icons/{APP_ID}.svg" in names
    assert f"eventmate/resources/linux/{APP_ID}.desktop" in names  # `desktop install`
    for catalogue in (ROOT / "resources" / "translations").glob("*.qm"):
        assert f"eventmate/resources/translations/{catalogue.name}" in names  # the GUI's words
    assert "eventmate/cli/desktop_commands.py" in names
    # The command line's German (domain/i18n.py reads the compiled catalogue from here).
    assert "eventmate/resources/locale/de/LC_MESSAGES/eventmate.mo" in names


def test_wheel_declares_both_commands(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "[console_scripts]\neventmate = eventmate.main:main" in text
    assert "[gui_scripts]\neventmate-gui = eventmate.main:gui_main" in text


def test_frozen_bundle_carries_the_same_data() -> None:
    spec = (ROOT / "packaging" / "pyinstaller" / "eventmate.spec").read_text()
    assert '"eventmate/resources"' in spec
    assert '"eventmate/storage/migrations"' in spec
    assert 'collect_data_files("tzdata")' in spec
    assert f'"{APP_ID}"' in spec or f"{APP_ID}.desktop" in spec


def test_flatpak_manifest_installs_the_tarball_of_this_version() -> None:
    manifest = yaml.safe_load(
        (ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    )
    assert manifest["app-id"] == APP_ID
    assert manifest["command"] == "eventmate"
    assert "--share=network" not in manifest["finish-args"]
    (module,) = manifest["modules"]
    (source,) = module["sources"]
    assert source["path"].endswith(f"eventmate-{__version__}-linux-x86_64.tar.gz")
    commands = "\n".join(module["build-commands"])
    for needed in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "share/icons", "/app/bin/"):
        assert needed in commands


def test_workflow_builds_macos_and_windows_from_the_same_spec() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "desktop.yml").read_text())
    (job,) = workflow["jobs"].values()
    systems = {entry["os"].split("-")[0] for entry in job["strategy"]["matrix"]["include"]}
    assert {"macos", "windows", "ubuntu"} <= systems
    steps = "\n".join(str(step.get("run", "")) for step in job["steps"])
    assert "packaging/pyinstaller/eventmate.spec" in steps
    assert "packaging/smoke_frozen.py" in steps
    assert "make_dmg.sh" in steps
    assert "eventmate.iss" in steps
    for script in ("packaging/macos/make_dmg.sh", "packaging/windows/eventmate.iss"):
        assert (ROOT / script).is_file()


def test_deb_control_and_metainfo_agree_on_the_version() -> None:
    metainfo = (ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml").read_text()
    assert re.search(rf'<release version="{re.escape(__version__)}"', metainfo)
    control = (ROOT / "packaging" / "linux" / "control.in").read_text()
    assert "Version: @VERSION@" in control
    assert "Package: eventmate" in control
