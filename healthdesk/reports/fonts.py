"""The bundled fonts for matplotlib and reportlab, and text cleaning for both.

The main font is WenQuanYi Micro Hei (Chinese and Latin). Characters it lacks are drawn, character by character,
from the bundled fallback fonts (:data:`FALLBACKS`): Noto Sans Arabic, Noto Sans Hebrew, HanaMinB (CJK Extension B
and later) and Symbola (symbols and
emoji up to Unicode 9, in monochrome). reportlab has no font fallback of its own, so :func:`font_runs` splits
text into runs by the first registered font that has each glyph (the PDF's line breaker, ``wrap.py``, does this
for every paragraph); matplotlib falls back per glyph along the family list :func:`register_matplotlib` returns.

Every character that reaches a page or a chart must exist in one of the bundled fonts: :func:`printable` replaces
the others (CJK Extension B, rare symbols, control characters, lone surrogates) with a visible
:data:`REPLACEMENT` that the main font has. Bidirectional controls (RLO, LRM, …) are kept for the right-to-left
ordering (``rtl.py``), which removes them before anything is drawn.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..paths import resources_dir

FONT_FILENAME = "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"  # the family name matplotlib knows it by
PDF_FONT = "HealthDeskSans"  # the name registered with reportlab
REPLACEMENT = "□"  # U+25A1, present in the font


@dataclass(frozen=True)
class Face:
    filename: str
    family: str  # the family name matplotlib and Qt know it by
    pdf_name: str  # the name registered with reportlab


# Fallbacks in the order they are tried after the main font (Symbola last: it also has some Hebrew and Arabic).
FALLBACKS = (
    Face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", "HealthDeskArabic"),
    Face("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", "HealthDeskHebrew"),
    # Rare Chinese characters outside the main font (CJK Extension B and later, e.g. in people's names).
    Face("HanaMinB.ttf", "HanaMinB", "HealthDeskExtB"),
    Face("symbola.ttf", "Symbola", "HealthDeskSymbols"),
)
# The Latin font charts lead with: curly quotes and apostrophes in a Latin design, widths close to the CJK
# font's Latin (DejaVu Sans, matplotlib's own, is about 12% wider and pushes round names onto two lines).
LATIN = Face("NotoSans-Regular.ttf", "Noto Sans", "HealthDeskLatin")
LATIN_FAMILY = LATIN.family
# The family list charts draw with: Latin, then CJK (matplotlib falls back per glyph along the list) ...
CHART_FAMILIES = [LATIN_FAMILY, FONT_FAMILY]
# ... and for a text the two cannot draw (chart_families picks per text).
CHART_FALLBACK_FAMILIES = [*CHART_FAMILIES, *(f.family for f in FALLBACKS)]
# Bidirectional formatting characters: no glyph of their own, used by the right-to-left ordering, never drawn.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Characters dropped rather than replaced: they have no visible form of their own (variation selectors, joiners).
_INVISIBLE = {0xFE0E, 0xFE0F, 0x200D, 0x200C, 0x2060, 0xFEFF}
_INVISIBLE_CHARS = frozenset(chr(c) for c in _INVISIBLE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILENAME


def face_path(face: Face) -> Path:
    return resources_dir() / "fonts" / face.filename


def font_files() -> list[Path]:
    """Every bundled font file, the main one first."""
    return [font_path(), face_path(LATIN), *(face_path(f) for f in FALLBACKS)]


@functools.cache
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=0, lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


def main_codepoints() -> frozenset[int]:
    """Every code point the main font (its first face, the one both libraries use) has a glyph for."""
    return _cmap(str(font_path()))


def face_codepoints(face: Face) -> frozenset[int]:
    return _cmap(str(face_path(face)))


@functools.lru_cache(maxsize=1)
def codepoints() -> frozenset[int]:
    """Every code point one of the bundled fonts has a glyph for, and the bidirectional controls."""
    have = set(main_codepoints())
    for face in FALLBACKS:
        have |= face_codepoints(face)
    return frozenset(have | {ord(c) for c in BIDI_CONTROLS})


@functools.lru_cache(maxsize=1)
def _main_chars() -> frozenset[str]:
    return frozenset(chr(c) for c in main_codepoints()) | {"\n"}


def needs_fallback(text: str) -> bool:
    """Whether ``text`` has a character the main font lacks (a fallback font draws it, or it is a control)."""
    return not (text.isascii() or _main_chars().issuperset(text))


def font_runs(text: str, main: str = PDF_FONT) -> list[tuple[str, str]]:
    """``text`` as ``(reportlab font name, text)`` runs: each character in ``main`` when that has it, otherwise
    in the first registered fallback that has it (spaces, controls and characters no font has stay with the run
    they are in). The fallbacks are registered with reportlab on first use."""
    if not needs_fallback(text):
        return [(main, text)]
    register_reportlab()
    faces = [(main, _reportlab_cmap(main))] + [(f.pdf_name, _reportlab_cmap(f.pdf_name)) for f in FALLBACKS]
    runs: list[tuple[str, list[str]]] = []
    current = main
    for ch in text:
        if not ch.isspace() and ch not in BIDI_CONTROLS:
            cp = ord(ch)
            for name, cmap in faces:
                if cp in cmap:
                    current = name
                    break
        if runs and runs[-1][0] == current:
            runs[-1][1].append(ch)
        else:
            runs.append((current, [ch]))
    return [(name, "".join(chars)) for name, chars in runs]


@functools.cache
def _reportlab_cmap(name: str) -> frozenset[int] | dict[int, int]:
    """The code points a registered reportlab font has glyphs for (everything, for a built-in Type 1 font)."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(name)
    face = getattr(font, "face", None)
    char_to_glyph = getattr(face, "charToGlyph", None)
    if char_to_glyph is None:
        return _Everything()
    return frozenset(char_to_glyph)


