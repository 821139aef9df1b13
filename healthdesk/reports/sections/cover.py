"""The cover of the review (always printed)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from .. import style
from ..catalogue import pair, t
from ..data import ReviewData
from ..fonts import printable
from ..wrap import Paragraph
from .base import Writer, _c, _ts
from .flow import Bookmark
from .text import user_text


def cover(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The title, the partnership and its partners, the round and its period, the framework, when and by whom it
    was produced, and the confidentiality marking; then a new page."""
    p, r = d.partnership, d.round
    out: list[Flowable] = [Bookmark(printable(t("review.title", wr.lang)), 0), Spacer(1, 28 * mm)]
    for text in _lines(wr, "review.title"):
        out.append(Paragraph(escape(text), wr.s["cover_title"]))
    for text in _lines(wr, "review.subtitle"):
        out.append(Paragraph(escape(text), wr.s["note"]))
    out.append(Spacer(1, 12 * mm))
    out.append(Paragraph(user_text(p.name), wr.s["cover_name"]))
    out.append(Spacer(1, 6 * mm))

    def partner(side: str) -> str:
        full = p.partner_a_name if side == "A" else p.partner_b_name
        alt = p.partner_a_name_alt if side == "A" else p.partner_b_name_alt
        label = wr.side(side)
        text = user_text(full)
        if alt:
            text += "<br/>" + user_text(alt)
        return f"{text}<br/><font color='{style.MUTED_COLOUR}'>({user_text(label)})</font>"

    period = r.start_date.isoformat()
    period = f"{period} – {r.end_date.isoformat()}" if r.end_date else t("period_open", wr.lang, start=period)
    rows = [
        [wr.P(wr.L("partners"), "small"), wr.P(partner("A"), "body")],
        ["", wr.P(partner("B"), "body")],
        [wr.P(wr.L("round"), "small"), wr.P(user_text(r.label), "body")],
        [wr.P(wr.L("period"), "small"), wr.P(escape(period), "body")],
        [
            wr.P(wr.L("framework"), "small"),
            wr.P(f"{wr.T(wr.fw.name)} ({escape(wr.fw.key)})", "body"),
        ],
        [wr.P(wr.L("produced"), "small"), wr.P(d.produced.isoformat(), "body")],
        [wr.P(wr.L("prepared_by"), "small"), wr.P(user_text(d.prepared_by) or "&nbsp;", "body")],
    ]
    out.append(
        Table(
            rows,
            colWidths=[38 * mm, wr.width - 38 * mm],
            hAlign="LEFT",
            style=_ts(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), wr.font),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (1, 1), (1, -1), 0.35, _c(style.RULE_COLOUR)),
                ]
            ),
        )
    )
    out.append(Spacer(1, 18 * mm))
    conf = "<br/>".join(escape(x) for x in _lines(wr, "confidential"))
    out.append(
        Table(
            [[wr.P(conf, "confidential")]],
            colWidths=[wr.width],
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


def _lines(wr: Writer, key: str, **params: Any) -> list[str]:
    """A catalogue text as lines in the review's language (bilingual: English, then Chinese unless the same)."""
    en, zh = pair(key, **params)
    if wr.lang == "bilingual":
        return [en] if en == zh else [en, zh]
    return [zh if wr.lang == "zh" else en]
