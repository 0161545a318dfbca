"""The GUI's language: the choice kept in ui.ini, and Qt's translators installed for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from eventmate.domain.i18n import use_language

#: Where the choice is kept in ui.ini: "" follows the system, else a language code.
LANGUAGE_KEY = "interface/language"
#: The languages the GUI speaks, each named in itself (the system choice is not listed).
LANGUAGES = {"en": "English", "de": "Deutsch"}

_PACKAGE = Path(__file__).resolve().parents[1]
#: A wheel carries the catalogues inside the package; a source checkout has them at the top.
CATALOGUE_DIRS = (
    _PACKAGE / "resources" / "translations",
    _PACKAGE.parents[1] / "resources" / "translations",
)

_installed: list[QTranslator] = []
_spoken = ["en"]


def saved_language(settings: QSettings) -> str:
    """The language chosen in Preferences ("" to follow the system, or one we speak)."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def save_language(settings: QSettings, code: str) -> None:
    """Keep ``code`` ("" for the system's language) for the next start."""
    settings.setValue(LANGUAGE_KEY, code if code in LANGUAGES else "")


def language_for(code: str, system: QLocale | None = None) -> str:
    """The language the GUI speaks for the choice ``code``: the system's if we speak it."""
    if code in LANGUAGES:
        return code
    for name in (system or QLocale.system()).uiLanguages():
        short = name.replace("_", "-").split("-")[0].lower()
        if short in LANGUAGES:
            return short
    return "en"


def install_language(code: str) -> str:
    """Translate the GUI (and Qt's own buttons and dialogs) for the choice ``code``.

    Dates, times and numbers follow the system's locale; another language chosen on purpose
    keeps the system's country ("en" on a German system: English words, 24-hour times).
    Returns the language now spoken ("en", "de").
    """
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the application"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = _spoken[0] = language_for(code)
    use_language(language)  # the services' words (refusals, import reports) in the same one
    system = QLocale.system()
    if system.name().startswith(language):
        QLocale.setDefault(system)
    else:  # the language chosen, written as where the user is (English in Germany: 18:00)
        QLocale.setDefault(QLocale(QLocale(language).language(), system.territory()))
    ours = QTranslator(app)
    if _load_ours(ours, language):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def spoken_language() -> str:
    """The language the GUI speaks since :func:`install_language` ("en" before it)."""
    return _spoken[0]


def _load_ours(translator: QTranslator, language: str) -> bool:
    return any(translator.load(f"eventmate_{language}", str(folder)) for folder in CATALOGUE_DIRS)


def remove_translators() -> None:
    """Take out what :func:`install_language` installed (the GUI reads English again)."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    _spoken[0] = "en"
    use_language(None)
