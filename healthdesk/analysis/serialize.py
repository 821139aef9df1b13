"""JSON forms of the scoring engine's results.

- :func:`summary_to_json`: the documented, versioned output of ``healthdesk summary --json``
  (``docs/summary-json.md``). Full-precision floats, withheld values as null, and a ``withheld`` list saying what
  was left out and why.
- :func:`scores_to_dict` / :func:`scores_from_dict`: an exact round trip of :class:`RoundScores` (Fractions as
  ``"n/d"`` strings) to cache closed rounds. Not a public format: bump ``CACHE_VERSION`` when it changes.
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction
from typing import Any

from ..framework import Framework, Text
from .numbers import fmt1, fmt_signed1, fmt_signed2, to_float
from .types import (
    SIDES,
    Change,
    JointValue,
    RoundScores,
    RoundSummary,
    SideIndicator,
    SideScores,
    Warning,
    Withheld,
)

SCHEMA_VERSION = 1
CACHE_VERSION = 1

__all__ = [
    "CACHE_VERSION",
    "SCHEMA_VERSION",
    "jsonable",
    "scores_from_dict",
    "scores_to_dict",
    "summary_to_json",
    "warning_text",
    "withheld_reason",
]


# --------------------------------------------------------------------------------------------------- summary JSON


def jsonable(value: Any) -> Any:
    """Plain JSON values: Fraction -> float, date -> "YYYY-MM-DD", tuple -> list, dict keys -> str."""
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, Fraction):
        return float(value)
    if isinstance(value, float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    raise TypeError(f"cannot put {type(value).__name__} into JSON")


def _text(text: Text) -> dict[str, str]:
    return {"en": text.en, "zh": text.zh}


def withheld_reason(item: Withheld) -> str:
    """The English reason of a withheld item, e.g. "side B: 2 of 3 required responses"."""
    p = item.params
    if item.code == "side_below_threshold":
        return f"side {p['side']}: {p['submitted']} of {p['required']} required responses"
    if item.code == "indicator_below_threshold":
        return (
            f"side {p['side']}, indicator {p['indicator']}: {p['scored']} of {p['required']} required scores"
        )
    if item.code == "needs_both_sides":
        return (
            f"side {p['side']} is withheld: the joint values, gaps, health index, light, trend and diagnosis "
            "need both sides"
        )
    return item.code


def warning_text(item: Warning, framework: Framework | None = None) -> str:
    """The English text of an early warning."""
    p = item.params

    def dim_name(dim_id: str) -> str:
        if framework is not None and dim_id in framework.dimension_map:
            return framework.dimension_map[dim_id].name.en
        return dim_id

    if item.code == "index_falling":
        text = (
            f"the health index fell from {fmt1(p['from_index'])} ({p['from_label']}) to {fmt1(p['index'])} "
            f"over {p['rounds']} rounds ({fmt_signed1(p['change'])})"
        )
        if p["falls"] >= 2:
            text += f", falling in {p['falls']} consecutive rounds"
        return text
    if item.code == "falling":
        return f"{dim_name(p['dimension'])} fell in {p['rounds']} consecutive rounds"
    if item.code == "gap_growing":
        return (
            f"the gap between the partners on {dim_name(p['dimension'])} grew from "
            f"{fmt_signed2(p['previous_gap'])} to {fmt_signed2(p['gap'])}"
        )
    if item.code == "overdue":
        if p["last_start"] is None:
            return f"no assessment round has started in the last {p['limit']} days"
        return (
            f"no assessment round has started in the last {p['limit']} days "
            f"(the last one started on {p['last_start'].isoformat()}, {p['days']} days ago)"
        )
    return item.code


def _change_json(change: Change | None) -> dict[str, Any] | None:
    if change is None:
        return None
    return {
        "previous": to_float(change.previous),
        "current": to_float(change.current),
        "delta": to_float(change.delta),
        "direction": change.direction,
    }


def summary_to_json(
    summary: RoundSummary, framework: Framework, partnership: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The ``healthdesk summary --json`` document of one round (see docs/summary-json.md)."""
    s = summary.scores
    if s.framework_key != framework.key:
        raise ValueError(f"the round uses framework {s.framework_key}, not {framework.key}")
    sides = {side: s.sides[side] for side in SIDES if side in s.sides}

    def side_indicator(side: SideScores, ind_id: str) -> dict[str, Any]:
        si = side.indicators.get(ind_id)
        if side.withheld or si is None:
            return {
                "value": None,
                "scored": None,
                "not_applicable": None,
                "spread": None,
                "spread_flagged": None,
            }
        return {
            "value": to_float(si.value),
            "scored": si.scored,
            "not_applicable": si.not_applicable,
            "spread": si.spread,
            "spread_flagged": si.spread_flagged if si.value is not None else None,
        }

    def joint(jv: JointValue | None) -> dict[str, Any]:
        if jv is None:
            return {"joint": None, "gap": None, "gap_flagged": None, "light": None}
        has_gap = jv.gap is not None
        return {
            "joint": to_float(jv.joint),
            "gap": to_float(jv.gap),
            "gap_flagged": jv.gap_flagged if has_gap else None,
            "light": jv.light,
        }

    dimensions: dict[str, Any] = {}
    indicators: dict[str, Any] = {}
    for dim in framework.dimensions:
        jv = s.dimensions.get(dim.id)
        dimensions[dim.id] = {
            "name": _text(dim.name),
            "weight": to_float(dim.weight),
            **joint(jv),
            "comparable": list(jv.comparable) if jv is not None and jv.joint is not None else [],
            "sides": {side: to_float(sides[side].dimensions.get(dim.id)) for side in sides},
        }
        for ind in dim.indicators:
            indicators[ind.id] = {
                "dimension": dim.id,
                "name": _text(ind.name),
                "weight": to_float(ind.weight),
                "high_is_bad": ind.high_is_bad,
                **joint(s.indicators.get(ind.id)),
                "sides": {side: side_indicator(sides[side], ind.id) for side in sides},
            }

    trend = summary.trend
    rules = {rule.id: rule for rule in framework.diagnosis}
    diagnosis = []
    for finding in summary.diagnosis:
        rule = rules.get(finding.rule_id)
        diagnosis.append(
            {
                "rule_id": finding.rule_id,
                "name": _text(rule.name) if rule else None,
                "explanation": _text(rule.explanation) if rule else None,
                "next_steps": [_text(t) for t in rule.next_steps] if rule else [],
                "triggers": jsonable(list(finding.triggers)),
            }
        )

    return {
        "schema_version": SCHEMA_VERSION,
        "partnership": jsonable(partnership) if partnership is not None else None,
        "framework": {
            "key": framework.key,
            "id": framework.id,
            "version": framework.version,
            "name": _text(framework.name),
        },
        "round": {
            "id": s.round_id,
            "label": s.label,
            "start_date": s.start_date.isoformat(),
            "end_date": s.end_date.isoformat() if s.end_date else None,
            "threshold": s.threshold,
            "threshold_lowered": s.threshold_lowered,
        },
        "as_of": summary.as_of.isoformat(),
        "overall": {
            "joint": to_float(s.overall),
            "index": to_float(s.index),
            "light": s.light,
            "tier": summary.tier,
            "exit_review": summary.exit_review,
        },
        "sides": {
            side: {
                "invited": sc.invited,
                "submitted": sc.submitted,
                "in_progress": sc.in_progress,
                "withheld": sc.withheld,
                "overall": to_float(sc.overall),
            }
            for side, sc in sides.items()
        },
        "dimensions": dimensions,
        "indicators": indicators,
        "trend": {
            "kind": trend.kind,
            "previous_round": (
                {"id": trend.previous_round_id, "label": trend.previous_label}
                if trend.previous_round_id is not None
                else None
            ),
            "overall": _change_json(trend.overall),
            "index_delta": to_float(trend.index_delta),
            "dimensions": {k: _change_json(v) for k, v in trend.dimensions.items()},
            "indicators": {k: _change_json(v) for k, v in trend.indicators.items()},
        },
        "diagnosis": diagnosis,
        "warnings": [
            {"code": w.code, "params": jsonable(w.params), "message": warning_text(w, framework)}
            for w in summary.warnings
        ],
        "withheld": [
            {"code": w.code, "params": jsonable(w.params), "reason": withheld_reason(w)} for w in s.withheld
        ],
        "problems": {
            ind_id: {side: list(texts) for side, texts in by_side.items()}
            for ind_id, by_side in s.problems.items()
        },
        "comments": {side: list(texts) for side, texts in s.comments.items()},
    }


