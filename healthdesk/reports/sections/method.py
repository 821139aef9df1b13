"""The method: respondents by side and role, how the results are computed, and what was withheld."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer

from ...analysis.numbers import fmt2
from ...analysis.types import SIDES
from .. import style
from ..catalogue import pair
from ..data import ReviewData
from ..wrap import Paragraph
from .base import Writer, _c
from .text import user_text


def method(wr: Writer, d: ReviewData) -> list[Flowable]:
    """Who answered (by side and role), the framework and how the results are computed, the response
    threshold (and why it was lowered), and what was withheld."""
    fw, r = wr.fw, d.round
    out = wr.heading("sec.method")
    out.append(Paragraph(wr.L("method.respondents"), wr.s["h3"]))
    w = wr.width
    rows: list[list[Any]] = [
        [
            wr.P(wr.L("side"), "head"),
            wr.P(wr.L("method.role"), "head"),
            wr.P(wr.L("method.invited"), "head_r"),
            wr.P(wr.L("method.submitted"), "head_r"),
            wr.P(wr.L("method.in_progress"), "head_r"),
            wr.P(wr.L("method.rate"), "head_r"),
        ]
    ]
    extra: list[tuple] = []
    for side in SIDES:
        mine = [x for x in d.respondents if x.side == side]
        for rc in mine:
            role = user_text(rc.role) if rc.role else wr.L("method.no_role")
            rows.append(
                [
                    wr.P(user_text(wr.side(side))),
                    wr.P(role),
                    wr.P(str(rc.invited), "cell_r"),
                    wr.P(str(rc.submitted), "cell_r"),
                    wr.P(str(rc.in_progress), "cell_r"),
                    "",
                ]
            )
        invited = sum(x.invited for x in mine)
        submitted = sum(x.submitted for x in mine)
        rate = f"{submitted}/{invited} ({round(100 * submitted / invited)}%)" if invited else style.DASH
        rows.append(
            [
                wr.P(user_text(wr.side(side)), "head"),
                wr.P(wr.L("method.total"), "head"),
                wr.P(str(invited), "cell_r"),
                wr.P(str(submitted), "cell_r"),
                wr.P(str(sum(x.in_progress for x in mine)), "cell_r"),
                wr.P(rate, "cell_r"),
            ]
        )
        extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), _c("#F6F6F6")))
    out.append(wr.table(rows, [w * 0.22, w * 0.28, w * 0.11, w * 0.13, w * 0.12, w * 0.14], extra=extra))
    out.append(Spacer(1, 6))
    out += wr.say_params(
        "method.framework",
        {"name": fw.name.en, "version": fw.version, "key": fw.key},
        {"name": fw.name.zh, "version": fw.version, "key": fw.key},
    )
    out += wr.say("method.scale")
    a, b = wr.side("A"), wr.side("B")
    out += wr.say("method.compute", a=a, b=b)
    out += wr.say(
        "method.lights", red=fmt2(fw.red_below), green=fmt2(fw.green_from), step=fmt2(fw.trend_step)
    )
    out += wr.say("method.gaps", gap=fmt2(fw.gap_threshold), spread=fmt2(fw.spread_threshold))
    out += wr.say("method.threshold", n=r.threshold)
    if d.scores.threshold_lowered or r.threshold < d.default_threshold:
        out += wr.say(
            "method.threshold_lowered",
            default=d.default_threshold,
            n=r.threshold,
            reason=r.threshold_note or style.DASH,
        )
    withheld = withheld_lines(wr, d)
    if withheld:
        out.append(Paragraph(wr.L("method.withheld_list"), wr.s["h3"]))
        for en, zh in withheld:
            out += wr.sentence(en, zh, "small", bullet=style.BULLET)
    return out


def withheld_lines(wr: Writer, d: ReviewData) -> list[tuple[str, str]]:
    """What was withheld and why, as (English, Chinese) lines."""
    lines = []
    for w in d.scores.withheld:
        p = w.params
        if w.code == "side_below_threshold":
            lines.append(
                pair(
                    "withheld.side",
                    side=wr.side(p["side"]),
                    submitted=p["submitted"],
                    required=p["required"],
                )
            )
        elif w.code == "indicator_below_threshold":
            name = wr.ind_name(p["indicator"])
            en, zh = pair(
                "withheld.indicator",
                side=wr.side(p["side"]),
                scored=p["scored"],
                required=p["required"],
            )
            lines.append((f"{name.en} — {en}", f"{name.zh} — {zh}"))
        elif w.code == "needs_both_sides":
            lines.append(pair("withheld.needs_both"))
    return lines