class _Everything(frozenset):
    def __contains__(self, item: object) -> bool:
        return True


def missing(text: str) -> list[str]:
    """The characters of ``text`` that none of the bundled fonts can draw (for tests and checks)."""
    have = codepoints()
    return sorted({ch for ch in text if ord(ch) not in have and ch not in "\n\t"})


def printable(text: object) -> str:
    """``text`` as the bundled fonts can draw it: tabs and control characters become spaces, characters no
    bundled font has become :data:`REPLACEMENT`, joiners and variation selectors are dropped. Newlines and
    bidirectional controls are kept."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    s = _CONTROL.sub(" ", s)
    if s.isascii() or (_main_chars().issuperset(s) and _INVISIBLE_CHARS.isdisjoint(s)):
        return s  # the common case, without loading the fallback fonts' tables
    have = codepoints()
    out = []
    for ch in s:
        cp = ord(ch)
        if cp in _INVISIBLE:
            continue
        if cp in have or ch == "\n":
            out.append(ch)
        else:
            out.append(REPLACEMENT)
    return "".join(out)


@functools.lru_cache(maxsize=1)
def register_matplotlib() -> list[str]:
    """Add the bundled fonts to matplotlib's font manager (once); returns the family list to use: a Latin font
    first (so quotes and apostrophes look Latin), then the CJK font (matplotlib falls back per glyph along the
    list; :func:`chart_families` adds the fallbacks for a text that needs them)."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(font_path()))
    for face in (LATIN, *FALLBACKS):
        font_manager.fontManager.addfont(str(face_path(face)))
    return list(CHART_FAMILIES)


@functools.lru_cache(maxsize=1)
def _latin_chars() -> frozenset[str]:
    return frozenset(chr(c) for c in _cmap(str(face_path(LATIN)))) | {"\n"}


@functools.lru_cache(maxsize=4096)
def _families_for(text: str) -> tuple[str, ...]:
    if _latin_chars().issuperset(text):
        return (LATIN_FAMILY,)
    if not needs_fallback(text):
        return (FONT_FAMILY,)
    return tuple(CHART_FALLBACK_FAMILIES)


def chart_families(text: str) -> list[str]:
    """The family list a chart text draws with: the Latin font alone for text it can draw, the CJK font alone
    for other text it can draw (its own Latin then, as in Chinese typesetting), else the CJK font with all the
    fallbacks. One family where one is enough: matplotlib's per-glyph fallback makes every text's layout about a
    fifth slower."""
    return list(_families_for(text))


@functools.lru_cache(maxsize=1)
def register_reportlab() -> str:
    """Register the bundled font with reportlab (once, embedded as a subset); returns its reportlab name.

    The font has no bold or italic face: the family maps them to the same face, so ``<b>`` never fails."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _fix_to_unicode()
    pdfmetrics.registerFont(TTFont(PDF_FONT, str(font_path()), subfontIndex=0))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(PDF_FONT, bold, italic, PDF_FONT)
    for face in (*FALLBACKS, LATIN):  # the Latin font for the charts' text (reports/vector.py)
        pdfmetrics.registerFont(TTFont(face.pdf_name, str(face_path(face))))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(face.pdf_name, bold, italic, face.pdf_name)
    return PDF_FONT


def _utf16_hex(cp: int) -> str:
    return chr(cp).encode("utf-16-be").hex().upper()


def _fix_to_unicode() -> None:
    """reportlab writes a character beyond the Basic Multilingual Plane (an emoji) into the text layer as five hex
    digits, which readers take for another character; write it as UTF-16 (a surrogate pair), as PDF requires, so
    the emoji can be searched and copied."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "healthdesk", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        text = original(fontname, subset)
        if all(v <= 0xFFFF for v in subset):
            return text
        for i, v in enumerate(subset):
            if v > 0xFFFF:
                text = text.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{_utf16_hex(v)}>", 1)
        return text

    make_to_unicode_cmap.healthdesk = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
