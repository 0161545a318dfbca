"""Finding bundled files (icons) in an installed wheel or a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path | None:
    """The path of a bundled resource such as ``icons/…svg``, or None if it is missing."""
    installed = resources.files("eventmate").joinpath("resources", *parts)
    if installed.is_file():
        return Path(str(installed))
    checkout = Path(__file__).resolve().parents[3] / "resources" / Path(*parts)
    return checkout if checkout.is_file() else None
