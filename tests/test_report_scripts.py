"""Every script an executive may type prints without a box: fallback fonts per character, right-to-left lines."""

from __future__ import annotations

import shutil
import subprocess
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import SimpleDocTemplate

from healthdesk.reports import fonts, rtl
from healthdesk.reports.wrap import Paragraph, draw_line

EMOJI = "Emoji 😀🚀🤝 ✓ ★"
ARABIC = "مرحبا بالعالم، هذه فقرة عربية طويلة تمتد على عدة أسطر لاختبار الالتفاف والترتيب. " * 3
HEBREW = "שלום עולם, זו פסקה בעברית שנמשכת על פני כמה שורות כדי לבדוק את הגלישה והסדר. " * 3
MIXED = "中文 English العربية 混合 123"
RLO = "RLO \u202eabc\u202c end"


def style(size: float = 10) -> ParagraphStyle:
    return ParagraphStyle(
        "t", fontName=fonts.register_reportlab(), fontSize=size, leading=size * 1.4, wordWrap="CJK"
    )


def lines_of(text: str, width: float = 200) -> list[list[tuple[str, str]]]:
    """The drawn lines of a paragraph: each a list of (font, text) fragments in display order."""
    p = Paragraph(escape(fonts.printable(text)), style())
    p.wrap(width, 10_000)
    return [[(w.fontName, w.text) for w in line.words] for line in p.blPara.lines]


def drawn(line: list[tuple[str, str]]) -> str:
    return "".join(t for _f, t in line)


def assert_every_glyph_in_its_font(lines: list[list[tuple[str, str]]]) -> None:
    for line in lines:
        for name, text in line:
            face = getFont(name).face
            lacking = [ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph]
            assert lacking == [], (name, text)


def test_each_script_is_drawn_from_a_font_that_has_it():
    for text in (EMOJI, ARABIC, HEBREW, MIXED, RLO, "“quoted” 中文，标点。"):
        lines = lines_of(text)
        assert_every_glyph_in_its_font(lines)
        assert not any(ch in fonts.BIDI_CONTROLS for line in lines for ch in drawn(line))
    used = {f for line in lines_of(EMOJI + " " + ARABIC + " " + HEBREW) for f, _t in line}
    assert {"HealthDeskSymbols", "HealthDeskArabic", "HealthDeskHebrew", fonts.PDF_FONT} <= used


def test_a_hebrew_paragraph_wraps_into_right_to_left_lines_that_keep_their_words():
    lines = lines_of(HEBREW)
    assert len(lines) > 3
    # Each line read from the right is the typed text: the lines together are the paragraph, in order.
    typed = [drawn(line)[::-1] for line in lines]
    assert " ".join(typed).split() == HEBREW.split()
    assert typed[0].startswith("שלום עולם")


def test_an_arabic_paragraph_is_joined_and_each_line_starts_at_the_right():
    lines = lines_of(ARABIC)
    assert len(lines) > 3
    shaped = rtl.reshape(ARABIC)
    assert " ".join(drawn(line)[::-1] for line in lines).split() == shaped.split()
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in drawn(lines[0]))  # joined (presentation) forms


def test_mixed_chinese_english_and_arabic_keeps_left_to_right_order_around_the_arabic_word():
    (line,) = lines_of(MIXED, width=400)
    text = drawn(line)
    arabic = rtl.reshape("العربية")[::-1]
    assert text == f"中文 English {arabic} 混合 123"


def test_a_right_to_left_override_reverses_and_prints_no_box():
    (line,) = lines_of(RLO, width=400)
    assert drawn(line) == "RLO cba end"


def test_a_right_to_left_paragraph_split_across_pages_keeps_its_typed_text():
    p = Paragraph(escape(HEBREW), style())
    p.wrap(200, 10_000)
    first, rest = p.split(200, 40)
    rest.wrap(200, 10_000)
    typed = "".join(f.text for part in (first, rest) for f in part.frags)
    assert typed == HEBREW.strip()  # (a paragraph's final space is never part of it)


@pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"), reason="poppler-utils")
def test_the_pdf_embeds_every_font_and_its_text_layer_has_each_script(tmp_path):
    out = tmp_path / "scripts.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    texts = [EMOJI, ARABIC, HEBREW, MIXED, RLO, "Ext B 𠀀"]

    def header(canvas, _doc):
        canvas.setFont(fonts.PDF_FONT, 8)
        draw_line(canvas, 50, 820, "Header 😀 שלום مرحبا 中文", fonts.PDF_FONT, 8)

    doc.build([Paragraph(escape(fonts.printable(t)), style()) for t in texts], onFirstPage=header)
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert len(rows) >= 4 and all(" yes yes " in row for row in rows if "Helvetica" not in row), listing
    for name in ("WenQuanYiMicroHei", "Symbola", "NotoSansArabic", "NotoSansHebrew", "HanaMinB"):
        assert name in listing
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for piece in ("😀", "🚀", "🤝", "שלום", "cba", "中文", "𠀀"):
        assert piece in text, piece
    assert fonts.REPLACEMENT not in text  # every script's line prints without a box
    assert "\u202e" not in text
    assert "😀" in PdfReader(str(out)).pages[0].extract_text()
