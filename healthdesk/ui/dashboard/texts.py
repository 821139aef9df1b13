"""The dashboard's text panes, worded from the view-model (``model.py``): the findings (diagnosis, early warnings,
gaps, tier, responses, what was withheld and why) and the problem descriptions as HTML, and the indicator table
(every dimension and indicator with joint score, light, arrow, both partners and the gap)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from ...analysis.types import SIDES
from ...framework import Framework
from ...present.symbols import GAP_FLAG, SPREAD_FLAG
from ..common import theme
from ..common.result_texts import ResultTexts, _esc
from .model import BannerNote, FindingsView, IndicatorRow, Note, ProblemsView, Said

TR_CONTEXT = "DashboardPage"  # the words these panes had on the page, with their Chinese

ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # an indicator row's ("dimension" | "indicator", id)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the dashboard page's context."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def _para(text: str, style: str = "") -> str:
    attr = f" style='{style}'" if style else ""
    return f"<p{attr}>{_esc(text)}</p>"


def _section(title: str) -> str:
    return f'<h3 style="margin-top:12px; margin-bottom:4px">{_esc(title)}</h3>'


def _gap_line(name: str, gap: str) -> str:
    """One line of the gap list: "Financial health: Hard sees 1.25 higher" (full-width colon in Chinese)."""
    return tr("{name}: {gap}", "gap list line").format(name=name, gap=gap)


def _said_by(side: str, label: str, text: str) -> str:
    """A list item of what a side wrote, after its label in the side's colour (full-width colon in Chinese)."""
    name = f"<span style='color:{theme.side_colour(side)}; font-weight:600'>{_esc(label)}</span>"
    line = tr("{side}: {text}", "problem description line")
    return f"<li>{line.format(side=name, text=_esc(text))}</li>"


# --------------------------------------------------------------------------------------------------- banner


def banner_lines(
    notes: tuple[BannerNote, ...], t: ResultTexts, labels_: dict[str, str], fw: Framework | None
) -> list[str]:
    """The banner above the tiles: preliminary results, a hidden blind round, what is withheld, a lowered
    threshold."""
    lines: list[str] = []
    for note in notes:
        p = note.params
        if note.code == Note.PRELIMINARY:
            lines.append(
                tr("Preliminary: the round is still open; its results may change until it is closed.")
            )
        elif note.code == Note.BLIND_HIDDEN:
            lines.append(
                tr(
                    "The results of this round are hidden until both sides have at least {n} submitted "
                    "responses (blind round). Still needed: {waiting}."
                ).format(n=p["threshold"], waiting=t.waiting_text(p["waiting"], labels_))
            )
        elif note.code == Note.WITHHELD:
            reasons = [t.withheld_reason(w, labels_, fw) for w in p["reasons"]]
            lines.append(tr("Withheld: {reasons}.").format(reasons="; ".join(reasons)))
        elif note.code == Note.NEEDS_BOTH_SIDES:
            lines.append(tr("The joint scores, gaps, health index, trend and diagnosis need both sides."))
        elif note.code == Note.THRESHOLD_LOWERED:
            lines.append(
                tr("The anonymity threshold of this round was lowered to {n}.").format(n=p["threshold"])
            )
    return lines


# --------------------------------------------------------------------------------------------------- findings


