"""The printed JMC review: a reportlab platypus PDF built from :class:`~healthdesk.reports.data.ReviewData`.

Sections: cover, executive summary (one page), results (charts and the indicator table), voices (problem
descriptions, never attributed), follow-up (action plan and decisions, or a page to fill in), method, sign-off.
Every page has a header (partnership, round) and a footer ("page X of Y" and the confidentiality marking); the
PDF has an outline and document metadata.

Each section is written by its own module of :mod:`healthdesk.reports.sections` (a function of the shared
:class:`~healthdesk.reports.sections.base.Writer` and the data); this module assembles them in order, lays out the
pages (header, footer, page flow) and writes the file.

User text is always text, never markup: :func:`user_text` makes it printable in the bundled font and escapes it,
and long texts are paragraphs in the flow (they split across pages), never cells of a table that cannot split.
The file is written beside the target and renamed over it, so a failed export never leaves half a PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer

from .. import __version__
from ..maintenance import atomic_file
from . import charts, style
from .catalogue import pair, t
from .data import ReviewData
from .fonts import printable, register_reportlab
from .progress import Steps
from .sections import cover, followup, method, results, signoff, summary, voices

# The sections' shared parts stay importable from here (the summary sheet and tests use them).
from .sections.base import Writer, _c, _styles, _ts  # noqa: F401
from .sections.flow import arrange
from .sections.text import tier_explanation, user_text  # noqa: F401
from .vector import render
from .wrap import draw_line, line_width

__all__ = ["LAYOUTS", "PAPERS", "SECTIONS", "build_review", "tier_explanation", "user_text"]

PAPERS = {"a4": A4, "letter": LETTER}
SECTIONS = ("cover", "summary", "results", "voices", "followup", "method", "signoff")
LANGS = ("en", "zh", "bilingual")
LAYOUTS = ("full", "sheet")  # the whole review, or the one-page summary sheet (reports/sheet.py)


# --------------------------------------------------------------------------------------------------- pages


@dataclass
class _Frame:
    header_left: str
    header_right: str
    confidential: str
    page_of: Callable[[int, int], str]
    preliminary: str = ""  # a round not closed yet: said at the top of every page, the cover included


def _canvas_class(frame: _Frame, font: str) -> type[Canvas]:
    class ReviewCanvas(Canvas):
        """Header on every page but the cover; the footer is a form filled in at the end, when the page count is
        known ("page X of Y" in one pass)."""

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            number = self.getPageNumber()
            width, height = self._pagesize
            left, right = style.MARGIN_MM * mm, width - style.MARGIN_MM * mm
            self.saveState()
            self.setFont(font, style.HEADER_SIZE)
            self.setFillColor(_c(style.MUTED_COLOUR))
            if number > 1:
                y = height - 13 * mm
                size = style.HEADER_SIZE
                draw_line(
                    self, left, y, _fit(frame.header_left, font, size, (right - left) * 0.62), font, size
                )
                draw_line(
                    self,
                    right,
                    y,
                    _fit(frame.header_right, font, size, (right - left) * 0.36),
                    font,
                    size,
                    "right",
                )
                self.setStrokeColor(_c(style.RULE_COLOUR))
                self.setLineWidth(0.5)
                self.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
            if frame.preliminary:
                self.setFillColor(_c(style.LIGHT_COLOURS["red"]))
                text = _fit(frame.preliminary, font, style.HEADER_SIZE, right - left)
                draw_line(self, width / 2, height - 7 * mm, text, font, style.HEADER_SIZE, "centre")
            self.restoreState()
            self.doForm(f"footer{number}")
            super().showPage()

        def save(self) -> None:
            total = self.getPageNumber() - 1
            width, _height = self._pagesize
            left, right = style.MARGIN_MM * mm, width - style.MARGIN_MM * mm
            y = 12 * mm
            step = style.HEADER_SIZE * 1.35
            for number in range(1, total + 1):
                self.beginForm(f"footer{number}")
                self.setFont(font, style.HEADER_SIZE)
                self.setFillColor(_c(style.MUTED_COLOUR))
                pages = frame.page_of(number, total).split("\n")
                marks = frame.confidential.split("\n")
                for k, text in enumerate(pages):
                    draw_line(self, left, y - k * step, text, font, style.HEADER_SIZE)
                for k, text in enumerate(marks):
                    fitted = _fit(text, font, style.HEADER_SIZE, (right - left) * 0.7)
                    draw_line(self, right, y - k * step, fitted, font, style.HEADER_SIZE, "right")
                self.endForm()
            self.showOutline()  # the PDF opens with its outline visible (PageMode /UseOutlines)
            super().save()

    return ReviewCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Our own header text cut to a width with an ellipsis (the full text is on the cover)."""
    text = printable(text).replace("\n", " ")
    if line_width(text, font, size) <= width:
        return text
    while text and line_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, progress: Callable[[], None] | None = None, **kw: Any):
        super().__init__(filename, **kw)
        self._progress = progress

    def handle_pageEnd(self) -> None:  # noqa: N802
        super().handle_pageEnd()
        if self._progress is not None:
            self._progress()


