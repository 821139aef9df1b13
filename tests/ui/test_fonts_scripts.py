"""Every script a problem description may hold is drawn on screen from a font that has it (no box): a label with a
line of each, laid out by Qt with the application font, checked glyph by glyph in the font Qt picked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont, QTextLayout
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui

LINES = {
    "emoji": "Emoji 😀🚀🤝",
    "arabic": "العربية: مرحبا بالعالم",
    "hebrew": "עברית: שלום עולם",
    "chinese": "中文：合作健康度评审",
    "english": "English with “curly quotes” and it’s",
}
EXT_B = "𠀀"  # CJK Extension B: HanaMinB (bundled, docs/report.md)


def _glyphs(text: str, font) -> list[tuple[QRawFont, int]]:  # noqa: ANN001
    """(font Qt picked, glyph index) for each glyph of ``text`` laid out on one line."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return [(run.rawFont(), glyph) for run in layout.glyphRuns() for glyph in run.glyphIndexes()]


def _chars(text: str) -> list[str]:
    return [ch for ch in text if not ch.isspace()]


def test_a_line_of_each_script_has_a_real_glyph_in_the_font_qt_picks(ui_app, qtbot, tmp_path):
    label = QLabel("\n".join(LINES.values()))
    big = label.font()  # the application font, large enough to look at in the screenshot
    big.setPixelSize(28)
    label.setFont(big)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    font = label.font()
    for name, text in LINES.items():
        glyphs = _glyphs(text, font)
        assert glyphs, name
        # Glyph 0 is .notdef, the box: none of them.
        assert all(glyph != 0 for _raw, glyph in glyphs), (name, [(r.familyName(), g) for r, g in glyphs])
        families = {raw.familyName() for raw, _glyph in glyphs}
        for ch in _chars(text):
            assert any(raw.supportsCharacter(ord(ch)) for raw, _glyph in glyphs), (name, ch, families)
    # Curly quotes come from the Latin font, not the wide CJK ones.
    quote_fonts = {raw.familyName() for raw, _g in _glyphs("“”’", font)}
    assert "WenQuanYi Micro Hei" not in quote_fonts
    shot = Path(os.environ.get("HD_FONT_SHOT", tmp_path)) / "scripts_label.png"
    assert label.grab().save(str(shot))


def test_cjk_extension_b_is_drawn_from_the_bundled_font(ui_app):
    """A rare character of a person's name (CJK Extension B) has a glyph on screen: HanaMinB ships."""
    from PySide6.QtGui import QFont

    font = QFont(ui_app.font())
    glyphs = _glyphs(EXT_B, font)
    assert glyphs and all(glyph != 0 for _raw, glyph in glyphs)
    assert any(raw.supportsCharacter(ord(EXT_B)) for raw, _glyph in glyphs)
