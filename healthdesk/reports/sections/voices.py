"""The voices: problem descriptions by dimension and indicator, and comments, by side (never attributed)."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ...analysis.types import SIDES
from .. import style
from ..catalogue import text_of
from ..data import ReviewData
from ..fonts import printable
from ..wrap import Paragraph
from .base import Writer
from .flow import Bookmark
from .text import user_text


def voices(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The problem descriptions under their dimension and indicator, then the comments, each by side."""
    sc = d.scores
    out = wr.heading("sec.voices")
    out += wr.say("voices.intro", "note")
    for side in SIDES:
        if sc.sides[side].withheld:
            out += wr.say("voices.withheld_side", "body", side=wr.side(side), **wr.withheld_params(side))
    any_text = False
    for dim in wr.fw.dimensions:
        inds = [ind for ind in dim.indicators if sc.problems.get(ind.id)]
        if not inds:
            continue
        any_text = True
        out.append(Bookmark(printable(text_of(dim.name, wr.lang)), 1))
        out.append(Paragraph(wr.T(dim.name), wr.s["h2"]))
        for ind in inds:
            block: list[Flowable] = [Paragraph(wr.T(ind.name), wr.s["h3"])]
            for side in SIDES:
                texts = sc.problems[ind.id].get(side, ())
                if not texts:
                    continue
                block.append(Paragraph(user_text(wr.side(side)), wr.s["side"]))
                for text in texts:
                    block.append(Paragraph(user_text(text), wr.s["bullet"], bulletText=style.BULLET))
            out += block  # the headings stay with the first text (arrange); long lists flow on
    if sc.comments:
        any_text = True
        out += wr.heading("voices.comments", 2)
        for side in SIDES:
            for n, text in enumerate(sc.comments.get(side, ())):
                if n == 0:
                    out.append(Paragraph(user_text(wr.side(side)), wr.s["side"]))
                out.append(Paragraph(user_text(text), wr.s["bullet"], bulletText=style.BULLET))
    if not any_text:
        out += wr.say("voices.none", "body")
    out.append(PageBreak())
    return out
