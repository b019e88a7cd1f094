"""UI preferences (theme, text size, language, window geometry), stored under the profile.

These are choices about this workstation's screen, so they live in an INI file beside the
profile (``ui.ini``) rather than in the per-municipality cache: they apply before login too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("light", "dark", "contrast")
TEXT_SIZES = ("normal", "large", "larger")
LANGUAGES = ("da", "en")


@dataclass
class UiPrefs:
    theme: str = "light"
    text_size: str = "normal"
    language: str = "da"


class PrefsStore:
    """Reads and writes :class:`UiPrefs`; unknown or damaged values fall back to defaults."""

    def __init__(self, root: Path) -> None:
        self._settings = QSettings(str(root / "ui.ini"), QSettings.Format.IniFormat)

    def load(self) -> UiPrefs:
        prefs = UiPrefs()
        theme = str(self._settings.value("theme", prefs.theme))
        size = str(self._settings.value("text_size", prefs.text_size))
        language = str(self._settings.value("language", prefs.language))
        return UiPrefs(
            theme=theme if theme in THEMES else prefs.theme,
            text_size=size if size in TEXT_SIZES else prefs.text_size,
            language=language if language in LANGUAGES else prefs.language,
        )

    def save(self, prefs: UiPrefs) -> None:
        self._settings.setValue("theme", prefs.theme)
        self._settings.setValue("text_size", prefs.text_size)
        self._settings.setValue("language", prefs.language)
        self._settings.sync()

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, data: QByteArray) -> None:
        self._settings.setValue("window/geometry", data)
        self._settings.sync()
