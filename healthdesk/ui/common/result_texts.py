"""The translated wording of results (``ResultTexts``: lights, arrows, gaps, withheld reasons, warnings,
diagnosis triggers), shared by the dashboard, the detail view and the portfolio. Its translation context is the
class name, ``ResultTexts``, wherever this file lives."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from ...analysis.numbers import fmt1, fmt2, fmt_signed2
from ...analysis.types import Change, RoundScores, RoundSummary, Trend, Warning, Withheld
from ...framework import Framework, Text
from ...present.findings import (
    Message,
    gap_message,
    index_direction,
    index_step_arrow,
    period_message,
    trend_message,
    trigger_message,
    warning_message,
)
from ...present.symbols import DASH
from . import theme


def _esc(text: object) -> str:
    """Text for a rich-text label or document (quotes stay as they are: they are not in an attribute)."""
    return html.escape(str(text), quote=False)


class ResultTexts(QObject):
    """The translated words and sentences for results (lights, arrows, gaps, withheld reasons, warnings,
    diagnosis triggers). Framework texts (names, explanations, next steps) come from the framework file in the
    current language."""

    def __init__(self, lang: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.lang = lang

    # -- framework texts ----------------------------------------------------------------------------------
    def text(self, value: Text | None) -> str:
        return "" if value is None else value.get(self.lang)

    def dimension_name(self, fw: Framework | None, dim_id: str) -> str:
        if fw is not None and dim_id in fw.dimension_map:
            return self.text(fw.dimension_map[dim_id].name)
        return dim_id

    def indicator_name(self, fw: Framework | None, ind_id: str) -> str:
        if fw is not None and ind_id in fw.indicator_map:
            return self.text(fw.indicator_map[ind_id].name)
        return ind_id

    def tier_name(self, fw: Framework | None, tier_id: str | None) -> str:
        if tier_id is None:
            return DASH
        if fw is not None:
            for tier in fw.tiers:
                if tier.id == tier_id:
                    return self.text(tier.name)
        return tier_id

    # -- words --------------------------------------------------------------------------------------------
    def withheld(self) -> str:
        return self.tr("withheld")

    def light_word(self, light: str | None) -> str:
        return {"red": self.tr("Red"), "amber": self.tr("Amber"), "green": self.tr("Green")}.get(
            light or "", ""
        )

    def light_text(self, light: str | None) -> str:
        """Symbol and word, e.g. "✓ Green"; a dash without a light."""
        if light not in theme.LIGHT_SYMBOLS:
            return DASH
        return f"{theme.LIGHT_SYMBOLS[light]} {self.light_word(light)}"

    def arrow(self, direction: str | None) -> str:
        return {"up": theme.ARROW_UP, "down": theme.ARROW_DOWN, "flat": theme.ARROW_FLAT}.get(
            direction or "", ""
        )

    def trend_kind(self, kind: str | None) -> str:
        return {
            "baseline": self.tr("baseline"),
            "version_break": self.tr("version break"),
            "withheld": self.tr("withheld"),
        }.get(kind or "", DASH)

    def change_text(self, change: Change | None, trend: Trend | None) -> str:
        """ "▲ +0.25" for a compared score, else the trend kind ("baseline", "version break")."""
        if trend is None:
            return DASH
        if trend.kind != "compared":
            return self.trend_kind(trend.kind)
        if change is None or change.delta is None:
            return DASH
        return f"{self.arrow(change.direction)} {fmt_signed2(change.delta)}"

    def index_change_text(self, trend: Trend | None) -> str:
        """ "▲ +6.3" in index points (arrow from the joint overall), else "baseline" or "version break" (the
        words of :func:`healthdesk.present.findings.trend_message`)."""
        said = trend_message(trend)
        if said is None:
            return DASH
        if said.code != "trend.compared":
            return self.trend_kind(said.code.removeprefix("trend."))
        if said.params["delta"] is None or not said.params["arrow"]:
            return DASH
        return f"{said.params['arrow']} {said.params['delta']}"

    def index_trend(
        self, summary: RoundSummary, history: list[RoundScores] | tuple[RoundScores, ...]
    ) -> tuple[str, str | None]:
        """The health index's trend in words and its direction (for the colour), decided by
        :func:`healthdesk.present.findings.index_direction`: the last step ("▲ +6.3 vs 2026 H1"; a fall while the
        decline rule holds gets "▼"), then the change over the period shown, as the printed headline says it
        ("▼ falling: −30.0 since 2024 H2" when the index decline rule fires). A "version break" or "baseline"
        without numbers."""
        trend = summary.trend
        if trend.kind == "withheld":
            return "", None
        if trend.kind == "version_break":
            return self.tr("version break: not comparable with {label}").format(
                label=trend.previous_label
            ), None
        lines = [self.index_change_text(trend)]
        direction = index_direction(summary)
        said = trend_message(trend)
        if direction == "down" and said is not None and str(said.params.get("delta") or "").startswith("-"):
            # the decline rule decides the arrow of a fall, as the colour and the portfolio's trend cell
            lines[0] = f"{index_step_arrow(summary)} {said.params['delta']}"
        if trend.kind == "compared":
            lines[0] = f"{lines[0]} {self.versus(trend.previous_label)}"
        period = period_message(history, summary.scores)
        if period is not None:
            p = period.params
            if direction == "down" and p["direction"] == "down":
                text = self.tr("{arrow} falling: {delta} since {label}")
            else:
                text = self.tr("{arrow} {delta} since {label}")
            lines.append(text.format(arrow=p["arrow"], delta=p["delta"], label=p["from"]))
        return "\n".join(lines), direction

    def versus(self, label: str | None) -> str:
        return self.tr("vs {label}").format(label=label) if label else ""

    def value(self, x: Any, withheld: bool = True) -> str:
        """A 1-5 score with two decimals, or "withheld" (never 0) / a dash."""
        text = fmt2(x)
        if text is not None:
            return text
        return self.withheld() if withheld else DASH

    def index_value(self, x: Any, withheld: bool = True) -> str:
        text = fmt1(x)
        if text is not None:
            return text
        return self.withheld() if withheld else DASH

    def gap_text(self, gap: Any, labels: dict[str, str]) -> str:
        """Who sees it higher: "Hard sees 1.25 higher"; "no gap" when it reads 0.00; a dash without a gap (the
        decision is :func:`healthdesk.present.findings.gap_message`'s)."""
        return self.gap_words(gap_message(gap), labels)

    def gap_words(self, message: Message | None, labels: dict[str, str]) -> str:
        if message is None:
            return DASH
        if message.code == "gap.none":
            return self.tr("no gap")
        side = message.params["side"]
        return self.tr("{label} sees {gap} higher").format(label=labels[side], gap=message.params["size"])

    # -- counts and withheld ------------------------------------------------------------------------------
    def side_counts(self, label: str, submitted: int, invited: int, in_progress: int) -> str:
        text = self.tr("{label}: {submitted} of {invited} submitted").format(
            label=label, submitted=submitted, invited=invited
        )
        if in_progress:
            text += self.tr(", {n} in progress").format(n=in_progress)
        return text

    def withheld_reason(self, item: Withheld, labels: dict[str, str], fw: Framework | None) -> str:
        p = item.params
        label = labels.get(p.get("side", ""), p.get("side", ""))
        if item.code == "side_below_threshold":
            return self.tr("{label}: {submitted} of {required} required responses").format(
                label=label, submitted=p["submitted"], required=p["required"]
            )
        if item.code == "indicator_below_threshold":
            return self.tr("{label}, {indicator}: {scored} of {required} required scores").format(
                label=label,
                indicator=self.indicator_name(fw, p["indicator"]),
                scored=p["scored"],
                required=p["required"],
            )
        if item.code == "needs_both_sides":
            return self.tr(
                "{label} is withheld, so the joint scores, gaps, health index, light, trend and diagnosis, "
                "which need both sides, are withheld too"
            ).format(label=label)
        return item.code

    def waiting_text(self, waiting: dict[str, int], labels: dict[str, str]) -> str:
        parts = [
            self.tr("{label}: {n} more").format(label=labels.get(side, side), n=n)
            for side, n in sorted(waiting.items())
        ]
        return self.tr(", ").join(parts)

    # -- warnings -----------------------------------------------------------------------------------------
    def warning_sentence(self, item: Warning, fw: Framework | None, labels: dict[str, str]) -> str:
        p = item.params
        if item.code == "index_falling":
            said = warning_message(item).params
            text = self.tr(
                "The health index fell from {from_index} ({label}) to {index} over {rounds} rounds ({change})."
            ).format(
                from_index=said["from_index"],
                label=said["from"],
                index=said["index"],
                rounds=said["rounds"],
                change=said["change"],
            )
            if said["falls"] >= 2:
                text += self.tr(" It fell in {n} consecutive rounds.").format(n=said["falls"])
            return text
        if item.code == "falling":
            return self.tr("{dimension} fell in {rounds} consecutive rounds.").format(
                dimension=self.dimension_name(fw, p["dimension"]), rounds=p["rounds"]
            )
        if item.code == "gap_growing":
            return self.tr(
                "The gap between the partners on {dimension} grew from {previous} to {gap} ({who})."
            ).format(
                dimension=self.dimension_name(fw, p["dimension"]),
                previous=fmt_signed2(p["previous_gap"]),
                gap=fmt_signed2(p["gap"]),
                who=self.gap_text(p["gap"], labels),
            )
        if item.code == "overdue":
            if p.get("last_start") is None:
                return self.tr("No assessment round has started in the last {limit} days.").format(
                    limit=p["limit"]
                )
            start = p["last_start"]
            return self.tr(
                "No assessment round has started in the last {limit} days (the last one started on {date}, "
                "{days} days ago)."
            ).format(
                limit=p["limit"],
                date=start.isoformat() if isinstance(start, date) else start,
                days=p["days"],
            )
        return item.code

    def warning_step(self, item: Warning, fw: Framework | None) -> str:
        p = item.params
        if item.code == "index_falling":
            return self.tr(
                "Put the decline of the health index first on the agenda of the next JMC: agree what stops it, "
                "with owners and dates."
            )
        if item.code == "falling":
            return self.tr(
                "Put {dimension} on the agenda of the next JMC and agree one joint action to stop the fall."
            ).format(dimension=self.dimension_name(fw, p["dimension"]))
        if item.code == "gap_growing":
            return self.tr(
                "Discuss the gap openly in the next JMC: ask each side what it sees that the other does not."
            )
        if item.code == "overdue":
            return self.tr("Open a new assessment round: a full assessment is due every six months.")
        return ""

    # -- diagnosis triggers -------------------------------------------------------------------------------
    def trigger_sentence(self, trigger: dict[str, Any], fw: Framework | None, labels: dict[str, str]) -> str:
        message = trigger_message(trigger)
        if message.code == "trigger.gaps":  # every flagged dimension, as in every output
            parts = [
                f"{self.dimension_name(fw, dim)} ({self.gap_words(gap, labels)})"
                for dim, gap in message.params["gaps"]
            ]
            return self.tr("The partners see these dimensions far apart: {list}.").format(
                list=self.tr(", ").join(parts)
            )
        if "falling_rounds" in trigger:
            return self.tr("{name} fell in {rounds} consecutive rounds (now {value}).").format(
                name=self.dimension_name(fw, trigger["dimension"]),
                rounds=trigger["falling_rounds"],
                value=fmt2(trigger.get("value")) or DASH,
            )
        if "below" in trigger:
            if "dimension" in trigger:
                name = self.dimension_name(fw, trigger["dimension"])
            else:
                name = self.indicator_name(fw, trigger.get("indicator", ""))
            return self.tr("{name} is {value}, below {limit}.").format(
                name=name, value=fmt2(trigger.get("value")) or DASH, limit=fmt2(trigger["below"])
            )
        return ""
