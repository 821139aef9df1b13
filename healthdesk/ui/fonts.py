"""The bundled CJK font, registered at start so Chinese never shows as boxes, even on a bare Linux."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir

log = logging.getLogger(__name__)

CJK_FAMILY = "WenQuanYi Micro Hei"
FONT_FILE = "wqy-microhei.ttc"

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Register the bundled font once; returns the families it provides (empty when it could not be loaded)."""
    global _registered
    if _registered is not None:
        return _registered
    path = resources_dir() / "fonts" / FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
    _registered = list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []
    if not _registered:
        log.warning("bundled font %s could not be loaded", path)
    return _registered


_applied = False


def apply_app_font(app: QApplication) -> QFont:
    """The system UI font with the bundled CJK font as fallback (on Linux without CJK fonts, the bundled one).
    Applied once per process."""
    global _applied
    if _applied:
        return app.font()
    _applied = True
    families = register_fonts()
    font = QFont(app.font())
    if families:
        system_family = font.family()
        chain = [system_family] if system_family and system_family != CJK_FAMILY else []
        chain.append(families[0])
        font.setFamilies(chain)
        if sys.platform.startswith("linux") and not _system_has_cjk():
            # Fallback lookups on a bare Linux may still pick a font without CJK glyphs: lead with ours.
            font.setFamilies([families[0], *chain[:-1]])
    app.setFont(font)
    return font


def _system_has_cjk() -> bool:
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        if family != CJK_FAMILY:
            return True
    return False
