"""Interface language: Simplified Chinese or English, following the system unless the user
chose one. Qt's own dialogs (file pickers, message boxes) are translated too, from the
``qtbase_*.qm`` files that ship with Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

SUPPORTED = ("zh_CN", "en")
SETTING = "language"


def translations_dir() -> Path:
    override = os.environ.get("SFA_TRANSLATIONS_DIR")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[1]
    return root / "resources" / "translations"


def preferred_language(settings: QSettings | None = None) -> str:
    """The user's choice if any, else the system's: Chinese for any Chinese locale."""
    chosen = (settings or QSettings()).value(SETTING)
    if chosen in SUPPORTED:
        return str(chosen)
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Translations:
    """The translators installed in the application, swappable at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch the interface language; every window retranslates on LanguageChange."""
        if language not in SUPPORTED:
            raise ValueError(f"unsupported language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        loaded = True
        ours = QTranslator(app)
        if ours.load(f"sfa_{language}", str(translations_dir())):
            app.installTranslator(ours)
            self._installed.append(ours)
        else:
            loaded = language == "en"  # English is the source language
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt_own.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
        QLocale.setDefault(QLocale(language))
        self.language = language
        return loaded


def remember_language(language: str) -> None:
    QSettings().setValue(SETTING, language)
