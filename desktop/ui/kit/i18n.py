"""Loading the UI translation: ``resources/i18n/vejviser_<lang>.qm``.

Danish is the default. The source strings are English, so English needs no file, and a
missing ``.qm`` (e.g. ``make translations`` not run) starts the app in English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.paths import resources_dir

log = logging.getLogger("vejviser.ui")
DEFAULT_LANGUAGE = "da"
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def qm_path(language: str) -> Path:
    return i18n_dir() / f"vejviser_{language}.qm"


def install_translator(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> bool:
    """Replace the installed translation; True when a translation file was loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    danish = language == "da"
    QLocale.setDefault(QLocale(QLocale.Language.Danish if danish else QLocale.Language.English))
    qt_own = QTranslator(app)  # Qt's own words: key names in tooltips, standard buttons
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # qtbase_<lang>, not the qt_<lang> bundle: that one loads only when every Qt add-on's
    # catalogue is installed too, so key names would be Danish with one set of Qt wheels
    # and English with another.
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    path = qm_path(language)
    translator = QTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        if language != "en":  # English only carries plural forms; the sources are English
            log.warning("translation %s not found; the UI falls back to English", path)
        return language == "en"
    app.installTranslator(translator)
    _installed.append(translator)
    return True