def findings_html(f: FindingsView, t: ResultTexts, labels: dict[str, str], lang: str) -> str:
    """The diagnosis, early warnings, gaps, tier, responses and withheld items as sentences."""
    fw = f.framework
    out: list[str] = []
    out.append(_section(tr("Diagnosis")))
    if f.hidden:
        out.append(_para(tr("The results of this round are hidden (blind round).")))
    else:
        out.extend(_diagnosis(f, t, labels, lang))
        out.append(_section(tr("Early warnings")))
        if not f.warnings:
            out.append(_para(tr("No early warning.")))
        else:
            out.append("<ul>")
            for w in f.warnings:
                step = t.warning_step(w, fw)
                out.append(f"<li><b>{_esc(t.warning_sentence(w, fw, labels))}</b>")
                if step:
                    out.append("<br>" + _esc(tr("Recommended next step: {step}").format(step=step)))
                out.append("</li>")
            out.append("</ul>")
        out.append(_section(tr("Where the partners disagree")))
        if f.gaps_said == Said.NEEDS_BOTH_SIDES:
            out.append(_para(tr("Gaps need the results of both sides.")))
        elif f.gaps_said == Said.NOTHING:
            text = tr("No gap of {limit} or more between the partners.").format(limit=f.gap_limit)
            out.append("<p>" + _esc(text) + "</p>")
        else:
            gaps = [_gap_line(t.text(g.name), t.gap_text(g.gap, labels)) for g in f.gaps]
            text = tr("Gaps of {limit} or more (often the first sign of a trust problem):").format(
                limit=f.gap_limit
            )
            out.append(
                "<p>"
                + _esc(text)
                + "</p><ul>"
                + "".join(f"<li>{GAP_FLAG} {_esc(g)}</li>" for g in gaps)
                + "</ul>"
            )
        out.append(_section(tr("Tier")))
        if f.tier is None:
            out.append(_para(tr("No tier without a health index.")))
        else:
            text = t.tier_name(fw, f.tier)
            if f.exit_review:
                text = tr("{tier}: exit review due ({n} rounds in a row in the lowest tier).").format(
                    tier=text, n=f.exit_after
                )
            out.append(f"<p>{_esc(text)}</p>")
    out.append(_section(tr("Responses")))
    lines = [t.side_counts(c.label, c.submitted, c.invited, c.in_progress) for c in f.counts]
    out.append("<p>" + "<br>".join(_esc(x) for x in lines) + "</p>")
    need = tr("Each side needs at least {n} submitted responses for its results to show.").format(
        n=f.threshold
    )
    out.append("<p>" + _esc(need) + "</p>")
    out.append(_section(tr("What was withheld, and why")))
    if f.withheld is None:
        text = tr("Everything, until both sides have at least {n} submitted responses.").format(n=f.threshold)
        out.append("<p>" + _esc(text) + "</p>")
    elif not f.withheld:
        out.append(_para(tr("Nothing was withheld.")))
    else:
        out.append(
            "<ul>"
            + "".join(f"<li>{_esc(t.withheld_reason(w, labels, fw))}</li>" for w in f.withheld)
            + "</ul>"
        )
    return "".join(out)


def _diagnosis(f: FindingsView, t: ResultTexts, labels: dict[str, str], lang: str) -> list[str]:
    fw = f.framework
    out: list[str] = []
    if f.diagnosis_said == Said.NEEDS_BOTH_SIDES:
        out.append(_para(tr("The diagnosis needs the results of both sides.")))
    elif f.diagnosis_said == Said.NOTHING:
        out.append(_para(tr("No bottleneck rule fired for this round.")))
    for item in f.diagnosis:
        rule = item.rule
        name = t.text(rule.name) if rule else item.rule_id
        out.append(f"<p><b>{_esc(name)}</b>")
        if rule:
            out.append(f"<br>{_esc(t.text(rule.explanation))}")
        because = [t.trigger_sentence(dict(trig), fw, labels) for trig in item.triggers]
        because = [b for b in because if b]
        sentences = "" if lang == "zh" else " "  # Chinese sentences follow without a space
        if because:
            out.append(
                "<br><i>" + _esc(tr("Why: {reasons}").format(reasons=sentences.join(because))) + "</i>"
            )
        out.append("</p>")
        if rule and rule.next_steps:
            out.append(_para(tr("Recommended next steps:"), "margin-bottom:0"))
            out.append(
                "<ul style='margin-top:0'>"
                + "".join(f"<li>{_esc(t.text(step))}</li>" for step in rule.next_steps)
                + "</ul>"
            )
    return out


