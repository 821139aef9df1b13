"""The review's charts are vector drawings with their text as text (reports/vector.py): the labels come back out
of the PDF, every text uses an embedded font that has its characters, and the file is smaller than with images."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from healthdesk.framework import default_framework
from healthdesk.reports import charts, fonts, vector
from healthdesk.reports.data import collect_review_data
from healthdesk.reports.pdf import build_review
from healthdesk.reports.sample import build_sample

FW = default_framework()
POPPLER = pytest.mark.skipif(
    not shutil.which("pdftotext") or not shutil.which("pdffonts"), reason="poppler-utils"
)


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*cmd, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def images_on(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


def chart_pages(path: Path, title: str) -> list[int]:
    reader = PdfReader(str(path))
    return [n + 1 for n, page in enumerate(reader.pages) if title in flat(page.extract_text() or "")]


@POPPLER
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_charts_dimension_names_and_round_labels_come_back_out_of_the_pdf(db, tmp_path, lang):
    build_sample(db, 3, per_side=3)
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    out = build_review(tmp_path / f"r-{lang}.pdf", data, lang, sections={"results"})
    assert images_on(PdfReader(str(out))) == 0  # no chart is a picture any more
    title = "How each partner sees the five dimensions" if lang == "en" else "双方对五个维度的评价"
    first = chart_pages(out, flat(title))[0]
    # The radar and the trend chart print on the results' first page, before the indicator table.
    page = pdftotext(out, first)
    before_table = flat(page.split("Indicators" if lang == "en" else "各项指标")[0])
    for dim in FW.dimensions:
        name = dim.name.en if lang == "en" else dim.name.zh
        assert flat(name) in before_table, name
    for sc in data.history:
        assert flat(sc.label) in before_table, sc.label


@POPPLER
def test_a_label_in_several_scripts_prints_each_character_from_an_embedded_font_that_has_it(db, tmp_path):
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    labels = {"A": "云启 😀 “Cloud”", "B": "شركة مرحبا עברית"}
    build_sample(db, 2, per_side=3)
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    drawing = vector.figure_drawing(charts.radar_chart(data.scores, data.framework, labels, "en"))
    out = tmp_path / "chart.pdf"
    canvas = Canvas(str(out), pagesize=(drawing.width, drawing.height), initialFontName=fonts.PDF_FONT)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.save()
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    for family in ("WenQuanYi", "NotoSans-Regular", "NotoSansArabic", "NotoSansHebrew", "Symbola"):
        assert family in listing, listing
    assert "Helvetica" not in listing  # nothing falls back to an unembedded standard font
    for line in listing.splitlines()[2:]:
        assert line.split()[-5] == "yes", line  # embedded
    text = pdftotext(out)
    assert "😀" in text and "云启" in text and "“Cloud”" in text and "עברית" in text
    # Each text run names one font, and that font has every character of the run.
    strings = [s for s in _strings(drawing) if s.text.strip()]
    assert strings
    for s in strings:
        cmap = fonts._reportlab_cmap(s.fontName)
        assert all(ord(ch) in cmap for ch in s.text if not ch.isspace()), (s.fontName, s.text)


def _strings(node):  # noqa: ANN001, ANN202
    from reportlab.graphics.shapes import Group, String

    if isinstance(node, String):
        yield node
    for child in (
        getattr(node, "contents", []) if isinstance(node, Group) or hasattr(node, "contents") else []
    ):
        yield from _strings(child)


def test_latin_chart_text_uses_the_latin_font_and_chinese_the_main_font():
    assert vector.runs("2024 H2", "'Noto Sans'") == [(fonts.LATIN.pdf_name, "2024 H2")]
    assert vector.runs("战略协同 2.69", "'WenQuanYi Micro Hei'") == [(fonts.PDF_FONT, "战略协同 2.69")]
    assert vector.runs("云启 😀", "'WenQuanYi Micro Hei'") == [
        (fonts.PDF_FONT, "云启 "),
        ("HealthDeskSymbols", "😀"),
    ]


@pytest.mark.parametrize("lang", ["en", "zh", "bilingual"])
def test_the_vector_review_is_smaller_than_the_same_review_with_chart_images(db, tmp_path, lang):
    build_sample(db, 4, per_side=3)
    data = collect_review_data(db, "CSHK", as_of=date(2025, 3, 1))
    vector_pdf = build_review(tmp_path / "vector.pdf", data, lang)
    with vector.raster_charts():
        raster_pdf = build_review(tmp_path / "raster.pdf", data, lang)
    assert images_on(PdfReader(str(raster_pdf))) >= 3
    assert images_on(PdfReader(str(vector_pdf))) == 0
    assert vector_pdf.stat().st_size < raster_pdf.stat().st_size


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils")
def test_the_index_bands_stay_apart_in_grayscale_in_the_pdf(db, tmp_path):
    """Printed in black and white, the red band is crossed, the amber band dotted and the green band plain (the
    hatch patterns svglib would drop are drawn as lines and dots)."""
    import numpy as np
    from PIL import Image
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    build_sample(db, 3, per_side=3)
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    fig = charts.trend_chart(list(data.history), data.framework, "en", data.labels)
    drawing = vector.figure_drawing(fig)
    out = tmp_path / "trend.pdf"
    canvas = Canvas(str(out), pagesize=(drawing.width, drawing.height), initialFontName=fonts.PDF_FONT)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.save()
    subprocess.run(["pdftoppm", "-r", "144", "-gray", "-png", str(out), str(tmp_path / "g")], check=True)
    page = np.asarray(Image.open(next(tmp_path.glob("g*.png"))).convert("L"), dtype=float)
    height, width = page.shape
    index_axes = next(ax for ax in fig.axes if tuple(ax.get_ylim()) == (0, 100))
    fw = data.framework
    red_at = float((fw.red_below - 1) / 4 * 100)
    green_at = float((fw.green_from - 1) / 4 * 100)

    def band(lo: float, hi: float) -> np.ndarray:
        """The pixels between data values lo and hi, at the left of the axes (before the first round)."""
        to_fig = fig.transFigure.inverted()
        (fx0, fy0), (fx1, fy1) = to_fig.transform(
            [index_axes.transAxes.transform((0.005, 0)), index_axes.transAxes.transform((0.06, 0))]
        )
        fy_lo = to_fig.transform(index_axes.transData.transform((0, lo)))[1]
        fy_hi = to_fig.transform(index_axes.transData.transform((0, hi)))[1]
        rows = slice(int((1 - fy_hi) * height) + 2, int((1 - fy_lo) * height) - 2)
        return page[rows, int(fx0 * width) : int(fx1 * width)]

    # Between the grid lines (every 25).
    red, amber, green = band(1, min(red_at, 24)), band(red_at, 49), band(max(green_at, 76), 99)
    assert green.std() < 3  # plain
    assert amber.std() > 10 and red.std() > 10  # patterned
    assert red.mean() < amber.mean() - 20  # crossed lines darker than sparse dots


def test_chart_fonts_are_never_looked_up_on_the_system(db, monkeypatch):
    """svglib's own font map asks fontconfig for a name it does not know and registers the system's default font
    under it (slow, and another font than ours); every chart text names a registered font instead."""
    from svglib.fonts import FontMap

    def refuse(*_args, **_kwargs):  # noqa: ANN202
        raise AssertionError("fontconfig asked")

    monkeypatch.setattr(FontMap, "use_fontconfig", refuse)
    build_sample(db, 2, per_side=3)
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    labels = {"A": "云启 😀", "B": "עברית"}
    for lang in ("en", "zh"):
        drawing = vector.figure_drawing(charts.radar_chart(data.scores, data.framework, labels, lang))
        names = {s.fontName for s in _strings(drawing)}
        assert names <= {fonts.PDF_FONT, fonts.LATIN.pdf_name, *(f.pdf_name for f in fonts.FALLBACKS)}