# --------------------------------------------------------------------------------------------------- build


@contextmanager
def binary_streams() -> Iterator[None]:
    """Flate-only PDF streams while a review is built (reportlab's default adds ASCII85 on top, which its pure
    Python encoder makes the slowest step for chart images, and which makes the file a quarter larger)."""
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _chart_images(
    data: ReviewData, lang: str, wanted: set[str], tick: Callable[[], None]
) -> dict[str, tuple[Any, float]]:
    """Render the charts the chosen sections need, as (vector drawing, height/width)."""
    fw, sc = data.framework, data.scores
    builders: dict[str, Callable[[], Any]] = {}
    if "results" in wanted:
        builders["radar"] = lambda: charts.radar_chart(sc, fw, data.labels, lang)
        if len(data.history) >= 2:
            builders["trend"] = lambda: charts.trend_chart(list(data.history), fw, lang, data.labels)
        builders["gap"] = lambda: charts.gap_chart(sc, fw, data.labels, lang)
    images: dict[str, tuple[Any, float]] = {}
    for name, build in builders.items():
        images[name] = render(build())
        tick()
    return images


def chart_count(data: ReviewData, sections: set[str] | None = None) -> int:
    """How many charts the review draws (for the benchmark's floor)."""
    wanted = set(SECTIONS) if sections is None else set(sections)
    if "results" not in wanted:
        return 0
    return 2 + (1 if len(data.history) >= 2 else 0)


def build_review(
    out_path: Path,
    data: ReviewData,
    lang: str = "en",
    paper: str = "a4",
    sections: set[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    layout: str = "full",
) -> Path:
    """Write the review of ``data`` to ``out_path`` (atomically) and return the path.

    ``lang`` is "en", "zh" or "bilingual"; ``paper`` "a4" or "letter"; ``sections`` a subset of :data:`SECTIONS`
    (all when None); ``progress(done, total)`` is called as charts are drawn and pages are laid out. The one-page
    summary sheet (``layout`` "sheet") is :func:`healthdesk.reports.review.build_review`'s: the sheet is built
    from this module's parts, so this module cannot import it."""
    if layout != "full":
        raise ValueError("the summary sheet is written by healthdesk.reports.review.build_review")
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {tuple(PAPERS)}")
    wanted = set(SECTIONS) if sections is None else set(sections)
    unknown = wanted - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections: {sorted(unknown)}")
    out_path = Path(out_path)
    page_size = PAPERS[paper]
    n_charts = chart_count(data, wanted)
    expected_pages = 3 + 2 * len(wanted)
    steps = Steps(n_charts + expected_pages + 1, progress)
    tick = steps.tick
    font = register_reportlab()
    review = Writer(data, lang, page_size)
    images = _chart_images(data, lang, wanted, tick)

    flow: list[Flowable] = []  # the sections in order, each from its module (looked up here, when built)
    if "cover" in wanted:
        flow += cover.cover(review, data)
    if "summary" in wanted:
        flow += summary.summary(review, data)
    if "results" in wanted:
        flow += results.results(review, data, images)
    if "voices" in wanted:
        flow += voices.voices(review, data)
    if "followup" in wanted:
        flow += followup.followup(review, data)
    if "method" in wanted:
        flow += method.method(review, data)
    if "signoff" in wanted:
        flow += signoff.signoff(review, data)
    while flow and isinstance(flow[-1], PageBreak):
        flow.pop()
    if not flow:
        flow.append(Spacer(1, 1))
    flow = arrange(flow, review.height)

    p = data.partnership
    title = f"{t('review.title', lang)}: {printable(p.name)} — {printable(data.round.label)}"
    round_text = f"{t('round', lang)} {printable(data.round.label)}"
    frame_info = _Frame(
        header_left=printable(p.name),
        header_right=round_text,
        confidential="\n".join(pair("confidential")) if lang == "bilingual" else t("confidential", lang),
        page_of=lambda page, total_pages: (
            "\n".join(pair("page_of", page=page, total=total_pages))
            if lang == "bilingual"
            else t("page_of", lang, page=page, total=total_pages)
        ),
        preliminary=t("preliminary", lang) if data.round.preliminary else "",
    )
    margin = style.MARGIN_MM * mm
    with atomic_file(out_path) as handle:  # written beside, fsynced, renamed over the target
        doc = _Doc(
            handle,
            progress=tick,
            pagesize=page_size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=style.TOP_MARGIN_MM * mm,
            bottomMargin=style.BOTTOM_MARGIN_MM * mm,
            title=title,
            author=printable(data.prepared_by) or "HealthDesk",
            subject=f"{t('review.title', lang)} — {printable(p.name)}, {round_text}",
            creator=f"HealthDesk {__version__}",
            keywords=["HealthDesk", "JMC", printable(p.code)],
            lang="zh-CN" if lang == "zh" else "en",
            displayDocTitle=1,
            initialFontName=font,
            initialFontSize=style.BODY_SIZE,
        )
        body_frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[body_frame])])
        with binary_streams():
            doc.build(flow, canvasmaker=_canvas_class(frame_info, font))
    steps.finish()
    return out_path