# --------------------------------------------------------------------------------------------------- problems


def problems_html(p: ProblemsView, t: ResultTexts, labels: dict[str, str]) -> str:
    """Problem descriptions grouped by dimension and indicator, by partner label (never by person)."""
    intro = tr(
        "What respondents wrote, grouped by dimension. Texts are never attributed to a person; "
        "only the partner is shown."
    )
    out = ["<p><i>" + _esc(intro) + "</i></p>"]
    if p.hidden:
        out.append(_para(tr("The results of this round are hidden (blind round).")))
        return "".join(out)
    for group in p.groups:
        out.append(_section(t.text(group.name)))
        for ind in group.indicators:
            out.append(
                f"<p style='margin-bottom:2px'><b>{_esc(t.text(ind.name))}</b></p><ul style='margin-top:0'>"
            )
            for side, text in ind.said:
                out.append(_said_by(side, labels[side], text))
            out.append("</ul>")
    if p.has_comments:
        out.append(_section(tr("General comments")))
        out.append("<ul>")
        for side, text in p.comments:
            out.append(_said_by(side, labels[side], text))
        out.append("</ul>")
    for side, reason in p.withheld_sides:
        text = tr("{label}'s problem descriptions are withheld ({reason}).").format(
            label=labels[side], reason=t.withheld_reason(reason, labels, p.framework)
        )
        out.append("<p>" + _esc(text) + "</p>")
    if p.empty:
        out.append(_para(tr("No problem descriptions in this round.")))
    return "".join(out)


# --------------------------------------------------------------------------------------------------- indicators


def fill_indicator_tree(
    tree: QTreeWidget, rows: tuple[IndicatorRow, ...], t: ResultTexts, labels: dict[str, str]
) -> None:
    """Every dimension (bold) and its indicators: joint score with light and arrow, both partners (◆ where a side's
    respondents disagree), the gap (■ when flagged); a click opens the detail (``ITEM_ROLE``)."""
    tree.clear()
    tree.setColumnCount(5)
    tree.setHeaderLabels([tr("Indicator"), tr("Joint"), labels["A"], labels["B"], tr("Gap (A − B)")])
    header = tree.header()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, 5):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    bold = QFont(tree.font())
    bold.setBold(True)
    for row in rows:
        name = t.text(row.name)
        item = QTreeWidgetItem([name if row.kind == "dimension" else "    " + name])
        item.setData(0, ITEM_ROLE, (row.kind, row.item_id))
        if row.kind == "dimension":
            for c in range(5):
                item.setFont(c, bold)
        _cells(item, row, t, labels)
        tree.addTopLevelItem(item)


def _cells(item: QTreeWidgetItem, row: IndicatorRow, t: ResultTexts, labels: dict[str, str]) -> None:
    joint = t.value(row.joint)
    if row.symbol:
        joint = f"{joint} {row.symbol}"
    arrow = t.arrow(row.direction) if row.change is not None else ""
    if arrow:
        joint = f"{joint} {arrow}"
    item.setText(1, joint)
    for k, side in enumerate(SIDES, start=2):
        cell = row.sides[side]
        text = t.value(cell.value)
        if cell.spread_flagged:
            text = f"{SPREAD_FLAG} {text}"
        item.setText(k, text)
        item.setForeground(k, QColor(theme.side_colour(side)))
    item.setText(4, row.gap_cell)
    tips = [t.light_text(row.light)]
    if row.change is not None:
        tips.append(t.change_text(row.change, row.trend))
    if row.gap is not None:
        tips.append(t.gap_text(row.gap, labels))
    tips.append(tr("Click for both sides, spread and history"))
    for c in range(5):
        lines = [item.text(0).strip(), *tips] if c == 0 else tips
        item.setToolTip(c, "\n".join(x for x in lines if x))
        if c:
            item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
