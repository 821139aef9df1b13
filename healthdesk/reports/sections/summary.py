"""The executive summary: headline tiles, dimensions, largest gaps and decisions requested, with the key
messages (:mod:`.key_messages`), diagnosis (:mod:`.diagnosis`) and warnings (:mod:`.warning_lines`) in their place."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from ...analysis.numbers import fmt1, fmt2, fmt_signed1, fmt_signed2
from ...analysis.types import SIDES
from ...present.findings import gap_message, period_message
from .. import style
from ..catalogue import pair, t
from ..data import ReviewData
from ..fonts import printable
from ..wrap import Paragraph
from .base import Writer, _c, _ts
from .diagnosis import diagnosis
from .flow import Bookmark
from .key_messages import key_messages
from .text import tier_explanation, user_text
from .warning_lines import warnings


def summary(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The executive summary, one page where it fits: the headline tiles, the key messages, the dimensions, the
    largest gaps, the diagnosis and next steps, the warnings and the decisions requested."""
    body: list[Flowable] = [Paragraph(escape(printable(t("sec.summary", wr.lang))), wr.s["h1"])]
    body += headline(wr, d)
    body += key_messages(wr, d)
    body += dimensions(wr, d)
    body += largest_gaps(wr, d)
    body += diagnosis(wr, d)
    body += warnings(wr, d)
    body += decisions(wr, d)
    # Never shrunk to fit (bilingual text would fall to about 7.4 pt): a long summary runs on to a second page.
    return [Bookmark(printable(t("sec.summary", wr.lang)), 0), *body, PageBreak()]


