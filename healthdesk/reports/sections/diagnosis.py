"""The summary's diagnosis (the framework's rules that fired, and why) and next steps."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from reportlab.platypus import Flowable

from ...analysis.numbers import fmt2
from ...framework import Text
from ...present.findings import trigger_message
from .. import style
from ..catalogue import pair
from ..data import ReviewData
from ..wrap import Paragraph
from .base import Writer


def diagnosis(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The diagnosis rules that fired, each with why (its triggers), and up to four next steps from them."""
    sc = d.scores
    body: list[Flowable] = [Paragraph(wr.L("sum.diagnosis"), wr.s["h3"])]
    findings = [
        (f, next((r for r in wr.fw.diagnosis if r.id == f.rule_id), None)) for f in d.summary.diagnosis
    ]
    findings = [(f, r) for f, r in findings if r is not None]
    if not findings:
        body += wr.say("sum.no_diagnosis" if sc.index is not None else "withheld.needs_both", "small")
    for finding, rule in findings:
        assert rule is not None
        because_en = "; ".join(_trigger(wr, tr_, "en") for tr_ in finding.triggers)
        because_zh = "；".join(_trigger(wr, tr_, "zh") for tr_ in finding.triggers)
        name, explanation = rule.name, rule.explanation
        en = f"{name.en}: {explanation.en} (" + pair("sum.because", what=because_en)[0] + ")"
        zh = f"{name.zh}：{explanation.zh}（" + pair("sum.because", what=because_zh)[1] + "）"
        body += wr.sentence(en, zh, "small", bullet=style.BULLET)
    steps: list[Text] = []
    for depth in range(3):
        for _f, rule in findings:
            if rule is not None and depth < len(rule.next_steps) and rule.next_steps[depth] not in steps:
                steps.append(rule.next_steps[depth])
    if steps:
        body.append(Paragraph(wr.L("sum.next_steps"), wr.s["h3"]))
        for n, step in enumerate(steps[:4], 1):
            body += wr.sentence(step.en, step.zh, "small", bullet=f"{n}.")
    return body


def _trigger(wr: Writer, trig: dict[str, Any], lang: str) -> str:
    """Why a rule fired, in one language."""
    said = trigger_message(trig)
    if said.code == "trigger.gaps":  # every flagged dimension, as in every output (healthdesk.present)
        parts = [
            pair("trig.gap", value=gap.params.get("size", "0.00"), name=wr.dim_name(dim).get(lang))[
                lang == "zh"
            ]
            for dim, gap in said.params["gaps"]
            if gap is not None
        ]
        return ("、" if lang == "zh" else ", ").join(parts)
    if "falling_rounds" in trig:
        return pair("trig.falling", name=wr.dim_name(trig["dimension"]).get(lang), n=trig["falling_rounds"])[
            lang == "zh"
        ]
    if "dimension" in trig:
        return pair(
            "trig.dim_below",
            name=wr.dim_name(trig["dimension"]).get(lang),
            value=fmt2(trig["value"]),
            below=fmt2(Fraction(str(trig["below"]))),
        )[lang == "zh"]
    if "indicator" in trig:
        return pair(
            "trig.ind_below",
            name=wr.ind_name(trig["indicator"]).get(lang),
            value=fmt2(trig["value"]),
            below=fmt2(Fraction(str(trig["below"]))),
        )[lang == "zh"]
    return ""
