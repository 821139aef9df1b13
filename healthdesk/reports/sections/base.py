"""The shared context of the printed review: :class:`Writer` (the data, language, styles and the helpers every
section writes with), the paragraph styles and small table helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from ...analysis.numbers import fmt2, fmt_signed2
from ...analysis.types import Change
from ...framework import Text
from .. import style
from ..catalogue import BILINGUAL_SEP, TEXTS, light_word, pair, t, text_of, zh_format
from ..data import ReviewData
from ..fonts import PDF_FONT, printable, register_reportlab
from ..wrap import Paragraph
from .flow import Bookmark, Keep, _Cell
from .text import user_text

__all__ = ["Writer", "prints"]


def prints(rows: Iterable[Iterable[Any]], symbol: str) -> bool:
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


class Writer:
    """What every section writes with: the review's data, language and framework, the paragraph styles, the page's
    text width and height, and the helpers that word and lay out text (catalogue labels, sentences in the review's
    language, headings with their outline entry, table cells and tables, numbers, lights and changes).

    Each section of the full review is a function of a writer and the :class:`ReviewData` (:mod:`.cover` …
    :mod:`.signoff`); the summary sheet (:mod:`healthdesk.reports.sheet`) is a writer with smaller type."""

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
        return escape(printable(text_of(text, self.lang, sep)))

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
        return dim.name if dim else Text(dim_id, dim_id)

    def ind_name(self, ind_id: str) -> Text:
        ind = self.fw.indicator_map.get(ind_id)
        return ind.name if ind else Text(ind_id, ind_id)

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

    def withheld_params(self, side: str) -> dict[str, Any]:
        for w in self.d.scores.withheld:
            if w.code == "side_below_threshold" and w.params["side"] == side:
                return {"submitted": w.params["submitted"], "required": w.params["required"]}
        return {"submitted": 0, "required": self.d.scores.threshold}