def headline(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The tiles (index, light, trend, tier), what the tier means, why an index is withheld, an exit review."""
    sc, tr = d.scores, d.summary.trend
    body: list[Flowable] = []

    # Tiles: index, light, trend, tier.
    if sc.index is not None:
        idx = f"<font size='{style.BIG_NUMBER_SIZE}'>{fmt1(sc.index)}</font> <font size='10'>/ 100</font>"
        light = wr.light(sc.light)
        if tr.kind == "compared" and tr.overall is not None:
            arrow = style.ARROWS[tr.overall.direction or "flat"]
            trend = (
                f"{arrow} {fmt_signed1(tr.index_delta)}<br/>"
                f"<font size='8.5'>{wr.L('vs_round', label=tr.previous_label or '')}</font>"
            )
            # The change over the period shown (the trend chart's first round), not only the last step.
            period = period_message(d.history, sc)
            if period is not None:
                p = period.params
                down = p["delta"].startswith(("-", "−"))
                trend += (
                    f"<br/><font size='8.5'>{style.ARROWS['down' if down else 'up']} "
                    f"{wr.L('sum.period', delta=p['delta'], label=p['from'], rounds=p['rounds'])}</font>"
                )
        else:
            trend = wr.change_text(None, tr.kind)
        tier = next((x.name for x in wr.fw.tiers if x.id == d.summary.tier), None)
        tier_text = wr.T(tier) if tier else style.DASH
    else:
        idx = f"<font size='14'>{wr.L('sum.withheld_index')}</font>"
        light, trend, tier_text = style.DASH, style.DASH, style.DASH
    heads = [wr.L("index"), wr.L("sum.light"), wr.L("col.trend"), wr.L("tier")]
    tiles = Table(
        [
            [wr.P(h, "head") for h in heads],
            [wr.P(idx, "big"), wr.P(light, "tile"), wr.P(trend, "tile"), wr.P(tier_text, "tile")],
        ],
        colWidths=[wr.width * 0.34, wr.width * 0.22, wr.width * 0.24, wr.width * 0.20],
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
    meaning = tier_explanation(wr.fw, d.summary.tier) if sc.index is not None else None
    if meaning:  # what the tier means, from the framework's tier rules
        body += wr.sentence(*meaning, "note")
    if sc.index is None:
        for side in SIDES:
            reason = wr.withheld_reason_side(side)
            if reason:
                body += wr.say("withheld.side", "note", side=wr.side(side), **wr.withheld_params(side))
        body += wr.say("withheld.needs_both", "note")
    if d.summary.exit_review:
        body += wr.say("sum.exit_review", "body", n=wr.fw.exit_review_after)
    body.append(Spacer(1, 4))
    return body


def dimensions(wr: Writer, d: ReviewData) -> list[Flowable]:
    """Each dimension for both partners, jointly, its light, trend and gap."""
    sc, tr = d.scores, d.summary.trend
    body: list[Flowable] = [Paragraph(wr.L("sum.dimensions"), wr.s["h3"])]
    a, b = wr.side("A"), wr.side("B")
    rows = [
        [
            wr.P(wr.L("fu.dimension"), "head"),
            wr.P(escape(printable(a)), "head_r"),
            wr.P(escape(printable(b)), "head_r"),
            wr.P(wr.L("col.joint"), "head_r"),
            wr.P(wr.L("sum.light"), "head"),
            wr.P(wr.L("col.trend"), "head_r"),
            wr.P(wr.L("col.gap"), "head_r"),
        ]
    ]
    for dim in wr.fw.dimensions:
        jv = sc.dimensions.get(dim.id)
        change = tr.dimensions.get(dim.id)
        gap = fmt_signed2(jv.gap) if jv and jv.gap is not None else style.DASH
        if jv is not None and jv.gap_flagged:
            gap = f"{gap} {style.GAP_FLAG}"
        rows.append(
            [
                wr.P(wr.T(dim.name)),
                wr.P(wr.num(sc.sides["A"].dimensions.get(dim.id)), "cell_r"),
                wr.P(wr.num(sc.sides["B"].dimensions.get(dim.id)), "cell_r"),
                wr.P(wr.num(jv.joint if jv else None), "cell_r"),
                wr.P(wr.light(jv.light if jv else None)),
                wr.P(wr.change_text(change, tr.kind), "cell_r"),
                wr.P(gap, "cell_r"),
            ]
        )
    w = wr.width
    body.append(wr.table(rows, [w * 0.30, w * 0.10, w * 0.10, w * 0.10, w * 0.14, w * 0.14, w * 0.12]))
    return body


def largest_gaps(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The three indicators on which the partners differ most, and who sees them higher."""
    sc = d.scores
    a, b = wr.side("A"), wr.side("B")
    w = wr.width
    body: list[Flowable] = [Paragraph(wr.L("sum.gaps"), wr.s["h3"])]
    gaps = [
        (ind, sc.indicators[ind.id])
        for ind in wr.fw.indicators
        if ind.id in sc.indicators and sc.indicators[ind.id].gap is not None
    ]
    gaps.sort(key=lambda item: -abs(item[1].gap))  # type: ignore[arg-type]
    if gaps:
        rows = [
            [
                wr.P(wr.L("col.indicator"), "head"),
                wr.P(escape(printable(a)), "head_r"),
                wr.P(escape(printable(b)), "head_r"),
                wr.P(wr.L("col.gap"), "head"),
            ]
        ]
        for ind, jv in gaps[:3]:
            # "no gap" is decided once, on the displayed value (healthdesk.present)
            said = gap_message(jv.gap)
            if said is None or said.code == "gap.none":
                phrase = wr.L("sum.gap_same")
            else:
                who = a if said.params["side"] == "A" else b
                phrase = wr.L("sum.gap_sees", label=who, value=said.params["size"])
                if wr.lang == "bilingual":
                    phrase = "<br/>".join(
                        escape(printable(x))
                        for x in pair("sum.gap_sees", label=who, value=said.params["size"])
                    )
            if jv.gap_flagged:
                phrase += f" {style.GAP_FLAG}"
            rows.append(
                [
                    wr.P(wr.T(ind.name)),
                    wr.P(wr.num(sc.sides["A"].indicators[ind.id].value), "cell_r"),
                    wr.P(wr.num(sc.sides["B"].indicators[ind.id].value), "cell_r"),
                    wr.P(phrase),
                ]
            )
        body.append(wr.table(rows, [w * 0.40, w * 0.10, w * 0.10, w * 0.40]))
        if any(jv.gap_flagged for _ind, jv in gaps[:3]) or any(
            v.gap_flagged for v in sc.dimensions.values()
        ):  # the legend of ■, only when the page prints one
            body += wr.say("sum.flagged", "note", t=fmt2(wr.fw.gap_threshold))
    else:
        body += wr.say("sum.no_gaps", "note")
    return body


def decisions(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The decisions still requested (up to five)."""
    body: list[Flowable] = [Paragraph(wr.L("sum.decisions"), wr.s["h3"])]
    decisions = [x for x in (d.follow_up.decisions if d.follow_up else ()) if x.status != "decided"]
    if not decisions:
        body += wr.say("sum.no_decisions", "small")
    for n, decision in enumerate(decisions[:5], 1):
        body.append(Paragraph(user_text(decision.text), wr.s[wr._bulleted("small")], bulletText=f"{n}."))
    return body
