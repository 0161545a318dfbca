"""The kinds of what we know about a person, in the app's words, the same on every screen.

What they care about comes first, then common ground, then their story: the order a person's
page, the capture preview and the fact editor all use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventmate.domain.kinds import FactKind

#: The order kinds are shown in.
FACT_ORDER: tuple[FactKind, ...] = (
    FactKind.CARES_ABOUT,
    FactKind.COMMON_GROUND,
    FactKind.STORY,
    FactKind.OTHER,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FactWords", text)


def fact_kind_labels() -> dict[FactKind, str]:
    """Short names, for choosing a kind: "Cares about", "Common ground", "Their story"."""
    return {
        FactKind.CARES_ABOUT: _tr("Cares about"),
        FactKind.COMMON_GROUND: _tr("Common ground"),
        FactKind.STORY: _tr("Their story"),
        FactKind.OTHER: _tr("Other"),
    }


def fact_kind_headings() -> dict[FactKind, str]:
    """Headings of a person's page: "What they care about", "Common ground", "Their story"."""
    return {
        FactKind.CARES_ABOUT: _tr("What they care about"),
        FactKind.COMMON_GROUND: _tr("Common ground"),
        FactKind.STORY: _tr("Their story"),
        FactKind.OTHER: _tr("Also remembered"),
    }


def fact_kind_inline(kind: FactKind) -> str:
    """The kind before a fact in running text: "cares about: loves Bartók"."""
    return {
        FactKind.CARES_ABOUT: _tr("cares about"),
        FactKind.COMMON_GROUND: _tr("common ground"),
        FactKind.STORY: _tr("their story"),
        FactKind.OTHER: _tr("noted"),
    }[kind]


def fact_sort_key(kind: FactKind) -> int:
    """Where facts of ``kind`` go among the others."""
    return FACT_ORDER.index(FactKind(kind))
