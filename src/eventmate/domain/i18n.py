"""The words EventMate says outside Qt, in the user's language: ``_()`` and ``ngettext()``.

Standard-library gettext, so the command line starts as fast as before (argparse imports
gettext anyway). The catalogue is ``resources/locale/<lang>/LC_MESSAGES/eventmate.mo``: inside
the package in a wheel or the frozen app, at the top of a source checkout. It is read on the
first translated word, not at import. The language follows the system (``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them) unless :func:`use_language`
chose one. English is the source language: without a catalogue the words are shown as written.

Marking: ``_("text")``, ``ngettext("one person", "{n} people", n)``; a word wanted at import
time but translated later is marked with :func:`N_` and passed through ``_()`` where shown.
"""

from __future__ import annotations

import gettext as _gettext
import os
import sys
from pathlib import Path

__all__ = ["N_", "_", "current_language", "locale_dir", "ngettext", "use_language"]

DOMAIN = "eventmate"

_PACKAGE = Path(__file__).resolve().parents[1]
_translations: _gettext.NullTranslations | None = None
_chosen: str | None = None


def locale_dir() -> Path:
    """Where the compiled catalogues are: the package's ``resources/locale`` (wheel, frozen
    app), else the source checkout's top-level ``resources/locale``."""
    for root in (_PACKAGE / "resources", _PACKAGE.parents[1] / "resources"):
        candidate = root / "locale"
        if candidate.is_dir():
            return candidate
    return _PACKAGE / "resources" / "locale"


def use_language(code: str | None) -> None:
    """Speak ``code`` ("de", "en", "de_AT") from now on; None follows the system again.

    Words already shown keep their language; the catalogue is read again on the next word.
    """
    global _translations, _chosen
    _chosen = code or None
    _translations = None


def current_language() -> str:
    """The language the words are in now: "de" when German is shown, else "en"."""
    info = _catalogue().info()
    return info.get("language", "en") or "en"


def _catalogue() -> _gettext.NullTranslations:
    global _translations
    if _translations is None:
        _translations = _load([_chosen] if _chosen else _system_languages())
    return _translations


def _system_languages() -> list[str]:
    """The user's languages, as gettext reads them: the first of LANGUAGE (a ``:`` list),
    LC_ALL, LC_MESSAGES and LANG that is set; on Windows, where none usually is, the
    language of the user's Windows."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.split(":")
    if sys.platform == "win32":
        return _windows_language()
    return []


def _windows_language() -> list[str]:
    """The Windows display language as a gettext name ("de_DE"), or nothing if unknown."""
    if sys.platform != "win32":
        return []
    import ctypes
    import locale

    try:
        language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
    except (AttributeError, OSError):
        return []
    name = locale.windows_locale.get(language_id)
    return [name] if name else []


def _load(languages: list[str]) -> _gettext.NullTranslations:
    """The catalogue of the first of ``languages`` that has one ("de_AT.UTF-8" tries
    "de_AT.UTF-8", "de_AT", "de"); "C" or "POSIX" ends the search (English, as GNU gettext).

    Done here rather than by ``gettext.translation``, which imports :mod:`locale` to normalise
    the names: a few milliseconds of every command's start-up for nothing the names need.
    """
    root = locale_dir()
    for language in languages:
        if language in ("C", "POSIX") or language.startswith(("C.", "POSIX.")):
            break
        base = language.split("@")[0]
        for candidate in dict.fromkeys((language, base.split(".")[0], base.split("_")[0])):
            path = root / candidate / "LC_MESSAGES" / f"{DOMAIN}.mo"
            try:
                with path.open("rb") as handle:
                    return _gettext.GNUTranslations(handle)
            except OSError:
                continue
    return _gettext.NullTranslations()


def _(message: str) -> str:
    """``message`` in the user's language (as written when there is no translation)."""
    return _catalogue().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` that fits the number ``n``, in the user's language.

    The text may hold ``{n}`` (or other fields) for the caller's ``.format(n=n)``: the number
    is never glued on with "(s)".
    """
    return _catalogue().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it now."""
    return message
