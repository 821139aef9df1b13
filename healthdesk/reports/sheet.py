"""The one-page JMC summary sheet (``healthdesk report … --layout sheet``): what a chair would otherwise print from a
spreadsheet scorecard, on one A4 or Letter page.

Top to bottom: the health index with its light, trend and tier (the tier explained); each dimension for both
partners beside the previous comparable round's values; the radar and the index by round; the three largest gaps
beside the key messages; the KPIs against their targets beside the decisions requested; a compact sign-off; a legend
of only the symbols the page uses. Symbols and words always travel together, so it reads in black and white.

Built from the same pieces as the full review (:mod:`.pdf`'s helpers, :mod:`.style`, :mod:`.wrap`'s Paragraph,
:mod:`.charts`); every word from the report catalogue, gap and trend wording from :mod:`healthdesk.present`. The
whole page is one frame whose content is shrunk (never split) if an unusually long sheet would overflow it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepInFrame, PageTemplate, Spacer, Table

from .. import __version__
from ..analysis.numbers import fmt1
from ..analysis.types import SIDES, RoundScores
from ..maintenance import atomic_file
from ..present.findings import gap_message, trend_message
from . import charts, style
from .catalogue import BILINGUAL_SEP, pair, t
from .data import ReviewData
from .fonts import printable, register_reportlab
from .pdf import (
    LANGS,
    PAPERS,
    _c,
    _fit,
    _ts,
    binary_streams,
    tier_explanation,
    user_text,
)
from .progress import Steps
from .sections.base import Writer
from .vector import chart_flowable, render
from .wrap import Paragraph

__all__ = ["build_sheet"]

MARGIN_MM = 12.0
SIZE = 8.0  # table and body type of the sheet
MAX_MESSAGES = 5
MAX_KPIS = 5
MAX_DECISIONS = 4


class _Sheet(Writer):
    """The full review's helpers with the sheet's smaller type and its own page width."""

    def __init__(self, data: ReviewData, lang: str, page_size: tuple[float, float]):
        super().__init__(data, lang, page_size)
        self.width = page_size[0] - 2 * MARGIN_MM * mm
        self.height = page_size[1] - 2 * MARGIN_MM * mm - 6 * mm  # the footer line
        for name in ("cell", "cell_r", "cell_c", "head", "head_r", "head_c"):
            self.s[name] = ParagraphStyle(
                f"sheet_{name}", parent=self.s[name], fontSize=SIZE, leading=SIZE * 1.22
            )
        self.s["small"] = ParagraphStyle(
            "sheet_small", parent=self.s["small"], fontSize=SIZE, leading=SIZE * 1.3
        )
        self.s["note"] = ParagraphStyle(
            "sheet_note", parent=self.s["note"], fontSize=7.5, leading=9.2, spaceAfter=1
        )
        self.s["h3"] = ParagraphStyle(
            "sheet_h3", parent=self.s["h3"], fontSize=9.5, leading=11.5, spaceBefore=3, spaceAfter=1.5
        )
        self.used: set[str] = set()  # symbols printed, for the legend

    # ---- values that remember the symbols they print
    def num(self, x: Any) -> str:  # type: ignore[override]
        text = super().num(x)
        if text == style.DASH:
            self.used.add("dash")
        return text

    def light(self, light: str | None) -> str:
        if light is None:
            self.used.add("dash")
        else:
            self.used.add(f"light:{light}")
        return super().light(light)

    def arrows_in(self, text: str) -> None:
        for direction, symbol in style.ARROWS.items():
            if symbol in text:
                self.used.add(f"arrow:{direction}")

    def lines(self, key: str, **params: Any) -> str:
        """A catalogue text as markup; bilingual puts English above Chinese."""
        en, zh = pair(key, **params)
        if self.lang == "bilingual":
            return (
                escape(printable(en)) if en == zh else f"{escape(printable(en))}<br/>{escape(printable(zh))}"
            )
        return escape(printable(zh if self.lang == "zh" else en))

    def both(self, en: str, zh: str) -> str:
        """Already worded text in the sheet's language, escaped; bilingual English above Chinese."""
        if self.lang == "bilingual":
            return user_text(en) if en == zh else f"{user_text(en)}<br/>{user_text(zh)}"
        return user_text(zh if self.lang == "zh" else en)

    def grid(self, rows: list[list[Any]], widths: list[float], extra: list[tuple] | None = None) -> Table:
        tbl = self.table(rows, widths, extra=extra or [])
        tbl.setStyle(
            _ts(
                [
                    ("FONTSIZE", (0, 0), (-1, -1), SIZE),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return tbl

    def columns(self, left: list[Flowable], right: list[Flowable], split: float = 0.5) -> Table:
        """Two blocks side by side."""
        gutter = 5 * mm
        lw = (self.width - gutter) * split
        rw = self.width - gutter - lw
        return Table(
            [[left, "", right]],
            colWidths=[lw, gutter, rw],
            hAlign="LEFT",
            style=_ts(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )

    def h3(self, key: str, **params: Any) -> Flowable:
        return Paragraph(self.L(key, **params).replace(escape(BILINGUAL_SEP), BILINGUAL_SEP), self.s["h3"])

    # ---------------------------------------------------------------------------------------------- parts
    def previous(self) -> RoundScores | None:
        """The previous comparable round (the one the trend compares with), if any."""
        tr = self.d.summary.trend
        if tr.kind != "compared" or not tr.previous_label:
            return None
        earlier = [s for s in self.d.history[:-1] if s.label == tr.previous_label]
        return earlier[-1] if earlier else None

    def head_block(self) -> list[Flowable]:
        p, r = self.d.partnership, self.d.round
        period = r.start_date.isoformat() + (f" – {r.end_date.isoformat()}" if r.end_date else "")
        title = Paragraph(
            f"{self.lines('sheet.title')}",
            ParagraphStyle("sheet_title", parent=self.s["h1"], fontSize=14, leading=16.5, spaceAfter=0),
        )
        right = Paragraph(
            f"<b>{user_text(p.name)}</b><br/>{self.L('round')} {user_text(r.label)} · {escape(period)}",
            ParagraphStyle("sheet_who", parent=self.s["small"], alignment=2),
        )
        return [self.columns([title], [right], 0.45), Spacer(1, 1.5 * mm)]

    def tiles(self) -> list[Flowable]:
        d = self.d
        sc, tr = d.scores, d.summary.trend
        if sc.index is not None:
            idx = f"<font size='24'>{fmt1(sc.index)}</font> <font size='9'>/ 100</font>"
            light = self.light(sc.light)
            said = trend_message(tr)
            if said is not None and said.code == "trend.compared":
                self.arrows_in(said.params["arrow"])
                trend = (
                    f"{said.params['arrow']} {escape(said.params['delta'])}<br/>"
                    f"<font size='7.5'>{self.L('vs_round', label=said.params['previous'] or '')}</font>"
                )
            else:
                trend = self.change_text(None, tr.kind)
            tier = next((x for x in self.fw.tiers if x.id == d.summary.tier), None)
            tier_text = self.T(tier.name) if tier else style.DASH
            meaning = tier_explanation(self.fw, tier.id) if tier else None
            if meaning:
                tier_text += f"<br/><font size='7'>{self.both(*meaning)}</font>"
        else:
            idx = f"<font size='12'>{self.L('sum.withheld_index')}</font>"
            light = trend = tier_text = style.DASH
            self.used.add("dash")
        heads = [self.L("index"), self.L("sum.light"), self.L("col.trend"), self.L("tier")]
        tile = ParagraphStyle("sheet_tile", parent=self.s["tile"], fontSize=10.5, leading=12.5)
        big = ParagraphStyle("sheet_big", parent=self.s["big"], fontSize=24, leading=26)
        w = self.width
        table = Table(
            [
                [self.P(h, "head") for h in heads],
                [
                    Paragraph(idx, big),
                    Paragraph(light, tile),
                    Paragraph(trend, tile),
                    Paragraph(tier_text, tile),
                ],
            ],
            colWidths=[w * 0.25, w * 0.17, w * 0.18, w * 0.40],
            hAlign="LEFT",
            style=_ts(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("VALIGN", (3, 1), (3, 1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), _c("#F4F7F7")),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, _c(style.ACCENT_COLOUR)),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ]
            ),
        )
        out: list[Flowable] = [table]
        if d.summary.exit_review:
            out.append(
                Paragraph(
                    f"<b>{self.lines('sum.exit_review', n=self.fw.exit_review_after)}</b>", self.s["small"]
                )
            )
        if sc.index is None:
            out.append(Paragraph(self.lines("withheld.needs_both"), self.s["note"]))
        return out

    def dimensions(self) -> list[Flowable]:
        sc, tr = self.d.scores, self.d.summary.trend
        prev = self.previous()
        a, b = self.side("A"), self.side("B")
        before = self.L("sheet.previous")
        rows: list[list[Any]] = [
            [
                self.P(self.L("fu.dimension"), "head"),
                self.P(escape(printable(a)), "head_r"),
                self.P(before, "head_r"),
                self.P(escape(printable(b)), "head_r"),
                self.P(before, "head_r"),
                self.P(self.L("col.joint"), "head_r"),
                self.P(self.L("sum.light"), "head"),
                self.P(self.L("col.trend"), "head_r"),
                self.P(self.L("col.gap"), "head_r"),
            ]
        ]
        muted = style.MUTED_COLOUR
        for dim in self.fw.dimensions:
            jv = sc.dimensions.get(dim.id)
            said = gap_message(jv.gap) if jv is not None else None
            if said is None:
                gap = self.num(None)
            elif said.code == "gap.none":
                gap = "0.00"
            else:
                gap = f"{'+' if said.params['side'] == 'A' else '−'}{said.params['size']}"
            if jv is not None and jv.gap_flagged:
                gap = f"{gap} {style.GAP_FLAG}"
                self.used.add("gap_flag")
            change = self.change_text(tr.dimensions.get(dim.id), tr.kind)
            self.arrows_in(change)
            if change == style.DASH:
                self.used.add("dash")

            def was(side: str, dim: Any = dim) -> str:
                if prev is None:
                    return self.num(None)
                return f"<font color='{muted}'>{self.num(prev.sides[side].dimensions.get(dim.id))}</font>"

            rows.append(
                [
                    self.P(self.T(dim.name)),
                    self.P(self.num(sc.sides["A"].dimensions.get(dim.id)), "cell_r"),
                    Paragraph(was("A"), self.s["cell_r"]),
                    self.P(self.num(sc.sides["B"].dimensions.get(dim.id)), "cell_r"),
                    Paragraph(was("B"), self.s["cell_r"]),
                    self.P(f"<b>{self.num(jv.joint if jv else None)}</b>", "cell_r"),
                    self.P(self.light(jv.light if jv else None)),
                    self.P(change, "cell_r"),
                    self.P(gap, "cell_r"),
                ]
            )
        w = self.width
        name_w = 0.27 if self.lang != "bilingual" else 0.25
        rest = (1 - name_w - 0.12 - 0.13 - 0.10) / 5
        widths = [w * name_w] + [w * rest] * 5 + [w * 0.12, w * 0.13, w * 0.10]
        heading = self.h3("sheet.dims_previous", label=prev.label) if prev else self.h3("sum.dimensions")
        out: list[Flowable] = [heading, self.grid(rows, widths)]
        if prev is None:
            out.append(Paragraph(self.lines("sheet.no_previous"), self.s["note"]))
        return out

    def charts_row(self, images: dict[str, tuple[Any, float]]) -> list[Flowable]:
        half = (self.width - 5 * mm) / 2
        left: list[Flowable] = [self.h3("res.radar")]
        left.append(chart_flowable(images["radar"][0], images["radar"][1], half * images["radar"][1]))
        right: list[Flowable] = [self.h3("sheet.index_trend")]
        if "trend" in images:
            # Its bands are marked ✕ ● ✓, text on the page since the charts are vector: the legend says them.
            self.used |= {"light:red", "light:amber", "light:green"}
            right.append(chart_flowable(images["trend"][0], images["trend"][1], half * images["trend"][1]))
        else:
            right.append(Paragraph(self.lines("res.one_round"), self.s["note"]))
        return [self.columns(left, right)]

    def gaps(self) -> list[Flowable]:
        sc = self.d.scores
        a, b = self.side("A"), self.side("B")
        found = [
            (ind, sc.indicators[ind.id])
            for ind in self.fw.indicators
            if ind.id in sc.indicators and sc.indicators[ind.id].gap is not None
        ]
        found.sort(key=lambda item: -abs(item[1].gap))  # type: ignore[arg-type]  # as the full review's summary
        out: list[Flowable] = [self.h3("sum.gaps")]
        if not found:
            out.append(Paragraph(self.lines("sum.no_gaps"), self.s["note"]))
            return out
        bullet = self._bulleted("small")
        for n, (ind, jv) in enumerate(found[:3], 1):
            said = gap_message(jv.gap)  # "no gap" decided once, on the value shown (healthdesk.present)
            if said is None or said.code == "gap.none":
                phrase = self.L("sum.gap_same")
            else:
                who = a if said.params["side"] == "A" else b
                phrase = self.lines("sum.gap_sees", label=who, value=said.params["size"])
            if jv.gap_flagged:
                phrase += f" {style.GAP_FLAG}"
                self.used.add("gap_flag")
            values = (
                f"{escape(printable(a))} {self.num(sc.sides['A'].indicators[ind.id].value)} · "
                f"{escape(printable(b))} {self.num(sc.sides['B'].indicators[ind.id].value)}"
            )
            out.append(
                Paragraph(
                    f"<b>{self.T(ind.name)}</b><br/>{phrase}<br/>"
                    f"<font color='{style.MUTED_COLOUR}'>{values}</font>",
                    self.s[bullet],
                    bulletText=f"{n}.",
                )
            )
        return out

    def key_messages(self) -> list[Flowable]:
        """The facilitator's key messages (nothing when there are none)."""
        stored = getattr(self.d, "key_messages", None) or {}
        if self.lang == "bilingual":
            texts = [*stored.get("en", ()), *stored.get("zh", ())]
        else:
            other = "en" if self.lang == "zh" else "zh"
            texts = list(stored.get(self.lang, ()) or stored.get(other, ()))
        texts = [x for x in texts if str(x).strip()]
        if not texts:
            return []
        out: list[Flowable] = [self.h3("sheet.key_messages")]
        bullet = self._bulleted("small")
        limit = MAX_MESSAGES * (2 if self.lang == "bilingual" else 1)
        for text in texts[:limit]:
            out.append(Paragraph(user_text(text), self.s[bullet], bulletText=style.BULLET))
        return out

    def kpis(self, half: bool = True) -> list[Flowable]:
        fu = self.d.follow_up
        kpis = list(fu.kpis) if fu else []
        out: list[Flowable] = [self.h3("sheet.kpis")]
        if not kpis:
            out.append(Paragraph(self.lines("sheet.no_kpis"), self.s["note"]))
            return out

        def number(value: float | None, unit: str) -> str:
            if value is None:
                return self.num(None)
            text = f"{value:,.2f}".rstrip("0").rstrip(".")
            return f"{text}%" if unit == "%" else f"{text} {unit}".strip()

        rows: list[list[Any]] = [
            [
                self.P(self.L("fu.kpi"), "head"),
                self.P(self.L("fu.latest"), "head_r"),
                self.P(self.L("fu.target"), "head_r"),
                self.P(self.L("fu.status"), "head"),
            ]
        ]
        breaches = 0
        for k in kpis[:MAX_KPIS]:
            unit = printable(k.unit)
            latest = number(k.latest_value, unit) if k.latest_value is not None else self.L("fu.no_value")
            if k.breached:
                breaches += 1
                state = f"<b>{self.L('fu.breach')}</b>"
                self.used.add("light:red")
            else:
                state = self.L("fu.within")
                self.used.add("light:green")
            rows.append(
                [
                    self.P(user_text(k.name)),
                    self.P(escape(latest), "cell_r"),
                    self.P(escape(number(k.target, unit)), "cell_r"),
                    self.P(state),
                ]
            )
        w = (self.width - 5 * mm) / 2 if half else self.width
        widths = [w * 0.40, w * 0.19, w * 0.17, w * 0.24] if half else [w * 0.5, w * 0.15, w * 0.15, w * 0.2]
        out.append(self.grid(rows, widths))
        breaches = sum(1 for k in kpis if k.breached)
        if breaches:
            out.append(
                Paragraph(
                    f"<b>{self.lines('sheet.breaches', n=breaches, total=len(kpis))}</b>", self.s["note"]
                )
            )
        if len(kpis) > MAX_KPIS:
            out.append(Paragraph(self.lines("sheet.more", n=len(kpis) - MAX_KPIS), self.s["note"]))
        return out

    def decisions(self) -> list[Flowable]:
        fu = self.d.follow_up
        wanted = [x for x in (fu.decisions if fu else ()) if x.status != "decided"]
        out: list[Flowable] = [self.h3("sum.decisions")]
        if not wanted:
            out.append(Paragraph(self.lines("sheet.no_decisions"), self.s["note"]))
            return out
        bullet = self._bulleted("small")
        for n, dec in enumerate(wanted[:MAX_DECISIONS], 1):
            meta = [
                f"{self.L('fu.owner')}{self.colon}{user_text(dec.requested_by)}" if dec.requested_by else "",
                f"{self.L('fu.due')}{self.colon}{dec.due.isoformat()}" if dec.due else "",
            ]
            line = " · ".join(x for x in meta if x)
            text = user_text(dec.text) + (
                f"<br/><font color='{style.MUTED_COLOUR}'>{line}</font>" if line else ""
            )
            out.append(Paragraph(text, self.s[bullet], bulletText=f"{n}."))
        if len(wanted) > MAX_DECISIONS:
            out.append(Paragraph(self.lines("sheet.more", n=len(wanted) - MAX_DECISIONS), self.s["note"]))
        return out

    def sign(self) -> list[Flowable]:
        """Compact: one line per JMC member of each side (two blank lines for a side without recorded members)."""
        rows: list[list[Any]] = [
            [
                self.P(self.L("sign.name"), "head"),
                self.P(self.L("side"), "head"),
                self.P(self.L("sign.signature"), "head"),
                self.P(self.L("sign.date"), "head"),
            ]
        ]
        members = self.d.partnership.members
        for side in SIDES:
            names = [m.name for m in members if m.side == side and m.role == "jmc_member"] or ["", ""]
            for name in names:
                rows.append([self.P(user_text(name) or "&nbsp;"), self.P(user_text(self.side(side))), "", ""])
        w = self.width
        tbl = self.grid(
            rows,
            [w * 0.30, w * 0.22, w * 0.32, w * 0.16],
            extra=[
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.6, _c(style.TEXT_COLOUR)),
            ],
        )
        tbl._argH = [None] + [7 * mm] * (len(rows) - 1)  # room to sign
        heading = Paragraph(
            f"{self.L('sec.signoff')} <font size='7.5' color='{style.MUTED_COLOUR}'>{self.L('sign.intro')}</font>",
            self.s["h3"],
        )
        return [heading, tbl]

    def legend(self) -> list[Flowable]:
        """Only the symbols this page prints, and the tier scale."""
        parts: list[tuple[str, str]] = []
        lights = [x for x in ("red", "amber", "green") if f"light:{x}" in self.used]
        if lights:
            words = [
                (
                    f"{style.LIGHT_SYMBOLS[x]} {pair('light.' + x)[0].lower()}",
                    f"{style.LIGHT_SYMBOLS[x]} {pair('light.' + x)[1]}",
                )
                for x in lights
            ]
            parts.append((", ".join(en for en, _ in words), "，".join(zh for _, zh in words)))
        arrows = [x for x in ("up", "down", "flat") if f"arrow:{x}" in self.used]
        if arrows:
            words = [
                (f"{style.ARROWS[x]} {pair('trend.' + x)[0]}", f"{style.ARROWS[x]} {pair('trend.' + x)[1]}")
                for x in arrows
            ]
            parts.append((", ".join(en for en, _ in words), "，".join(zh for _, zh in words)))
        a, b = self.side("A"), self.side("B")
        parts.append(pair("legend.gap", a=a, b=b))
        if "gap_flag" in self.used:
            parts.append(pair("legend.gap_flag", gap=_fmt2(self.fw.gap_threshold)))
        if "dash" in self.used:
            parts.append(pair("legend.dash"))
        tiers = [tier_explanation(self.fw, x.id) for x in self.fw.tiers]
        en = "; ".join(p[0] for p in parts) + "."
        zh = "；".join(p[1] for p in parts) + "。"
        tiers_en = t("tier.scale", "en") + ": " + "; ".join(x[0] for x in tiers if x) + "."
        tiers_zh = t("tier.scale", "zh") + "：" + "；".join(x[1] for x in tiers if x) + "。"
        return [
            Paragraph(self.both(en, zh), self.s["note"]),
            Paragraph(self.both(tiers_en, tiers_zh), self.s["note"]),
        ]


def _fmt2(value: Any) -> str:
    from ..analysis.numbers import fmt2

    return fmt2(value) or ""


def _chart_images(
    sheet: _Sheet, data: ReviewData, lang: str, tick: Callable[[], None]
) -> dict[str, tuple[Any, float]]:
    half_in = (sheet.width - 5 * mm) / 2 / 72
    height = 2.3 if lang != "bilingual" else 1.95
    images = {
        "radar": render(charts.sheet_radar(data.scores, data.framework, data.labels, lang, half_in, height))
    }
    tick()
    if len(data.history) >= 2:
        images["trend"] = render(
            charts.sheet_index_trend(
                list(data.history), data.framework, lang, half_in, height - 0.15, data.labels
            ),
        )
    tick()
    return images


def build_sheet(
    out_path: Path,
    data: ReviewData,
    lang: str = "en",
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the one-page summary sheet of ``data`` to ``out_path`` (atomically) and return the path."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {tuple(PAPERS)}")
    out_path = Path(out_path)
    page_size = PAPERS[paper]
    steps = Steps(4, progress)
    tick = steps.tick
    font = register_reportlab()
    sheet = _Sheet(data, lang, page_size)
    images = _chart_images(sheet, data, lang, tick)

    flow: list[Flowable] = []
    flow += sheet.head_block()
    flow += sheet.tiles()
    flow += sheet.dimensions()
    flow += sheet.charts_row(images)
    messages = sheet.key_messages()
    if messages:
        flow.append(sheet.columns(sheet.gaps(), messages))
        flow.append(sheet.columns(sheet.kpis(), sheet.decisions()))
    else:
        flow.append(sheet.columns(sheet.gaps(), [*sheet.decisions(), *sheet.kpis()]))
    flow += sheet.sign()
    flow.append(Spacer(1, 1.5 * mm))
    flow += sheet.legend()  # last: it lists the symbols the parts above used
    page = KeepInFrame(sheet.width, sheet.height, flow, mode="shrink", name="sheet")

    p = data.partnership
    margin = MARGIN_MM * mm
    langs = ("en", "zh") if lang == "bilingual" else (lang,)  # bilingual: English above Chinese
    confidential = [t("confidential", x) for x in langs]
    produced = [f"{t('produced', x)} {data.produced.isoformat()}" for x in langs]
    if data.prepared_by:
        produced = [
            f"{line} · {t('prepared_by', x)} {printable(data.prepared_by)}"
            for line, x in zip(produced, langs, strict=True)
        ]
    preliminary = t("preliminary", lang).replace(BILINGUAL_SEP, " · ") if data.round.preliminary else ""

    def frame_marks(canvas: Canvas, doc: Any) -> None:
        width, height = page_size
        left, right = margin, width - margin
        size = style.HEADER_SIZE - 0.5
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(_c(style.MUTED_COLOUR))
        for k, (mine, theirs) in enumerate(zip(produced, confidential, strict=True)):
            y = margin - 2 * mm - k * size * 1.3
            canvas.drawString(left, y, _fit(mine, font, size, (right - left) * 0.42))
            canvas.drawRightString(right, y, _fit(theirs, font, size, (right - left) * 0.56))
        if preliminary:
            canvas.setFillColor(_c(style.LIGHT_COLOURS["red"]))
            canvas.drawCentredString(
                width / 2, height - 6 * mm, _fit(preliminary, font, style.HEADER_SIZE, right - left)
            )
        canvas.restoreState()

    title = f"{t('sheet.title', lang)}: {printable(p.name)} — {printable(data.round.label)}"
    with atomic_file(out_path) as handle:
        doc = BaseDocTemplate(
            handle,
            pagesize=page_size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin + 6 * mm,
            title=title,
            author=printable(data.prepared_by) or "HealthDesk",
            subject=title,
            creator=f"HealthDesk {__version__}",
            keywords=["HealthDesk", "JMC", printable(p.code)],
            lang="zh-CN" if lang == "zh" else "en",
            displayDocTitle=1,
            initialFontName=font,
            initialFontSize=SIZE,
        )
        body = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="sheet",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="sheet", frames=[body], onPage=frame_marks)])
        tick()
        with binary_streams():
            doc.build([page])
    steps.finish()
    return out_path
