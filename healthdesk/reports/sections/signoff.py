"""The sign-off table for the JMC members of each side."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ...analysis.types import SIDES
from .. import style
from ..catalogue import BILINGUAL_SEP
from ..data import ReviewData
from .base import Writer, _c
from .text import user_text


def signoff(wr: Writer, d: ReviewData) -> list[Flowable]:
    """One line per JMC member of each side: name, side, role, signature and date (two blank lines for a side
    whose members are not recorded)."""
    out: list[Flowable] = [CondPageBreak(75 * mm), Spacer(1, 6 * mm)]
    out += wr.heading("sec.signoff")
    out += wr.say("sign.intro")
    w = wr.width
    rows: list[list[Any]] = [
        [
            wr.P(wr.L("sign.name"), "head"),
            wr.P(wr.L("side"), "head"),
            wr.P(wr.L("method.role"), "head"),
            wr.P(wr.L("sign.signature"), "head"),
            wr.P(wr.L("sign.date"), "head"),
        ]
    ]
    members = d.partnership.members
    for side in SIDES:
        names = [m.name for m in members if m.side == side and m.role == "jmc_member"] or ["", ""]
        for name in names:
            rows.append(
                [
                    wr.P(user_text(name) or "&nbsp;"),
                    wr.P(user_text(wr.side(side))),
                    wr.P(wr.L("sign.role_jmc").replace(BILINGUAL_SEP, "<br/>")),
                    "",
                    "",
                ]
            )
    tbl = wr.table(
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
