"""The libraries' own floor for the work of a JMC review, with no HealthDesk report code: reportlab writes the same
text (the review's own lines, page by page) in the same embedded font, and the same chart Figures are drawn the
same way the review draws them (matplotlib SVG with text kept as text, turned into reportlab drawings by svglib,
with the bundled fonts registered under their family names), on as many pages.

``bench/report.py`` calls :func:`build_floor` with the review's page texts and the functions that build its chart
Figures, and times it in the same run as the review. Run alone (``python bench/report_floor.py``), it writes
eleven pages of sample text and four plain line charts, median of five.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

FONT_NAME = "FloorSans"
FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
# Family name (as matplotlib writes it into the SVG) -> font file, for svglib.
FAMILIES = {
    "WenQuanYi Micro Hei": "wqy-microhei.ttc",
    "Noto Sans": "NotoSans-Regular.ttf",
    "Noto Sans Arabic": "NotoSansArabic-Regular.ttf",
    "Noto Sans Hebrew": "NotoSansHebrew-Regular.ttf",
    "Symbola": "symbola.ttf",
}


_font_map: Any = None


def register_fonts(font_path: Path) -> Any:
    """The main font for the text, and every bundled font under its family name in svglib's font map (once; the
    review keeps its font map too); returns the font map."""
    global _font_map
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from svglib.fonts import FontMap

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path), subfontIndex=0))
    if _font_map is None:
        _font_map = FontMap()
        for family, filename in FAMILIES.items():
            for style in ("normal", "italic"):  # no italic face: the regular one
                _font_map.register_font(family, str(FONTS / filename), style=style)
    return _font_map


def chart_drawing(fig: Any, font_map: Any) -> Any:
    """A Figure as matplotlib SVG (text as text) turned into a reportlab Drawing by svglib."""
    import matplotlib
    from lxml import etree
    from svglib.svglib import SvgRenderer

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buf, format="svg", dpi=72)
    root = etree.fromstring(buf.getvalue())
    return SvgRenderer("floor.svg", font_map=font_map).render(root)


def sample_chart(seed: int) -> Any:
    """A plain line chart (for running the floor alone)."""
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"font.family": ["Noto Sans", "WenQuanYi Micro Hei"]}):
        fig = Figure(figsize=(6.5, 4.5))
        ax = fig.add_subplot(1, 1, 1)
        xs = list(range(8))
        for k in range(3):
            ax.plot(xs, [((x * 7 + k * 3 + seed) % 5) + 1 for x in xs], marker="o", label=f"series {k}")
        ax.set_title("chart 图表", fontfamily="WenQuanYi Micro Hei")
        ax.legend()
    return fig


def build_floor(
    pages: Sequence[Sequence[str]], figures: Sequence[Callable[[], Any]], font_path: Path
) -> bytes:
    """Build the floor PDF in memory and return it: each page's lines as paragraphs in the main font (the charts
    the review draws, as drawings, at the start of the first pages), one page after another."""
    from xml.sax.saxutils import escape

    from matplotlib import font_manager
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    font_map = register_fonts(font_path)
    for filename in FAMILIES.values():
        font_manager.fontManager.addfont(str(FONTS / filename))
    drawings = [chart_drawing(build(), font_map) for build in figures]
    body = ParagraphStyle("floor", fontName=FONT_NAME, fontSize=9, leading=11, wordWrap="CJK")
    flow: list[Any] = []
    for n, lines in enumerate(pages):
        if n < len(drawings):
            flow.append(drawings[n])
        flow += [Paragraph(escape(line), body) for line in lines if line.strip()]
        if n < len(pages) - 1:
            flow.append(PageBreak())
    buf = io.BytesIO()
    before, rl_config.useA85 = rl_config.useA85, 0  # the same stream encoding as the review (Flate only)
    try:
        SimpleDocTemplate(buf, pagesize=A4, initialFontName=FONT_NAME).build(flow)
    finally:
        rl_config.useA85 = before
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=11)
    parser.add_argument("--charts", type=int, default=4)
    parser.add_argument("--font", type=Path, default=FONTS / "wqy-microhei.ttc")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pages = [
        [f"指标 Indicator {p}.{r}   3.25   2.75   3.00   +0.50   ▲ +0.25" for r in range(36)]
        for p in range(args.pages)
    ]
    figures = [lambda n=n: sample_chart(n) for n in range(args.charts)]
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        build_floor(pages, figures, args.font)
        times.append(time.perf_counter() - start)
    print(f"floor_s={statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
