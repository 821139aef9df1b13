"""The warnings of the executive summary, one line each."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from ...analysis.numbers import fmt2
from ...present.findings import warning_message
from .. import style
from ..catalogue import pair
from ..data import ReviewData
from ..wrap import Paragraph
from .base import Writer


def warnings(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The summary's warnings (a falling index or dimension, a growing gap, an overdue round), or that there are
    none."""
    body: list[Flowable] = [Paragraph(wr.L("sum.warnings"), wr.s["h3"])]
    if not d.summary.warnings:
        body += wr.say("sum.no_warnings", "small")
    for warning in d.summary.warnings:
        body += warning_line(wr, warning)
    return body


def warning_line(wr: Writer, warning: Any) -> list[Flowable]:
    """One warning as a sentence with its symbol as the bullet."""
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
        return wr.sentence(en, zh, "small", bullet=style.ARROWS["down"])
    if warning.code == "falling":
        n = wr.dim_name(p["dimension"])
        return wr.say_params(
            "warn.falling",
            {"name": n.en, "n": p["rounds"]},
            {"name": n.zh, "n": p["rounds"]},
            "small",
            bullet=style.ARROWS["down"],
        )
    if warning.code == "gap_growing":
        n = wr.dim_name(p["dimension"])
        values = {"gap": fmt2(abs(p["gap"])), "previous": fmt2(abs(p["previous_gap"]))}
        return wr.say_params(
            "warn.gap_growing",
            {"name": n.en, **values},
            {"name": n.zh, **values},
            "small",
            bullet=style.GAP_FLAG,
        )
    if warning.code == "overdue":
        if p.get("days") is None:
            return wr.say("warn.overdue_never", "small", bullet=style.BULLET)
        return wr.say("warn.overdue", "small", bullet=style.BULLET, days=p["days"], limit=p["limit"])
    return wr.sentence(warning.code, warning.code, "small", bullet=style.BULLET)
