"""The printed JMC review: a reportlab platypus PDF built from :class:`~healthdesk.reports.data.ReviewData`.

Sections: cover, executive summary (one page), results (charts and the indicator table), voices (problem
descriptions, never attributed), follow-up (action plan and decisions, or a page to fill in), method, sign-off.
Every page has a header (partnership, round) and a footer ("page X of Y" and the confidentiality marking); the
PDF has an outline and document metadata.

User text is always text, never markup: :func:`user_text` makes it printable in the bundled font and escapes it,
and long texts are paragraphs in the flow (they split across pages), never cells of a table that cannot split.
The file is written beside the target and renamed over it, so a failed export never leaves half a PDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn

from .. import __version__
from ..analysis.numbers import fmt1, fmt2, fmt_signed1, fmt_signed2
from ..analysis.types import SIDES, Change
from ..framework import Text
from ..maintenance import atomic_file
from ..present.findings import gap_message, period_message, trigger_message, warning_message
from . import charts, style
from .catalogue import BILINGUAL_SEP, TEXTS, light_word, pair, t, text_of, zh_format
from .data import ReviewData
from .fonts import PDF_FONT, needs_fallback, printable, register_reportlab
from .progress import Steps
from .vector import chart_flowable, render
from .wrap import Paragraph, draw_line, line_width

__all__ = ["LAYOUTS", "PAPERS", "SECTIONS", "build_review", "tier_explanation", "user_text"]

PAPERS = {"a4": A4, "letter": LETTER}
SECTIONS = ("cover", "summary", "results", "voices", "followup", "method", "signoff")
LANGS = ("en", "zh", "bilingual")
LAYOUTS = ("full", "sheet")  # the whole review, or the one-page summary sheet (reports/sheet.py)


# --------------------------------------------------------------------------------------------------- text


def user_text(text: object) -> str:
    """User text as Paragraph content: printable in the bundled font, markup escaped, newlines kept as breaks."""
    return escape(printable(text)).replace("\n", "<br/>")


def zh_punctuation(text: Text) -> Text:
    """The framework's own Chinese text with full-width punctuation ("信任度(主观评估)" prints "信任度（主观评估）").
    Shipped framework files are never edited (their content travels hash-checked), so this happens at print time;
    user text is never changed."""
    zh = text.zh
    if not any("\u4e00" <= ch <= "\u9fff" for ch in zh):
        return text
    fixed = re.sub(r"\s*\(\s*", "（", zh)
    fixed = re.sub(r"\s*\)\s*", "）", fixed)
    fixed = re.sub(r"(?<=[\u4e00-\u9fff）]),\s*", "，", fixed)
    return text if fixed == zh else Text(text.en, fixed)


def chart_punctuation(fw: Any) -> Callable[[str], str]:
    """For the charts in the PDF: a chart line that is (part of) one of the framework's Chinese names printed with
    full-width punctuation, as :func:`zh_punctuation` prints it in the text; other lines (user text) unchanged."""
    names = [
        item.name.zh
        for item in (*fw.dimensions, *fw.indicators)
        if zh_punctuation(item.name) is not item.name
    ]

    def fix(line: str) -> str:
        if names and any(ch in line for ch in "(),") and any(line.strip() in name for name in names):
            return zh_punctuation(Text(line, line)).zh
        return line

    return fix


def _tier_number(value: Fraction) -> str:
    return str(int(value)) if value == int(value) else fmt1(value) or ""


def tier_explanation(fw: Any, tier_id: str | None) -> tuple[str, str] | None:
    """What a tier means, from the framework's tier rules ("Yellow card: index below 50; 3 in a row lead to an exit
    review"), as (English, Chinese); None for no tier."""
    tiers = list(fw.tiers)  # highest first
    k = next((n for n, x in enumerate(tiers) if x.id == tier_id), None)
    if k is None:
        return None
    tier = tiers[k]
    name = zh_punctuation(tier.name)
    low = _tier_number(tier.min_index)
    high = _tier_number(tiers[k - 1].min_index) if k > 0 else ""
    if len(tiers) == 1:
        return name.en, name.zh
    if k == 0:
        en, zh = TEXTS["tier.top"]
    elif k == len(tiers) - 1:
        en, zh = TEXTS["tier.lowest"]
    else:
        en, zh = TEXTS["tier.middle"]
    en = en.format(name=name.en, low=low, high=high)
    zh = zh_format(zh, name=name.zh, low=low, high=high)
    if k == len(tiers) - 1 and fw.exit_review_after:
        more = pair("tier.exit", n=fw.exit_review_after)
        en, zh = f"{en}; {more[0]}", f"{zh}；{more[1]}"
    return en, zh


def _prints(rows: Iterable[Iterable[Any]], symbol: str) -> bool:
    """Whether a table's cells print ``symbol`` (a legend names only the symbols its table uses)."""
    for row in rows:
        for cell in row:
            text = (
                getattr(cell, "_markup", None)
                or getattr(cell, "text", None)
                or (cell if isinstance(cell, str) else "")
            )
            if symbol in str(text):
                return True
    return False


