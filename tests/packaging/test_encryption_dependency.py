"""SQLCipher comes with EventMate wherever it has wheels, so the encryption tests never skip there.

The encryption tests skip without ``sqlcipher3`` (the app then says encryption is not
available). That must not happen quietly on a machine where the project's own files install it:
on CI, a dependency that failed to install would otherwise turn a whole feature's tests off.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

from eventmate.storage import keyed

ROOT = Path(__file__).resolve().parents[2]


def requirements() -> tuple[Requirement, Requirement]:
    """The sqlcipher3 dependency, and the same in the ``encryption`` extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = [Requirement(text) for text in project["dependencies"]]
    dependency = next(r for r in found if r.name == "sqlcipher3")
    extra = next(
        Requirement(text)
        for text in project["optional-dependencies"]["encryption"]
        if Requirement(text).name == "sqlcipher3"
    )
    return dependency, extra


def test_where_the_project_installs_sqlcipher_it_is_there_and_works() -> None:
    dependency, _extra = requirements()
    assert dependency.marker is not None
    if not dependency.marker.evaluate():
        return  # a platform without wheels: the extra, and the app says "not available"
    assert importlib.util.find_spec("sqlcipher3") is not None, "pip install -e '.[dev]' again"
    assert keyed.encryption_available()


def test_the_wheels_cover_the_three_desktop_systems_and_the_extra_everything_else() -> None:
    dependency, extra = requirements()
    assert dependency.marker is not None
    platforms = [
        {"sys_platform": "linux", "platform_machine": "x86_64"},
        {"sys_platform": "linux", "platform_machine": "aarch64"},
        {"sys_platform": "darwin", "platform_machine": "arm64"},
        {"sys_platform": "darwin", "platform_machine": "x86_64"},
        {"sys_platform": "win32", "platform_machine": "AMD64"},
        {"sys_platform": "win32", "platform_machine": "ARM64"},
    ]
    for platform in platforms:
        for python in ("3.11", "3.14"):
            assert dependency.marker.evaluate({**platform, "python_version": python}), platform
    elsewhere = {"sys_platform": "linux", "platform_machine": "riscv64", "python_version": "3.11"}
    assert not dependency.marker.evaluate(elsewhere)
    assert extra.marker is None
    assert extra.specifier == dependency.specifier
