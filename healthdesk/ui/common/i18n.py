"""Language switching while the app runs: install or remove the Qt translators, then tell every page.

English is the source language; it loads only ``resources/translations/*_en.qm``, which hold the singular and plural
forms of the ``%n`` (numerus) strings ("1 decision waiting", "2 decisions waiting"). Chinese loads every
``resources/translations/*_zh_CN.qm`` (one per UI module) plus Qt's own translations of its standard dialogs when
the Qt build ships them. Every module translates under its own context (see scripts/translations.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh")
QT_SUFFIX = {"zh": "zh_CN"}
FILE_SUFFIX = {"en": "en", "zh": "zh_CN"}

_translators: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The language to start in when nothing was chosen yet: Chinese for any Chinese system locale."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh"
    for name in locale.uiLanguages():
        if name.lower().startswith("zh"):
            return "zh"
    return "en"


def normalise(lang: str | None) -> str:
    if not lang:
        return "en"
    return "zh" if lang.lower().startswith("zh") else "en"


def current_language() -> str:
    return _current


def translation_files(lang: str) -> list[str]:
    suffix = FILE_SUFFIX.get(lang)
    if not suffix:
        return []
    folder = resources_dir() / "translations"
    return [str(p) for p in sorted(folder.glob(f"*_{suffix}.qm"))]


def apply_language(lang: str) -> str:
    """Swap the installed translators for ``lang`` ("en" or "zh"); returns the language now in force."""
    global _current
    lang = normalise(lang)
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _translators.clear()
    if app is not None:
        for path in translation_files(lang):
            translator = QTranslator(app)
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _translators.append(translator)
            else:
                log.warning("could not load translation %s", path)
    suffix = QT_SUFFIX.get(lang)
    if suffix and app is not None:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for base in ("qtbase", "qt"):
            translator = QTranslator(app)
            if translator.load(f"{base}_{suffix}", qt_dir):
                QCoreApplication.installTranslator(translator)
                _translators.append(translator)
                break
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if lang == "zh"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    _current = lang
    return lang
