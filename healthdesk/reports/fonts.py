"""The bundled CJK font (WenQuanYi Micro Hei) for matplotlib and reportlab, and text cleaning for both.

reportlab has no font fallback and matplotlib only falls back within the family list it is given, so every
character that reaches a page or a chart must exist in the bundled font: :func:`printable` replaces the others
(emoji, rare symbols, control characters, lone surrogates) with a visible :data:`REPLACEMENT` that the font has.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..paths import resources_dir

FONT_FILENAME = "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"  # the family name matplotlib knows it by
PDF_FONT = "HealthDeskSans"  # the name registered with reportlab
REPLACEMENT = "□"  # U+25A1, present in the font

# Characters dropped rather than replaced: they have no visible form of their own (variation selectors, joiners).
_INVISIBLE = {0xFE0E, 0xFE0F, 0x200D, 0x200C, 0x2060, 0xFEFF}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILENAME


@functools.lru_cache(maxsize=1)
def codepoints() -> frozenset[int]:
    """Every code point the bundled font (its first face, the one both libraries use) has a glyph for."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(font_path()), fontNumber=0, lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


def missing(text: str) -> list[str]:
    """The characters of ``text`` that the bundled font cannot draw (for tests and checks)."""
    have = codepoints()
    return sorted({ch for ch in text if ord(ch) not in have and ch not in "\n\t"})


def printable(text: object) -> str:
    """``text`` as the bundled font can draw it: tabs and control characters become spaces, characters the font
    lacks become :data:`REPLACEMENT`, joiners and variation selectors are dropped. Newlines are kept."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    s = _CONTROL.sub(" ", s)
    have = codepoints()
    if all(ord(ch) in have or ch == "\n" for ch in s):
        return s
    out = []
    for ch in s:
        cp = ord(ch)
        if cp in have or ch == "\n":
            out.append(ch)
        elif cp in _INVISIBLE:
            continue
        else:
            out.append(REPLACEMENT)
    return "".join(out)


@functools.lru_cache(maxsize=1)
def register_matplotlib() -> str:
    """Add the bundled font to matplotlib's font manager (once); returns the family name to use."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(font_path()))
    return FONT_FAMILY


@functools.lru_cache(maxsize=1)
def register_reportlab() -> str:
    """Register the bundled font with reportlab (once, embedded as a subset); returns its reportlab name.

    The font has no bold or italic face: the family maps them to the same face, so ``<b>`` never fails."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_FONT, str(font_path()), subfontIndex=0))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(PDF_FONT, bold, italic, PDF_FONT)
    return PDF_FONT
