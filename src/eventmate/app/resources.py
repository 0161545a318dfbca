"""Finding bundled files (icons) in an installed wheel or a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def resource_path(*parts: str) -> Path | None:
    """The path of a bundled resource such as ``icons/…svg``, or None if it is missing.

    A wheel carries ``resources/`` inside the package; a source checkout has it at the top.
    """
    for root in (_PACKAGE / "resources", _PACKAGE.parents[1] / "resources"):
        candidate = root.joinpath(*parts)
        if candidate.is_file():
            return candidate
    return None
