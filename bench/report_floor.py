"""The libraries' own floor for the work of a JMC review, with no HealthDesk code: reportlab lays out the same
number of pages of plain tables in the same embedded font, and matplotlib renders the same number of charts at
the same size and resolution (embedded in the PDF as the review embeds its charts).

Run alone: ``python bench/report_floor.py --pages 11 --charts 4`` prints the median of five builds.
``bench/report.py`` imports :func:`build_floor` and times it in the same run as the review.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

FONT_NAME = "FloorSans"


def register_font(font_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path), subfontIndex=0))


def _chart(width_in: float, height_in: float, dpi: int, seed: int, family: str | None = None):  # noqa: ANN202
    """A plain line chart of the given size, drawn by Agg at ``dpi`` in ``family``; returns a PIL image."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PIL import Image

    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    ax = fig.add_subplot(1, 1, 1)
    xs = list(range(8))
    for k in range(3):
        ax.plot(xs, [((x * 7 + k * 3 + seed) % 5) + 1 for x in xs], marker="o", label=f"series {k}")
    if family:
        ax.tick_params(labelfontfamily=family)
    ax.set_title("chart 图表", fontfamily=family)
    ax.legend(prop={"family": family} if family else None)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    w, h = canvas.get_width_height()
    return Image.frombuffer("RGBA", (w, h), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB"), h / w


def _image_flowable(image, width: float, height: float):  # noqa: ANN001, ANN202
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable

    class Picture(Flowable):
        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            self.canv.drawImage(ImageReader(image), 0, 0, width=width, height=height)

    return Picture()


def build_floor(pages: int, chart_sizes: list[tuple[float, float]], font_path: Path, dpi: int = 200) -> bytes:
    """Build the floor PDF in memory and return it."""
    from matplotlib import font_manager
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    register_font(font_path)
    font_manager.fontManager.addfont(str(font_path))
    family = font_manager.FontProperties(fname=str(font_path)).get_name()
    flow = []
    images = [_chart(w, h, dpi, n, family) for n, (w, h) in enumerate(chart_sizes)]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#999999"),
        ]
    )
    for page in range(pages):
        rows = 18 if page < len(images) else 36
        data = [
            [f"指标 Indicator {page}.{r}", "3.25", "2.75", "3.00", "+0.50", "▲ +0.25"] for r in range(rows)
        ]
        if page < len(images):
            image, aspect = images[page]
            width = 150 * mm
            flow.append(_image_flowable(image, width, min(width * aspect, 120 * mm)))
        flow.append(Table(data, repeatRows=1, style=style))
        if page < pages - 1:
            flow.append(PageBreak())
    buf = io.BytesIO()
    from reportlab import rl_config

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
    parser.add_argument(
        "--font",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc",
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [(6.5, 4.5)] * args.charts
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        build_floor(args.pages, sizes, args.font)
        times.append(time.perf_counter() - start)
    print(f"floor_s={statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
