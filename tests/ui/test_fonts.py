"""The application font: Latin text in a Latin font (quotes not the wide CJK ones), then the bundled CJK font and
the fallbacks for Arabic, Hebrew and emoji."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from healthdesk.ui.common import fonts

pytestmark = pytest.mark.gui


def test_the_chain_leads_with_a_latin_font_then_the_cjk_font_and_the_fallbacks(qapp):
    chain = fonts.family_chain(QFont(fonts.CJK_FAMILY))  # even when the UI font is the CJK one
    assert chain[0] != fonts.CJK_FAMILY
    assert chain[-5:] == [fonts.CJK_FAMILY, "Noto Sans Arabic", "Noto Sans Hebrew", "HanaMinB", "Symbola"]


def test_curly_quotes_take_the_latin_font_and_every_script_has_a_glyph(qapp):
    font = QFont()
    font.setFamilies(fonts.family_chain(QFont("Sans Serif")))
    font.setPixelSize(20)
    cjk = QFont(fonts.CJK_FAMILY)
    cjk.setPixelSize(20)
    # WenQuanYi's quotes are full width (20 px at 20 px); a Latin font's are well under that.
    assert QFontMetricsF(font).horizontalAdvance("“") < 0.6 * QFontMetricsF(cjk).horizontalAdvance("“")
    metrics = QFontMetricsF(font)
    for text in ("😀🚀🤝", "مرحبا", "שלום", "中文", "𠀀"):
        for ch in text:
            assert metrics.inFontUcs4(ord(ch)) or any(
                QFontMetricsF(QFont(f)).inFontUcs4(ord(ch)) for f in font.families()
            ), ch