def _ts(cmds: list[tuple]) -> TableStyle:
    """A table style whose every cell uses the bundled font (reportlab would fall back to Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), PDF_FONT), *cmds])


def _c(hex_colour: str) -> colors.Color:
    return colors.HexColor(hex_colour)


def _styles() -> dict[str, ParagraphStyle]:
    font = register_reportlab()
    base = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=style.BODY_SIZE,
        leading=style.BODY_SIZE * 1.38,
        wordWrap="CJK",
        bulletFontName=font,
        textColor=_c(style.TEXT_COLOUR),
        spaceAfter=3,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "body_zh": derive("body_zh", textColor=_c("#333333")),
        "small": derive("small", fontSize=style.TABLE_SIZE, leading=style.TABLE_SIZE * 1.3, spaceAfter=2),
        "note": derive("note", fontSize=8.5, leading=11, textColor=_c(style.MUTED_COLOUR), spaceAfter=2),
        "cell": derive("cell", fontSize=style.TABLE_SIZE, leading=style.TABLE_SIZE * 1.25, spaceAfter=0),
        "cell_r": derive(
            "cell_r",
            fontSize=style.TABLE_SIZE,
            leading=style.TABLE_SIZE * 1.25,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "cell_c": derive(
            "cell_c",
            fontSize=style.TABLE_SIZE,
            leading=style.TABLE_SIZE * 1.25,
            spaceAfter=0,
            alignment=TA_CENTER,
        ),
        "head": derive(
            "head",
            fontSize=style.TABLE_SIZE,
            leading=style.TABLE_SIZE * 1.25,
            spaceAfter=0,
            textColor=_c(style.ACCENT_COLOUR),
        ),
        "head_c": derive(
            "head_c",
            fontSize=style.TABLE_SIZE,
            leading=style.TABLE_SIZE * 1.25,
            spaceAfter=0,
            textColor=_c(style.ACCENT_COLOUR),
            alignment=TA_CENTER,
        ),
        "head_r": derive(
            "head_r",
            fontSize=style.TABLE_SIZE,
            leading=style.TABLE_SIZE * 1.25,
            spaceAfter=0,
            textColor=_c(style.ACCENT_COLOUR),
            alignment=TA_RIGHT,
        ),
        "h1": derive(
            "h1",
            fontSize=style.H1_SIZE,
            leading=style.H1_SIZE * 1.3,
            spaceAfter=8,
            textColor=_c(style.ACCENT_COLOUR),
            keepWithNext=1,
        ),
        "h2": derive(
            "h2",
            fontSize=style.H2_SIZE,
            leading=style.H2_SIZE * 1.3,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": derive(
            "h3",
            fontSize=style.H3_SIZE,
            leading=style.H3_SIZE * 1.3,
            spaceBefore=6,
            spaceAfter=2,
            textColor=_c(style.ACCENT_COLOUR),
            keepWithNext=1,
        ),
        "side": derive(
            "side",
            fontSize=style.TABLE_SIZE,
            leading=style.TABLE_SIZE * 1.3,
            spaceBefore=3,
            spaceAfter=1,
            textColor=_c(style.MUTED_COLOUR),
            keepWithNext=1,
        ),
        "bullet": derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
        "cover_title": derive(
            "cover_title",
            fontSize=style.COVER_TITLE_SIZE,
            leading=style.COVER_TITLE_SIZE * 1.25,
            textColor=_c(style.ACCENT_COLOUR),
            spaceAfter=6,
        ),
        "cover_name": derive("cover_name", fontSize=17, leading=23, spaceAfter=4),
        "big": derive(
            "big", fontSize=style.BIG_NUMBER_SIZE, leading=style.BIG_NUMBER_SIZE * 1.1, spaceAfter=0
        ),
        "tile": derive("tile", fontSize=12, leading=15, spaceAfter=0),
        "confidential": derive(
            "confidential", fontSize=10, leading=14, alignment=TA_LEFT, textColor=_c("#8A1C1C")
        ),
    }


# --------------------------------------------------------------------------------------------------- flowables


class _Cell(Flowable):
    """A short one-line table cell drawn as a string: much cheaper than a Paragraph. Text that does not fit the
    column, or that holds markup, becomes a wrapping Paragraph instead."""

    def __init__(self, markup: str, st: ParagraphStyle):
        super().__init__()
        self._markup = markup
        self._style = st
        text = unescape(markup) if "<" not in markup else None
        # text the main font cannot draw alone (fallback fonts, right to left) goes through the Paragraph
        self._text = None if text is None or needs_fallback(text) else text
        self._para: Paragraph | None = None
        self._paragraph: Paragraph | None = None  # made once: a table wraps its cells more than once
        self._width: float | None = None
        self._aw = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        st = self._style
        if self._text is not None and "\n" not in self._text:
            if self._width is None:
                self._width = stringWidth(self._text, st.fontName, st.fontSize)
            if self._width <= avail_width:
                self._para = None
                self._aw = avail_width
                return avail_width, st.leading
        if self._paragraph is None:
            self._paragraph = Paragraph(self._markup, st)
        self._para = self._paragraph
        return self._para.wrap(avail_width, avail_height)

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        st = self._style
        c = self.canv
        c.setFont(st.fontName, st.fontSize)
        c.setFillColor(st.textColor)
        y = (
            st.leading - st.fontSize
        ) / 2 + st.fontSize * 0.22  # the baseline, centred like a one-line Paragraph
        if st.alignment == TA_RIGHT:
            c.drawRightString(self._aw, y, self._text)
        elif st.alignment == TA_CENTER:
            c.drawCentredString(self._aw / 2, y, self._text)
        else:
            c.drawString(0, y, self._text)


class Bookmark(Flowable):
    """A zero-size marker: the document adds an outline entry where it lands."""

    def __init__(self, title: str, level: int = 0):
        super().__init__()
        self.title, self.level = title, level
        self.key = f"bm{id(self)}"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


class Keep(KeepTogether):
    """Headings kept on one page with the start of what follows them: all of it when it is short (up to
    ``whole``), else its first lines, so a long item still flows on from the heading instead of leaving the rest of
    the page empty. Used for every heading (see :func:`arrange`) and for an item with its owner and status line."""

    def __init__(self, flowables: list[Flowable], whole: float):
        super().__init__(flowables)
        for f in self._content:
            f.__dict__["keepWithNext"] = 0  # grouped here; reportlab must not group them again
        self._whole = whole

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        head, last = self._content[:-1], self._content[-1]
        dims: list[tuple[float, float]] = []
        width, height = _listWrapOn(head, aw, self.canv, dims=dims) if head else (0.0, 0.0)
        if isinstance(last, KeepTogether):
            last.wrapOn(self.canv, aw, ah)
            w, h = aw, last._H
        else:
            w, h = last.wrapOn(self.canv, aw, 0xFFFFFFF)
            if h > self._whole:  # a long item: its first two lines (a table: its heading and first row)
                leading = getattr(getattr(last, "style", None), "leading", None)
                h = 2 * leading if isinstance(last, Paragraph) and leading else min(h, 40.0)
        if head:
            h += last.getSpaceBefore()
        self._H = height + h
        self._H0 = dims[0][1] if dims else h
        self._wrapInfo = aw, ah
        return max(width, w), 0xFFFFFF  # force a split: KeepTogether moves on to the next page when needed


def _keeps_with_next(f: Flowable) -> bool:
    return not isinstance(f, KeepTogether) and bool(f.getKeepWithNext())


def arrange(flow: list[Flowable], frame_height: float) -> list[Flowable]:
    """The page flow rules of the review, in one place:

    - a heading (any flowable whose style keeps it with the next, with the bookmarks before it) stays on one page
      with the start of what follows (:class:`Keep`);
    - a section ends with a page break only when the page is more than about 15% filled: a section that ends with
      a few lines on a new page lets the next one start below them rather than leave a nearly empty page."""
    out: list[Flowable] = []
    i, n = 0, len(flow)
    while i < n:
        f = flow[i]
        if type(f) is PageBreak:
            out.append(CondPageBreak(frame_height * 0.85))
            i += 1
            continue
        j = i
        while j < n and (isinstance(flow[j], Bookmark) or _keeps_with_next(flow[j])):
            j += 1
        grouped = any(not isinstance(x, Bookmark) for x in flow[i:j])
        if grouped and j < n and not isinstance(flow[j], (PageBreak, CondPageBreak)):
            out.append(Keep(flow[i : j + 1], frame_height / 3))
            i = j + 1
        else:
            out.append(flow[i])
            i += 1
    return out


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


# --------------------------------------------------------------------------------------------------- the review


class _Review:
    def __init__(self, data: ReviewData, lang: str, page_size: tuple[float, float]):
        self.d = data
        self.lang = lang
        self.fw = data.framework
        self.s = _styles()
        self.font = register_reportlab()
        self.width = page_size[0] - 2 * style.MARGIN_MM * mm
        self.height = page_size[1] - (style.TOP_MARGIN_MM + style.BOTTOM_MARGIN_MM) * mm
        self.labels = data.labels
        self.chart_lang = lang

    # ---- text helpers
    def L(self, key: str, **params: Any) -> str:  # noqa: N802
        """A catalogue label, escaped (parameters may hold user text)."""
        return escape(printable(t(key, self.lang, **params)))

    def T(self, text: Text, sep: str = " / ") -> str:  # noqa: N802
        return escape(printable(text_of(zh_punctuation(text), self.lang, sep)))

    def sentence(self, en: str, zh: str, st: str = "body", bullet: str | None = None) -> list[Flowable]:
        """A sentence in the review's language; bilingual gives English, then Chinese below it. Escaped here."""
        kw = {"bulletText": bullet} if bullet else {}
        if bullet:
            st = self._bulleted(st)
        if self.lang == "en":
            return [Paragraph(user_text(en), self.s[st], **kw)]
        if self.lang == "zh":
            return [Paragraph(user_text(zh), self.s[st], **kw)]
        if en == zh:
            return [Paragraph(user_text(en), self.s[st], **kw)]
        zh_style = ParagraphStyle(f"{st}_zhb", parent=self.s[st], textColor=_c("#3C3C3C"), spaceBefore=0)
        first = ParagraphStyle(f"{st}_enb", parent=self.s[st], spaceAfter=0)
        return [Paragraph(user_text(en), first, **kw), Paragraph(user_text(zh), zh_style)]

    def _bulleted(self, st: str) -> str:
        """A variant of a style with a hanging indent for a bullet or a number."""
        name = f"{st}_bullet"
        if name not in self.s:
            self.s[name] = ParagraphStyle(name, parent=self.s[st], leftIndent=13, bulletIndent=0)
        return name

    def say(self, key: str, st: str = "body", bullet: str | None = None, **params: Any) -> list[Flowable]:
        en, zh = pair(key, **params)
        return self.sentence(en, zh, st, bullet)

    def say_params(
        self, key: str, en_params: dict, zh_params: dict, st: str = "body", bullet: str | None = None
    ) -> list[Flowable]:
        en, zh = TEXTS[key]
        return self.sentence(en.format(**en_params), zh_format(zh, **zh_params), st, bullet)

    def heading(self, key: str, level: int = 1) -> list[Flowable]:
        title = t(key, self.lang)
        st = {1: "h1", 2: "h2", 3: "h3"}[level]
        out: list[Flowable] = []
        if level <= 2:
            out.append(Bookmark(printable(title), level - 1))
        out.append(Paragraph(escape(printable(title)), self.s[st]))
        return out

    def item(self, para: Flowable) -> Flowable:
        """An item with its owner and status line below it: on one page (unless longer than a third of one)."""
        return Keep([para], self.height / 3)

    @property
    def colon(self) -> str:
        """Between a label and its value: full-width in Chinese ("负责人：陈思远")."""
        return "：" if self.lang == "zh" else ": "

    def side(self, side: str) -> str:
        return self.labels[side]

    def name(self, obj_text: Text) -> tuple[str, str]:
        return obj_text.en, obj_text.zh

    def dim_name(self, dim_id: str) -> Text:
        dim = self.fw.dimension_map.get(dim_id)
        return zh_punctuation(dim.name) if dim else Text(dim_id, dim_id)

    def ind_name(self, ind_id: str) -> Text:
        ind = self.fw.indicator_map.get(ind_id)
        return zh_punctuation(ind.name) if ind else Text(ind_id, ind_id)

    def P(self, markup: str, st: str = "cell") -> Flowable:  # noqa: N802
        """Trusted markup (user parts already escaped) as a paragraph; table cells as a cheap one-line cell."""
        if st.startswith("head") and self.lang == "bilingual":
            markup = markup.replace(BILINGUAL_SEP, "<br/>")  # column headings: English above Chinese
        if st in ("cell", "cell_r", "cell_c", "head", "head_r", "head_c"):
            return _Cell(markup, self.s[st])
        return Paragraph(markup, self.s[st])

    def table(
        self,
        rows: list[list[Any]],
        widths: list[float],
        header_rows: int = 1,
        extra: Iterable[tuple] = (),
        zebra: bool = False,
    ) -> Table:
        tbl = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
        cmds: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), style.TABLE_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.35, _c(style.RULE_COLOUR)),
        ]
        if header_rows:
            cmds += [
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), _c(style.HEADER_FILL)),
                ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, _c(style.ACCENT_COLOUR)),
            ]
        cmds += list(extra)
        tbl.setStyle(TableStyle(cmds))
        return tbl

    # ---- values
    @staticmethod
    def num(x: Fraction | None) -> str:
        return fmt2(x) or style.DASH

    def light(self, light: str | None) -> str:
        return escape(
            light_word(light, "bilingual" if self.lang == "bilingual" else self.lang).replace(" / ", "/")
        )

    def change_text(self, change: Change | None, kind: str, signed: Callable = fmt_signed2) -> str:
        if kind == "baseline":
            return self.L("trend.baseline")
        if kind == "version_break":
            return escape(t("trend.version_break", self.lang))
        if change is None or change.delta is None:
            return style.DASH
        return f"{style.ARROWS[change.direction or 'flat']} {signed(change.delta)}"

    def withheld_reason_side(self, side: str) -> str | None:
        for w in self.d.scores.withheld:
            if w.code == "side_below_threshold" and w.params["side"] == side:
                return t(
                    "withheld.side_short",
                    self.lang,
                    side=self.side(side),
                    submitted=w.params["submitted"],
                    required=w.params["required"],
                )
        return None

    # ---------------------------------------------------------------------------------------------- cover
    def cover(self) -> list[Flowable]:
        d, p, r = self.d, self.d.partnership, self.d.round
        out: list[Flowable] = [Bookmark(printable(t("review.title", self.lang)), 0), Spacer(1, 28 * mm)]
        for text in self._lines("review.title"):
            out.append(Paragraph(escape(text), self.s["cover_title"]))
        for text in self._lines("review.subtitle"):
            out.append(Paragraph(escape(text), self.s["note"]))
        out.append(Spacer(1, 12 * mm))
        out.append(Paragraph(user_text(p.name), self.s["cover_name"]))
        out.append(Spacer(1, 6 * mm))

        def partner(side: str) -> str:
            full = p.partner_a_name if side == "A" else p.partner_b_name
            alt = p.partner_a_name_alt if side == "A" else p.partner_b_name_alt
            label = self.side(side)
            text = user_text(full)
            if alt:
                text += "<br/>" + user_text(alt)
            return f"{text}<br/><font color='{style.MUTED_COLOUR}'>({user_text(label)})</font>"

        period = r.start_date.isoformat()
        period = (
            f"{period} – {r.end_date.isoformat()}"
            if r.end_date
            else t("period_open", self.lang, start=period)
        )
        rows = [
            [self.P(self.L("partners"), "small"), self.P(partner("A"), "body")],
            ["", self.P(partner("B"), "body")],
            [self.P(self.L("round"), "small"), self.P(user_text(r.label), "body")],
            [self.P(self.L("period"), "small"), self.P(escape(period), "body")],
            [
                self.P(self.L("framework"), "small"),
                self.P(f"{self.T(self.fw.name)} ({escape(self.fw.key)})", "body"),
            ],
            [self.P(self.L("produced"), "small"), self.P(d.produced.isoformat(), "body")],
            [self.P(self.L("prepared_by"), "small"), self.P(user_text(d.prepared_by) or "&nbsp;", "body")],
        ]
        out.append(
            Table(
                rows,
                colWidths=[38 * mm, self.width - 38 * mm],
                hAlign="LEFT",
                style=_ts(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), self.font),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("LINEBELOW", (1, 1), (1, -1), 0.35, _c(style.RULE_COLOUR)),
                    ]
                ),
            )
        )
        out.append(Spacer(1, 18 * mm))
        conf = "<br/>".join(escape(x) for x in self._lines("confidential"))
        out.append(
            Table(
                [[self.P(conf, "confidential")]],
                colWidths=[self.width],
                hAlign="LEFT",
                style=_ts(
                    [
                        ("BOX", (0, 0), (-1, -1), 1, _c("#8A1C1C")),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ]
                ),
            )
        )
        out.append(PageBreak())
        return out

    def _lines(self, key: str, **params: Any) -> list[str]:
        en, zh = pair(key, **params)
        if self.lang == "bilingual":
            return [en] if en == zh else [en, zh]
        return [zh if self.lang == "zh" else en]

    # ---------------------------------------------------------------------------------------------- summary
    def summary(self) -> list[Flowable]:
        d = self.d
        sc, tr = d.scores, d.summary.trend
        body: list[Flowable] = [Paragraph(escape(printable(t("sec.summary", self.lang))), self.s["h1"])]

        # Tiles: index, light, trend, tier.
        if sc.index is not None:
            idx = f"<font size='{style.BIG_NUMBER_SIZE}'>{fmt1(sc.index)}</font> <font size='10'>/ 100</font>"
            light = self.light(sc.light)
            if tr.kind == "compared" and tr.overall is not None:
                arrow = style.ARROWS[tr.overall.direction or "flat"]
                trend = (
                    f"{arrow} {fmt_signed1(tr.index_delta)}<br/>"
                    f"<font size='8.5'>{self.L('vs_round', label=tr.previous_label or '')}</font>"
                )
                # The change over the period shown (the trend chart's first round), not only the last step.
                period = period_message(d.history, sc)
                if period is not None:
                    p = period.params
                    down = p["delta"].startswith(("-", "−"))
                    trend += (
                        f"<br/><font size='8.5'>{style.ARROWS['down' if down else 'up']} "
                        f"{self.L('sum.period', delta=p['delta'], label=p['from'], rounds=p['rounds'])}</font>"
                    )
            else:
                trend = self.change_text(None, tr.kind)
            tier = next((x.name for x in self.fw.tiers if x.id == d.summary.tier), None)
            tier_text = self.T(tier) if tier else style.DASH
        else:
            idx = f"<font size='14'>{self.L('sum.withheld_index')}</font>"
            light, trend, tier_text = style.DASH, style.DASH, style.DASH
        heads = [self.L("index"), self.L("sum.light"), self.L("col.trend"), self.L("tier")]
        tiles = Table(
            [
                [self.P(h, "head") for h in heads],
                [self.P(idx, "big"), self.P(light, "tile"), self.P(trend, "tile"), self.P(tier_text, "tile")],
            ],
            colWidths=[self.width * 0.34, self.width * 0.22, self.width * 0.24, self.width * 0.20],
            hAlign="LEFT",
            style=_ts(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("BACKGROUND", (0, 0), (-1, -1), _c("#F4F7F7")),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, _c(style.ACCENT_COLOUR)),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
        )
        body.append(tiles)
        meaning = tier_explanation(self.fw, d.summary.tier) if sc.index is not None else None
        if meaning:  # what the tier means, from the framework's tier rules
            body += self.sentence(*meaning, "note")
        if sc.index is None:
            for side in SIDES:
                reason = self.withheld_reason_side(side)
                if reason:
                    body += self.say(
                        "withheld.side", "note", side=self.side(side), **self._withheld_params(side)
                    )
            body += self.say("withheld.needs_both", "note")
        if d.summary.exit_review:
            body += self.say("sum.exit_review", "body", n=self.fw.exit_review_after)
        body.append(Spacer(1, 4))
        body += self.key_messages()

        # Dimensions.
        body.append(Paragraph(self.L("sum.dimensions"), self.s["h3"]))
        a, b = self.side("A"), self.side("B")
        rows = [
            [
                self.P(self.L("fu.dimension"), "head"),
                self.P(escape(printable(a)), "head_r"),
                self.P(escape(printable(b)), "head_r"),
                self.P(self.L("col.joint"), "head_r"),
                self.P(self.L("sum.light"), "head"),
                self.P(self.L("col.trend"), "head_r"),
                self.P(self.L("col.gap"), "head_r"),
            ]
        ]
        for dim in self.fw.dimensions:
            jv = sc.dimensions.get(dim.id)
            change = tr.dimensions.get(dim.id)
            gap = fmt_signed2(jv.gap) if jv and jv.gap is not None else style.DASH
            if jv is not None and jv.gap_flagged:
                gap = f"{gap} {style.GAP_FLAG}"
            rows.append(
                [
                    self.P(self.T(dim.name)),
                    self.P(self.num(sc.sides["A"].dimensions.get(dim.id)), "cell_r"),
                    self.P(self.num(sc.sides["B"].dimensions.get(dim.id)), "cell_r"),
                    self.P(self.num(jv.joint if jv else None), "cell_r"),
                    self.P(self.light(jv.light if jv else None)),
                    self.P(self.change_text(change, tr.kind), "cell_r"),
                    self.P(gap, "cell_r"),
                ]
            )
        w = self.width
        body.append(self.table(rows, [w * 0.30, w * 0.10, w * 0.10, w * 0.10, w * 0.14, w * 0.14, w * 0.12]))

        # Largest gaps.
        body.append(Paragraph(self.L("sum.gaps"), self.s["h3"]))
        gaps = [
            (ind, sc.indicators[ind.id])
            for ind in self.fw.indicators
            if ind.id in sc.indicators and sc.indicators[ind.id].gap is not None
        ]
        gaps.sort(key=lambda item: -abs(item[1].gap))  # type: ignore[arg-type]
        if gaps:
            rows = [
                [
                    self.P(self.L("col.indicator"), "head"),
                    self.P(escape(printable(a)), "head_r"),
                    self.P(escape(printable(b)), "head_r"),
                    self.P(self.L("col.gap"), "head"),
                ]
            ]
            for ind, jv in gaps[:3]:
                # "no gap" is decided once, on the displayed value (healthdesk.present)
                said = gap_message(jv.gap)
                if said is None or said.code == "gap.none":
                    phrase = self.L("sum.gap_same")
                else:
                    who = a if said.params["side"] == "A" else b
                    phrase = self.L("sum.gap_sees", label=who, value=said.params["size"])
                    if self.lang == "bilingual":
                        phrase = "<br/>".join(
                            escape(printable(x))
                            for x in pair("sum.gap_sees", label=who, value=said.params["size"])
                        )
                if jv.gap_flagged:
                    phrase += f" {style.GAP_FLAG}"
                rows.append(
                    [
                        self.P(self.T(ind.name)),
                        self.P(self.num(sc.sides["A"].indicators[ind.id].value), "cell_r"),
                        self.P(self.num(sc.sides["B"].indicators[ind.id].value), "cell_r"),
                        self.P(phrase),
                    ]
                )
            body.append(self.table(rows, [w * 0.40, w * 0.10, w * 0.10, w * 0.40]))
            if any(jv.gap_flagged for _ind, jv in gaps[:3]) or any(
                v.gap_flagged for v in sc.dimensions.values()
            ):  # the legend of ■, only when the page prints one
                body += self.say("sum.flagged", "note", t=fmt2(self.fw.gap_threshold))
        else:
            body += self.say("sum.no_gaps", "note")

        # Diagnosis and next steps.
        body.append(Paragraph(self.L("sum.diagnosis"), self.s["h3"]))
        findings = [
            (f, next((r for r in self.fw.diagnosis if r.id == f.rule_id), None)) for f in d.summary.diagnosis
        ]
        findings = [(f, r) for f, r in findings if r is not None]
        if not findings:
            body += self.say("sum.no_diagnosis" if sc.index is not None else "withheld.needs_both", "small")
        for finding, rule in findings:
            assert rule is not None
            because_en = "; ".join(self._trigger(tr_, "en") for tr_ in finding.triggers)
            because_zh = "；".join(self._trigger(tr_, "zh") for tr_ in finding.triggers)
            name, explanation = zh_punctuation(rule.name), zh_punctuation(rule.explanation)
            en = f"{name.en}: {explanation.en} (" + pair("sum.because", what=because_en)[0] + ")"
            zh = f"{name.zh}：{explanation.zh}（" + pair("sum.because", what=because_zh)[1] + "）"
            body += self.sentence(en, zh, "small", bullet=style.BULLET)
        steps: list[Text] = []
        for depth in range(3):
            for _f, rule in findings:
                if rule is not None and depth < len(rule.next_steps) and rule.next_steps[depth] not in steps:
                    steps.append(rule.next_steps[depth])
        if steps:
            body.append(Paragraph(self.L("sum.next_steps"), self.s["h3"]))
            for n, step in enumerate(steps[:4], 1):
                step = zh_punctuation(step)
                body += self.sentence(step.en, step.zh, "small", bullet=f"{n}.")

        # Warnings.
        body.append(Paragraph(self.L("sum.warnings"), self.s["h3"]))
        if not d.summary.warnings:
            body += self.say("sum.no_warnings", "small")
        for warning in d.summary.warnings:
            body += self._warning(warning)

        # Decisions.
        body.append(Paragraph(self.L("sum.decisions"), self.s["h3"]))
        decisions = [x for x in (d.follow_up.decisions if d.follow_up else ()) if x.status != "decided"]
        if not decisions:
            body += self.say("sum.no_decisions", "small")
        for n, decision in enumerate(decisions[:5], 1):
            body.append(
                Paragraph(user_text(decision.text), self.s[self._bulleted("small")], bulletText=f"{n}.")
            )
        # Never shrunk to fit (bilingual text would fall to about 7.4 pt): a long summary runs on to a second page.
        return [Bookmark(printable(t("sec.summary", self.lang)), 0), *body, PageBreak()]

    def key_messages(self) -> list[Flowable]:
        """The facilitator's bullets, above everything generated. User text: markup printed literally. The review's
        language first (bilingual: English, then Chinese); a review in a language without bullets prints the
        other language's rather than none."""
        msgs = self.d.key_messages
        langs = ["en", "zh"] if self.lang == "bilingual" else [self.lang]
        if not any(msgs.get(lang) for lang in langs):
            langs = [lang for lang in ("en", "zh") if msgs.get(lang)]
        bullets = [text for lang in langs for text in msgs.get(lang, ())]
        if not bullets:
            return []
        out: list[Flowable] = [Paragraph(self.L("sum.key_messages"), self.s["h3"])]
        st = self.s[self._bulleted("body")]
        out += [Paragraph(user_text(text), st, bulletText=style.BULLET) for text in bullets]
        out.append(Spacer(1, 4))
        return out

    def _withheld_params(self, side: str) -> dict[str, Any]:
        for w in self.d.scores.withheld:
            if w.code == "side_below_threshold" and w.params["side"] == side:
                return {"submitted": w.params["submitted"], "required": w.params["required"]}
        return {"submitted": 0, "required": self.d.scores.threshold}

    def _trigger(self, trig: dict[str, Any], lang: str) -> str:
        said = trigger_message(trig)
        if said.code == "trigger.gaps":  # every flagged dimension, as in every output (healthdesk.present)
            parts = [
                pair("trig.gap", value=gap.params.get("size", "0.00"), name=self.dim_name(dim).get(lang))[
                    lang == "zh"
                ]
                for dim, gap in said.params["gaps"]
                if gap is not None
            ]
            return ("、" if lang == "zh" else ", ").join(parts)
        if "falling_rounds" in trig:
            return pair(
                "trig.falling", name=self.dim_name(trig["dimension"]).get(lang), n=trig["falling_rounds"]
            )[lang == "zh"]
        if "dimension" in trig:
            return pair(
                "trig.dim_below",
                name=self.dim_name(trig["dimension"]).get(lang),
                value=fmt2(trig["value"]),
                below=fmt2(Fraction(str(trig["below"]))),
            )[lang == "zh"]
        if "indicator" in trig:
            return pair(
                "trig.ind_below",
                name=self.ind_name(trig["indicator"]).get(lang),
                value=fmt2(trig["value"]),
                below=fmt2(Fraction(str(trig["below"]))),
            )[lang == "zh"]
        return ""

    def _warning(self, warning: Any) -> list[Flowable]:
        p = warning.params
        if warning.code == "index_falling":
            said = warning_message(warning).params
            en, zh = pair(
                "warn.index_falling",
                from_index=said["from_index"],
                label=said["from"],
                index=said["index"],
                rounds=said["rounds"],
                change=said["change"],
            )
            if said["falls"] >= 2:
                more = pair("warn.index_falls", n=said["falls"])
                en, zh = f"{en} {more[0]}", f"{zh}{more[1]}"
            return self.sentence(en, zh, "small", bullet=style.ARROWS["down"])
        if warning.code == "falling":
            n = self.dim_name(p["dimension"])
            return self.say_params(
                "warn.falling",
                {"name": n.en, "n": p["rounds"]},
                {"name": n.zh, "n": p["rounds"]},
                "small",
                bullet=style.ARROWS["down"],
            )
        if warning.code == "gap_growing":
            n = self.dim_name(p["dimension"])
            values = {"gap": fmt2(abs(p["gap"])), "previous": fmt2(abs(p["previous_gap"]))}
            return self.say_params(
                "warn.gap_growing",
                {"name": n.en, **values},
                {"name": n.zh, **values},
                "small",
                bullet=style.GAP_FLAG,
            )
        if warning.code == "overdue":
            if p.get("days") is None:
                return self.say("warn.overdue_never", "small", bullet=style.BULLET)
            return self.say("warn.overdue", "small", bullet=style.BULLET, days=p["days"], limit=p["limit"])
        return self.sentence(warning.code, warning.code, "small", bullet=style.BULLET)

    # ---------------------------------------------------------------------------------------------- results
    def results(self, images: dict[str, tuple[Any, float]]) -> list[Flowable]:
        """Charts carry their own titles (what to see); the outline still names each one."""
        out = self.heading("sec.results")
        max_h = self.height - 12 * mm

        def chart(name: str, key: str) -> list[Flowable]:
            chart, aspect = images[name]
            flow = chart_flowable(chart, aspect, max_h)
            return [KeepTogether([Bookmark(printable(t(key, self.lang)), 1), flow])]

        if "radar" in images:
            out += chart("radar", "res.radar")
        if "trend" in images:
            out += chart("trend", "res.trend")
        else:
            out += self.say("res.one_round", "note")
        if "gap" in images:
            out += chart("gap", "res.gaps")
        out.append(CondPageBreak(60 * mm))
        out += self.heading("res.table", 2)
        out += self.indicator_table()
        if len(self.d.history) >= 2:
            out += self.heatmap_table()
        out.append(PageBreak())
        return out

    def indicator_table(self) -> list[Flowable]:
        sc, tr = self.d.scores, self.d.summary.trend
        a, b = self.side("A"), self.side("B")
        rows = [
            [
                self.P(self.L("col.indicator"), "head"),
                self.P(escape(printable(a)), "head_r"),
                self.P(escape(printable(b)), "head_r"),
                self.P(self.L("col.joint"), "head_r"),
                self.P(self.L("sum.light"), "head"),
                self.P(self.L("col.gap"), "head_r"),
                self.P(self.L("col.spread"), "head_r"),
                self.P(self.L("col.trend"), "head_r"),
            ]
        ]
        extra: list[tuple] = []
        for dim in self.fw.dimensions:
            jv = sc.dimensions.get(dim.id)
            r = len(rows)
            gap = fmt_signed2(jv.gap) if jv and jv.gap is not None else style.DASH
            rows.append(
                [
                    self.P(self.T(dim.name), "head"),
                    self.P(self.num(sc.sides["A"].dimensions.get(dim.id)), "cell_r"),
                    self.P(self.num(sc.sides["B"].dimensions.get(dim.id)), "cell_r"),
                    self.P(self.num(jv.joint if jv else None), "cell_r"),
                    self.P(self.light(jv.light if jv else None)),
                    self.P(gap + (f" {style.GAP_FLAG}" if jv and jv.gap_flagged else ""), "cell_r"),
                    "",
                    self.P(self.change_text(tr.dimensions.get(dim.id), tr.kind), "cell_r"),
                ]
            )
            extra.append(("BACKGROUND", (0, r), (-1, r), _c("#F6F6F6")))
            for ind in dim.indicators:
                ij = sc.indicators.get(ind.id)
                sa, sb = sc.sides["A"].indicators[ind.id], sc.sides["B"].indicators[ind.id]
                gap = fmt_signed2(ij.gap) if ij and ij.gap is not None else style.DASH
                if ij is not None and ij.gap_flagged:
                    gap = f"{gap} {style.GAP_FLAG}"

                def spread(si: Any) -> str:
                    if si.spread is None:
                        return style.DASH
                    return fmt2(si.spread) + (f"{style.SPREAD_FLAG}" if si.spread_flagged else "")

                rows.append(
                    [
                        Paragraph(
                            self.T(ind.name), ParagraphStyle("ind", parent=self.s["cell"], leftIndent=8)
                        ),
                        self.P(self.num(sa.value), "cell_r"),
                        self.P(self.num(sb.value), "cell_r"),
                        self.P(self.num(ij.joint if ij else None), "cell_r"),
                        self.P(self.light(ij.light if ij else None)),
                        self.P(gap, "cell_r"),
                        self.P(f"{spread(sa)} / {spread(sb)}", "cell_r"),
                        self.P(self.change_text(tr.indicators.get(ind.id), tr.kind), "cell_r"),
                    ]
                )
        w = self.width
        widths = [w * 0.25, w * 0.10, w * 0.10, w * 0.09, w * 0.12, w * 0.10, w * 0.13, w * 0.11]
        out: list[Flowable] = [self.table(rows, widths, extra=extra)]
        # The legend names only the symbols the table prints.
        parts = [pair("legend.gap", a=a, b=b)]
        if _prints(rows, style.GAP_FLAG):
            parts.append(pair("legend.gap_flag", gap=fmt2(self.fw.gap_threshold)))
        parts.append(pair("legend.spread", a=a, b=b))
        if _prints(rows, style.SPREAD_FLAG):
            parts.append(pair("legend.spread_flag", spread=fmt2(self.fw.spread_threshold)))
        if _prints(rows, style.DASH):
            parts.append(pair("legend.dash"))
        out += self.sentence(
            "; ".join(en for en, _zh in parts) + ".", "；".join(zh for _en, zh in parts) + "。", "note"
        )
        return out

    HEATMAP_ROUNDS = 8

    def heatmap_table(self) -> list[Flowable]:
        """Indicators by rounds as a table (the printed form of the dashboard's heatmap): joint value, light
        symbol and tint per cell; withheld cells grey with a dash; a framework change as a heavy rule."""
        history = sorted(self.d.history, key=lambda s: (s.start_date, s.round_id))
        shown = history[-self.HEATMAP_ROUNDS :]
        out: list[Flowable] = [CondPageBreak(70 * mm), Bookmark(printable(t("res.heatmap", self.lang)), 1)]
        out.append(Paragraph(self.L("chart.heatmap.title"), self.s["h2"]))
        if len(shown) < len(history):
            out += self.say("res.heatmap_last", "note", n=len(shown), total=len(history))
        w = self.width
        first = w * 0.30
        col = (w - first) / len(shown)
        rows: list[list[Any]] = [[self.P(self.L("col.indicator"), "head")]]
        rows[0] += [self.P(user_text(sc.label), "head_c") for sc in shown]
        extra: list[tuple] = [
            ("LINEBELOW", (0, 1), (-1, -1), 1.5, colors.white),
            ("LINEAFTER", (1, 1), (-1, -1), 1.5, colors.white),
        ]
        for r, ind in enumerate(self.fw.indicators, 1):
            row: list[Any] = [self.P(self.T(ind.name))]
            for c, sc in enumerate(shown, 1):
                jv = sc.indicators.get(ind.id)
                if jv is None or jv.joint is None:
                    row.append(self.P(style.DASH, "cell_c"))
                    extra.append(("BACKGROUND", (c, r), (c, r), _c(style.WITHHELD_TINT)))
                    continue
                row.append(
                    self.P(
                        f"{fmt2(jv.joint)} {style.LIGHT_SYMBOLS.get(jv.light or '', '')}".strip(), "cell_c"
                    )
                )
                if jv.light:
                    extra.append(("BACKGROUND", (c, r), (c, r), _c(style.LIGHT_TINTS[jv.light])))
            rows.append(row)
        for c in range(1, len(shown)):
            if shown[c].framework_key != shown[c - 1].framework_key:
                extra.append(("LINEBEFORE", (c + 1, 0), (c + 1, -1), 2, _c(style.TEXT_COLOUR)))
        out.append(self.table(rows, [first] + [col] * len(shown), extra=extra))
        used = [x for x in ("red", "amber", "green") if _prints(rows[1:], style.LIGHT_SYMBOLS[x])]
        legend = "   ".join(light_word(x, self.lang) for x in used)
        if _prints(rows[1:], style.DASH):
            legend += f"   {style.DASH} {t('withheld', self.lang)}"
        if legend.strip():
            out.append(Paragraph(escape(legend.strip()), self.s["note"]))
        return out

    # ---------------------------------------------------------------------------------------------- voices
    def voices(self) -> list[Flowable]:
        sc = self.d.scores
        out = self.heading("sec.voices")
        out += self.say("voices.intro", "note")
        for side in SIDES:
            if sc.sides[side].withheld:
                out += self.say(
                    "voices.withheld_side", "body", side=self.side(side), **self._withheld_params(side)
                )
        any_text = False
        for dim in self.fw.dimensions:
            inds = [ind for ind in dim.indicators if sc.problems.get(ind.id)]
            if not inds:
                continue
            any_text = True
            out.append(Bookmark(printable(text_of(dim.name, self.lang)), 1))
            out.append(Paragraph(self.T(dim.name), self.s["h2"]))
            for ind in inds:
                block: list[Flowable] = [Paragraph(self.T(ind.name), self.s["h3"])]
                for side in SIDES:
                    texts = sc.problems[ind.id].get(side, ())
                    if not texts:
                        continue
                    block.append(Paragraph(user_text(self.side(side)), self.s["side"]))
                    for text in texts:
                        block.append(Paragraph(user_text(text), self.s["bullet"], bulletText=style.BULLET))
                out += block  # the headings stay with the first text (arrange); long lists flow on
        if sc.comments:
            any_text = True
            out += self.heading("voices.comments", 2)
            for side in SIDES:
                for n, text in enumerate(sc.comments.get(side, ())):
                    if n == 0:
                        out.append(Paragraph(user_text(self.side(side)), self.s["side"]))
                    out.append(Paragraph(user_text(text), self.s["bullet"], bulletText=style.BULLET))
        if not any_text:
            out += self.say("voices.none", "body")
        out.append(PageBreak())
        return out

    # ---------------------------------------------------------------------------------------------- follow-up
    def followup(self) -> list[Flowable]:
        out = self.heading("sec.followup")
        fu = self.d.follow_up
        w = self.width
        if fu is None or fu.empty:
            out += self.say("fu.none", "note")
            out.append(Paragraph(self.L("fu.decisions"), self.s["h3"]))
            rows = [
                [
                    "#",
                    self.P(self.L("fu.decision"), "head"),
                    self.P(self.L("fu.owner"), "head"),
                    self.P(self.L("fu.due"), "head"),
                ]
            ]
            rows += [[str(n), "", "", ""] for n in range(1, 7)]
            out.append(
                self.table(
                    rows,
                    [w * 0.06, w * 0.56, w * 0.22, w * 0.16],
                    extra=[("ROWHEIGHT", (0, 1), (-1, -1), 10 * mm)],
                )
            )
            out.append(Paragraph(self.L("fu.actions"), self.s["h3"]))
            rows = [
                [
                    "#",
                    self.P(self.L("fu.actions"), "head"),
                    self.P(self.L("fu.owner"), "head"),
                    self.P(self.L("fu.due"), "head"),
                    self.P(self.L("fu.status"), "head"),
                ]
            ]
            rows += [[str(n), "", "", "", ""] for n in range(1, 7)]
            tbl = self.table(rows, [w * 0.06, w * 0.46, w * 0.20, w * 0.14, w * 0.14])
            tbl._argH = [None] + [10 * mm] * 6  # blank rows tall enough to write in
            out.append(tbl)
            out[-3]._argH = [None] + [10 * mm] * 6
            out.append(PageBreak())
            return out

        def meta(parts: list[str]) -> str:
            return f"<font color='{style.MUTED_COLOUR}'>" + " · ".join(p for p in parts if p) + "</font>"

        def status(s: str) -> str:
            key = f"status.{s}"
            return self.L(key) if key in TEXTS else escape(printable(s))

        if fu.goals:
            out += self.heading("fu.goals", 2)
            for level in ("top", "mid", "short"):
                goals = [g for g in fu.goals if g.level == level]
                if goals:
                    out.append(Paragraph(self.L(f"goal.{level}"), self.s["h3"]))
                for g in goals:
                    owners = " / ".join(user_text(x) for x in (g.owner_a, g.owner_b) if x)
                    parts = [
                        f"{self.L('fu.owner')}{self.colon}{owners}" if owners else "",
                        f"{self.L('fu.due')}{self.colon}{g.due.isoformat()}" if g.due else "",
                        f"{self.L('fu.status')}{self.colon}{status(g.status)}",
                        self.T(self.dim_name(g.dimension)) if g.dimension else "",
                    ]
                    out.append(
                        self.item(
                            Paragraph(
                                f"{user_text(g.title)}<br/>{meta(parts)}",
                                self.s["bullet"],
                                bulletText=style.BULLET,
                            )
                        )
                    )
        if fu.actions:
            out += self.heading("fu.actions", 2)
            for n, act in enumerate(fu.actions, 1):
                owner = user_text(act.owner)
                if act.side in SIDES:
                    owner = (
                        (
                            f"{owner}（{user_text(self.side(act.side))}）"
                            if self.lang == "zh"
                            else f"{owner} ({user_text(self.side(act.side))})"
                        )
                        if owner
                        else user_text(self.side(act.side))
                    )
                parts = [
                    f"{self.L('fu.owner')}{self.colon}{owner}" if owner else "",
                    f"{self.L('fu.due')}{self.colon}{act.due.isoformat()}" if act.due else "",
                    f"{self.L('fu.status')}{self.colon}{status(act.status)}",
                    self.T(self.dim_name(act.dimension)) if act.dimension else "",
                ]
                text = user_text(act.title)
                if act.days_overdue > 0:
                    text += f" <b>({self.L('fu.overdue', n=act.days_overdue)})</b>"
                if act.note:
                    text += f"<br/>{user_text(act.note)}"
                out.append(
                    self.item(Paragraph(f"{text}<br/>{meta(parts)}", self.s["bullet"], bulletText=f"{n}."))
                )
        if fu.kpis:
            out += self.heading("fu.kpis", 2)
            rows = [
                [
                    self.P(self.L("fu.kpi"), "head"),
                    self.P(self.L("fu.latest"), "head_r"),
                    self.P(self.L("fu.target"), "head_r"),
                    self.P(self.L("fu.alert"), "head_r"),
                    self.P(self.L("fu.status"), "head"),
                ]
            ]

            def number(value: float | None, unit: str) -> str:
                if value is None:
                    return ""
                text = f"{value:,.2f}".rstrip("0").rstrip(".")
                return f"{text} {unit}".strip() if unit not in ("%",) else f"{text}%"

            for k in fu.kpis:
                unit = printable(k.unit)
                latest = (
                    f"{number(k.latest_value, unit)} ({printable(k.latest_period)})"
                    if k.latest_value is not None
                    else self.L("fu.no_value")
                )
                alert_key = "fu.alert_below" if k.direction == "below" else "fu.alert_above"
                rows.append(
                    [
                        self.P(user_text(k.name), "cell"),
                        self.P(escape(latest), "cell_r"),
                        self.P(escape(number(k.target, unit)), "cell_r"),
                        self.P(self.L(alert_key, value=number(k.alert_threshold, unit)), "cell_r"),
                        self.P(
                            f"<b>{self.L('fu.breach')}</b>" if k.breached else self.L("fu.within"),
                            "cell",
                        ),
                    ]
                )
            out.append(self.table(rows, [w * 0.34, w * 0.2, w * 0.14, w * 0.16, w * 0.16]))
        out += self.heading("fu.decisions_log" if fu.decisions else "fu.decisions", 2)
        if not fu.decisions:
            rows = [
                [
                    "#",
                    self.P(self.L("fu.decision"), "head"),
                    self.P(self.L("fu.owner"), "head"),
                    self.P(self.L("fu.due"), "head"),
                ]
            ]
            rows += [[str(n), "", "", ""] for n in range(1, 5)]
            tbl = self.table(rows, [w * 0.06, w * 0.56, w * 0.22, w * 0.16])
            tbl._argH = [None] + [10 * mm] * 4
            out.append(tbl)
        for n, dec in enumerate(fu.decisions, 1):
            parts = [
                f"{self.L('fu.owner')}{self.colon}{user_text(dec.requested_by)}" if dec.requested_by else "",
                f"{self.L('fu.due')}{self.colon}{dec.due.isoformat()}" if dec.due else "",
                f"{self.L('fu.decided_on')}{self.colon}{dec.decided_on.isoformat()}"
                if dec.decided_on
                else "",
                f"{self.L('fu.status')}{self.colon}{status(dec.status)}",
            ]
            text = user_text(dec.text) + (f"<br/>{user_text(dec.outcome)}" if dec.outcome else "")
            out.append(
                self.item(Paragraph(f"{text}<br/>{meta(parts)}", self.s["bullet"], bulletText=f"{n}."))
            )
        out.append(PageBreak())
        return out

    # ---------------------------------------------------------------------------------------------- method
    def method(self) -> list[Flowable]:
        d, fw, r = self.d, self.fw, self.d.round
        out = self.heading("sec.method")
        out.append(Paragraph(self.L("method.respondents"), self.s["h3"]))
        w = self.width
        rows: list[list[Any]] = [
            [
                self.P(self.L("side"), "head"),
                self.P(self.L("method.role"), "head"),
                self.P(self.L("method.invited"), "head_r"),
                self.P(self.L("method.submitted"), "head_r"),
                self.P(self.L("method.in_progress"), "head_r"),
                self.P(self.L("method.rate"), "head_r"),
            ]
        ]
        extra: list[tuple] = []
        for side in SIDES:
            mine = [x for x in d.respondents if x.side == side]
            for rc in mine:
                role = user_text(rc.role) if rc.role else self.L("method.no_role")
                rows.append(
                    [
                        self.P(user_text(self.side(side))),
                        self.P(role),
                        self.P(str(rc.invited), "cell_r"),
                        self.P(str(rc.submitted), "cell_r"),
                        self.P(str(rc.in_progress), "cell_r"),
                        "",
                    ]
                )
            invited = sum(x.invited for x in mine)
            submitted = sum(x.submitted for x in mine)
            rate = f"{submitted}/{invited} ({round(100 * submitted / invited)}%)" if invited else style.DASH
            rows.append(
                [
                    self.P(user_text(self.side(side)), "head"),
                    self.P(self.L("method.total"), "head"),
                    self.P(str(invited), "cell_r"),
                    self.P(str(submitted), "cell_r"),
                    self.P(str(sum(x.in_progress for x in mine)), "cell_r"),
                    self.P(rate, "cell_r"),
                ]
            )
            extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), _c("#F6F6F6")))
        out.append(
            self.table(rows, [w * 0.22, w * 0.28, w * 0.11, w * 0.13, w * 0.12, w * 0.14], extra=extra)
        )
        out.append(Spacer(1, 6))
        out += self.say_params(
            "method.framework",
            {"name": fw.name.en, "version": fw.version, "key": fw.key},
            {"name": fw.name.zh, "version": fw.version, "key": fw.key},
        )
        out += self.say("method.scale")
        a, b = self.side("A"), self.side("B")
        out += self.say("method.compute", a=a, b=b)
        out += self.say(
            "method.lights", red=fmt2(fw.red_below), green=fmt2(fw.green_from), step=fmt2(fw.trend_step)
        )
        out += self.say("method.gaps", gap=fmt2(fw.gap_threshold), spread=fmt2(fw.spread_threshold))
        out += self.say("method.threshold", n=r.threshold)
        if d.scores.threshold_lowered or r.threshold < d.default_threshold:
            out += self.say(
                "method.threshold_lowered",
                default=d.default_threshold,
                n=r.threshold,
                reason=r.threshold_note or style.DASH,
            )
        withheld = self._withheld_lines()
        if withheld:
            out.append(Paragraph(self.L("method.withheld_list"), self.s["h3"]))
            for en, zh in withheld:
                out += self.sentence(en, zh, "small", bullet=style.BULLET)
        return out

    def _withheld_lines(self) -> list[tuple[str, str]]:
        lines = []
        for w in self.d.scores.withheld:
            p = w.params
            if w.code == "side_below_threshold":
                lines.append(
                    pair(
                        "withheld.side",
                        side=self.side(p["side"]),
                        submitted=p["submitted"],
                        required=p["required"],
                    )
                )
            elif w.code == "indicator_below_threshold":
                name = self.ind_name(p["indicator"])
                en, zh = pair(
                    "withheld.indicator",
                    side=self.side(p["side"]),
                    scored=p["scored"],
                    required=p["required"],
                )
                lines.append((f"{name.en} — {en}", f"{name.zh} — {zh}"))
            elif w.code == "needs_both_sides":
                lines.append(pair("withheld.needs_both"))
        return lines

    # ---------------------------------------------------------------------------------------------- sign-off
    def signoff(self) -> list[Flowable]:
        """One line per JMC member of each side: name, side, role, signature and date (two blank lines for a side
        whose members are not recorded)."""
        out: list[Flowable] = [CondPageBreak(75 * mm), Spacer(1, 6 * mm)]
        out += self.heading("sec.signoff")
        out += self.say("sign.intro")
        w = self.width
        rows: list[list[Any]] = [
            [
                self.P(self.L("sign.name"), "head"),
                self.P(self.L("side"), "head"),
                self.P(self.L("method.role"), "head"),
                self.P(self.L("sign.signature"), "head"),
                self.P(self.L("sign.date"), "head"),
            ]
        ]
        members = self.d.partnership.members
        for side in SIDES:
            names = [m.name for m in members if m.side == side and m.role == "jmc_member"] or ["", ""]
            for name in names:
                rows.append(
                    [
                        self.P(user_text(name) or "&nbsp;"),
                        self.P(user_text(self.side(side))),
                        self.P(self.L("sign.role_jmc").replace(BILINGUAL_SEP, "<br/>")),
                        "",
                        "",
                    ]
                )
        tbl = self.table(
            rows,
            [w * 0.24, w * 0.17, w * 0.21, w * 0.24, w * 0.14],
            extra=[
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.6, _c(style.TEXT_COLOUR)),
            ],
        )
        tbl._argH = [None] + [11 * mm] * (len(rows) - 1)  # room to sign
        out.append(Spacer(1, 3 * mm))
        out.append(tbl)
        return out


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
    fix = chart_punctuation(fw)
    for name, build in builders.items():
        images[name] = render(build(), fix)
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
    review = _Review(data, lang, page_size)
    images = _chart_images(data, lang, wanted, tick)

    flow: list[Flowable] = []
    if "cover" in wanted:
        flow += review.cover()
    if "summary" in wanted:
        flow += review.summary()
    if "results" in wanted:
        flow += review.results(images)
    if "voices" in wanted:
        flow += review.voices()
    if "followup" in wanted:
        flow += review.followup()
    if "method" in wanted:
        flow += review.method()
    if "signoff" in wanted:
        flow += review.signoff()
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
