"""The bundled fonts, registered at start so Chinese, Arabic, Hebrew and emoji never show as boxes, even on a bare
Linux: the system UI font leads (Latin text, quotes and apostrophes in a Latin design), then the bundled CJK font,
then the fallbacks (Noto Sans Arabic, Noto Sans Hebrew, HanaMinB for CJK Extension B, Symbola). Qt falls back per glyph along the list; colour
emoji may still come from the system's own emoji font, which Qt prefers when it has one."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from ...paths import resources_dir

log = logging.getLogger(__name__)

CJK_FAMILY = "WenQuanYi Micro Hei"
FONT_FILE = "wqy-microhei.ttc"
LATIN_FILE = "NotoSans-Regular.ttf"
# The fallback fonts after the CJK one (the same files the PDF and charts use, healthdesk.reports.fonts).
FALLBACK_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "HanaMinB.ttf", "symbola.ttf")
# A Latin family to lead with when the UI font is a CJK one (Windows, macOS, most Linux distributions).
LATIN_FAMILIES = ("Segoe UI", "Helvetica Neue", "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial")

_registered: list[str] | None = None


def _add(filename: str) -> list[str]:
    path = resources_dir() / "fonts" / filename
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
    families = list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []
    if not families:
        log.warning("bundled font %s could not be loaded", path)
    return families


def register_fonts() -> list[str]:
    """Register the bundled fonts once; returns the families they provide, the CJK one first (empty when that
    could not be loaded)."""
    global _registered
    if _registered is not None:
        return _registered
    _add(LATIN_FILE)  # Noto Sans: the Latin family of last resort (_latin_family)
    cjk = _add(FONT_FILE)
    fallbacks = [family for name in FALLBACK_FILES for family in _add(name)[:1]]
    _registered = [*cjk[:1], *fallbacks] if cjk else []
    return _registered


_applied = False


def apply_app_font(app: QApplication) -> QFont:
    """The system UI font, then the bundled CJK font, then the fallbacks. A system UI font that is itself a CJK
    font (or ours) gives way to a system Latin font first, so quotes and apostrophes are not the wide CJK ones.
    Applied once per process."""
    global _applied
    if _applied:
        return app.font()
    _applied = True
    font = QFont(app.font())
    chain = family_chain(font)
    if chain:
        font.setFamilies(chain)
    app.setFont(font)
    return font


def family_chain(system_font: QFont) -> list[str]:
    """The families the application font falls back along, for the system UI font ``system_font`` (empty when
    the bundled fonts could not be loaded): a Latin family first, then the bundled CJK font and the fallbacks."""
    families = register_fonts()
    if not families:
        return []
    system_family = QFontInfo(
        system_font
    ).family()  # the real family a generic name ("Sans Serif") resolves to
    chain = [system_family] if system_family and system_family not in families else []
    if not chain or _is_cjk(system_family):
        chain = [*(f for f in [_latin_family()] if f), *chain]
    return [*chain, *families]


def _is_cjk(family: str) -> bool:
    return family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def _latin_family() -> str:
    """A Latin family for when the UI font is a CJK one or ours (the bundled Noto Sans when the system has none
    of the usual ones)."""
    have = set(QFontDatabase.families(QFontDatabase.WritingSystem.Latin))
    return next((family for family in LATIN_FAMILIES if family in have), "")
