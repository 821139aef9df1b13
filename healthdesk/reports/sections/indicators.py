"""The indicator table (every dimension and indicator for both partners, jointly, with gap, spread and trend)
and the heat map table (indicators by rounds)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from ...analysis.numbers import fmt2, fmt_signed2
from .. import style
from ..catalogue import light_word, pair, t
from ..data import ReviewData
from ..fonts import printable
from ..wrap import Paragraph
from .base import Writer, _c, prints
from .flow import Bookmark
from .text import user_text


def indicator_table(wr: Writer, d: ReviewData) -> list[Flowable]:
    """Every dimension (shaded) and its indicators: both partners, joint, light, gap, spread and trend; then a
    legend of only the symbols the table prints."""
    sc, tr = d.scores, d.summary.trend
    a, b = wr.side("A"), wr.side("B")
    rows = [
        [
            wr.P(wr.L("col.indicator"), "head"),
            wr.P(escape(printable(a)), "head_r"),
            wr.P(escape(printable(b)), "head_r"),
            wr.P(wr.L("col.joint"), "head_r"),
            wr.P(wr.L("sum.light"), "head"),
            wr.P(wr.L("col.gap"), "head_r"),
            wr.P(wr.L("col.spread"), "head_r"),
            wr.P(wr.L("col.trend"), "head_r"),
        ]
    ]
    extra: list[tuple] = []
    for dim in wr.fw.dimensions:
        jv = sc.dimensions.get(dim.id)
        r = len(rows)
        gap = fmt_signed2(jv.gap) if jv and jv.gap is not None else style.DASH
        rows.append(
            [
                wr.P(wr.T(dim.name), "head"),
                wr.P(wr.num(sc.sides["A"].dimensions.get(dim.id)), "cell_r"),
                wr.P(wr.num(sc.sides["B"].dimensions.get(dim.id)), "cell_r"),
                wr.P(wr.num(jv.joint if jv else None), "cell_r"),
                wr.P(wr.light(jv.light if jv else None)),
                wr.P(gap + (f" {style.GAP_FLAG}" if jv and jv.gap_flagged else ""), "cell_r"),
                "",
                wr.P(wr.change_text(tr.dimensions.get(dim.id), tr.kind), "cell_r"),
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
                    Paragraph(wr.T(ind.name), ParagraphStyle("ind", parent=wr.s["cell"], leftIndent=8)),
                    wr.P(wr.num(sa.value), "cell_r"),
                    wr.P(wr.num(sb.value), "cell_r"),
                    wr.P(wr.num(ij.joint if ij else None), "cell_r"),
                    wr.P(wr.light(ij.light if ij else None)),
                    wr.P(gap, "cell_r"),
                    wr.P(f"{spread(sa)} / {spread(sb)}", "cell_r"),
                    wr.P(wr.change_text(tr.indicators.get(ind.id), tr.kind), "cell_r"),
                ]
            )
    w = wr.width
    widths = [w * 0.25, w * 0.10, w * 0.10, w * 0.09, w * 0.12, w * 0.10, w * 0.13, w * 0.11]
    out: list[Flowable] = [wr.table(rows, widths, extra=extra)]
    # The legend names only the symbols the table prints.
    parts = [pair("legend.gap", a=a, b=b)]
    if prints(rows, style.GAP_FLAG):
        parts.append(pair("legend.gap_flag", gap=fmt2(wr.fw.gap_threshold)))
    parts.append(pair("legend.spread", a=a, b=b))
    if prints(rows, style.SPREAD_FLAG):
        parts.append(pair("legend.spread_flag", spread=fmt2(wr.fw.spread_threshold)))
    if prints(rows, style.DASH):
        parts.append(pair("legend.dash"))
    out += wr.sentence(
        "; ".join(en for en, _zh in parts) + ".", "；".join(zh for _en, zh in parts) + "。", "note"
    )
    return out


HEATMAP_ROUNDS = 8  # the heat map table shows the last rounds only


def heatmap_table(wr: Writer, d: ReviewData) -> list[Flowable]:
    """Indicators by rounds as a table (the printed form of the dashboard's heatmap): joint value, light
    symbol and tint per cell; withheld cells grey with a dash; a framework change as a heavy rule."""
    history = sorted(d.history, key=lambda s: (s.start_date, s.round_id))
    shown = history[-HEATMAP_ROUNDS:]
    out: list[Flowable] = [CondPageBreak(70 * mm), Bookmark(printable(t("res.heatmap", wr.lang)), 1)]
    out.append(Paragraph(wr.L("chart.heatmap.title"), wr.s["h2"]))
    if len(shown) < len(history):
        out += wr.say("res.heatmap_last", "note", n=len(shown), total=len(history))
    w = wr.width
    first = w * 0.30
    col = (w - first) / len(shown)
    rows: list[list[Any]] = [[wr.P(wr.L("col.indicator"), "head")]]
    rows[0] += [wr.P(user_text(sc.label), "head_c") for sc in shown]
    extra: list[tuple] = [
        ("LINEBELOW", (0, 1), (-1, -1), 1.5, colors.white),
        ("LINEAFTER", (1, 1), (-1, -1), 1.5, colors.white),
    ]
    for r, ind in enumerate(wr.fw.indicators, 1):
        row: list[Any] = [wr.P(wr.T(ind.name))]
        for c, sc in enumerate(shown, 1):
            jv = sc.indicators.get(ind.id)
            if jv is None or jv.joint is None:
                row.append(wr.P(style.DASH, "cell_c"))
                extra.append(("BACKGROUND", (c, r), (c, r), _c(style.WITHHELD_TINT)))
                continue
            row.append(
                wr.P(f"{fmt2(jv.joint)} {style.LIGHT_SYMBOLS.get(jv.light or '', '')}".strip(), "cell_c")
            )
            if jv.light:
                extra.append(("BACKGROUND", (c, r), (c, r), _c(style.LIGHT_TINTS[jv.light])))
        rows.append(row)
    for c in range(1, len(shown)):
        if shown[c].framework_key != shown[c - 1].framework_key:
            extra.append(("LINEBEFORE", (c + 1, 0), (c + 1, -1), 2, _c(style.TEXT_COLOUR)))
    out.append(wr.table(rows, [first] + [col] * len(shown), extra=extra))
    used = [x for x in ("red", "amber", "green") if prints(rows[1:], style.LIGHT_SYMBOLS[x])]
    legend = "   ".join(light_word(x, wr.lang) for x in used)
    if prints(rows[1:], style.DASH):
        legend += f"   {style.DASH} {t('withheld', wr.lang)}"
    if legend.strip():
        out.append(Paragraph(escape(legend.strip()), wr.s["note"]))
    return out