# --------------------------------------------------------------------------------------------------- cache round trip

_FRACTION_RE = re.compile(r"-?[0-9]+/[0-9]+")


def _frac_out(value: Fraction | None) -> str | None:
    return None if value is None else f"{value.numerator}/{value.denominator}"


def _frac_in(raw: Any) -> Fraction | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or not _FRACTION_RE.fullmatch(raw):
        raise ValueError(f"invalid cached scores: {raw!r} is not an 'n/d' fraction")
    value = Fraction(raw)
    if f"{value.numerator}/{value.denominator}" != raw:
        raise ValueError(f"invalid cached scores: {raw!r} is not in lowest terms")
    return value


def _date_in(raw: Any) -> date | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValueError(f"invalid cached scores: {raw!r} is not a date")
    return date.fromisoformat(raw)


def _typed(raw: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if isinstance(raw, bool) and kind is not bool:
        raise ValueError(f"invalid cached scores: {what} has the wrong type")
    if not isinstance(raw, kind):
        raise ValueError(f"invalid cached scores: {what} has the wrong type")
    return raw


def _joint_out(jv: JointValue) -> dict[str, Any]:
    return {
        "joint": _frac_out(jv.joint),
        "gap": _frac_out(jv.gap),
        "gap_flagged": jv.gap_flagged,
        "light": jv.light,
        "comparable": list(jv.comparable),
    }


def _joint_in(raw: dict[str, Any]) -> JointValue:
    return JointValue(
        joint=_frac_in(raw["joint"]),
        gap=_frac_in(raw["gap"]),
        gap_flagged=_typed(raw["gap_flagged"], bool, "gap_flagged"),
        light=_typed(raw["light"], (str, type(None)), "light"),
        comparable=tuple(_typed(x, str, "comparable") for x in _typed(raw["comparable"], list, "comparable")),
    )


def scores_to_dict(scores: RoundScores) -> dict[str, Any]:
    """A JSON-ready dict that :func:`scores_from_dict` turns back into an equal RoundScores."""
    return {
        "cache_version": CACHE_VERSION,
        "round_id": scores.round_id,
        "label": scores.label,
        "start_date": scores.start_date.isoformat(),
        "end_date": scores.end_date.isoformat() if scores.end_date else None,
        "framework_key": scores.framework_key,
        "threshold": scores.threshold,
        "threshold_lowered": scores.threshold_lowered,
        "sides": {
            key: {
                "side": side.side,
                "invited": side.invited,
                "submitted": side.submitted,
                "in_progress": side.in_progress,
                "withheld": side.withheld,
                "indicators": {
                    ind_id: {
                        "indicator_id": si.indicator_id,
                        "value": _frac_out(si.value),
                        "scored": si.scored,
                        "not_applicable": si.not_applicable,
                        # A float: Python's JSON writes the shortest text that reads back to the same float.
                        "spread": si.spread,
                        "spread_flagged": si.spread_flagged,
                    }
                    for ind_id, si in side.indicators.items()
                },
                "dimensions": {k: _frac_out(v) for k, v in side.dimensions.items()},
                "overall": _frac_out(side.overall),
            }
            for key, side in scores.sides.items()
        },
        "indicators": {k: _joint_out(v) for k, v in scores.indicators.items()},
        "dimensions": {k: _joint_out(v) for k, v in scores.dimensions.items()},
        "overall": _frac_out(scores.overall),
        "index": _frac_out(scores.index),
        "light": scores.light,
        "withheld": [{"code": w.code, "params": dict(w.params)} for w in scores.withheld],
        "problems": {
            ind_id: {side: list(texts) for side, texts in by_side.items()}
            for ind_id, by_side in scores.problems.items()
        },
        "comments": {side: list(texts) for side, texts in scores.comments.items()},
    }


def _texts_in(raw: Any) -> tuple[str, ...]:
    return tuple(_typed(t, str, "text") for t in _typed(raw, list, "texts"))


def scores_from_dict(raw: dict[str, Any]) -> RoundScores:
    """The inverse of :func:`scores_to_dict`; raises ValueError for a dict it did not write (or an old version)."""
    try:
        if _typed(raw, dict, "the cache").get("cache_version") != CACHE_VERSION:
            raise ValueError(f"invalid cached scores: cache_version is not {CACHE_VERSION}")
        sides: dict[str, SideScores] = {}
        for key, side in _typed(raw["sides"], dict, "sides").items():
            sides[key] = SideScores(
                side=_typed(side["side"], str, "side"),
                invited=_typed(side["invited"], int, "invited"),
                submitted=_typed(side["submitted"], int, "submitted"),
                in_progress=_typed(side["in_progress"], int, "in_progress"),
                withheld=_typed(side["withheld"], bool, "withheld"),
                indicators={
                    ind_id: SideIndicator(
                        indicator_id=_typed(si["indicator_id"], str, "indicator_id"),
                        value=_frac_in(si["value"]),
                        scored=_typed(si["scored"], int, "scored"),
                        not_applicable=_typed(si["not_applicable"], int, "not_applicable"),
                        spread=(
                            None
                            if si["spread"] is None
                            else float(_typed(si["spread"], (int, float), "spread"))
                        ),
                        spread_flagged=_typed(si["spread_flagged"], bool, "spread_flagged"),
                    )
                    for ind_id, si in _typed(side["indicators"], dict, "indicators").items()
                },
                dimensions={
                    k: _frac_in(v) for k, v in _typed(side["dimensions"], dict, "dimensions").items()
                },
                overall=_frac_in(side["overall"]),
            )
        return RoundScores(
            round_id=_typed(raw["round_id"], int, "round_id"),
            label=_typed(raw["label"], str, "label"),
            start_date=_date_in(raw["start_date"]),  # type: ignore[arg-type]
            end_date=_date_in(raw["end_date"]),
            framework_key=_typed(raw["framework_key"], str, "framework_key"),
            threshold=_typed(raw["threshold"], int, "threshold"),
            threshold_lowered=_typed(raw["threshold_lowered"], bool, "threshold_lowered"),
            sides=sides,
            indicators={k: _joint_in(v) for k, v in _typed(raw["indicators"], dict, "indicators").items()},
            dimensions={k: _joint_in(v) for k, v in _typed(raw["dimensions"], dict, "dimensions").items()},
            overall=_frac_in(raw["overall"]),
            index=_frac_in(raw["index"]),
            light=_typed(raw["light"], (str, type(None)), "light"),
            withheld=tuple(
                Withheld(_typed(w["code"], str, "code"), dict(_typed(w["params"], dict, "params")))
                for w in _typed(raw["withheld"], list, "withheld")
            ),
            problems={
                ind_id: {side: _texts_in(texts) for side, texts in _typed(by_side, dict, "problems").items()}
                for ind_id, by_side in _typed(raw["problems"], dict, "problems").items()
            },
            comments={
                side: _texts_in(texts) for side, texts in _typed(raw["comments"], dict, "comments").items()
            },
        )
    except (KeyError, TypeError, AttributeError, ZeroDivisionError) as exc:
        raise ValueError(f"invalid cached scores: {exc!r}") from exc
