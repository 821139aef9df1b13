"""The results section: the charts (radar, trend, gaps), then the indicator table and the heat map table
(:mod:`.indicators`)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from ..catalogue import t
from ..data import ReviewData
from ..fonts import printable
from ..vector import chart_flowable
from .base import Writer
from .flow import Bookmark
from .indicators import heatmap_table, indicator_table


def results(wr: Writer, d: ReviewData, images: dict[str, tuple[Any, float]]) -> list[Flowable]:
    """Charts carry their own titles (what to see); the outline still names each one."""
    out = wr.heading("sec.results")
    max_h = wr.height - 12 * mm

    def chart(name: str, key: str) -> list[Flowable]:
        chart, aspect = images[name]
        flow = chart_flowable(chart, aspect, max_h)
        return [KeepTogether([Bookmark(printable(t(key, wr.lang)), 1), flow])]

    if "radar" in images:
        out += chart("radar", "res.radar")
    if "trend" in images:
        out += chart("trend", "res.trend")
    else:
        out += wr.say("res.one_round", "note")
    if "gap" in images:
        out += chart("gap", "res.gaps")
    out.append(CondPageBreak(60 * mm))
    out += wr.heading("res.table", 2)
    out += indicator_table(wr, d)
    if len(d.history) >= 2:
        out += heatmap_table(wr, d)
    out.append(PageBreak())
    return out
