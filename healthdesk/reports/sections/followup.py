"""The follow-up: goals, actions, KPIs and decisions recorded, or blank tables to fill in at the meeting."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from ...analysis.types import SIDES
from .. import style
from ..catalogue import TEXTS
from ..data import ReviewData
from ..fonts import printable
from ..wrap import Paragraph
from .base import Writer
from .text import user_text


def followup(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The goals, actions (numbered, with owner, due date and status), KPIs against their targets and the
    decisions recorded; with nothing recorded, blank decision and action tables to fill in."""
    out = wr.heading("sec.followup")
    fu = d.follow_up
    w = wr.width
    if fu is None or fu.empty:
        out += wr.say("fu.none", "note")
        out.append(Paragraph(wr.L("fu.decisions"), wr.s["h3"]))
        rows = [
            [
                "#",
                wr.P(wr.L("fu.decision"), "head"),
                wr.P(wr.L("fu.owner"), "head"),
                wr.P(wr.L("fu.due"), "head"),
            ]
        ]
        rows += [[str(n), "", "", ""] for n in range(1, 7)]
        out.append(
            wr.table(
                rows,
                [w * 0.06, w * 0.56, w * 0.22, w * 0.16],
                extra=[("ROWHEIGHT", (0, 1), (-1, -1), 10 * mm)],
            )
        )
        out.append(Paragraph(wr.L("fu.actions"), wr.s["h3"]))
        rows = [
            [
                "#",
                wr.P(wr.L("fu.actions"), "head"),
                wr.P(wr.L("fu.owner"), "head"),
                wr.P(wr.L("fu.due"), "head"),
                wr.P(wr.L("fu.status"), "head"),
            ]
        ]
        rows += [[str(n), "", "", "", ""] for n in range(1, 7)]
        tbl = wr.table(rows, [w * 0.06, w * 0.46, w * 0.20, w * 0.14, w * 0.14])
        tbl._argH = [None] + [10 * mm] * 6  # blank rows tall enough to write in
        out.append(tbl)
        out[-3]._argH = [None] + [10 * mm] * 6
        out.append(PageBreak())
        return out

    def meta(parts: list[str]) -> str:
        return f"<font color='{style.MUTED_COLOUR}'>" + " · ".join(p for p in parts if p) + "</font>"

    def status(s: str) -> str:
        key = f"status.{s}"
        return wr.L(key) if key in TEXTS else escape(printable(s))

    if fu.goals:
        out += wr.heading("fu.goals", 2)
        for level in ("top", "mid", "short"):
            goals = [g for g in fu.goals if g.level == level]
            if goals:
                out.append(Paragraph(wr.L(f"goal.{level}"), wr.s["h3"]))
            for g in goals:
                owners = " / ".join(user_text(x) for x in (g.owner_a, g.owner_b) if x)
                parts = [
                    f"{wr.L('fu.owner')}{wr.colon}{owners}" if owners else "",
                    f"{wr.L('fu.due')}{wr.colon}{g.due.isoformat()}" if g.due else "",
                    f"{wr.L('fu.status')}{wr.colon}{status(g.status)}",
                    wr.T(wr.dim_name(g.dimension)) if g.dimension else "",
                ]
                out.append(
                    wr.item(
                        Paragraph(
                            f"{user_text(g.title)}<br/>{meta(parts)}",
                            wr.s["bullet"],
                            bulletText=style.BULLET,
                        )
                    )
                )
    if fu.actions:
        out += wr.heading("fu.actions", 2)
        for n, act in enumerate(fu.actions, 1):
            owner = user_text(act.owner)
            if act.side in SIDES:
                owner = (
                    (
                        f"{owner}（{user_text(wr.side(act.side))}）"
                        if wr.lang == "zh"
                        else f"{owner} ({user_text(wr.side(act.side))})"
                    )
                    if owner
                    else user_text(wr.side(act.side))
                )
            parts = [
                f"{wr.L('fu.owner')}{wr.colon}{owner}" if owner else "",
                f"{wr.L('fu.due')}{wr.colon}{act.due.isoformat()}" if act.due else "",
                f"{wr.L('fu.status')}{wr.colon}{status(act.status)}",
                wr.T(wr.dim_name(act.dimension)) if act.dimension else "",
            ]
            text = user_text(act.title)
            if act.days_overdue > 0:
                text += f" <b>({wr.L('fu.overdue', n=act.days_overdue)})</b>"
            if act.note:
                text += f"<br/>{user_text(act.note)}"
            out.append(wr.item(Paragraph(f"{text}<br/>{meta(parts)}", wr.s["bullet"], bulletText=f"{n}.")))
    if fu.kpis:
        out += wr.heading("fu.kpis", 2)
        rows = [
            [
                wr.P(wr.L("fu.kpi"), "head"),
                wr.P(wr.L("fu.latest"), "head_r"),
                wr.P(wr.L("fu.target"), "head_r"),
                wr.P(wr.L("fu.alert"), "head_r"),
                wr.P(wr.L("fu.status"), "head"),
            ]
        ]

        def number(value: float | None, unit: str) -> str:
            if value is None:
                return ""
            text = f"{value:,.2f}".rstrip("0").rstrip(".")
            return f"{text} {unit}".strip() if unit not in ("%",) else f"{text}%"

        for k in fu.kpis:
            unit = printable(k.unit)
            latest = (
                f"{number(k.latest_value, unit)} ({printable(k.latest_period)})"
                if k.latest_value is not None
                else wr.L("fu.no_value")
            )
            alert_key = "fu.alert_below" if k.direction == "below" else "fu.alert_above"
            rows.append(
                [
                    wr.P(user_text(k.name), "cell"),
                    wr.P(escape(latest), "cell_r"),
                    wr.P(escape(number(k.target, unit)), "cell_r"),
                    wr.P(wr.L(alert_key, value=number(k.alert_threshold, unit)), "cell_r"),
                    wr.P(
                        f"<b>{wr.L('fu.breach')}</b>" if k.breached else wr.L("fu.within"),
                        "cell",
                    ),
                ]
            )
        out.append(wr.table(rows, [w * 0.34, w * 0.2, w * 0.14, w * 0.16, w * 0.16]))
    out += wr.heading("fu.decisions_log" if fu.decisions else "fu.decisions", 2)
    if not fu.decisions:
        rows = [
            [
                "#",
                wr.P(wr.L("fu.decision"), "head"),
                wr.P(wr.L("fu.owner"), "head"),
                wr.P(wr.L("fu.due"), "head"),
            ]
        ]
        rows += [[str(n), "", "", ""] for n in range(1, 5)]
        tbl = wr.table(rows, [w * 0.06, w * 0.56, w * 0.22, w * 0.16])
        tbl._argH = [None] + [10 * mm] * 4
        out.append(tbl)
    for n, dec in enumerate(fu.decisions, 1):
        parts = [
            f"{wr.L('fu.owner')}{wr.colon}{user_text(dec.requested_by)}" if dec.requested_by else "",
            f"{wr.L('fu.due')}{wr.colon}{dec.due.isoformat()}" if dec.due else "",
            f"{wr.L('fu.decided_on')}{wr.colon}{dec.decided_on.isoformat()}" if dec.decided_on else "",
            f"{wr.L('fu.status')}{wr.colon}{status(dec.status)}",
        ]
        text = user_text(dec.text) + (f"<br/>{user_text(dec.outcome)}" if dec.outcome else "")
        out.append(wr.item(Paragraph(f"{text}<br/>{meta(parts)}", wr.s["bullet"], bulletText=f"{n}.")))
    out.append(PageBreak())
    return out
